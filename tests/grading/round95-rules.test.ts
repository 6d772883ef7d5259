import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Rounds 95–96: engine rules from blind batch CV's first touch (graded once on f4b0f6a before any
 * of them) and the stored full-mark answers still flagged. Each rule has the answer it must now
 * read as a teacher would and a near miss it must still refuse.
 */
describe('round 95', () => {
  it('"Na+/K+-ATPase (3 Na+ out / 2 K+ in) = active": an "=" after a bracketed aside names the item as "is" does', () => {
    const answer =
      'Ex: Na+ rushing in thru voltage-gated channels during AP = passive; Na+/K+-ATPase (3 Na+ out / 2 K+ in) = active.';
    expect(flags('passive-vs-active', answer)).not.toContain('examples-swapped');
    expect(earned('passive-vs-active', answer)).toContain('examples');
    // The pump named as passive is still the swap, with or without the aside.
    expect(
      flags('passive-vs-active', 'Ex: diffusion = active; the pump (3 Na+ out / 2 K+ in) = passive.'),
    ).toContain('examples-swapped');
    expect(flags('passive-vs-active', 'the pump = passive')).toContain('examples-swapped');
  });
  it('"For every 3 Na+ pumped out only 2 K+ come in": a counted ion with its own verb after a direction starts the next statement', () => {
    const answer =
      'For every 3 Na+ pumped out only 2 K+ come in, so the cell loses one positive charge each cycle and the inside goes negative.';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(flags('resting-potential-pump', answer)).not.toContain('directions-reversed');
    // Without its own verb the ion is still the object: "pumps in only 2 K+" brings K+ in.
    expect(earned('resting-potential-pump', 'it pumps 3 Na+ out and pumps in only 2 K+')).toContain(
      'potassium-in',
    );
    // The reversed run-on is still the reversal.
    expect(flags('resting-potential-pump', 'pumps 2 K+ out 3 Na+ come in')).toContain('directions-reversed');
  });
  it('a table row\'s label read again in its cells claims nothing on its own; under "Step | Normal | With toxin" each cell is told in its case', () => {
    const table = [
      'Step | Normal | With toxin',
      'ACh binds receptor | yes | no, toxin is in the way',
      'Channel opens | yes | no, stays closed',
      'Na+ flows in | yes | no',
      'Depolarization | yes | no, stays at resting potential',
      'Action potential | yes if threshold reached | no, threshold never reached',
    ].join('\n');
    expect(flags('synapse-neurotoxin', table)).not.toContain('predicts-depolarization');
    expect(earned('synapse-neurotoxin', table)).toEqual(
      expect.arrayContaining(['prediction', 'no-binding', 'channel-closed', 'no-sodium-entry']),
    );
    // A "yes" under "With toxin" is still the student's prediction that it depolarizes.
    const wrong = table.replace(
      'Depolarization | yes | no, stays at resting potential',
      'Depolarization | yes | yes, still',
    );
    expect(flags('synapse-neurotoxin', wrong)).toContain('predicts-depolarization');
    // A row whose only cell no heading reads again is the row's content, still a claim.
    const rows = [
      'Prediction | postsynaptic membrane potential stays at resting (~-70mV)',
      "Why | ACh can't bind b/c toxin blocks receptor",
      ' | ligand gated Na+ channel does not open',
    ].join('\n');
    expect(earned('synapse-neurotoxin', rows)).toContain('channel-closed');
  });
  it('"needs ATP and goes... low to high?": a pause inside a later "and" item, then its completion, doubts only that item', () => {
    const answer = 'Active transport needs ATP and goes... low to high? or maybe high to low too, not sure.';
    expect(earned('passive-vs-active', answer)).toContain('active-energy');
    expect(earned('passive-vs-active', answer)).not.toContain('active-against-gradient');
    // Without the "and" item the question doubts the whole sentence, as before.
    expect(earned('passive-vs-active', 'Active transport needs ATP... or does it?')).not.toContain(
      'active-energy',
    );
    // A new question after the pause still doubts the whole sentence.
    expect(
      flags(
        'pump-blocked',
        'Resting potential becomes more negative, like -90, since the pump is electrogenic and now its gone... wait would that make it less negative? idk honestly',
      ),
    ).not.toContain('more-negative');
  });
  it('"If …, X would …, but since … it would …": a reason before the modal still goes on supposing', () => {
    expect(
      earned(
        'pump-blocked',
        'If the pump were blocked, the cell would lose its gradients eventually, but since the channels still work it would keep firing action potentials just fine.',
      ),
    ).toContain('gradients-run-down');
    // A "but" that turns back to the facts still takes the supposition back.
    expect(
      earned(
        'pump-blocked',
        'If the pump were blocked, the cell would lose its gradients eventually, but since the pump is not blocked nothing changes.',
      ),
    ).not.toContain('gradients-run-down');
  });
  it('"they" before a move: "they all …", and in a "When …" sentence the ion named in the sentence before', () => {
    const fans =
      'Picture a crowded concert entrance: tons of Na+ fans waiting outside, hardly any inside. When the voltage-gated doors open they rush in on their own, and the inside gets more positive.';
    expect(earned('depolarization-vs-repolarization', fans)).toContain('depol-sodium-in');
    const fish =
      'Its like a fish ladder on a dam, the sodium is the fish and when the gates open they all swim into the cell because theres way more of them outside.';
    expect(earned('depolarization-vs-repolarization', fish)).toContain('depol-sodium-in');
    // Not a sentence that does not open with "when": "they" there is not the ion before.
    expect(
      flags(
        'depolarization-vs-repolarization',
        'Depolarization is sodium. Repolarization is potassium. Both is same because they are ion and they go in channel.',
      ),
    ).not.toContain('potassium-enters-repol');
    // Nor "they both …": two ions, not the last one named.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'depolarization sodium potassium both rush in and repolarization they both rush out',
      ),
    ).not.toContain('repol-potassium-out');
  });
  it('depolarization-vs-repolarization: a bare "falls" is the potential falling, not a thing that falls out or through', () => {
    const silo =
      "Grain silo: when you open the chute the grain falls out by gravity, you don't need a motor. That's like both phases - the ions just flow down their gradient through open channels, no ATP. Na+ flows in for depolarization.";
    expect(earned('depolarization-vs-repolarization', silo)).not.toContain('repol-back-to-rest');
    expect(earned('depolarization-vs-repolarization', 'Repolarization is a fall in voltage.')).toContain(
      'repol-back-to-rest',
    );
    expect(earned('depolarization-vs-repolarization', 'repolarization: K+ out, potential falls')).toContain(
      'repol-back-to-rest',
    );
  });
  it('a subject a later clause names after "in"/"for" frames that clause, not the item before it', () => {
    const guard =
      'Active transport uses ATP to go from low to high. The pump protein is like the point guard who has to carry the ball up; in passive stuff can go through open channel proteins. Passive needs no energy and goes high to low. Ex: oxygen diffusing (passive), sodium potassium pump (active).';
    expect(flags('passive-vs-active', guard)).not.toContain('examples-swapped');
    const elevator =
      'The elevator motor and bucket belt is like the pump protein, and the chute is like a channel protein for passive (some stuff doesnt even need the chute).';
    expect(flags('passive-vs-active', elevator)).not.toContain('examples-swapped');
    // Said of passive in its own clause, the pump is still the swap.
    expect(
      flags('passive-vs-active', 'In passive transport the sodium potassium pump moves ions.'),
    ).toContain('examples-swapped');
  });
  it('a doubt that names its topic ("idk the details", "not 100% sure on the ratio") ends at a "but" or leaves the rest', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'idk the details but both are ions going thru channels down the concentration gradient so its passive, no atp',
      ),
    ).toContain('both-passive');
    const ratio =
      'The pump moves sodium out and potassium in but im not 100% sure on the ratio, maybe 2 to 3?? it uses ATP tho';
    expect(earned('resting-potential-pump', ratio)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(earned('resting-potential-pump', ratio)).not.toContain('ratio');
    // A doubt with no topic still takes back what it follows.
    expect(
      earned('resting-potential-pump', 'The pump moves sodium out and potassium in but im not sure.'),
    ).not.toContain('sodium-out');
  });
  it('"… or maybe potassium, I always mix them up, but …": an aside owning up to the doubt goes with it, and the "but" claim stands', () => {
    const answer =
      'Depolarization: I think sodium goes in or maybe potassium, I always mix them up, but the inside gets more positive.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-less-negative');
    expect(earned('depolarization-vs-repolarization', answer)).not.toContain('depol-sodium-in');
    // Without the "but" the rest of the sentence stays doubted.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization: I think sodium goes in or maybe potassium, I always mix them up, the inside gets more positive.',
      ),
    ).not.toContain('depol-sodium-in');
  });
  it('synapse-neurotoxin: with ACh as the ticket, a ticket that "can\'t be scanned" cannot bind', () => {
    const answer =
      "A receptor is like a turnstile at the Chase Field gate, you need a ticket (ACh) to make it turn. The toxin is like someone jamming a fake ticket in the slot so the real tickets (ACh) can't be scanned in. The turnstile stays locked so the fans (Na+ ions) can't get inside the stadium (the postsynaptic cell).";
    expect(earned('synapse-neurotoxin', answer)).toContain('no-binding');
    // A ticket that is scanned is no blocked binding.
    expect(
      earned(
        'synapse-neurotoxin',
        'You need a ticket (ACh) to open the turnstile, and the ticket gets scanned like normal.',
      ),
    ).not.toContain('no-binding');
  });
  it('"gets big or small": both ends at once say neither', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Either water goes in or out, I dont really remember which way osmosis goes. The cell either gets big or small.',
      ),
    ).not.toContain('swells-bursts');
    expect(earned('osmosis-red-blood-cell', 'Water goes in and the cell gets big and bursts.')).toContain(
      'swells-bursts',
    );
  });
  it('depolarization-vs-repolarization: "negative other time" (Spanish "otra vez") is negative again', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In the repolarization the potassium (K+) go out of the cell and the inside is negative other time.',
      ),
    ).toContain('repol-back-to-rest');
  });
  it('synapse-neurotoxin: a glossary line in note form ("Depolarization: membrane potential becomes less negative.") predicts nothing', () => {
    const answer =
      "Depolarization: membrane potential becomes less negative. Action potential: all-or-none electrical signal once threshold is reached.\nThe neurotoxin acts as an antagonist. ACh is blocked from binding, so the ligand-gated channels can't open and Na+ influx doesn't happen. Therefore the postsynaptic cell stays polarized at resting potential and won't reach threshold, so no action potential.";
    expect(flags('synapse-neurotoxin', answer)).not.toContain('predicts-depolarization');
    // A prediction that it depolarizes is still named.
    expect(
      flags('synapse-neurotoxin', 'The membrane potential becomes less negative and it fires.'),
    ).toContain('predicts-depolarization');
  });
  it('round 97: "…; passive stuff can go through channel proteins" opens its own statement (the pump before it is not said of passive)', () => {
    const answer =
      'Active transport costs energy and moves stuff from low to high. The pump in the analogy is like the carrier protein pump in the membrane; passive stuff can go through channel proteins (the tubing) or just through the membrane. Real examples: CO2 diffusing out of a cell (passive) and the sodium potassium pump (active).';
    expect(flags('passive-vs-active', answer)).not.toContain('examples-swapped');
    expect(earned('passive-vs-active', answer)).toContain('proteins');
    // Said of passive transport itself, the pump is still the swap.
    expect(flags('passive-vs-active', 'Passive stuff uses the sodium potassium pump.')).toContain(
      'examples-swapped',
    );
  });
  it('round 97: osmosis "0 solute out, higher [solute] in" says where the solute is, not that it moves', () => {
    const answer =
      'Hypotonic soln (0 solute out, higher [solute] in) → net H2O influx via osmosis → RBC swells & hemolyzes; no cell wall (animal cell) so no turgor resistance.';
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('solute-moves');
    expect(earned('osmosis-red-blood-cell', answer)).toEqual(
      expect.arrayContaining(['hypotonic', 'water-enters', 'swells-bursts', 'no-wall']),
    );
    expect(flags('osmosis-red-blood-cell', 'The salt moves out of the cell so it shrinks.')).toContain(
      'solute-moves',
    );
  });
  it('round 97: with leading pipes ("| Step | Normal | With toxin |") the corner is still the label column\'s, and a bare "no" denies the row', () => {
    const table = [
      '| Step | Normal | With toxin |',
      '| ACh binds receptor | yes | no |',
      '| Na+ channel opens | yes | no, stays closed |',
      '| Na+ enters cell | yes | no |',
      '| Membrane potential | depolarizes | stays at rest (-70mV) |',
      '| Action potential | yes | no, never hits threshold |',
    ].join('\n');
    expect(earned('synapse-neurotoxin', table)).toEqual(
      expect.arrayContaining([
        'prediction',
        'no-binding',
        'channel-closed',
        'no-sodium-entry',
        'no-action-potential',
      ]),
    );
    expect(flags('synapse-neurotoxin', table)).not.toContain('predicts-depolarization');
  });
  it('round 97: a sentence that tells both phases in sequence is an overview, no heading for the sentences after it', () => {
    const answer =
      'An action potential is a rapid change in the membrane potential of a neuron. First the membrane depolarizes and then it repolarizes. When the neuron is stimulated past threshold, voltage-gated sodium channels open and Na+ diffuses into the cell, which causes the membrane potential to become positive (around +30 mV). Next, the sodium channels inactivate and voltage-gated potassium channels open, so K+ leaves the cell and the membrane potential goes back down to negative.';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining([
        'depol-sodium-in',
        'depol-less-negative',
        'repol-potassium-out',
        'repol-back-to-rest',
      ]),
    );
    // A heading that names one phase still carries over.
    expect(
      earned('depolarization-vs-repolarization', 'This is about repolarization. Na+ flows into the cell.'),
    ).not.toContain('depol-sodium-in');
  });
  it('round 97: text-speak "no1" is "nobody"', () => {
    expect(
      earned('pump-blocked', 'ok so pump = dead bc ouabain. Na+ leaks in, K+ leaks out, no1 fixes it.'),
    ).toContain('leak-not-restored');
  });
  it('round 97: "without the pump it runs out …": a "without <noun>" condition before a new subject denies nothing after it', () => {
    expect(
      earned(
        'pump-blocked',
        'The neuron will eventually stop being able to fire action potentials because without the pump it runs out of the ion gradients it needs.',
      ),
    ).toContain('gradients-run-down');
    expect(
      earned('pump-blocked', 'after hours of leaking, the gradients are too small and it cannot fire.'),
    ).toContain('gradients-run-down');
    // "without ACh it rest closed" (an English learner's "reste fermé") still reads as the channel staying closed.
    expect(
      earned('synapse-neurotoxin', 'The receptor is a canal ligand-dependant, without ACh it rest closed.'),
    ).toContain('channel-closed');
    // A "without" that is the statement's own denial still denies: "it works without ATP" is not "runs out".
    expect(earned('pump-blocked', 'The neuron keeps firing without the pump.')).not.toContain(
      'gradients-run-down',
    );
  });
  it('round 97: "drive" is a move ("the gate for K+ opens and they drive out")', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Repolarization: the gate for K+ opens and they drive out, so the inside goes back to negative.',
      ),
    ).toContain('repol-potassium-out');
  });
  it('round 98: a slash-table ("passive/active" over "energy: no / yes (ATP)") is read as a piped table is', () => {
    const notes = [
      'passive/active',
      'energy: no / yes (ATP)',
      'gradient: down / up',
      'proteins: channel or carrier or none / pump',
      'ex: glucose via GLUT / H+ pump',
    ].join('\n');
    expect(earned('passive-vs-active', notes)).toEqual(
      expect.arrayContaining([
        'passive-no-energy',
        'passive-down-gradient',
        'active-energy',
        'active-against-gradient',
      ]),
    );
    const swapped = notes.replace('energy: no / yes (ATP)', 'energy: yes (ATP) / no');
    expect(earned('passive-vs-active', swapped)).not.toContain('passive-no-energy');
    const phases = [
      'depol / repol',
      'ion: Na+ / K+',
      'direction: in / out',
      'effect: more + / back to −',
    ].join('\n');
    expect(earned('depolarization-vs-repolarization', phases)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'depol-less-negative', 'repol-potassium-out']),
    );
  });
  it('round 98: against the gradient as "to the more crowded side" and "even when the inside is more crowded"', () => {
    expect(
      earned(
        'passive-vs-active',
        'Active transport would be like ushers pushing people back into the packed concourse, moving molecules to the more crowded side costs the cell energy.',
      ),
    ).toContain('active-against-gradient');
    expect(
      earned(
        'passive-vs-active',
        'For active transport the cell has to use ATP to pull things in even when the inside is more crowded.',
      ),
    ).toContain('active-against-gradient');
    expect(
      earned('passive-vs-active', 'Active transport uses ATP to move things to the less crowded side.'),
    ).not.toContain('active-against-gradient');
  });
  it('round 98: pump-blocked "conc. diffs fade" (note form) is the gradients running down', () => {
    expect(
      earned(
        'pump-blocked',
        'conc. diffs fade bc leak + no pump to undo it. RMP less neg. eventually no APs',
      ),
    ).toContain('gradients-run-down');
  });
  it('round 98: what a denied resisting or stopping faces still happens ("can\'t resist the water coming in")', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        "The cell will not shrink. It does not have a cell wall so it can't resist the water coming in, so it will burst.",
      ),
    ).toContain('water-enters');
    // The denial of the movement itself still denies it.
    expect(earned('osmosis-red-blood-cell', 'The water is not coming in.')).not.toContain('water-enters');
  });
  it('round 99: a bare "Actually K+." takes back the sentence before, and an ion in taken-back words ties nothing', () => {
    const answer =
      'Depolarization: K+ flows in—wait no, Na+ flows in, making the inside more positive. Repolarization: Na+ flows out. Actually K+. K+ flows out and the inside gets negative again. Both are passive diffusion through channels.';
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('sodium-leaves-repol');
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out', 'repol-back-to-rest']),
    );
    // A longer "Actually …" sentence adds a statement; it takes nothing back.
    expect(
      flags(
        'depolarization-vs-repolarization',
        'Repolarization: Na+ flows out. Actually K+ also leaks out through leak channels.',
      ),
    ).toContain('sodium-leaves-repol');
  });
  it('round 100: a closing "idk" after a trailing "..." doubts the thought after the pause; a short "not sure." goes with an item its own "I think" marked', () => {
    const run =
      'na+ out k+ in 3:2 uses atp bc its active transport... smth about charge making inside neg idk';
    expect(earned('resting-potential-pump', run)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio', 'uses-atp']),
    );
    expect(earned('resting-potential-pump', run)).not.toContain('net-charge');
    // Without the pause the "idk" still takes back its sentence.
    expect(earned('resting-potential-pump', 'na+ out k+ in uses atp idk')).not.toContain('sodium-out');
    const marked =
      'Na+ gets pumped out and K+ gets pumped in, I think its 3 to 2 or maybe 2 to 3? not sure. It needs ATP since its active transport.';
    expect(earned('resting-potential-pump', marked)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(earned('resting-potential-pump', marked)).not.toContain('ratio');
    // "X, but maybe Y. Not sure." still takes back X.
    expect(
      earned('resting-potential-pump', 'Na+ gets pumped out, but maybe it gets pumped in. Not sure.'),
    ).not.toContain('sodium-out');
  });
});
