import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 114: rubric and engine rules from blind batch DQ (graded once, untouched, on 5237f14, then a
 * first touch) and the first touch of blind batch DR. Each rule has the answer it must now read as a
 * teacher would and a near miss it must still refuse.
 */
describe('round 114: reader', () => {
  it('"sodium ions, moving inward, …": a participle with its direction keeps the short subject', () => {
    const answer =
      'a) Depolarization: sodium ions, moving inward, membrane potential becomes more positive. b) Repolarization: potassium ions, moving outward, membrane potential becomes more negative.';
    expect(earned(dvr, answer)).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
    // Without a direction after it, the participle says nothing of where the ion goes.
    expect(earned(dvr, 'Depolarization: sodium ions, moving fast, the inside gets positive.')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"when go out the potassium K+": the verb before its subject, with an article between', () => {
    expect(earned(dvr, 'The repolarization is when go out the potassium K+.')).toContain(
      'repol-potassium-out',
    );
    expect(earned(dvr, 'The repolarization is when go out the sodium and then potassium.')).not.toContain(
      'repol-potassium-out',
    );
  });

  it('a side\'s level in brackets, "(high conc.)", and a semicolon in a field list keep the statement whole', () => {
    expect(
      earned(
        dvr,
        'During depolarization Na+ goes from outside (high conc.) to inside (low conc.) which makes it less negative.',
      ),
    ).toContain('depol-sodium-in');
    expect(
      earned(dvr, '1. Depolarization: Na+ ; moves into the neuron; membrane potential becomes less negative'),
    ).toContain('depol-sodium-in');
    // After a note-form direction, any other aside still ends the statement.
    expect(earned(dvr, 'Depolarization: K+ in (both against gradient) Na+ goes')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"3Na:2K" written as a ratio splits each count from its ion', () => {
    expect(earned(rpp, 'Na+ out / K+ in / 3Na:2K / ATP powers it')).toContain('ratio');
    expect(earned(rpp, 'Na+ out / K+ in / 3Na/2K / ATP powers it')).toContain('ratio');
    // The swapped ratio is still the swapped ratio.
    expect(earned(rpp, 'Na+ out / K+ in / 2Na:3K / ATP powers it')).not.toContain('ratio');
  });

  it('a clause that is only "maybe?" doubts the clause before it', () => {
    const answer =
      'I think the resting potential would get less negative, maybe? or maybe it stays the same because the channels still work.';
    expect(earned(pump, answer)).not.toContain('less-negative');
    expect(
      earned(pump, 'the resting potential would get less negative, and maybe it stops firing.'),
    ).toContain('less-negative');
  });

  it('"X but maybe not (always)" takes X back', () => {
    expect(earned(pva, 'I think active transport needs energy but maybe not always?')).not.toContain(
      'active-energy',
    );
    expect(earned(pva, 'active transport needs energy but maybe not for long.')).toContain('active-energy');
    // What it says after the doubt stands: "not enough to matter" is still a prediction of no effect.
    const pumpAnswer = 'The gradients might get smaller but probably not enough to matter.';
    expect(earned(pump, pumpAnswer)).not.toContain('gradients-run-down');
    expect(flags(pump, pumpAnswer)).toContain('no-effect');
  });

  it('"Actually I think it might …" opening a sentence is a second guess that puts both in doubt', () => {
    const answer =
      "The postsynaptic cell won't depolarize. Actually I think it might still depolarize a bit because ACh is still released. Not sure.";
    expect(earned(syn, answer)).not.toContain('prediction');
    expect(
      earned(
        syn,
        "The postsynaptic cell won't depolarize. Actually I think it stays at rest, since ACh can't bind.",
      ),
    ).toContain('prediction');
  });
});

describe("round 114: the pump's passive", () => {
  it('"Na+ can\'t be pumped out" alone has no leak in it', () => {
    expect(
      earned(pump, "The neuron will fire nonstop because the sodium can't be pumped out."),
    ).not.toContain('leak-not-restored');
    expect(earned(pump, "Na+ leaks in and can't be pumped out anymore.")).toContain('leak-not-restored');
    // A clause-final "out" after an ion is still a movement out in note form.
    expect(earned(rpp, 'Na+ out, K+ in, uses ATP')).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
  });

  it('"K+ is pumped in" keeps its direction: still K⁺ entering in repolarization', () => {
    const answer =
      'depolarization: Na+ is pumped out of the cell by the pump. repolarization: K+ is pumped in.';
    expect(flags(dvr, answer)).toContain('potassium-enters-repol');
  });
});

describe('round 114: rubrics', () => {
  it('pump blocked: "when you try to stimulate it nothing happens" is the neuron that cannot fire', () => {
    const answer =
      'the membrane potential isnt negative anymore its like 0 and so when you try to stimulate it nothing happens because theres no gradient for sodium to rush in';
    expect(earned(pump, answer)).toContain('cannot-fire');
    expect(flags(pump, answer)).not.toContain('no-effect');
    expect(flags(pump, 'Ouabain blocks the pump but nothing happens to the neuron.')).toContain('no-effect');
  });

  it('pump blocked: Na⁺ building up inside is both gradients running down only with K⁺ in the sentence', () => {
    expect(earned(pump, 'The neuron will fire more because Na+ builds up inside the cell.')).not.toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'Na+ builds up inside the cell and K+ builds up outside the cell.')).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'Na+ would build up inside the cell and K+ would be lost.')).toContain(
      'gradients-run-down',
    );
  });

  it('pump blocked: stuck depolarized after an action potential for want of a repolarizing pump is no drift at rest', () => {
    const stuck =
      'The pump is needed for repolarization, so without it the neuron cant repolarize after an action potential and it stays depolarized.';
    expect(earned(pump, stuck)).not.toContain('less-negative');
    expect(
      earned(pump, 'Na+ builds up inside and keeps it depolarized, so it gets closer to threshold.'),
    ).toContain('less-negative');
  });

  it('pump blocked: "the potassium go out of the cell and do not come back" is the leak not undone', () => {
    expect(earned(pump, 'Without pump, the potassium go out of the cell and do not come back.')).toContain(
      'leak-not-restored',
    );
    expect(
      earned(pump, 'The potassium go out of the cell and no come back because the pump is broke.'),
    ).toContain('leak-not-restored');
    expect(earned(pump, 'the potassium go out of the cell and then come back in.')).not.toContain(
      'leak-not-restored',
    );
  });

  it('synapse: a relative clause may stand between ACh and "unable to bind"', () => {
    expect(
      earned(
        syn,
        'Because the neurotoxin occupies the acetylcholine receptors, acetylcholine that is released into the cleft is unable to bind to the receptors.',
      ),
    ).toContain('no-binding');
  });

  it('synapse: "the channels can\'t open without ACh binding" is the channel\'s rule, not ACh that cannot bind', () => {
    expect(
      earned(
        syn,
        'the neuron would stay at resting potential because the channels cant open without ach binding.',
      ),
    ).not.toContain('no-binding');
    expect(
      earned(syn, "Na+ can't flow in because the ligand-gated channels don't open without ACh bound."),
    ).not.toContain('no-binding');
    // Opening with the missing binding, it still says ACh does not bind.
    expect(earned(syn, 'without ach binding, the sodium channels dont open')).toContain('no-binding');
  });

  it('synapse: the chain told backwards (closed channel or missing Na⁺ stopping ACh binding) earns neither step', () => {
    const backwards =
      "The postsynaptic neuron won't depolarize. Because the Na+ channels are closed, the ACh can't bind to them.";
    expect(earned(syn, backwards)).not.toContain('no-binding');
    expect(earned(syn, backwards)).not.toContain('channel-closed');
    expect(flags(syn, backwards)).toContain('cause-reversed');
    const soBackwards =
      "Na+ can't get into the cell, so the channels stay closed, and that's why ACh can't bind to the receptor.";
    expect(flags(syn, soBackwards)).toContain('cause-reversed');
    // The right order, and a binding that is the channel's condition, are not backwards.
    const forwards = "ACh can't bind to the receptor, so the channels stay closed and Na+ can't get in.";
    expect(earned(syn, forwards)).toEqual(expect.arrayContaining(['no-binding', 'channel-closed']));
    expect(flags(syn, forwards)).not.toContain('cause-reversed');
    expect(
      flags(
        syn,
        "Na+ can't get into the neuron because the channel gates stay locked shut when ACh can't bind.",
      ),
    ).not.toContain('cause-reversed');
  });

  it('synapse: "ACh released (same amt) → can\'t bind", "tries to bind but it cant", "cannot unite"', () => {
    expect(earned(syn, "ACh released (same amt) → can't bind (toxin in the way) → no Na+ entry")).toContain(
      'no-binding',
    );
    expect(
      earned(syn, 'the ACh goes across the cleft and tries to bind but it cant because the toxin is there'),
    ).toContain('no-binding');
    expect(earned(syn, 'The neurotoxin block the receptor so the acetylcholine cannot unite.')).toContain(
      'no-binding',
    );
    // Another subject between them, or ACh never released, is not ACh that cannot bind.
    expect(earned(syn, 'The presynaptic neuron cant release ACh so no Na+ gets in')).not.toContain(
      'no-binding',
    );
    expect(earned(syn, 'ACh is released, the toxin cannot bind to it.')).not.toContain('no-binding');
  });

  it('synapse: the channel kept shut in other words ("can\'t bind to them & open them", "so they dont open", "chan closed")', () => {
    expect(earned(syn, "The receptors are blocked so ACh can't bind to them & open them.")).toContain(
      'channel-closed',
    );
    expect(
      earned(
        syn,
        'since the receptors are ligand gated they need ach to open, but ach cant bind so they dont open',
      ),
    ).toContain('channel-closed');
    expect(
      earned(
        syn,
        'Because ACh is unable to bind, the ligand-gated channel does not undergo the conformational change needed to open.',
      ),
    ).toContain('channel-closed');
    expect(earned(syn, 'no depol. ACh blocked from receptor. Na+ chan closed')).toContain('channel-closed');
    expect(
      earned(
        syn,
        'The voltage-gated sodium channels on the postsynaptic neuron get blocked by the toxin so they cant open.',
      ),
    ).not.toContain('channel-closed');
  });

  it('synapse: "the sodium cannot go to inside", "no potentiel d\'action" (English learners)', () => {
    expect(earned(syn, 'The toxin is there first. So the sodium cannot go to inside.')).toContain(
      'no-sodium-entry',
    );
    expect(earned(syn, 'So the sodium can go to inside.')).not.toContain('no-sodium-entry');
    expect(earned(syn, "the potential stay at repos and there is no potentiel d'action.")).toContain(
      'no-action-potential',
    );
  });

  it('resting pump: in a vehicle analogy "off" is out and "on" is in; the pump is not "off"', () => {
    const bus = 'Every stop the pump kicks 3 Na+ riders off the train and only lets 2 K+ riders on.';
    expect(earned(rpp, bus)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    const shove = 'The pump shoves 3 Na+ off the bus (out of the cell) and lets 2 K+ on.';
    expect(flags(rpp, shove)).not.toContain('pump-off-at-rest');
    expect(flags(rpp, 'at rest the pump is off, the resting potential is just from leak channels')).toContain(
      'pump-off-at-rest',
    );
    expect(earned(rpp, 'The pump kicks 2 K+ riders off the train and lets 3 Na+ riders on.')).not.toContain(
      'potassium-in',
    );
  });

  it('resting pump: both against their gradients, "potassium in and sodium out against", "from where there are fewer to where there are more"', () => {
    expect(
      earned(rpp, 'it moves potassium in and sodium out against concentration gradient (uses ATP)'),
    ).toContain('against-gradient');
    expect(
      earned(
        rpp,
        "It takes ATP because it's active transport, moving ions from where there are fewer of them to where there are more.",
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        rpp,
        'moving ions from where there are more of them to where there are fewer, which takes no ATP.',
      ),
    ).not.toContain('against-gradient');
  });

  it('resting pump: "pushes both sodium and potassium out" still says sodium goes out', () => {
    expect(earned(rpp, 'The pump pushes both sodium and potassium out of the cell using ATP.')).toContain(
      'sodium-out',
    );
    expect(earned(rpp, 'The pump pushes both sodium and potassium out of the cell using ATP.')).not.toContain(
      'potassium-in',
    );
    expect(earned(rpp, 'The pump pushes both sodium and potassium into the cell using ATP.')).not.toContain(
      'sodium-out',
    );
  });

  it('resting pump: "make exit 3 Na+ and make enter 2 K+" (faire sortir, faire entrer)', () => {
    const got = earned(rpp, 'The sodium-potassium pump make exit 3 Na+ and make enter 2 K+. It use the ATP.');
    expect(got).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(flags(rpp, 'The pump make enter 3 Na+ and make exit 2 K+.')).toContain('directions-reversed');
  });

  it('passive vs active: "costs the cell nothing", "down their concentration (or electrochemical) gradient"', () => {
    expect(earned(pva, 'passive = downhill (high→low conc), costs the cell nothing.')).toContain(
      'passive-no-energy',
    );
    expect(earned(pva, 'active transport costs the cell ATP.')).not.toContain('passive-no-energy');
    expect(
      earned(
        pva,
        'In passive transport substances move down their concentration (or electrochemical) gradient.',
      ),
    ).toContain('passive-down-gradient');
  });

  it("passive vs active: a carrier said with no kind named, after active transport, is active's only", () => {
    const activeOnly =
      'Active transport uses energy to move molecules against their concentration gradient. It uses carrier proteins. Passive is the opposite.';
    expect(earned(pva, activeOnly)).not.toContain('proteins');
    expect(
      earned(
        pva,
        'Active transport uses carrier proteins called pumps. Facilitated diffusion uses carrier proteins too, or channels.',
      ),
    ).toContain('proteins');
    expect(
      earned(
        pva,
        'passive is osmosis and active is facilitated diffusion with a carrier protein. Active uses pumps.',
      ),
    ).not.toContain('proteins');
  });

  it('passive vs active: "it can\'t move anything against the gradient, only down it"', () => {
    expect(
      earned(
        pva,
        "Passive transport does not require ATP. It can't move anything against the gradient, only down it.",
      ),
    ).toContain('passive-down-gradient');
    expect(earned(pva, 'Passive transport does not require ATP. It only moves things up.')).not.toContain(
      'passive-down-gradient',
    );
  });

  it('passive vs active: water entering a cell placed in salt water is the osmosis example backwards', () => {
    const answer =
      'One example of passive transport is water moving into a red blood cell placed in salt water. One example of active transport is the sodium potassium pump.';
    expect(flags(pva, answer)).toContain('osmosis-example-reversed');
    expect(
      flags(pva, 'In osmosis water goes into the cell and in diffusion the salt goes out.'),
    ).not.toContain('osmosis-example-reversed');
  });

  it('osmosis: "since it has more stuff dissolved in it than the pure water", "it" the cell', () => {
    expect(
      earned(
        osm,
        'Water would go into the cell since it has more stuff dissolved in it than the pure water.',
      ),
    ).toContain('hypotonic');
    expect(earned(osm, 'The water has more stuff dissolved in it than the pure water.')).not.toContain(
      'hypotonic',
    );
  });

  it("depolarization vs repolarization: rest described for itself is not repolarization's effect", () => {
    expect(
      earned(dvr, 'The resting membrane potential is -70 mV. It is maintained by the sodium potassium pump.'),
    ).not.toContain('repol-back-to-rest');
    expect(
      earned(dvr, 'The pump moves 3 Na+ out and 2 K+ in. This keeps the resting potential at -70 mV.'),
    ).not.toContain('repol-back-to-rest');
    expect(
      earned(dvr, 'Repolarization: K+ flows out and the cell returns to its resting potential.'),
    ).toContain('repol-back-to-rest');
    expect(
      earned(dvr, 'the chutes open and stuff goes down into the boats, then the chutes close.'),
    ).not.toContain('repol-back-to-rest');
    expect(earned(dvr, 'Repolarization: K+ goes out and the voltage goes back down.')).toContain(
      'repol-back-to-rest',
    );
  });
});
