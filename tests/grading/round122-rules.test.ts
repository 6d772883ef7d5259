import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 122: rules from blind batch DZ (graded once, untouched, on 72e8b7c; a first touch since) and
 * two leftovers of DY. Each rule has the answer it must now read as a teacher would and a near miss it
 * must still refuse.
 */
describe('round 122: reader', () => {
  it('"If … opened after that, K+ would leave" is the next step of a supposition read as the facts', () => {
    const answer =
      'If the sodium channels open, Na+ would flow into the cell and the inside would become less negative. If the potassium channels opened after that, K+ would leave the cell.';
    expect(earned(dvr, answer)).toContain('repol-potassium-out');
    // Alone, with nothing before it to walk on from, the supposition is still imagined.
    expect(
      earned(dvr, 'If the potassium channels opened after that, K+ would leave the cell.'),
    ).not.toContain('repol-potassium-out');
  });

  it('a list item that opens with "They" and a movement goes on about the ions ending the item before', () => {
    const answer = '1. Depolarization - Na+ ions\n2. They move into the neuron\n3. Membrane potential rises';
    expect(earned(dvr, answer)).toContain('depol-sodium-in');
    // No ion ends the item before: nothing to read.
    expect(earned(dvr, '1. Depolarization - a change\n2. They move into the neuron')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"(or hypertonic? I always mix them up)" takes back its bracket, not what follows it', () => {
    const answer =
      'The water is hypotonic (or hypertonic? I always mix them up) so water moves into the cell by osmosis and the cell swells.';
    expect(earned(osm, answer)).toEqual(expect.arrayContaining(['water-enters', 'swells-bursts']));
    expect(earned(osm, answer)).not.toContain('hypotonic');
    // Without a bracket the mix-up takes back its whole sentence.
    expect(
      earned(osm, 'The water is hypotonic or hypertonic? I always mix them up so water moves into the cell.'),
    ).not.toContain('water-enters');
  });

  it('a question narrowed by "not sure about the numbers" doubts the counts only; "yes pretty sure" confirms it', () => {
    const narrowed = 'I think it pumps 3 Na+ out and 2 K+ in? not sure about the numbers. It uses ATP.';
    expect(earned(rpp, narrowed)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(earned(rpp, narrowed)).not.toContain('ratio');
    // A question with no counts in it stays in doubt.
    expect(earned(rpp, 'It probably uses ATP? Im not sure about the ratio.')).not.toContain('uses-atp');
    const confirmed = 'I think its 3 Na+ out and 2 K+ in? yes pretty sure its 3:2.';
    expect(earned(rpp, confirmed)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
    expect(earned(rpp, 'I think its 3 Na+ out and 2 K+ in?')).not.toContain('ratio');
  });

  it('"pretty sure … but not 100%" keeps its claim; "wait no" about the counts alone keeps the directions', () => {
    const sure = "Na+ is pumped out and K+ is pumped in, I'm pretty sure it's 3 Na+ for 2 K+ but not 100%.";
    expect(earned(rpp, sure)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
    expect(
      earned(rpp, "Na+ is pumped out and K+ is pumped in, it's 3 Na+ for 2 K+ but not 100% sure."),
    ).not.toContain('ratio');
    const counts =
      "Na+ is pumped out, K+ pumped in, ratio 2 Na : 3 K. wait no I think it's 3 K for every 2 Na.";
    expect(earned(rpp, counts)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    // A correction that gives directions takes back the whole sentence before it.
    const directions = 'Na+ is pumped in, K+ pumped out. wait no, Na+ goes out and K+ comes in.';
    expect(flags(rpp, directions)).not.toContain('directions-reversed');
  });
});

describe('round 122: rubrics', () => {
  it('osmosis: "so it moves into the cell" after a long "from … to …"; not the cell taking "it" in', () => {
    const answer =
      'Water moves by osmosis from the side with lower solute concentration to the side with higher solute concentration, so it moves into the cell.';
    expect(earned(osm, answer)).toContain('water-enters');
    expect(
      earned(
        osm,
        'The water is released from the presynaptic side and binds to receptors on the red blood cell so the red blood cell takes it in.',
      ),
    ).not.toContain('water-enters');
  });

  it('passive vs active: "nobody needs energy to make them move"', () => {
    const answer =
      'Passive: everyone spreads out from the crowded tunnel to the empty lot, nobody needs energy to make them move.';
    expect(earned(pva, answer)).toContain('passive-no-energy');
    expect(
      earned(pva, 'Passive: everyone spreads out, but somebody needs energy to make them move.'),
    ).not.toContain('passive-no-energy');
  });

  it('pump blocked: "no resting potential (0 mV)", "it would end up at 0 mV"; gradients that "just wear away" after a long clause', () => {
    expect(
      earned(
        pump,
        "If there's no gradient then there's no resting potential (0 mV) and the neuron couldn't fire.",
      ),
    ).toContain('less-negative');
    expect(
      earned(pump, 'Without gradients there is no resting potential, it would end up at 0 mV.'),
    ).toContain('less-negative');
    expect(earned(pump, 'The resting potential stays at -70 mV.')).not.toContain('less-negative');
    const wear =
      "The Na+ and K+ gradients don't get restored when the ions leak back across, they just wear away.";
    expect(earned(pump, wear)).toContain('gradients-run-down');
  });

  it('resting pump: "stop working without ATP", "to the side where they are more already"', () => {
    expect(
      earned(rpp, 'The pump keeps moving Na+ out and K+ in, and it would stop working without ATP.'),
    ).toContain('uses-atp');
    // Stopping for want of something else says nothing of ATP.
    expect(earned(rpp, 'The pump would stop working without potassium.')).not.toContain('uses-atp');
    expect(
      earned(
        rpp,
        'It need ATP because it is active transport, the ions go to the side where they are more already.',
      ),
    ).toContain('against-gradient');
  });

  it("resting pump: separate sodium and potassium channels doing the pump's work earn no directions", () => {
    const answer =
      'Sodium channels open and let Na+ flow out of the cell and potassium channels let K+ in, this is passive so no energy is needed.';
    expect(earned(rpp, answer)).not.toContain('sodium-out');
    expect(flags(rpp, answer)).toContain('channels-not-pump');
    const misnamed = 'The sodium potassium channel lets Na+ flow out and K+ flow in.';
    expect(earned(rpp, misnamed)).toContain('sodium-out');
    expect(flags(rpp, misnamed)).not.toContain('channels-not-pump');
  });

  it('synapse: "ACh cannot combine receptor"; the presynaptic neuron named as the one affected is flagged', () => {
    expect(earned(syn, 'Neurotoxin block receptor, so ACh cannot combine receptor.')).toContain('no-binding');
    const wrongCell =
      "The presynaptic neuron will not depolarize because acetylcholine can't bind to its receptors, so sodium can't enter the presynaptic cell.";
    expect(flags(syn, wrongCell)).toContain('presynaptic-effect');
    const right =
      "The presynaptic neuron releases ACh as usual, but the postsynaptic neuron will not depolarize because ACh can't bind to its receptors.";
    expect(flags(syn, right)).not.toContain('presynaptic-effect');
  });
});
