import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Rounds 101–102: engine rules from blind batch DB (graded once, untouched, on eeed35e, then a
 * first touch) and blind batch DC's first touch. Each rule has the answer it must now read as a
 * teacher would and a near miss it must still refuse.
 */
describe('round 101', () => {
  it('"doesn\'t happen because K+ leaves, it\'s because Na+ enters": the reason the answer replaces is denied', () => {
    const dvr = 'depolarization-vs-repolarization';
    const answer =
      "Depolarization doesn't happen because potassium leaves, it's because Na+ enters the cell, which makes the inside less negative.";
    expect(flags(dvr, answer)).not.toContain('swaps-phases');
    expect(earned(dvr, answer)).toContain('depol-sodium-in');
    // The true reason may follow as "but because" or open the next sentence.
    expect(
      flags(dvr, 'Depolarization does not happen because K+ leaves but because Na+ enters the cell.'),
    ).not.toContain('swaps-phases');
    expect(
      flags(dvr, "Depolarization doesn't happen because K+ leaves. It's because Na+ enters the cell."),
    ).not.toContain('swaps-phases');
    // With no reason given in its place, "doesn't happen because X" may be why it fails: X stands.
    expect(flags(dvr, "Depolarization doesn't happen because K+ leaves. Na+ enters the cell.")).toContain(
      'swaps-phases',
    );
    expect(earned('synapse-neurotoxin', "Depolarization doesn't happen because ACh can't bind.")).toContain(
      'no-binding',
    );
    // After a break, "it's <ion>" gives the true cause too; "because it's K+ that leaves" is the reason itself.
    expect(
      flags(dvr, "Depolarization does not happen because K+ leaves — it's Na+ coming in that does it."),
    ).not.toContain('swaps-phases');
    expect(flags(dvr, "Depolarization doesn't happen because it's K+ that leaves.")).toContain(
      'swaps-phases',
    );
  });
  it('"take out 3 ions of sodium": "ions of <ion>" is the ion, so the verb before reaches it', () => {
    const answer =
      'The pump sodium-potassium take out 3 ions of sodium (Na+) and put inside 2 ions of potassium (K+).';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']),
    );
    expect(earned('resting-potential-pump', 'it takes in 3 ions of sodium')).not.toContain('sodium-out');
  });
  it('"isnt -70 anymore its closer to 0": "anymore" closes its denial in a run-on', () => {
    const answer =
      'the resting potential isnt -70 anymore its closer to 0 and the cell cant do action potentials';
    expect(earned('pump-blocked', answer)).toEqual(expect.arrayContaining(['less-negative', 'cannot-fire']));
    // A denial with no "anymore" still reaches the rest of its run-on.
    expect(earned('pump-blocked', 'the resting potential does not get closer to 0')).not.toContain(
      'less-negative',
    );
  });
  it('wordings: "inflate like a balloon", "Vrest: -70 -> ~0 mV", "goes to like -10 or 0"', () => {
    expect(earned('osmosis-red-blood-cell', 'The cell is going to inflate like a balloon.')).toContain(
      'swells-bursts',
    );
    expect(earned('osmosis-red-blood-cell', 'The cell will not inflate.')).not.toContain('swells-bursts');
    expect(earned('pump-blocked', 'Vrest: -70 -> ~0 mV.')).toContain('less-negative');
    expect(earned('pump-blocked', 'Resting potential goes to like -10 or 0.')).toContain('less-negative');
    expect(earned('pump-blocked', 'Resting potential goes to like -90 or -100.')).not.toContain(
      'less-negative',
    );
  });
  it('"no ATP used thats the pumps job": the ATP said to be the pump\'s work sets the pump apart from the phases', () => {
    const dvr = 'depolarization-vs-repolarization';
    const answer =
      'theyre alike bc both are passive movement thru voltage gated channels in depolarization and repolarization down the gradient no ATP used thats the pumps job';
    expect(flags(dvr, answer)).not.toContain('pump-repolarizes');
    expect(flags(dvr, answer)).not.toContain('depol-uses-atp');
    // Not when the ATP is said of the phase: "Depolarization uses ATP, that's the pump's job."
    expect(flags(dvr, "Depolarization uses ATP, that's the pump's job.")).toContain('depol-uses-atp');
  });
  it('slash-tables: the slash of text-speak "w/" splits no cells ("gradient: w/ / against")', () => {
    const table = 'passive / active\nenergy: no / yes (ATP)\ngradient: w/ / against';
    expect(earned('passive-vs-active', table)).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']),
    );
    expect(flags('passive-vs-active', table)).not.toContain('passive-against-gradient');
    // The cells still keep their columns: against under passive is still the mistake.
    expect(
      flags('passive-vs-active', 'passive / active\nenergy: no / yes (ATP)\ngradient: against / w/'),
    ).toContain('passive-against-gradient');
  });
  it('"Passive transport does not need an input of energy from the cell. Active transport does.": the elided verb with words before the energy', () => {
    const answer = 'Passive transport does not need an input of energy from the cell. Active transport does.';
    expect(earned('passive-vs-active', answer)).toContain('active-energy');
    expect(
      earned(
        'passive-vs-active',
        'Passive transport does not need an input of energy from the cell. Active transport does not either.',
      ),
    ).not.toContain('active-energy');
  });
  it('"Na+ 3, K+ 2.": a number after an ion\'s sign, mid-sentence, is a count, not a list marker', () => {
    expect(
      earned('resting-potential-pump', 'It push Na+ go outside and K+ go inside cell. Na+ 3, K+ 2.'),
    ).toContain('ratio');
    // Swapped counts are still no ratio.
    expect(
      earned('resting-potential-pump', 'It push Na+ go outside and K+ go inside cell. Na+ 2, K+ 3.'),
    ).not.toContain('ratio');
  });
  it('wordings: "after a while it cant", "leak channels still let Na+ in", 12 words to a gradient, "nothing opens"', () => {
    expect(earned('pump-blocked', 'at first it can still fire but after a while it cant')).toContain(
      'cannot-fire',
    );
    expect(earned('pump-blocked', 'after a while it can still fire')).not.toContain('cannot-fire');
    expect(earned('pump-blocked', 'leak channels still let Na+ in and K+ out')).toContain(
      'leak-not-restored',
    );
    expect(earned('pump-blocked', 'the pump still lets Na+ in')).not.toContain('leak-not-restored');
    expect(
      earned(
        'resting-potential-pump',
        'because Na+ and K+ are being moved from low concentration to high concentration',
      ),
    ).toContain('against-gradient');
    expect(earned('synapse-neurotoxin', 'the toxin blocks ACh from binding so nothing opens')).toContain(
      'channel-closed',
    );
    expect(earned('synapse-neurotoxin', 'nothing opens in the presynaptic cell')).not.toContain(
      'channel-closed',
    );
  });
  it('"everyone (sodium) rushes onto the ice aka into the cell": "aka" restates the place before it', () => {
    const dvr = 'depolarization-vs-repolarization';
    expect(
      earned(
        dvr,
        'depolarization is like when the gate opens and everyone (sodium) rushes onto the ice aka into the cell.',
      ),
    ).toContain('depol-sodium-in');
    // Without the restated place, the ice is no cell.
    expect(
      earned(dvr, 'depolarization is like when the gate opens and everyone (sodium) rushes onto the ice.'),
    ).not.toContain('depol-sodium-in');
  });
  it('"all the sodium fans outside push IN": a side right after the ion, before its own movement, is where it stands', () => {
    const dvr = 'depolarization-vs-repolarization';
    expect(
      earned(dvr, 'Depolarization = the Na+ gates open and all the sodium fans outside push IN.'),
    ).toContain('depol-sodium-in');
    expect(earned(dvr, 'Repolarization: the potassium inside goes out.')).toContain('repol-potassium-out');
    // A side after the movement is still its direction.
    expect(earned(dvr, 'Depolarization: the sodium fans push outside.')).not.toContain('depol-sodium-in');
  });
  it('"the bridge (the action potential) can\'t go up anymore": an action potential that fails is no potential that stays', () => {
    const bridge =
      "After enough boats the counterweights are at the bottom, the gradients are gone, and the bridge (the action potential) can't go up anymore.";
    expect(flags('pump-blocked', bridge)).not.toContain('no-effect');
    expect(flags('pump-blocked', 'the membrane potential will not go up')).toContain('no-effect');
  });
  it('"i think one of them goes against the gradient": a hedge before "one"/"both" leaves it the subject', () => {
    const pva = 'passive-vs-active';
    expect(
      earned(pva, 'not 100% sure but i think one of them goes against the gradient and one doesnt.'),
    ).not.toContain('active-against-gradient');
    expect(
      flags(pva, 'Both passive and active transport move things. I think they both need energy probably.'),
    ).toContain('passive-needs-energy');
    // A subject named is still that subject.
    expect(earned(pva, 'i think active goes against the gradient.')).toContain('active-against-gradient');
  });
  it('wordings: "less solute in the beaker than inside the cell", "the cell is going to get more water in it"', () => {
    const osm = 'osmosis-red-blood-cell';
    expect(earned(osm, "There's way less solute in the beaker than inside the cell.")).toContain('hypotonic');
    expect(earned(osm, "There's way less solute in the cell than in the beaker.")).not.toContain('hypotonic');
    expect(earned(osm, 'the cell is going to get more water in it because of osmosis')).toContain(
      'water-enters',
    );
    expect(earned(osm, 'the beaker is going to get more water')).not.toContain('water-enters');
  });
  it('leak wordings: "no way to go out again", "the ion no go back" beside a leak, note form "Na+ in, K+ out, no pump"', () => {
    const pb = 'pump-blocked';
    expect(earned(pb, 'Because Na+ come in slow slow and no way to go out again.')).toContain(
      'leak-not-restored',
    );
    expect(
      earned(
        pb,
        'The pump stop work so the ion no go back. Potassium inside go out, sodium outside come in.',
      ),
    ).toContain('leak-not-restored');
    expect(earned(pb, 'Na+ in, K+ out, no pump -> gradient gone -> RMP ~0 -> no AP')).toContain(
      'leak-not-restored',
    );
    // No way back alone, with no leak told, is still not the point; nor the pump's own directions.
    expect(earned(pb, 'The pump stop work so the ion no go back.')).not.toContain('leak-not-restored');
    expect(earned(pb, 'Na+ out, K+ in, no pump')).not.toContain('leak-not-restored');
  });
});

describe('round 103', () => {
  it('"either Na+ or K+ goes in, I always mix them up": an ion left open between two names is neither', () => {
    const dvr = 'depolarization-vs-repolarization';
    const answer =
      'In depolarization either Na+ or K+ goes in, I always mix them up, and the inside becomes positive. In repolarization the other one goes out.';
    expect(flags(dvr, answer)).not.toContain('potassium-enters-repol');
    expect(earned(dvr, answer)).not.toContain('depol-sodium-in');
    // "I forget which" after the choice still doubts only the choice.
    expect(
      earned(
        'synapse-neurotoxin',
        "ACh cant bind and the channels stay closed so either Na+ or K+ can't get in, I forget which.",
      ),
    ).toContain('channel-closed');
    expect(flags(dvr, 'In repolarization K+ goes in.')).toContain('potassium-enters-repol');
  });
  it('"shove 3 Na+ kids off into the snow": "off into" a place outside is out; "get off into the cell" is in', () => {
    const rpp = 'resting-potential-pump';
    const answer = 'The driver has to shove 3 Na+ kids off into the snow, and pull 2 K+ kids back on.';
    expect(flags(rpp, answer)).not.toContain('directions-reversed');
    expect(earned(rpp, answer)).toContain('sodium-out');
    expect(
      earned('synapse-neurotoxin', 'no passengers (Na+) get off into the cell, so the neuron stays at rest'),
    ).toContain('no-sodium-entry');
  });
  it('"Na+ goes out of the cell... wait no, it goes in": after a correction, a moving "it" is the corrected ion', () => {
    const dvr = 'depolarization-vs-repolarization';
    const answer = 'I think in depolarization Na+ goes out of the cell... wait no, it goes in.';
    expect(earned(dvr, answer)).toContain('depol-sodium-in');
    expect(flags(dvr, answer)).not.toContain('sodium-leaves-depol');
    expect(flags(dvr, 'In depolarization Na+ goes in, wait no it goes out.')).toContain(
      'sodium-leaves-depol',
    );
  });
  it('"When pump not work the neuron lose his gradient": a denied condition ends at its verb', () => {
    const pb = 'pump-blocked';
    expect(earned(pb, 'When pump not work the neuron lose his gradient slowly.')).toContain(
      'gradients-run-down',
    );
    expect(earned(pb, 'When pump not work the neuron does not lose his gradient.')).not.toContain(
      'gradients-run-down',
    );
  });
  it('wordings: "same inside and outside", "the gradient falls apart", "the cell fills up", "hypertonic to the water"', () => {
    const pb = 'pump-blocked';
    const osm = 'osmosis-red-blood-cell';
    expect(earned(pb, 'the sodium and potassium is same inside and outside')).toContain('gradients-run-down');
    expect(earned(pb, 'the charge is the same inside and outside')).not.toContain('gradients-run-down');
    expect(earned(pb, 'so the gradient falls apart over time')).toContain('gradients-run-down');
    expect(earned(osm, 'So the cell fills up by osmosis.')).toContain('water-enters');
    expect(
      earned(osm, 'sodium ions rush into the cell from the water, so the cell fills up and pops.'),
    ).not.toContain('water-enters');
    expect(earned(osm, "it's full of solute so it's hypertonic to the water")).toContain('hypotonic');
    expect(flags(osm, 'the water is hypertonic to the cell')).toContain('hypertonic-water');
  });
  it('"Passive goes down the gradient, active goes up": the gradient elided after "down"', () => {
    const pva = 'passive-vs-active';
    expect(earned(pva, 'Passive goes down the gradient, active goes up.')).toContain(
      'active-against-gradient',
    );
    expect(earned(pva, 'Active transport goes up.')).not.toContain('active-against-gradient');
  });
  it('"The presynaptic neuron will not be able to depolarize … so no Na+ can come in": the wrong cell', () => {
    const syn = 'synapse-neurotoxin';
    expect(
      earned(
        syn,
        'The presynaptic neuron will not be able to depolarize because the neurotoxin blocks the receptors so no Na+ can come in.',
      ),
    ).not.toContain('no-sodium-entry');
    // The presynaptic neuron named as the one that releases ACh is no wrong cell.
    expect(
      earned(
        syn,
        'ACh from the presynaptic neuron cannot bind because the toxin blocks the receptors so no Na+ can come in.',
      ),
    ).toContain('no-sodium-entry');
  });
});

describe('round 104', () => {
  it('"3Na out/2K in": a count glued to an ion symbol written without its sign, before a side', () => {
    const rpp = 'resting-potential-pump';
    expect(earned(rpp, '3Na out/2K in. more + leaving → inside -')).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']),
    );
    expect(flags(rpp, '3K in 2Na out, atp')).toContain('ratio-reversed');
  });
  it('"let 2 K+ employees IN even though its already packed": "even though" opens its own clause', () => {
    expect(
      earned(
        'resting-potential-pump',
        'let 2 K+ employees IN even though its already packed with them inside.',
      ),
    ).toContain('potassium-in');
    expect(earned('resting-potential-pump', 'let 2 K+ employees out even though its packed.')).not.toContain(
      'potassium-in',
    );
  });
  it('"moving Na+ out and K+ in, 3 for 2": a bare ratio keeps its sentence\'s order after an earlier K+', () => {
    const rpp = 'resting-potential-pump';
    const answer =
      'Most of the resting potential is from K+ leaking out. The pump keeps the gradients going by moving Na+ out and K+ in, 3 for 2, with ATP.';
    expect(earned(rpp, answer)).toContain('ratio');
    expect(earned(rpp, 'The pump moves K+ in and Na+ out, 3 for 2.')).not.toContain('ratio');
  });
  it('"exported to where its concentration is already higher": each ion moved to where it is already high', () => {
    const rpp = 'resting-potential-pump';
    expect(
      earned(
        rpp,
        'sodium is exported to where its concentration is already higher and potassium is imported to where its concentration is already higher.',
      ),
    ).toContain('against-gradient');
    expect(earned(rpp, 'sodium is exported to where its concentration is already higher.')).not.toContain(
      'against-gradient',
    );
  });
  it('a closing "i guess" after a run-on of "and" items doubts its own item', () => {
    const pva = 'passive-vs-active';
    const runOn =
      'passive transport is like diffusion and its when things go from high to low and it doesnt take energy and active transport takes energy and the example for active is like endocytosis i guess';
    expect(earned(pva, runOn)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient', 'active-energy']),
    );
    expect(earned(pva, 'active transport takes energy i guess')).not.toContain('active-energy');
  });
  it('"PT: …" and "AT: …" in capitals stand for passive and active transport', () => {
    const pva = 'passive-vs-active';
    const swapped = 'PT: uses E, lo→hi\nAT: no E, hi→lo\nex: PT = NaK pump, AT = diffusion';
    expect(flags(pva, swapped)).toEqual(expect.arrayContaining(['passive-needs-energy', 'active-no-energy']));
    expect(earned(pva, 'PT: no E, hi→lo\nAT: uses ATP, lo→hi')).toEqual(
      expect.arrayContaining([
        'passive-no-energy',
        'passive-down-gradient',
        'active-energy',
        'active-against-gradient',
      ]),
    );
  });
  it('"… and then the pump fixes it all": the pump\'s work told after the phases sets it apart', () => {
    const dvr = 'depolarization-vs-repolarization';
    const answer =
      'when the neuron depolarizes Na+ floods in and then K+ floods out and the voltage drops back down to -70 and then the pump fixes it all and theyre alike cause the ions are both just diffusing';
    expect(flags(dvr, answer)).not.toContain('depol-uses-atp');
    expect(flags(dvr, 'In repolarization the pump moves K+ out.')).toContain('pump-repolarizes');
  });
  it('"If there was more glucose outside …, it could just let it flow in …, that\'s passive transport": an imagined case named as a kind is an example', () => {
    const pva = 'passive-vs-active';
    const answer =
      "If a cell needed glucose and there was more glucose outside than inside, it could just let it flow in without spending any energy, that's passive transport, high to low.";
    expect(earned(pva, answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']),
    );
    expect(
      earned(
        pva,
        'If there was more glucose outside than inside, it could just let it flow in without spending any energy.',
      ),
    ).not.toContain('passive-no-energy');
  });
  it('a table of compared cases ("Solution | Tonicity | Water movement | Result") reads each row as "in <first cell>, …"', () => {
    const osm = 'osmosis-red-blood-cell';
    const table =
      'Solution | Tonicity | Water movement | Result\ndistilled water | hypotonic | into the cell | swells then lyses\nsalt water | hypertonic | out of cell | shrinks';
    expect(earned(osm, table)).toEqual(expect.arrayContaining(['water-enters', 'swells-bursts']));
    expect(flags(osm, table)).not.toContain('water-leaves');
    expect(flags(osm, table)).not.toContain('solute-moves');
    // The case asked about, told the wrong way, is still the mistake.
    expect(
      flags(
        osm,
        'Solution | Tonicity | Water movement | Result\ndistilled water | hypertonic | out of cell | shrinks',
      ),
    ).toContain('water-leaves');
  });
  it('"They do not need ATP for either one": the likeness denied of each phase is passive', () => {
    const dvr = 'depolarization-vs-repolarization';
    expect(earned(dvr, 'They do not need ATP for either one.')).toContain('both-passive');
    expect(earned(dvr, 'They need ATP for either one.')).not.toContain('both-passive');
  });
});

describe('round 105', () => {
  it('"Depol -- Na+ -- into cell": a typed "--" before a direction names the ion, then where it goes', () => {
    const dvr = 'depolarization-vs-repolarization';
    expect(earned(dvr, 'Depol -- Na+ -- into cell\nRepol -- K+ -- out of cell')).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    // Between two statements it still separates them.
    expect(earned(dvr, 'Depol -- Na+ stays out -- into the cell goes K+')).not.toContain('depol-sodium-in');
  });
  it('"…, if it was a plant the wall would stop it": an "if" after a plain statement supposes only what follows', () => {
    const osm = 'osmosis-red-blood-cell';
    const answer =
      'water rushes in the rbc and it lyses, if it was a plant the wall would stop it but rbc has no wall';
    expect(earned(osm, answer)).toEqual(expect.arrayContaining(['water-enters', 'swells-bursts']));
    // A result told before its "if" is still supposed.
    expect(earned(osm, 'Water would rush in, if the cell were in distilled water.')).not.toContain(
      'water-enters',
    );
  });
  it('a question mark after a run-on doubts from a mid-sentence "i think" that goes on into a statement', () => {
    const pva = 'passive-vs-active';
    expect(
      earned(
        pva,
        'passive no energy high to low active energy low to high i think proteins are only in active transport not passive?',
      ),
    ).toEqual(expect.arrayContaining(['passive-no-energy', 'passive-down-gradient', 'active-energy']));
    // A trailing "i think??" still doubts the statement it tags.
    expect(earned(pva, 'idk tbh... something about ATP? active is the one with ATP i think??')).not.toContain(
      'active-energy',
    );
  });
  it('wordings (DF): "again minus", "fills up with positive", "more salty than", "a lower water concentration", "bigger concentration to smaller", "moves them down it"', () => {
    const dvr = 'depolarization-vs-repolarization';
    const osm = 'osmosis-red-blood-cell';
    const pva = 'passive-vs-active';
    expect(earned(dvr, '2) repolarization: K+ ions go out. potential - again minus, like rest.')).toContain(
      'repol-back-to-rest',
    );
    expect(
      earned(dvr, 'During depolarization Na+ comes in and the inside fills up with positive.'),
    ).toContain('depol-less-negative');
    expect(earned(osm, 'Inside the cell is more salty than the pure water.')).toContain('hypotonic');
    expect(earned(osm, 'Na+ goes in and K+ goes out so the cell gets more salty and it pops')).not.toContain(
      'hypotonic',
    );
    expect(
      earned(osm, 'the water has a high water concentration, and the cell has a lower water concentration.'),
    ).toContain('hypotonic');
    const el =
      'Passive transport — substance go by itself from bigger concentration to smaller. Active transport — substance go from smaller to bigger concentration.';
    expect(earned(pva, el)).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']),
    );
    expect(
      earned(
        pva,
        'Passive transport does not move substances against their gradient; it only moves them down it.',
      ),
    ).toContain('passive-down-gradient');
  });
  it('wordings (DF): "pump for active" said of the proteins, not of an example', () => {
    const pva = 'passive-vs-active';
    expect(earned(pva, 'Membrane proteins is channel for passive and pump for active.')).toContain(
      'proteins',
    );
    expect(
      earned(pva, 'Ex: glucose moving in by facilitated diffusion for passive, Na/K pump for active.'),
    ).not.toContain('proteins');
  });
  it('wordings (DF): "shrink down to nothing", crowds that "keep squeezing on" with "nobody gets kicked off", net charge with "then" for "than", "short on positive charge"', () => {
    const pb = 'pump-blocked';
    const rpp = 'resting-potential-pump';
    expect(earned(pb, 'The voltage across the membrane would shrink down to nothing.')).toContain(
      'less-negative',
    );
    expect(
      earned(pb, 'people keep squeezing on thru the back door (leak) and nobody gets kicked off.'),
    ).toContain('leak-not-restored');
    expect(
      earned(pb, 'people keep squeezing on thru the back door and the driver kicks them off.'),
    ).not.toContain('leak-not-restored');
    expect(
      earned(
        rpp,
        'more sodium goes out then potassium comes in and that makes the outside more positive so the inside is negative',
      ),
    ).toContain('net-charge');
    expect(
      earned(rpp, 'more sodium goes in then potassium goes out so the inside is negative'),
    ).not.toContain('net-charge');
    expect(
      earned(rpp, 'Three head out, two head in, so the inside ends up short on positive charge.'),
    ).toContain('net-charge');
  });
  it('wordings (DF): "can\'t get a hold on it", "sits in ACh site", "has nowhere to bind"', () => {
    const syn = 'synapse-neurotoxin';
    expect(earned(syn, "The toxin is like pinning the receptor so ACh can't get a hold on it.")).toContain(
      'no-binding',
    );
    expect(earned(syn, 'Toxin = competitive antagonist, sits in ACh site -> channels never open')).toContain(
      'no-binding',
    );
    expect(earned(syn, 'the ACh just floats around in the cleft and has nowhere to bind')).toContain(
      'no-binding',
    );
    expect(earned(syn, 'ACh sits in the binding site and opens the channel')).not.toContain('no-binding');
  });
});

describe('round 106', () => {
  it('"both = fac. diffusion" and "3 4 2": note-form "fac." goes on, and a lone 4 between counts is "for"', () => {
    expect(
      earned('depolarization-vs-repolarization', 'K+/out/inside back to - ; both = fac. diffusion, no ATP'),
    ).toContain('both-passive');
    const rpp = 'resting-potential-pump';
    expect(earned(rpp, 'ok so Na+ goes out, K+ comes in, 3 4 2. needs ATP')).toContain('ratio');
    expect(earned(rpp, 'ok so Na+ goes out, K+ comes in, 2 4 3. needs ATP')).not.toContain('ratio');
  });
  it('wordings (DG): "to the place where is many", "Na+ is crowded outside" beside an "already crowded", "pumps out Na+ and in K+", "no ligand = no opening"', () => {
    const rpp = 'resting-potential-pump';
    expect(earned(rpp, 'the pump push them to the place where is many')).toContain('against-gradient');
    expect(
      earned(
        rpp,
        'K+ is already crowded inside the cell so the pump has to shove even more K+ in, and Na+ is crowded outside so it shoves Na+ out.',
      ),
    ).toContain('against-gradient');
    expect(earned(rpp, 'K+ is crowded inside the cell and Na+ is crowded outside.')).not.toContain(
      'against-gradient',
    );
    expect(earned(rpp, 'pumps out Na+ and in K+')).toContain('potassium-in');
    expect(earned('synapse-neurotoxin', 'its a ligand gated channel so no ligand = no opening')).toContain(
      'channel-closed',
    );
  });
  it('an imagined case named as a kind in a relative clause ("…, which is passive transport") is an example', () => {
    const pva = 'passive-vs-active';
    expect(
      earned(
        pva,
        'If there was more glucose outside than inside, it could just let it flow in without spending any energy, which is passive transport.',
      ),
    ).toContain('passive-no-energy');
  });
  it('"no proteins at all" is no "all of them"; "All passive transport needs a channel protein" still is', () => {
    const pva = 'passive-vs-active';
    expect(
      earned(
        pva,
        "Active transport can't work without carrier proteins called pumps, but passive can go through channel proteins and doesn't have to use a protein at all.",
      ),
    ).toContain('proteins');
    expect(earned(pva, 'All passive transport needs a channel protein and active uses pumps.')).not.toContain(
      'proteins',
    );
  });
  it('"Depolarization vs Repolarization" over rows "Ion: Na+ | K+": the "vs" heading names the columns', () => {
    const dvr = 'depolarization-vs-repolarization';
    const table = 'Depolarization vs Repolarization\nIon: Na+ | K+\nDirection: into cell | out of cell';
    expect(earned(dvr, table)).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
    // The columns keep their order: the ions swapped are swapped.
    const swapped = 'Depolarization vs Repolarization\nIon: K+ | Na+\nDirection: into cell | out of cell';
    expect(earned(dvr, swapped)).not.toContain('depol-sodium-in');
  });
});

describe('round 107', () => {
  it('"Passive transport never costs the cell any ATP": "never" with a verb of spending, in its third-person form', () => {
    const pva = 'passive-vs-active';
    expect(earned(pva, 'Passive transport never costs the cell any ATP.')).toContain('passive-no-energy');
    expect(earned(pva, 'Passive transport never uses any ATP.')).toContain('passive-no-energy');
    expect(earned(pva, 'Passive transport always uses ATP.')).not.toContain('passive-no-energy');
  });
  it('"No gradient means resting potential ~0 mV": a "no <noun>" subject denies only itself', () => {
    const pb = 'pump-blocked';
    expect(earned(pb, 'No gradient means resting potential ~0 mV instead of -70')).toContain('less-negative');
    expect(earned(pb, 'The resting potential does not go to 0 mV.')).not.toContain('less-negative');
  });
  it('leak wordings (DH): "keep rolling back in … nobody carries them out", "just go … down there gradients", "lets more na in … the pump isnt there to reset"', () => {
    const pb = 'pump-blocked';
    expect(
      earned(
        pb,
        'potatoes keep rolling back in through the doors that are always open (leak channels) and nobody carries them out again.',
      ),
    ).toContain('leak-not-restored');
    expect(
      earned(pb, 'when its blocked the ions just go where they want down there gradients until its even'),
    ).toContain('leak-not-restored');
    expect(
      earned(pb, 'each action potential lets more na in and k out and the pump isnt there to reset.'),
    ).toContain('leak-not-restored');
    expect(earned(pb, 'each action potential lets more na in and the pump is there to reset.')).not.toContain(
      'leak-not-restored',
    );
    expect(earned(pb, 'Neuron will fire action potential for some time but after it will stop.')).toContain(
      'cannot-fire',
    );
  });
  it('wordings (DH): "K+ uses its own turnstiles to leave", "concentration of solute is more in the cell than", "change to positive more"', () => {
    const dvr = 'depolarization-vs-repolarization';
    expect(earned(dvr, 'In repolarization, K+ uses its own turnstiles to leave out of the cell.')).toContain(
      'repol-potassium-out',
    );
    expect(
      earned(dvr, 'In repolarization, Na+ uses its own turnstiles to leave out of the cell.'),
    ).not.toContain('repol-potassium-out');
    const osm = 'osmosis-red-blood-cell';
    expect(earned(osm, 'the concentration of solute is more in the cell than in the water.')).toContain(
      'hypotonic',
    );
    expect(earned(osm, 'the concentration of solute is more in the water than in the cell.')).not.toContain(
      'hypotonic',
    );
    expect(earned('pump-blocked', 'the resting potential change to positive more.')).toContain(
      'less-negative',
    );
  });
});
