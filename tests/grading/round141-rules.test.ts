import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 141: rules from blind batch ES (graded once on arrival, on 447d708, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 141: the reader', () => {
  it('a "label | value" table whose first value lists with a comma heads nothing', () => {
    const table =
      'Outside (beaker) | hypotonic, low solute\nInside RBC | hypertonic, high solute\nWater moves | into the cell (osmosis)\nResult | swells, lyses';
    expect(earned(osm, table)).toContain('water-enters');
    const out =
      'Outside (beaker) | hypotonic, low solute\nInside RBC | hypertonic, high solute\nWater moves | out of the cell (osmosis)';
    expect(earned(osm, out)).not.toContain('water-enters');
  });

  it('a bracket that opens with a kind and goes on with a short list labels the item before it', () => {
    const list =
      'If a cell wanted to take in glucose when there is more glucose outside than inside, it would not need to spend any energy; glucose would just flow down its gradient through a carrier protein (passive, facilitated diffusion). But if the cell wanted to pile up even more glucose inside than outside, it would have to pump it against its gradient, from low to high, and that would cost ATP (active).';
    expect(earned(pva, list)).toContain('active-against-gradient');
    // A verb in the bracket says what happens, and what follows it in the bracket is said of it.
    const verb =
      'first na+ enters (depolarizes, inside goes positive) then k+ exits (repolarizes, inside goes back negative toward resting).';
    expect(earned(dvr, verb)).toContain('depol-less-negative');
  });

  it('"active transport" with a verb of its own, mid-clause after a noun, opens the next statement of a run-on', () => {
    const runOn =
      'passive transport doesnt use any energy from the cell things just move from high concentration to low concentration like co2 leaving a cell by simple diffusion no protein needed or glucose using a carrier protein active transport needs atp and moves things from low to high and always needs a pump protein like the sodium potassium pump';
    expect(earned(pva, runOn)).toContain('proteins');
    // "Not all passive transport needs proteins": "all" leads into the kind, no new statement.
    const notAll =
      "Passive transport can't move anything against its gradient. Not all passive transport needs proteins but active transport does need pump proteins.";
    expect(earned(pva, notAll)).toContain('proteins');
  });
});

describe('round 141: rubrics', () => {
  it('depolarization vs repolarization: a second verb after "and" ("Na+ gets through and goes in")', () => {
    expect(earned(dvr, 'Depolarization: Na+ gets through and goes in.')).toContain('depol-sodium-in');
    expect(earned(dvr, 'Depolarization: Na+ gets through and K+ goes in.')).not.toContain('depol-sodium-in');
  });

  it('depolarization vs repolarization: the inside getting crowded with + charge is more positive', () => {
    expect(
      earned(dvr, 'In depolarization Na+ rushes in so the inside gets crowded with + charge.'),
    ).toContain('depol-less-negative');
    expect(
      earned(dvr, 'In depolarization Na+ rushes in so the outside gets crowded with + charge.'),
    ).not.toContain('depol-less-negative');
    // Getting rid of positive charge is the opposite (found in review after round 142).
    expect(
      earned(dvr, 'In depolarization the pump sends Na+ out, so the cell gets rid of positive charge.'),
    ).not.toContain('depol-less-negative');
    expect(
      earned(pump, 'The pump sends 3 Na+ out and 2 K+ in, so the cell gets rid of positive charge.'),
    ).not.toContain('less-negative');
  });

  it('pump blocked: the pump\'s normal work ("the pump helps make the inside more negative") is no prediction', () => {
    const why =
      'The resting membrane potential would go up toward 0 mV since the pump helps make the inside more negative by moving 3 positive ions out for every 2 it brings in.';
    expect(flags(pump, why)).not.toContain('more-negative');
    expect(earned(pump, why)).toContain('less-negative');
    expect(flags(pump, 'Without the pump the inside of the neuron gets more negative.')).toContain(
      'more-negative',
    );
  });

  it('pump blocked: "more positive charge leaves the cell" is charge leaving, not a less negative cell', () => {
    const leaves =
      'The resting potential will get more negative because K+ keeps leaking out and the pump isnt bringing it back in, so more positive charge leaves the cell.';
    expect(earned(pump, leaves)).not.toContain('less-negative');
    expect(earned(pump, 'Without the pump the inside slowly becomes more positive.')).toContain(
      'less-negative',
    );
  });

  it("pump blocked: another ion's leak is no Na+/K+ leak", () => {
    expect(
      earned(
        pump,
        "Chloride ions will keep leaking into the cell since the pump isn't there, so the inside gets more negative.",
      ),
    ).not.toContain('leak-not-restored');
    expect(earned(pump, "Sodium ions will keep leaking into the cell since the pump isn't there.")).toContain(
      'leak-not-restored',
    );
  });

  it('passive vs active: "to the side with hardly any" is a low concentration', () => {
    const tumbleweeds =
      "Passive transport is like tumbleweeds blowing from the side where they're piled up (high concentration) to the side with hardly any (low concentration).";
    expect(earned(pva, tumbleweeds)).toContain('passive-down-gradient');
    expect(
      earned(pva, 'Passive transport is like tumbleweeds blowing to the side with hardly any.'),
    ).not.toContain('passive-down-gradient');
  });

  it('resting pump: "pushes them where they dont wanna go" is against the gradient', () => {
    expect(earned(rpp, 'The gate pushes them where they dont wanna go.')).toContain('against-gradient');
    expect(earned(rpp, 'The gate pushes them where they wanna go.')).not.toContain('against-gradient');
  });

  it('synapse toxin: "it still fires but later" takes back the action potential denied before', () => {
    const takenBack =
      "The neuron will not fire an action potential because Na+ can't go in. Actually wait, I think the toxin might just slow it down so it still fires but later.";
    expect(earned(syn, takenBack)).not.toContain('no-action-potential');
    expect(flags(syn, takenBack)).toContain('fires-anyway');
    expect(earned(syn, "The neuron will not fire an action potential because Na+ can't go in.")).toContain(
      'no-action-potential',
    );
  });

  it('synapse toxin: ACh that "has no receptor it can bind to" cannot bind', () => {
    const noReceptor =
      'Acetylcholine still gets released the same amount but it just floats around in the cleft because it has no receptor it can bind to.';
    expect(earned(syn, noReceptor)).toContain('no-binding');
    expect(
      earned(syn, 'Acetylcholine floats around in the cleft because it has a receptor it can bind to.'),
    ).not.toContain('no-binding');
  });

  it('synapse toxin: ACh kept out of the postsynaptic cell is not ACh kept off its receptor', () => {
    expect(
      earned(syn, "ACh can't get into the postsynaptic neuron because the toxin blocks the channel."),
    ).not.toContain('no-binding');
    expect(earned(syn, "ACh can't get onto the receptor because the toxin is sitting there.")).toContain(
      'no-binding',
    );
  });

  it('synapse toxin: "Vm same" in note form is the prediction', () => {
    expect(earned(syn, 'ACh ✗ bind → channel ✗ open → Vm same')).toContain('prediction');
    expect(earned(syn, 'ACh ✗ bind → channel ✗ open → Vm up')).not.toContain('prediction');
  });

  it('synapse toxin: "nobody (the Na+) gets through into the cell" denies the sodium entry', () => {
    expect(earned(syn, 'the gate stays locked and nobody (the Na+) gets through into the cell.')).toContain(
      'no-sodium-entry',
    );
    expect(earned(syn, 'the gate opens and everybody (the Na+) gets through into the cell.')).not.toContain(
      'no-sodium-entry',
    );
  });
});
