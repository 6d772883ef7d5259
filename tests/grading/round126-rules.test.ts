import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump } = frq;

/*
 * Round 126: rules from blind batch ED (graded once on arrival, on faaf372, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 126: reader', () => {
  it('a bracketed "(not sure which way)" takes back the clause it follows, not what comes after the bracket', () => {
    const answer =
      'Depolarization: Na+ moves across the membrane (not sure which way) and the membrane potential gets less negative.';
    expect(earned(dvr, answer)).toContain('depol-less-negative');
    // Unbracketed at the end of the sentence it still takes the sentence back.
    expect(
      earned(
        dvr,
        'Depolarization: the membrane potential gets less negative as Na+ moves across, not sure which way.',
      ),
    ).not.toContain('depol-less-negative');
  });

  it('"actually wait, it …" points back at the one subject of the sentence before', () => {
    const answer =
      "Passive transport doesn't need energy. actually wait, it needs a little ATP to open the channel proteins.";
    expect(flags(pva, answer)).toContain('passive-needs-energy');
    expect(earned(pva, answer)).not.toContain('passive-no-energy');
    // Without the take-back the first claim stands.
    expect(earned(pva, "Passive transport doesn't need energy. It goes from high to low.")).toContain(
      'passive-no-energy',
    );
  });

  it('"But if …" opens the next case of a generic supposition, as a bare "If" does', () => {
    const answer =
      "If a cell wanted to move glucose in when there was already more inside, it would have to use active transport, spending ATP. But if there was more glucose outside, it could let glucose flow in by passive transport without using any energy, since it's going down the gradient.";
    expect(earned(pva, answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']),
    );
    // A case set against the facts is still no claim.
    const unreal =
      'Passive transport needs no ATP. But if passive transport were powered it would use energy without any gradient.';
    expect(flags(pva, unreal)).not.toContain('passive-needs-energy');
  });

  it('a "| what | why |" heading names nothing compared: each row is read as it stands', () => {
    const table = [
      '| what | why |',
      '| water in beaker | hypotonic - 0 solutes, cell has more |',
      '| water movement | into the RBC (osmosis) |',
    ].join('\n');
    expect(earned(osm, table)).toContain('water-enters');
    // Headings that name the things compared are still read into their cells.
    const compared = ['| | Passive | Active |', '| energy | no ATP | needs ATP |'].join('\n');
    expect(earned(pva, compared)).toEqual(expect.arrayContaining(['passive-no-energy', 'active-energy']));
  });

  it('"downstream" is an ordinary word, not a misspelt "downstroke" naming repolarization', () => {
    const answer =
      'Depolarization: sodium swims into the cell, downstream with its gradient, so the inside gets less negative.';
    expect(earned(dvr, answer)).toContain('depol-less-negative');
  });
});

describe('round 126: rubrics', () => {
  it('pump blocked: "fewer and fewer" action potentials, but not a plain "fewer" or "weaker"', () => {
    expect(earned(pump, 'The neuron will fire fewer and fewer action potentials and then stop.')).toContain(
      'cannot-fire',
    );
    expect(earned(pump, 'The neuron will fire fewer action potentials.')).not.toContain('cannot-fire');
    expect(earned(pump, 'The action potentials would get weaker.')).not.toContain('cannot-fire');
    // Weaker, then none, down a table over time; "inexcitable".
    const table = [
      'Time | Resting potential | Firing',
      '2 hr | about -55 mV | weaker APs',
      '5 hr | ~0 mV | none',
    ].join('\n');
    expect(earned(pump, table)).toContain('cannot-fire');
    expect(
      earned(pump, 'Action potentials get smaller and eventually the cell becomes inexcitable.'),
    ).toContain('cannot-fire');
    expect(earned(pump, 'Neuron fire maybe few times but then not.')).toContain('cannot-fire');
    expect(
      earned(pump, 'Nothing much will happen to the action potentials because the channels work.'),
    ).not.toContain('cannot-fire');
  });

  it('pump blocked: "the same inside and out"; K+ that "is not coming back inside"', () => {
    expect(
      earned(pump, 'Eventually the booth is the same inside and out, so the potential ends up near 0.'),
    ).toContain('gradients-run-down');
    expect(earned(pump, 'The charge is the same inside and out.')).not.toContain('gradients-run-down');
    expect(
      earned(pump, 'Pump is not working, so K+ which go out through channels is not coming back inside.'),
    ).toContain('leak-not-restored');
  });

  it('osmosis: "it has way more solutes than the distilled water" after the cell; the water with more is backwards', () => {
    expect(
      earned(osm, 'the cell is the crowded booth, it has way more solutes than the distilled water.'),
    ).toContain('hypotonic');
    const backwards =
      'The water outside has more solutes than inside the cell so it is hypotonic and water moves in.';
    expect(earned(osm, backwards)).not.toContain('hypotonic');
    expect(flags(osm, backwards)).toContain('hypotonic-backwards');
    expect(earned(osm, 'water more outside, salt more inside. water go in.')).toContain('hypotonic');
    // The cell's own solute, with "it" for the cell, is the right way round (a regression found after
    // blind batch EG was graded: blind batch ED #5 had full marks and was flagged).
    const right =
      'the RBC keeps getting filled with water bc it has more solute inside than the pure water (so the water is hypotonic)';
    expect(flags(osm, right)).not.toContain('hypotonic-backwards');
    expect(earned(osm, right)).toContain('hypotonic');
  });

  it('passive vs active: "from crowded to not crowded"; depolarization: "dont need any energy"', () => {
    expect(
      earned(
        pva,
        'Passive transport: they go from crowded (high concentration) to not crowded (low concentration) by themselves.',
      ),
    ).toContain('passive-down-gradient');
    expect(
      earned(pva, 'Passive transport: they go from not crowded to crowded by themselves.'),
    ).not.toContain('passive-down-gradient');
    expect(
      earned(dvr, "They're alike because they both go through channels and dont need any energy."),
    ).toContain('both-passive');
    expect(earned(dvr, "They're alike because they both go through channels.")).not.toContain('both-passive');
  });
});
