import { describe, expect, it } from 'vitest';
import { promptRuns, restatedTokens } from '../../src/grading/restated.js';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned, packVerdict } from './helpers.js';

const norms = (s: string) => tokenize(s).map((t) => t.norm);

/*
 * General rules added after tuning on blind batch C (issue 7, round 3). Each rule has an answer
 * it must now read correctly and a near miss it must still refuse.
 */
describe('a sentence copied from the prompt earns nothing', () => {
  it('the prompt sentence written back does not earn "ACh cannot bind"', () => {
    const v = packVerdict(
      'synapse-neurotoxin',
      'The neurotoxin binds to the acetylcholine receptors and keeps acetylcholine from binding to them. It does not change how much acetylcholine is released.',
    );
    expect(v.earned).toEqual([]);
  });

  it("near miss: the same idea in the student's own words still earns", () => {
    const v = packVerdict(
      'synapse-neurotoxin',
      'Because the toxin sits on the receptor, ACh cannot bind to it.',
    );
    expect(v.earned).toContain('no-binding');
  });

  it("needs runs of words, not shared terms: a sentence reusing the prompt's words is kept", () => {
    const runs = promptRuns(['A red blood cell is placed in a beaker of distilled (pure) water.']);
    const copied = 'A red blood cell is placed in a beaker of distilled water.';
    expect(restatedTokens(tokenize(copied), runs)).toEqual(new Uint8Array(tokenize(copied).length).fill(1));
    expect(
      restatedTokens(tokenize('Water enters the red blood cell and it bursts in the beaker.'), runs),
    ).toBe(undefined);
    // Short sentences are never treated as copied.
    expect(restatedTokens(tokenize('A red blood cell bursts.'), runs)).toBe(undefined);
  });
});

describe('withdrawals that point back', () => {
  it('"Actually no, …" takes back the sentence before it', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Na+ moves into the cell during depolarization and K+ moves out during repolarization. Actually no, I think its the other way around, sodium leaves and potassium comes in.',
    );
    expect(v.earned).not.toContain('depol-sodium-in');
    expect(v.earned).not.toContain('repol-potassium-out');
  });

  it('a doubt standing alone ("Not sure.") takes back the sentence before it', () => {
    const v = packVerdict('pump-blocked', 'The resting potential becomes less negative over time. Not sure.');
    expect(v.earned).not.toContain('less-negative');
  });

  it('near miss: "I dont know why." only owns up to a missing reason', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'The cell will burst, unlike a plant cell. I dont know why.',
    );
    expect(v.earned).toContain('swells-bursts');
  });

  it('a second conditional without a comma is still imagined ("If … opened K+ would go out")', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'If potassium channels opened K+ would go out.',
    );
    expect(v.earned).not.toContain('repol-potassium-out');
    const used = packVerdict('resting-potential-pump', 'If the pump used ATP, it would move sodium out.');
    expect(used.earned).toEqual([]);
  });

  it('near miss: a first conditional is a statement', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'During repolarization, if potassium channels open, K+ flows out.',
    );
    expect(v.earned).toContain('repol-potassium-out');
  });
});

describe('note form', () => {
  it('a short heading does not end its clause ("APs: fewer and fewer, then none")', () => {
    const t = tokenize('APs: fewer and fewer');
    expect(new Set(t.map((x) => x.clause)).size).toBe(1);
    expect(packVerdict('pump-blocked', 'APs: fewer and fewer, then none').earned).toContain('cannot-fire');
  });

  it('near miss: a colon after a longer clause still ends it', () => {
    const t = tokenize('the pump does three things: moves sodium');
    expect(new Set(t.map((x) => x.clause)).size).toBe(2);
  });

  it('a spaced "=" chains steps: a cue in one does not negate the next', () => {
    const v = packVerdict(
      'pump-blocked',
      'no pump = gradient goes away as ions leak and arent put back = resting potential less negative',
    );
    expect(v.earned).toContain('less-negative');
  });

  it('"more -" and "more +," read as charge words, also before a comma', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'depolarization: inside more +, repolarization: inside more -',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['depol-less-negative', 'repol-back-to-rest']));
  });

  it('"3 to 2." is a ratio, not "3 to" and a list item', () => {
    expect(tokenize('Sodium out, potassium in, 3 to 2.').map((t) => t.norm)).toContain('2');
    // A real list marker is still dropped.
    expect(tokenize('1. sodium out 2. potassium in').map((t) => t.norm)).not.toContain('2');
  });

  it('"conc." does not end the sentence', () => {
    const t = tokenize('both go against conc. gradient');
    expect(new Set(t.map((x) => x.sent)).size).toBe(1);
  });
});

/* Rounds 4 and 5 (tuned on batches D and E). */
describe('more note form and withdrawals', () => {
  it('"Wait no, …" opening a sentence is the correction: the sentence before is taken back', () => {
    const v = packVerdict(
      'resting-potential-pump',
      'The pump moves 2 Na+ out and 3 K+ in. Wait no, it moves 3 Na+ out and 2 K+ in.',
    );
    expect(v.earned).toContain('ratio');
    expect(v.flags).not.toContain('ratio-reversed');
  });

  it('a doubt that names its topic ("idk the proteins part.") leaves the sentence before alone', () => {
    const v = packVerdict('passive-vs-active', 'active needs ATP. idk the proteins part.');
    expect(v.earned).toContain('active-energy');
  });

  it('an irregular past makes a second conditional ("If the molecule went … the cell would")', () => {
    const v = packVerdict(
      'passive-vs-active',
      'If the molecule went against its gradient the cell would need ATP.',
    );
    expect(v.earned).toEqual([]);
  });

  it('bare symbols split phone-typed note form ("3 na out 2 k in")', () => {
    const v = packVerdict('resting-potential-pump', '3 na out 2 k in, uses atp');
    expect(v.flags).not.toContain('directions-reversed');
    expect(v.earned).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
  });

  it('"-> inside becomes negative" is a consequence, not K+ moving inside', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Repolarization: potassium moves out through voltage-gated K channels -> inside becomes negative again.',
    );
    expect(v.flags).not.toContain('potassium-enters-repol');
    expect(v.earned).toEqual(expect.arrayContaining(['repol-potassium-out', 'repol-back-to-rest']));
  });

  it('an arrow after a movement verb leads to a consequence ("potasium exits → inside negitive agian")', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'repolarizaton: potasium exits → inside negitive agian (resting -70mv)',
    );
    expect(v.flags).not.toContain('potassium-enters-repol');
    expect(v.earned).toEqual(expect.arrayContaining(['repol-potassium-out', 'repol-back-to-rest']));
  });

  it('near miss: "K+ -> inside" is still a move', () => {
    const v = packVerdict('depolarization-vs-repolarization', 'Repolarization: K+ -> inside.');
    expect(v.flags).toContain('potassium-enters-repol');
  });

  it('"conc." ends a sentence when the next word starts a new one ("low conc. active needs ATP")', () => {
    expect(new Set(tokenize('it goes high conc -> low conc. active needs atp').map((t) => t.sent)).size).toBe(
      2,
    );
  });
});

/* Round 7 (tuned on batch G). */
describe('round 7', () => {
  it('a sentence that opens with "maybe" states nothing', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'The tonicity is hypotonic I think? maybe water goes in.',
    );
    expect(v.earned).not.toContain('water-enters');
    // Near miss: "maybe" later in a sentence is not a withdrawal on its own.
    expect(packVerdict('osmosis-red-blood-cell', 'Water goes in, and maybe it bursts.').earned).toContain(
      'water-enters',
    );
  });

  it('"right away" marks a transient statement: no "predicts no change" flag', () => {
    const v = packVerdict(
      'pump-blocked',
      'The resting potential will not change much right away. But over hours the gradients run down and it becomes less negative.',
    );
    expect(v.flags).not.toContain('no-effect');
  });

  it('"Ex." introduces an example and does not end the sentence', () => {
    expect(new Set(tokenize('Ex. passive: CO2 leaving a cell').map((t) => t.sent)).size).toBe(1);
  });

  it('a number after "toward" is not a list marker ("go toward 0.")', () => {
    expect(tokenize('The membrane potential would go toward 0.').map((t) => t.norm)).toContain('0');
  });
});

/* Round 8 (tuned on batch H). */
describe('round 8', () => {
  it('"whether they need energy" asks, it does not answer', () => {
    const v = packVerdict(
      'passive-vs-active',
      'They differ in whether they need energy, the direction relative to the gradient, and the role of proteins.',
    );
    expect(v.earned).toEqual([]);
  });

  it('"could" answers an unreal "if" like "would" does', () => {
    const v = packVerdict(
      'passive-vs-active',
      'if the cell had extra ATP it could move stuff against the gradient',
    );
    expect(v.earned).toEqual([]);
    // Near miss: a plain statement with "could" still counts.
    expect(
      packVerdict(
        'passive-vs-active',
        'Active transport uses ATP so it could move stuff against the gradient.',
      ).earned,
    ).toContain('active-against-gradient');
  });

  it('the energy negated for passive, then "active does"', () => {
    const v = packVerdict('passive-vs-active', 'passive doesnt use energy and active does.');
    expect(v.earned).toEqual(expect.arrayContaining(['passive-no-energy', 'active-energy']));
  });
});

/* Round 9 (tuned on batch I). */
describe('round 9', () => {
  it('a count in brackets is a number, not a list item ("Na+ out (3), K+ in (2)")', () => {
    expect(tokenize('Na+ out (3), K+ in (2).').map((t) => t.norm)).toEqual(
      expect.arrayContaining(['3', '2']),
    );
    expect(packVerdict('resting-potential-pump', 'Na+ out (3), K+ in (2). ATP powers it.').earned).toContain(
      'ratio',
    );
  });

  it('"no wait" takes back what came before it and keeps the correction', () => {
    const v = packVerdict('osmosis-red-blood-cell', 'The solution is isotonic... no wait hypotonic');
    expect(v.earned).toContain('hypotonic');
    const back = packVerdict('osmosis-red-blood-cell', 'The solution is hypotonic... no wait isotonic');
    expect(back.earned).not.toContain('hypotonic');
  });
});

describe('round 10', () => {
  it('"[Na+]" is the concentration of an ion: the brackets do not cut the clause', () => {
    const tokens = tokenize('intracellular [Na+] rises');
    expect(new Set(tokens.map((t) => t.clause)).size).toBe(1);
    expect(
      packVerdict('pump-blocked', 'With ouabain, intracellular [Na+] rises and intracellular [K+] falls.')
        .earned,
    ).toContain('gradients-run-down');
    // Near miss: a long bracket is still an aside that ends the clause.
    expect(
      new Set(tokenize('sodium [which is an ion that we studied] rises').map((t) => t.clause)).size,
    ).toBeGreaterThan(1);
  });

  it('"from outside the cell to the inside" is entering; the mirror is leaving', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'In depolarization sodium ions move from outside the cell to the inside. In repolarization potassium ions move from inside to outside.',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
    const wrong = packVerdict(
      'depolarization-vs-repolarization',
      'In depolarization sodium ions move from inside the cell to the outside.',
    );
    expect(wrong.earned).not.toContain('depol-sodium-in');
  });

  it('a later "passive does use a little ATP" takes back "passive needs no energy"', () => {
    const v = packVerdict(
      'passive-vs-active',
      'Passive transport needs no energy. Actually passive transport does use a little ATP for the channels.',
    );
    expect(v.earned).not.toContain('passive-no-energy');
    expect(v.flags).toContain('passive-needs-energy');
    // Near miss: "little or no energy" is the right idea.
    expect(packVerdict('passive-vs-active', 'Passive transport uses little or no energy.').earned).toContain(
      'passive-no-energy',
    );
  });

  it('"the toxin binds instead of ACh" and "can\'t be activated by ACh" say ACh cannot bind', () => {
    for (const answer of [
      'The neurotoxin binds to the receptors instead of acetylcholine.',
      "The receptor can't be activated by acetylcholine because the toxin is bound to it.",
      "The toxin takes the ACh's place on the receptor.",
    ])
      expect(packVerdict('synapse-neurotoxin', answer).earned).toContain('no-binding');
    expect(
      packVerdict('synapse-neurotoxin', 'Acetylcholine binds instead of the toxin.').earned,
    ).not.toContain('no-binding');
  });

  it('"I dont think X" claims nothing: X is not credited', () => {
    expect(
      packVerdict('pump-blocked', 'I dont think the resting potential will become less negative.').earned,
    ).not.toContain('less-negative');
    // Near miss: plain "I think" is a confident statement.
    expect(
      packVerdict('pump-blocked', 'I think the resting potential will become less negative.').earned,
    ).toContain('less-negative');
  });

  it('a later "but sodium still flows in" takes back the prediction and the closed channels', () => {
    const v = packVerdict(
      'synapse-neurotoxin',
      "The postsynaptic membrane will not depolarize because ACh can't bind. The channels stay closed. But sodium still flows in through the channels.",
    );
    expect(v.earned).not.toContain('prediction');
    expect(v.earned).not.toContain('channel-closed');
    expect(v.flags).toContain('sodium-anyway');
    // Near miss: "ACh is still released" is no contradiction.
    const released = packVerdict(
      'synapse-neurotoxin',
      'ACh is still released from the presynaptic neuron, but it cannot bind, so the channels stay closed and the membrane stays at rest.',
    );
    expect(released.earned).toEqual(expect.arrayContaining(['prediction', 'no-binding', 'channel-closed']));
    expect(released.flags).toEqual([]);
  });

  it('"can\'t maintain its gradients" says they run down; "can maintain" does not', () => {
    expect(packVerdict('pump-blocked', 'The cell cant maintain its ion gradients anymore.').earned).toContain(
      'gradients-run-down',
    );
    expect(packVerdict('pump-blocked', 'The cell can maintain its gradients.').earned).not.toContain(
      'gradients-run-down',
    );
  });
});

describe('round 11', () => {
  it('phrasal "sets up the gradients" is no direction; "net + out" is a positive charge', () => {
    expect(
      packVerdict('resting-potential-pump', 'the pump sets up the gradients (high na outside, high k inside)')
        .earned,
    ).not.toContain('against-gradient');
    expect(packVerdict('resting-potential-pump', 'the pump moves them up their gradients').earned).toContain(
      'against-gradient',
    );
    expect(tokenize('net + out so inside -').map((t) => t.norm)).toContain('positive');
  });

  it('"importantly" is a real word, not a misspelt "imports"; "binds 3 Na+ inside" reverses nothing', () => {
    expect(
      packVerdict('resting-potential-pump', 'More importantly it maintains the Na+ and K+ gradients.').flags,
    ).not.toContain('directions-reversed');
    expect(
      packVerdict('resting-potential-pump', 'It binds 3 Na+ inside and releases them outside.').flags,
    ).not.toContain('directions-reversed');
    expect(packVerdict('resting-potential-pump', 'The pump moves 3 Na+ inside.').flags).toContain(
      'directions-reversed',
    );
  });

  it('a bracketed "(passive)" labels only its own item in a list joined by "and"', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        'Ex: glucose moving into a cell thru GLUT transporter (passive) and the proton pump pumping H+ out (active).',
      ).flags,
    ).not.toContain('examples-swapped');
  });

  it('"high conc → low conc" reads as "high to low"; "-70ish" is -70', () => {
    // ("conc" itself reads as "concentration" once the shared misspelling list is loaded.)
    const norms = tokenize('high conc → low conc').map((t) => t.norm);
    expect([norms[0], norms[2], norms[3], norms.length]).toEqual(['high', 'to', 'low', 5]);
    // Since round 89 the sign stays, as in "back to -70" ("-40ish" read as +40 flagged a right answer).
    expect(tokenize('back to -70ish').map((t) => t.norm)).toEqual(['back', 'to', '-70']);
    expect(tokenize('back to -70').map((t) => t.norm)).toEqual(['back', 'to', '-70']);
  });

  it('"idk the rest" leaves what came before; "… i guess" takes back its clause', () => {
    expect(packVerdict('passive-vs-active', 'passive doesnt take energy idk the rest').earned).toContain(
      'passive-no-energy',
    );
    // Near miss: a bare "idk" after a statement still withdraws it.
    expect(packVerdict('passive-vs-active', 'passive doesnt take energy idk').earned).not.toContain(
      'passive-no-energy',
    );
    expect(packVerdict('pump-blocked', 'the neuron might stop firing i guess').earned).not.toContain(
      'cannot-fire',
    );
  });

  it('a subject named between a cue and a statement starts a new statement ("passive no energy active uses energy")', () => {
    const v = packVerdict('passive-vs-active', 'passive no energy active uses energy');
    expect(v.earned).toEqual(expect.arrayContaining(['passive-no-energy', 'active-energy']));
    // Near miss: with no subject between, the cue still negates.
    expect(packVerdict('passive-vs-active', 'active transport does not use energy').earned).not.toContain(
      'active-energy',
    );
  });

  it('"facilitated diffusion" in a sentence about active pumps is no swapped example', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        'Channels and carriers help in facilitated diffusion, pumps are needed in active transport.',
      ).flags,
    ).not.toContain('examples-swapped');
    expect(
      packVerdict('passive-vs-active', 'Examples: passive = Na/K pump, active = osmosis.').flags,
    ).toContain('examples-swapped');
  });

  it('a real word listed in words.yaml is never read as a misspelling ("different" is not "diffusion")', () => {
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'The two phases are different but both are part of the action potential.',
      ).earned,
    ).not.toContain('both-passive');
    // Near miss: a real misspelling of diffusion is still read.
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'They are alike because both are difusion through channels.',
      ).earned,
    ).toContain('both-passive');
  });
});

describe('round 12', () => {
  it('"It is not true that X" denies X; "not sure what happens to the sodium" leaves what came before', () => {
    expect(
      packVerdict('synapse-neurotoxin', 'It is not true that the membrane stays at rest; it depolarizes.')
        .earned,
    ).not.toContain('prediction');
    expect(
      packVerdict(
        'synapse-neurotoxin',
        "the acetylcholine can't bind, but im honestly not sure what happens to the sodium",
      ).earned,
    ).toContain('no-binding');
    // Near miss: a doubt about the statement itself still withdraws it.
    expect(packVerdict('synapse-neurotoxin', "the acetylcholine can't bind, not sure").earned).not.toContain(
      'no-binding',
    );
  });

  it('shared misspellings reach sounded-out words ("acetocoline", "resepter", "agenst")', () => {
    expect(packVerdict('synapse-neurotoxin', 'the acetocoline cant bind to the resepter').earned).toContain(
      'no-binding',
    );
  });

  it('"no ATP" / "without energy" says how and does not negate what follows', () => {
    expect(packVerdict('passive-vs-active', 'Passive = no ATP + down gradient.').earned).toContain(
      'passive-down-gradient',
    );
    expect(
      packVerdict('passive-vs-active', 'Passive transport is moving without energy down the gradient.')
        .earned,
    ).toContain('passive-down-gradient');
    // Near miss: a cue on the statement itself still negates it.
    expect(
      packVerdict('passive-vs-active', 'Passive transport does not move down the gradient.').earned,
    ).not.toContain('passive-down-gradient');
  });

  it('an ion in brackets after a direction names the ion ("positive ions come in (sodium)")', () => {
    expect(
      packVerdict('depolarization-vs-repolarization', 'During depolarization positive ions come in (sodium).')
        .earned,
    ).toContain('depol-sodium-in');
    // Near miss: "2 K+ in (both against gradient)" still ends its statement at the bracket.
    expect(new Set(tokenize('2 K+ in (both against gradient)').map((t) => t.clause)).size).toBe(2);
  });

  it('a lone sign after to/gets is the charge: "inside goes back to -"', () => {
    expect(tokenize('inside goes back to - (resting)').map((t) => t.norm)).toContain('negative');
    expect(
      packVerdict('depolarization-vs-repolarization', 'Repolarization: K+ goes out, inside goes back to -.')
        .earned,
    ).toContain('repol-back-to-rest');
  });
});

describe('round 13', () => {
  it('"so maybe X" hedges its clause; "bigger or smaller" takes no side', () => {
    expect(
      packVerdict('pump-blocked', 'The pump is blocked, so maybe the neuron cant fire.').earned,
    ).not.toContain('cannot-fire');
    expect(
      packVerdict('osmosis-red-blood-cell', 'The cell might get bigger or smaller.').earned,
    ).not.toContain('swells-bursts');
    // Near miss: one side said plainly still counts.
    expect(packVerdict('osmosis-red-blood-cell', 'The cell gets bigger and bursts.').earned).toContain(
      'swells-bursts',
    );
  });
});

describe('round 14', () => {
  it('"hi conc → lo conc" is high to low; "if … was …, it might not need energy" is unreal', () => {
    expect(tokenize('hi conc → lo conc').map((t) => t.norm)).toContain('to');
    expect(packVerdict('passive-vs-active', 'Pasive: no energy, hi conc → lo conc').earned).toContain(
      'passive-down-gradient',
    );
    expect(
      packVerdict(
        'passive-vs-active',
        'If the molecule was moving down the gradient it might not need energy.',
      ).earned,
    ).toEqual([]);
  });

  it('a "when" clause right after a fact names its phase ("K+ leaves when it repolorizes")', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'sodium comes in when it depolarizes, then potassium leaves when it repolorizes so it gets negative again.',
    );
    expect(v.earned).toContain('repol-potassium-out');
    expect(v.flags).not.toContain('swaps-phases');
  });

  it('"non-spontaneous" is one word; "X, I mean Y" keeps Y', () => {
    expect(tokenize('non-spontaneous').map((t) => t.norm)).toEqual(['nonspontaneous']);
    expect(
      packVerdict('synapse-neurotoxin', 'The neuron will stay hyperpolarized, I mean at resting potential.')
        .flags,
    ).not.toContain('hyperpolarizes');
  });
});

describe('round 17', () => {
  it('"it can fire a few more times, then fails" is the run-down, not "fires more"', () => {
    expect(
      packVerdict(
        'pump-blocked',
        'It can fire a few more times but eventually the neuron cant produce action potentials.',
      ).flags,
    ).not.toContain('fires-more');
    expect(packVerdict('pump-blocked', 'The neuron will fire more and more.').flags).toContain('fires-more');
  });
});

describe('round 18', () => {
  it('a "then" clause is the next step: the phase named before it is no heading for it', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'sodium floods in during depolarization so the inside gets positive, then potassium channels open and K leaks out so it goes back negative again.',
    );
    expect(v.earned).toContain('repol-potassium-out');
    expect(v.flags).not.toContain('swaps-phases');
    // Near miss: said in the same clause as the wrong phase, it is still the swap.
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'During depolarization potassium leaks out, and during repolarization sodium floods in.',
      ).flags,
    ).toContain('swaps-phases');
  });

  it('"inside → outside" between the two sides is a movement; "(3 vs 2)" is a ratio, not list item 2', () => {
    const v = packVerdict('resting-potential-pump', 'Na+ (x3) inside → outside / K+ (x2) outside → inside');
    expect(v.earned).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(tokenize('Na+ is sent out (3 vs 2)').map((t) => t.norm)).toContain('2');
    expect(
      packVerdict(
        'resting-potential-pump',
        'Na+ is sent out and K+ brought in. More positive charge leaves than enters (3 vs 2).',
      ).earned,
    ).toContain('ratio');
    // Near miss: the reversed counts are not the ratio.
    expect(packVerdict('resting-potential-pump', 'Na+ is sent out (2 vs 3).').earned).not.toContain('ratio');
  });

  it('"still" says a state only right before it: "the neuron still fires normally" is not staying at rest', () => {
    expect(
      packVerdict('synapse-neurotoxin', 'The toxin opens the channel so the neuron still fires normally.')
        .earned,
    ).not.toContain('prediction');
    expect(
      packVerdict('synapse-neurotoxin', 'The postsynaptic membrane is still at resting potential.').earned,
    ).toContain('prediction');
  });

  it('an example named as one ("ex: O2 (passive)") counts; a pump described backwards does not', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        'Passive = no energy. Active = uses ATP. Ex: O2 (passive) and Na/K pump (active).',
      ).earned,
    ).toContain('examples');
    expect(
      packVerdict(
        'passive-vs-active',
        'Passive: no energy, ex: oxygen. Active: ATP, ex: the sodium potassium pump which pumps sodium into the cell and potassium out.',
      ).earned,
    ).not.toContain('examples');
  });

  it('a negated change is no change, and "weaker but it keeps firing" is not "cannot fire"', () => {
    expect(
      packVerdict('pump-blocked', 'The ability to fire shouldnt change since the channels still work.')
        .earned,
    ).not.toContain('cannot-fire');
    expect(
      packVerdict('pump-blocked', 'Every AP would be weaker and weaker but it would keep firing.').earned,
    ).not.toContain('cannot-fire');
    expect(
      packVerdict('pump-blocked', 'Eventually the APs get weaker and the neuron cant fire.').earned,
    ).toContain('cannot-fire');
  });
});

describe('round 19 (dictated run-ons)', () => {
  it('a subject followed by its own verb names what follows it, not what went before', () => {
    const v = packVerdict(
      'passive-vs-active',
      'passive doesnt use energy because its going with the concentration gradient high to low and active does use energy ATP because its going against the gradient low to high for proteins passive uses channel proteins and active uses pumps',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']));
    expect(v.flags).toEqual([]);
    // Near miss: a bracketed label with its aside still names the item before it.
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'Na in = depol (goes positive) / K out = repol (goes negative again)',
      ).earned,
    ).toContain('repol-potassium-out');
  });

  it('"examples are I dont know" doubts the examples only; "thats" opens a clause', () => {
    const v = packVerdict(
      'passive-vs-active',
      'for active its against the gradient so it needs energy and for the proteins active uses pumps and passive uses channels examples are I dont know',
    );
    expect(v.earned).toContain('active-energy');
    expect(tokenize("no proteins at all that's simple diffusion").map((t) => t.clause)).toEqual([
      0, 0, 0, 0, 1, 1, 1,
    ]);
  });

  it('"but actually no" inside a run-on takes back the clause before; after "..." the whole thought', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'depolarization is sodium coming into the cell and it makes it positive and i would say there both passive but actually no i think repolarization needs ATP',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['depol-sodium-in', 'depol-less-negative']));
    expect(v.earned).not.toContain('both-passive');
    expect(
      packVerdict(
        'synapse-neurotoxin',
        'The postsynaptic cell doesnt depolarize... actually wait no, it does depolarize because ACh is still released.',
      ).earned,
    ).not.toContain('prediction');
  });

  it('"X won\'t happen" denies X; split prefixes join ("hypo tonic")', () => {
    expect(
      packVerdict(
        'synapse-neurotoxin',
        'Hyperpolarization wont happen and the cell just stays at -70mV because ACh cant bind.',
      ).flags,
    ).not.toContain('hyperpolarizes');
    expect(packVerdict('synapse-neurotoxin', 'The cell will hyperpolarize.').flags).toContain(
      'hyperpolarizes',
    );
    expect(tokenize('the water is hypo tonic, re polarization, hyper-polarized').map((t) => t.norm)).toEqual([
      'the',
      'water',
      'is',
      'hypotonic',
      'repolarization',
      'hyperpolarized',
    ]);
  });
});

describe('round 20', () => {
  it('"cant happen without ATP" needs ATP; "works without ATP" does not', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        'Active transport cant happen without ATP since it moves things from low to high.',
      ).flags,
    ).not.toContain('active-no-energy');
    expect(packVerdict('passive-vs-active', 'Active transport works without ATP.').flags).toContain(
      'active-no-energy',
    );
  });

  it('"(actually I think) its the other way" reverses the sentence before; "they go the other way" is a movement', () => {
    const v = packVerdict(
      'resting-potential-pump',
      'Na+ goes out and K+ goes in. Actually I think its the other way, K+ out and Na+ in.',
    );
    expect(v.earned).not.toContain('sodium-out');
    expect(v.earned).not.toContain('potassium-in');
    expect(
      packVerdict('resting-potential-pump', 'Both ions go the other way, against their gradients.').earned,
    ).toContain('against-gradient');
  });

  it('note form: "K in uses ATP" and "potassium in only" are movements', () => {
    expect(packVerdict('resting-potential-pump', 'Na out K in uses ATP').earned).toContain('potassium-in');
    expect(packVerdict('resting-potential-pump', 'It moves potassium in only.').earned).toContain(
      'potassium-in',
    );
  });

  it('"out of the beaker into the cell" is entering; "APs → eventually impossible" and "lose its ability" cannot fire', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'Water moves out of the beaker into the cell, so the cell swells.',
    );
    expect(v.earned).toContain('water-enters');
    expect(v.flags).not.toContain('water-leaves');
    expect(packVerdict('osmosis-red-blood-cell', 'Water moves out of the cell.').flags).toContain(
      'water-leaves',
    );
    expect(packVerdict('pump-blocked', 'repeated APs → eventually impossible').earned).toContain(
      'cannot-fire',
    );
    expect(
      packVerdict(
        'pump-blocked',
        'It could still fire a couple action potentials but over hours it will lose its ability.',
      ).earned,
    ).toContain('cannot-fire');
  });
});

describe('round 21 (an international class: British spellings and phrasing)', () => {
  it('"+ve" / "-ve", and a lone sign after an arrow, are the charge words', () => {
    expect(tokenize('inside more +ve, back to -ve').map((t) => t.norm)).toEqual([
      'inside',
      'more',
      'positive',
      'back',
      'to',
      'negative',
    ]);
    expect(tokenize('Na in → +').map((t) => t.norm)).toContain('positive');
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'depol: Na+ in → inside more +ve / repol: K+ out → inside back to -ve',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['depol-less-negative', 'repol-back-to-rest']));
  });

  it('"about" before a number is skipped; "X and Y are both pumped out" says it of X', () => {
    expect(packVerdict('pump-blocked', 'RMP drifts upward to about 0 mV.').earned).toContain('less-negative');
    expect(
      packVerdict('resting-potential-pump', 'Sodium and potassium are both pumped out of the cell using ATP.')
        .earned,
    ).toContain('sodium-out');
  });

  it('counts as words ("three at a time") and "for every two" ratios', () => {
    expect(
      packVerdict(
        'resting-potential-pump',
        'The pump exports sodium (three at a time) and imports potassium (two at a time).',
      ).earned,
    ).toContain('ratio');
    expect(
      packVerdict(
        'resting-potential-pump',
        'Na+ leaves. Three positive charges are expelled for every two taken in.',
      ).earned,
    ).toContain('ratio');
  });

  it('"Hmm actually no" and "Wait actually no" open their sentence; "I could be mixing them up" and "the other way round" withdraw', () => {
    expect(
      packVerdict(
        'synapse-neurotoxin',
        'The membrane potential will stay at rest. Wait actually no, I think it becomes more negative.',
      ).earned,
    ).not.toContain('prediction');
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'For repolarization perhaps potassium leaves but I could be mixing them up.',
      ).earned,
    ).not.toContain('repol-potassium-out');
    expect(
      packVerdict('resting-potential-pump', 'The pump puts K+ out and Na+ in. Or is it the other way round.')
        .earned,
    ).not.toContain('against-gradient');
  });

  it('pump-blocked: gradients "abolished" or "used up", leaks "still" going, "not anymore", "nothing refills"', () => {
    expect(packVerdict('pump-blocked', 'The Na+ and K+ gradients are slowly abolished.').earned).toContain(
      'gradients-run-down',
    );
    expect(
      packVerdict('pump-blocked', 'It can fire some action potentials in the beginning but then not anymore.')
        .earned,
    ).toContain('cannot-fire');
    expect(
      packVerdict('pump-blocked', 'the leaks keep running but nothing refills the gradients').earned,
    ).toContain('leak-not-restored');
    // Near miss: K+ building up inside is not the run-down (ordered: sodium first).
    expect(
      packVerdict(
        'pump-blocked',
        'K+ will build up inside and Na+ will build up outside, so the gradients get bigger.',
      ).earned,
    ).not.toContain('gradients-run-down');
  });
});

describe('round 22 (an exam-prep bootcamp)', () => {
  it('"stays depolarized and can\'t repolarize" is no prediction of rest; "Resting potential is maintained" is', () => {
    expect(
      packVerdict('synapse-neurotoxin', "K+ cant leave, so the cell can't repolarize and stays depolarized.")
        .earned,
    ).not.toContain('prediction');
    expect(
      packVerdict('synapse-neurotoxin', 'Resting potential is maintained, the cell isnt excited.').earned,
    ).toContain('prediction');
    expect(
      packVerdict('synapse-neurotoxin', "The presynaptic neuron's membrane stays at resting potential.")
        .earned,
    ).not.toContain('prediction');
  });

  it('"bc" is "because"', () => {
    expect(tokenize('it depolarizes normally bc the toxin').map((t) => t.norm)).toContain('because');
  });
});

describe('round 23 (analogies and corrections)', () => {
  it('"with their gradient", "downhill" and "no pump or ATP" say the phases are passive', () => {
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'Both are the ions going with their gradient, the cell isnt paying any ATP for it.',
      ).earned,
    ).toContain('both-passive');
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'both are like water rolling downhill, no pump or ATP needed',
      ).earned,
    ).toContain('both-passive');
  });

  it('the crowd picture: "from crowded to less crowded", "into the crowded side"; "no effort" is no energy', () => {
    const v = packVerdict(
      'passive-vs-active',
      'passive = they spread out from crowded to less crowded, no effort from the cell. active = the cell burns ATP to push stuff into the crowded side.',
    );
    expect(v.earned).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-against-gradient', 'passive-no-energy']),
    );
  });

  it('"but no, actually …" takes back the clause before it; "em" is "them"; gradients "die"', () => {
    expect(
      packVerdict('pump-blocked', 'the gradients run down, but no, actually the gradients stay the same.')
        .earned,
    ).not.toContain('gradients-run-down');
    const v = packVerdict(
      'pump-blocked',
      'leak channels still draining and nothing pumps em back → gradients die → no more spikes after a while',
    );
    expect(v.earned).toEqual(
      expect.arrayContaining(['gradients-run-down', 'cannot-fire', 'leak-not-restored']),
    );
  });
});

describe('round 24 (a homework class)', () => {
  it('a phase named as a time reference ("just after the depolarization phase") is not what is described', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Repolarization returns the potential to a negative value just after the depolarization phase; it results from the efflux of K+.',
    );
    expect(v.flags).not.toContain('swaps-phases');
    expect(v.earned).toContain('repol-potassium-out');
  });

  it('parallel "when" clauses: each fact belongs to the phase named in its own sentence part', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'When the neuron depolarizes, Na+ ions move into the cell; when it repolarizes, K+ ions move out.',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
    expect(v.flags).not.toContain('swaps-phases');
  });

  it('"K channels → inside back to −70" is a place and its state, not K+ moving in', () => {
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'Rep: K+ diffuses OUT through K channels → inside back to −70.',
      ).flags,
    ).not.toContain('potassium-enters-repol');
  });

  it('"Na+ influx does not occur", "no influx of sodium ions" and "Na+ stays out of the cell" are no sodium entry', () => {
    for (const text of [
      'ACh cant bind so the channels remain closed and Na+ influx does not occur.',
      "There's no influx of sodium ions into the postsynaptic cell.",
      "Na+ stays out of the cell because the gates don't open.",
    ])
      expect(packVerdict('synapse-neurotoxin', text).earned, text).toContain('no-sodium-entry');
  });

  it('"Without it" closes its own phrase; "runs the gradients down"; "firing → fails"', () => {
    expect(packVerdict('pump-blocked', 'Without it the neuron would lose its gradients.').earned).toContain(
      'gradients-run-down',
    );
    expect(packVerdict('pump-blocked', 'the leak runs the gradients down a little more').earned).toContain(
      'gradients-run-down',
    );
    expect(packVerdict('pump-blocked', 'firing → fails eventually').earned).toContain('cannot-fire');
    // Near miss: "without" before anything but a pronoun is still a negation cue.
    expect(tokenize('without ATP')[0]?.info.cue).not.toBe(0);
    expect(tokenize('without it the gradients')[0]?.info.cue).toBe(0);
  });
});

describe('round 25 (a hospital school program)', () => {
  it('"uses its energy" spends energy; "wouldnt happen on its own" is no "needs no energy"', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        'active transport is when the cell uses its energy, and passive is when it doesnt.',
      ).earned,
    ).toContain('active-energy');
    expect(
      packVerdict(
        'passive-vs-active',
        'Active does need energy (ATP) cause its moving stuff up the gradient which wouldnt happen on its own.',
      ).flags,
    ).not.toContain('active-no-energy');
    expect(packVerdict('passive-vs-active', 'Passive happens on its own.').earned).toContain(
      'passive-no-energy',
    );
  });

  it('pump-blocked: leaks that "continue to seep" or "keep letting" ions through, "normally the pump fixes that"', () => {
    for (const text of [
      'since channels still work, Na+ and K+ continue to seep through them',
      'the leak channels keep letting Na in and K out',
      'K+ leaks out and Na+ leaks in. Normally the pump fixes that. Ouabain stops the pump.',
      'the leak channels let Na and K even out because the pump isnt there to keep them separated',
    ])
      expect(packVerdict('pump-blocked', text).earned, text).toContain('leak-not-restored');
    expect(
      packVerdict('pump-blocked', 'over several hours the neuron loses its K+ and gains Na+').earned,
    ).toContain('gradients-run-down');
  });

  it('rushed spellings: "pasiv", "activ", "pmp"', () => {
    expect(packVerdict('passive-vs-active', 'activ=pumps, pasiv=chanels/none').earned).toContain('proteins');
  });
});

describe('round 26 (an olympiad club)', () => {
  it('"with no cell wall it\'ll burst": a cue whose whole object is the cell wall does not reach past it', () => {
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'Water goes into the cell. Since its an animal cell with no cell wall itll burst.',
      ).earned,
    ).toContain('swells-bursts');
    // "no energy high to low" keeps working ("no" takes "energy" as its whole object).
    expect(packVerdict('passive-vs-active', 'passive no energy high to low').earned).toContain(
      'passive-down-gradient',
    );
  });

  it('named transporters are examples; "powered by electron transfer, not ATP" is no "needs no energy"', () => {
    expect(
      packVerdict('passive-vs-active', 'Passive: no ATP. Active: ATP. Ex: GLUT4 uniport; Na+/K+-ATPase.')
        .earned,
    ).toContain('examples');
    expect(
      packVerdict(
        'passive-vs-active',
        'Active: the ETC pumps H+ across, though that is powered by electron transfer not ATP.',
      ).flags,
    ).not.toContain('active-no-energy');
  });

  it('"net osmosis inward", the interior "hypertonic to the water", gradients that "decay", firing "nonstop"', () => {
    expect(
      packVerdict('osmosis-red-blood-cell', 'h2o is hypotonic to the cell, net osmosis inward.').earned,
    ).toContain('water-enters');
    expect(
      packVerdict('osmosis-red-blood-cell', 'Water moves out of the cell by osmosis into the pure water.')
        .earned,
    ).not.toContain('water-enters');
    expect(
      packVerdict('osmosis-red-blood-cell', 'The RBC interior is hypertonic to the surrounding pure water.')
        .earned,
    ).toContain('hypotonic');
    expect(packVerdict('pump-blocked', '[Na+] and [K+] gradients decay over hours.').earned).toContain(
      'gradients-run-down',
    );
    expect(
      packVerdict(
        'pump-blocked',
        "The neuron would fire nonstop because the pump isn't there to end each action potential.",
      ).earned,
    ).not.toContain('cannot-fire');
  });
});

describe('round 27 (blind ASAP item-5 writers)', () => {
  const words = (text: string) => tokenize(text).map((t) => t.info.norm);

  it('"Step 2" is a list marker, even run on without a full stop: a new item, and no count', () => {
    const tokens = tokenize('Step 1 mRNA leaves nucleus Step 2 the tRNA travels to the ribosome');
    expect(tokens.map((t) => t.info.norm)).toEqual(
      'mrna leaves nucleus the trna travels to the ribosome'.split(' '),
    );
    // The item after the marker is a new sentence: "leaves … the tRNA travels" is not one statement.
    expect(new Set(tokens.map((t) => t.sent)).size).toBe(2);
    expect(words('STEP THREE: tRNA anticodons pair with the codons')).not.toContain('three');
  });

  it('near miss: "step" not followed by an item number stays a word', () => {
    expect(words('The next step is 3 bases at a time')).toEqual(
      'the next step is 3 bases at a time'.split(' '),
    );
    expect(words('each step 100 times')).toContain('step');
  });
});

describe('round 28 (an AP review club, blind batch AC)', () => {
  it('a negated "without" needs the energy: "can\'t happen without ATP" is active transport spending it', () => {
    expect(packVerdict('passive-vs-active', "Active transport can't happen without ATP.").earned).toContain(
      'active-energy',
    );
    expect(packVerdict('passive-vs-active', 'Passive transport can happen without ATP.').earned).toEqual([
      'passive-no-energy',
    ]);
  });

  it('a negated stay is no "no change": "does not stay at -70" and channels that "don\'t stay closed"', () => {
    const moved = packVerdict(
      'pump-blocked',
      'The resting potential does not stay at -70, it gets less negative.',
    );
    expect(moved.flags).toEqual([]);
    expect(moved.earned).toContain('less-negative');
    expect(packVerdict('pump-blocked', 'The resting potential stays the same.').flags).toContain('no-effect');
    expect(
      packVerdict('synapse-neurotoxin', "The ligand gated channels don't stay closed, they open.").earned,
    ).not.toContain('channel-closed');
    expect(packVerdict('synapse-neurotoxin', 'The ligand gated channels stay closed.').earned).toContain(
      'channel-closed',
    );
  });

  it('"will not stop firing" is no "cannot fire"; "stops firing" still is', () => {
    expect(packVerdict('pump-blocked', 'The neuron will not stop firing.').earned).not.toContain(
      'cannot-fire',
    );
    expect(packVerdict('pump-blocked', 'Eventually the neuron stops firing.').earned).toContain(
      'cannot-fire',
    );
  });

  it('a second conditional is taken back only up to a "but" that returns to the case at hand', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'If the water was salty the cell would shrink, but since its pure water, water goes into the cell and it can burst.',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['water-enters', 'swells-bursts']));
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'If the water were pure, water would go in and the cell would burst.',
      ).earned,
    ).toEqual([]);
  });

  it('the crowd picture with its nouns, "stuck at resting", "cytolysis", note-form "vs. gradient"', () => {
    expect(
      packVerdict('passive-vs-active', 'Passive: molecules spread from the crowded side to the empty side.')
        .earned,
    ).toContain('passive-down-gradient');
    expect(
      packVerdict('synapse-neurotoxin', "It never reaches threshold so no AP, it's just stuck at resting.")
        .earned,
    ).toContain('prediction');
    expect(packVerdict('osmosis-red-blood-cell', 'hypotonic, net H2O influx, cytolysis').earned).toContain(
      'swells-bursts',
    );
    expect(
      packVerdict('resting-potential-pump', 'Na+ and K+ are both moved vs the gradient by the pump.').earned,
    ).toContain('against-gradient');
  });
});

describe('round 29 (a rural combined AP/honors section, blind batch AD)', () => {
  it('"pos" is the charge, "can\'t work without ATP" uses it, "take out" / "put in" move the ions', () => {
    expect(
      packVerdict('depolarization-vs-repolarization', 'depol = Na+ goes in, cell gets more pos.').earned,
    ).toContain('depol-less-negative');
    expect(packVerdict('resting-potential-pump', "It can't work without ATP.").earned).toEqual(['uses-atp']);
    expect(packVerdict('resting-potential-pump', 'It can work without ATP.').earned).toEqual([]);
    expect(packVerdict('resting-potential-pump', 'Pump take out 3 Na+ and put in 2 K+.').earned).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
  });

  it('"cel wal", "blow up", the RBC "hypertonic compared to" the water, ACh that "can\'t dock"', () => {
    expect(
      packVerdict('osmosis-red-blood-cell', 'It bursts because animal cells dont have a cel wal.').earned,
    ).toContain('no-wall');
    expect(packVerdict('osmosis-red-blood-cell', 'the cell is gonna blow up').earned).toContain(
      'swells-bursts',
    );
    expect(
      packVerdict('osmosis-red-blood-cell', 'The RBC is hypertonic compared to the distilled water.').earned,
    ).toContain('hypotonic');
    expect(
      packVerdict('osmosis-red-blood-cell', 'The RBC is placed in a hypertonic solution.').earned,
    ).not.toContain('hypotonic');
    expect(
      packVerdict('synapse-neurotoxin', "The toxin sits on the receptor so ACh can't dock.").earned,
    ).toContain('no-binding');
  });
});

describe('round 30 (an urban AP class before spring break, blind batch AE)', () => {
  it('a single arrow between two numbers reads "to"; a chain of values keeps its breaks', () => {
    expect(tokenize('depol: -70 → +30 mV').map((t) => t.info.norm)).toEqual([
      'depol',
      '-70',
      'to',
      '+30',
      'mv',
    ]);
    expect(tokenize('-70 → -60 → -40 → 0').map((t) => t.info.norm)).toEqual(['-70', '-60', '-40', '0']);
    expect(packVerdict('depolarization-vs-repolarization', 'depol: -70 → +30 mV (Na+ in)').earned).toContain(
      'depol-less-negative',
    );
  });

  it('"like" before a number is a filler; "plenty" to "little" is down the gradient', () => {
    expect(packVerdict('pump-blocked', 'its drifting up to like 0').earned).toContain('less-negative');
    expect(
      packVerdict(
        'passive-vs-active',
        'Passive: particles move from where it have plenty to where it have little.',
      ).earned,
    ).toContain('passive-down-gradient');
  });

  it('gradients that "empty out" or concentrations that "become nearly the same"; ACh that cannot "join to" it', () => {
    expect(
      packVerdict('pump-blocked', 'Nobody refills them, so the gradients slowly empty out.').earned,
    ).toContain('gradients-run-down');
    expect(
      packVerdict(
        'pump-blocked',
        'The concentration of the two ions inside and outside become nearly the same.',
      ).earned,
    ).toContain('gradients-run-down');
    expect(
      packVerdict('synapse-neurotoxin', 'The acetylcholine cannot join to the receptor because of the toxin.')
        .earned,
    ).toContain('no-binding');
  });

  it('the pump "binds two potassium ions outside" where it picks them up: no reversed directions', () => {
    expect(
      packVerdict(
        'resting-potential-pump',
        'It binds three sodium ions on the inside and releases them outside, then binds two potassium ions outside and releases them inside.',
      ).flags,
    ).toEqual([]);
    expect(
      packVerdict('resting-potential-pump', 'The pump moves two potassium ions outside.').flags,
    ).toContain('directions-reversed');
  });
});

describe('round 31 (a homework class after a neuron lab, blind batch AF)', () => {
  it('dictated punctuation: "comma" and "period" break the text, but a "refractory period" is a noun', () => {
    const words = (text: string) => tokenize(text).map((t) => t.info.norm);
    expect(words('it brings two potassium ions in period it uses ATP')).not.toContain('period');
    expect(words('during the refractory period it cannot fire')).toContain('period');
    expect(
      packVerdict(
        'resting-potential-pump',
        'the pump pushes three sodium ions out of the cell and brings two potassium ions in period it uses ATP',
      ).earned,
    ).toContain('potassium-in');
  });

  it('"[low]→[high]", concentrated to dilute, "invest" energy, "no rigid wall", "acetyl colleen"', () => {
    expect(
      packVerdict('passive-vs-active', 'active: ATP, moves [low]→[high], protein pumps.').earned,
    ).toContain('active-against-gradient');
    expect(
      packVerdict(
        'passive-vs-active',
        "Passive: the solute moves from where it's concentrated to where it's dilute.",
      ).earned,
    ).toContain('passive-down-gradient');
    expect(
      packVerdict(
        'passive-vs-active',
        "In passive transport the cell doesn't have to invest any metabolic energy.",
      ).earned,
    ).toContain('passive-no-energy');
    expect(
      packVerdict('osmosis-red-blood-cell', "It lyses since there's no rigid wall around it.").earned,
    ).toContain('no-wall');
    expect(
      packVerdict('synapse-neurotoxin', "the toxin blocks the receptors so acetyl colleen can't bind").earned,
    ).toContain('no-binding');
  });
});

describe('round 32 (a dual-enrollment Sunday quiz, blind batch AG)', () => {
  it('a typed em dash "--" between spaces separates statements, as a single spaced dash does', () => {
    const clauses = tokenize('pumps 3 sodium out, 2 potassium in -- 3 out 2 in').map((t) => t.clause);
    expect(new Set(clauses).size).toBe(3);
    expect(
      packVerdict(
        'resting-potential-pump',
        'The pump is an ATPase that "pumps 3 sodium out, 2 potassium in" -- "3 out 2 in, uphill both ways, powered by ATP."',
      ).flags,
    ).toEqual([]);
  });

  it('"instead of a cell wall" is no wall; a potential that "will not go up" stays at rest', () => {
    expect(
      packVerdict('osmosis-red-blood-cell', 'Red blood cells have a cell membrane instead of a cell wall.')
        .earned,
    ).toContain('no-wall');
    expect(
      packVerdict('osmosis-red-blood-cell', 'Plant cells have a cell wall instead of just a membrane.')
        .earned,
    ).not.toContain('no-wall');
    expect(packVerdict('synapse-neurotoxin', 'The membrane potential will not go up.').earned).toContain(
      'prediction',
    );
  });
});

describe('round 33 (ASAP item 5, blind batch 3: real-voice complete answers)', () => {
  it('text-speak: a lone "2" before an article is "to", a lone "n" between words is "and"', () => {
    expect(norms('mRNA goes 2 the ribosome n then tRNA')).toEqual([
      'mrna',
      'goes',
      'to',
      'the',
      'ribosome',
      'and',
      'then',
      'trna',
    ]);
    // Counts stay counts: "2 K+", "2 ions", a number before "n".
    expect(norms('pumps 3 Na+ out n 2 K+ in')).toContain('2');
    expect(norms('it moves 2 ions')).toContain('2');
    expect(norms('chromosomes 2 n')).toEqual(['chromosomes', '2', 'n']);
    expect(packVerdict('asap-sas-5', 'mRNA goes 2 the ribosome').earned).toContain('to-ribosome');
    // The bracket-ratio answer of batch AF no longer reads "n" as a noun between the ions.
    expect(
      packVerdict(
        'resting-potential-pump',
        'ok so pump = Na+ out n K+ in, 3 for 2. needs ATP cuz its goin against the gradient',
      ).flags,
    ).toEqual([]);
  });

  it('a question doubts the "and maybe" item it ends, not the run-on an opening "I think" introduces', () => {
    const v = packVerdict(
      'asap-sas-5',
      'i think the mrna goes to a ribosome and then the ribosome reads the codons (3 bases) and trna brings the amino acids and maybe they bond at the end? not sure',
    );
    expect(v.earned).toEqual(
      expect.arrayContaining(['to-ribosome', 'codons-read', 'trna-brings-amino-acid']),
    );
    expect(v.earned).not.toContain('peptide-bond');
    // "X but maybe Y?" still doubts X.
    expect(
      packVerdict(
        'passive-vs-active',
        'I think passive transport doesnt need energy but maybe it does if its facilitated diffusion?',
      ).earned,
    ).not.toContain('passive-no-energy');
  });

  it('in a run-on, "i think" going on into a statement starts what a later "idk" takes back', () => {
    const v = packVerdict(
      'asap-sas-5',
      'the mrna goes through the nuclear pore and goes to the ribosome and the trna brings amino acids and the amino acids get linked with peptide bonds i think theres also start and stop codons but idk',
    );
    expect(v.earned).toEqual(
      expect.arrayContaining(['nuclear-pore', 'to-ribosome', 'trna-brings-amino-acid', 'peptide-bond']),
    );
    expect(v.earned).not.toContain('stop-codon');
    // A trailing "I think" tags the statement before it: "hypotonic I think or maybe hypertonic" stays withdrawn.
    expect(
      packVerdict('osmosis-red-blood-cell', 'The solution is hypotonic I think or maybe hypertonic.').earned,
    ).not.toContain('hypotonic');
  });
});

describe('round 34 (an early-morning warm-up, blind batch AI)', () => {
  it('a bare ratio follows the order the ions were named in', () => {
    expect(
      packVerdict('resting-potential-pump', 'Sodium goes out and potassium comes in, 3 to 2.').earned,
    ).toContain('ratio');
    expect(
      packVerdict('resting-potential-pump', 'Potassium gets pumped out and sodium in, 3 to 2, with ATP.')
        .earned,
    ).not.toContain('ratio');
  });

  it('"nvm" takes back the statement before; "but maybe its the opposite" and "or vice versa" take theirs back', () => {
    const v = packVerdict(
      'resting-potential-pump',
      'Na+ out and K+ in, 3 Na:2 K. actually nvm i think its 2 Na: 3 K',
    );
    expect(v.earned).toEqual(['sodium-out', 'potassium-in']);
    expect(v.flags).toContain('ratio-reversed');
    expect(
      packVerdict(
        'resting-potential-pump',
        'It pushes Na+ out of the cell and K+ into it, I think its 3 Na for 2 K but maybe its the opposite.',
      ).earned,
    ).not.toContain('ratio');
    expect(packVerdict('resting-potential-pump', 'Na+ out and K+ in, 3 to 2, or vice versa.').earned).toEqual(
      [],
    );
    // "does the opposite" is a statement, not a withdrawal.
    expect(
      packVerdict('resting-potential-pump', 'The pump moves sodium out and potassium does the opposite.')
        .earned,
    ).toContain('sodium-out');
  });

  it('taking something away to explain it ("if the pump stopped", "if a cell ran out of ATP") is an answer, not a counterfactual', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        'If a cell ran out of ATP, active transport would stop because it needs that energy to pump stuff from low to high.',
      ).earned,
    ).toEqual(expect.arrayContaining(['active-energy', 'active-against-gradient']));
    expect(
      packVerdict(
        'resting-potential-pump',
        "If the pump didn't have ATP it would stop, because it has to move 3 Na+ out of the cell and 2 K+ into the cell against their concentration gradients.",
      ).earned,
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio', 'against-gradient']));
    // The supposition itself says nothing about the cell: "had no ATP" is not "passive needs no ATP".
    expect(
      packVerdict('passive-vs-active', 'If the cell had no ATP, active transport could still happen.').earned,
    ).not.toContain('passive-no-energy');
    // A case set against the facts still states nothing, and so does one a plain "but" turns back.
    expect(
      packVerdict(
        'pump-blocked',
        'If the pump were working, it would keep the gradients so the neuron could keep firing.',
      ).earned,
    ).toEqual([]);
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'The red blood cell would burst if it had no cell wall but it does so it will be fine.',
      ).earned,
    ).toEqual([]);
  });

  it("a clause copied from the prompt earns nothing, while the student's own conclusion after it can", () => {
    const v = packVerdict(
      'synapse-neurotoxin',
      "The neurotoxin keeps acetylcholine from binding to them so the channels don't open.",
    );
    expect(v.earned).not.toContain('no-binding');
    expect(v.earned).toContain('channel-closed');
    expect(packVerdict('synapse-neurotoxin', 'With the toxin the ACh is locked out.').earned).toContain(
      'no-binding',
    );
  });

  it('"needs that energy"; a spaced dash before a bare verb of movement goes on from its subject', () => {
    expect(packVerdict('passive-vs-active', 'Active transport needs that energy.').earned).toContain(
      'active-energy',
    );
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        '1. Depolarization - sodium (Na+) - moves into the neuron - membrane potential rises from -70 to about +40 mV',
      ).earned,
    ).toContain('depol-sodium-in');
    expect(tokenize('Depolarization - Na+ in').map((t) => t.clause)).toEqual([0, 1, 1]);
  });
});

describe('round 35 (a snow-day review packet, blind batch AJ)', () => {
  it('a count before a missing comma stays a count; a number glued to mV is the number, then mV; "back -" is negative', () => {
    expect(norms('only puts back 2 the inside')).toContain('2');
    expect(norms('goes 2 the ribosome')).toContain('to');
    expect(norms('twrd 0mv')).toEqual(['toward', '0', 'mv']);
    expect(norms('at -70mV')).toEqual(['at', '-70', 'mv']);
    expect(norms('cell goes back - .')).toEqual(['cell', 'goes', 'back', 'negative']);
    expect(
      packVerdict(
        'pump-blocked',
        'pump off = no more gradient. resting pot goes up twrd 0mv, no APs eventually',
      ).earned,
    ).toContain('less-negative');
    expect(
      packVerdict(
        'resting-potential-pump',
        'Since it takes out 3 positive charges and only puts back 2 the inside becomes more negitive.',
      ).earned,
    ).toContain('net-charge');
  });

  it('"not sure which …" names its topic when a noun follows, and the doubt ends at "but"', () => {
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        "I don't remember which ions go with which but both phases are passive, the ions go down their gradients so no ATP is used.",
      ).earned,
    ).toContain('both-passive');
    // "… with or against the gradient, not sure which." looks back at the choice it withdraws.
    expect(
      packVerdict(
        'passive-vs-active',
        'Active transport moves stuff either with or against the gradient, not sure which.',
      ).earned,
    ).not.toContain('active-against-gradient');
  });

  it('a generic "if a cell wanted to …" and a confirmed supposition are the answer, not counterfactuals', () => {
    expect(
      packVerdict(
        'passive-vs-active',
        "If a cell wanted to move something from where there's a lot of it to where there's less, it wouldn't have to spend any ATP, that's passive transport.",
      ).earned,
    ).toEqual(expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']));
    expect(
      packVerdict(
        'resting-potential-pump',
        'If the pump moved 3 Na+ out and only 2 K+ in, then more positive would leave than enter... and thats exactly what it does.',
      ).earned,
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio', 'net-charge']));
    // Supposing something false stays a counterfactual.
    expect(
      packVerdict(
        'passive-vs-active',
        'If passive transport needed energy then it would be active transport.',
      ).flags,
    ).toEqual([]);
  });

  it('shared words: "without the cell having to expend energy", "toward where its less concentrated", "end up the same"', () => {
    const v = packVerdict(
      'passive-vs-active',
      "Passive transport happens without the cell having to expend energy, the solute spreads toward where it's less concentrated.",
    );
    expect(v.earned).toEqual(expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']));
    expect(packVerdict('passive-vs-active', 'Active transport makes ATP for the cell.').earned).not.toContain(
      'active-energy',
    );
    expect(
      packVerdict(
        'pump-blocked',
        'Na+ wanders in thru the leak channels and nobody brings them back. The inside and outside end up the same.',
      ).earned,
    ).toEqual(expect.arrayContaining(['gradients-run-down', 'leak-not-restored']));
    expect(
      packVerdict('osmosis-red-blood-cell', 'The cell takes on water by osmosis and splits open.').earned,
    ).toContain('swells-bursts');
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'The environment outside the cell is hypotonic relative to the cytoplasm.',
      ).earned,
    ).toContain('hypotonic');
    expect(packVerdict('osmosis-red-blood-cell', 'blood cels dont hav a cel wall').earned).toContain(
      'no-wall',
    );
    expect(
      packVerdict('synapse-neurotoxin', 'ACh blocked from receptor, channel shut, Na+ stays out').earned,
    ).toContain('no-sodium-entry');
  });
});

describe('round 36 (ASAP item 5, paraphrases of public answers)', () => {
  it('"stop" before "codon" or after an article names a thing and negates nothing; as a verb it still does', () => {
    expect(
      packVerdict('asap-sas-5', 'When they get to the stop codon the chain of amino acids breaks off.')
        .earned,
    ).toEqual(expect.arrayContaining(['peptide-bond', 'stop-codon']));
    expect(
      packVerdict('asap-sas-5', 'at the stop codons the chain of amino acids is released').earned,
    ).toContain('peptide-bond');
    expect(packVerdict('asap-sas-5', 'An antibiotic stops the chain of amino acids forming.').earned).toEqual(
      [],
    );
  });

  it('other words for the same ideas (paraphrase batch A)', () => {
    expect(packVerdict('asap-sas-5', 'it passes through the endoplasmic reticulum').earned).toEqual([
      'to-ribosome',
    ]);
    expect(packVerdict('asap-sas-5', 'The mRNA passes proteins to ribosomes.').earned).toEqual([]);
    expect(packVerdict('asap-sas-5', 'next it binds to the rRNA in the ribosome').earned).toEqual([
      'to-ribosome',
    ]);
    // The public raters did not credit the rRNA alone as the ribosome.
    expect(packVerdict('asap-sas-5', 'mRNA goes to rRNA then tRNA').earned).toEqual([]);
    expect(
      packVerdict(
        'asap-sas-5',
        'a tRNA with a amino acid shows up and if the code matches the amino acid stays',
      ).earned,
    ).toContain('trna-brings-amino-acid');
    expect(
      packVerdict('asap-sas-5', 'tRNA looks for amino acids matching the code and brings them over').earned,
    ).toContain('trna-brings-amino-acid');
    expect(packVerdict('asap-sas-5', 'The ribosome takes 3 mRNA bases at once.').earned).toContain(
      'codons-read',
    );
    expect(packVerdict('asap-sas-5', 'the amino acids will bind creating a protein').earned).toContain(
      'peptide-bond',
    );
    expect(packVerdict('asap-sas-5', 'the amino acids bind to the tRNA').earned).not.toContain(
      'peptide-bond',
    );
    // the released element's own verb: the anticodon "recognizes" the codon
    expect(packVerdict('asap-sas-5', 'tRNA reads the strand of mRNA using anticodons.').earned).toEqual([
      'anticodon-pairs',
    ]);
  });
});

describe('round 36: words glued by a lost line break with no capital at the seam', () => {
  // The content words come from the loaded rubrics: grade once so the bank is loaded.
  const answerNorms = (text: string) => tokenize(text, true).map((t) => t.norm);

  it('splits two known words, or a known word and a list item’s first word', () => {
    expect(packVerdict('asap-sas-5', 'the mRna travels to a ribosomeenters Ribosome').earned).toContain(
      'to-ribosome',
    );
    expect(answerNorms('a ribosomeenters')).toEqual(['a', 'ribosome', 'enters']);
    expect(answerNorms('amino acidsthe codons')).toEqual(['amino', 'acids', 'the', 'codons']);
    expect(answerNorms('DELIVERED TO THE RIBOSOMETRANSLATION')).toEqual([
      'delivered',
      'to',
      'the',
      'ribosome',
      'translation',
    ]);
    // "mRna" with a lowercase "na": the seam is before its m
    expect(answerNorms('make protienmRna')).toEqual(['make', 'protein', 'mrna']);
    // a list item's first word also ends the sentence, as the lost line break did
    const t = tokenize('amino acidsthe codons', true);
    expect(t[1]?.sent).not.toBe(t[2]?.sent);
  });

  it('leaves whole words, prefixes and misspellings alone, and never splits rubric text', () => {
    packVerdict('asap-sas-6', 'osmosis');
    for (const w of ['polymerase', 'readable', 'anticodon', 'somewhere', 'semipermeable', 'creation'])
      expect(answerNorms(w), w).toEqual([w]);
    // a misspelt word the edit distance reads ("facilitaded diffusion") is not two words
    expect(answerNorms('facilitaded')).toEqual(['facilitaded']);
    expect(
      packVerdict('asap-sas-6', 'facilitaded diffusion uses a protein channel to let molecules in').earned,
    ).not.toEqual([]);
    expect(tokenize('ribosomeenters').map((t) => t.norm)).toEqual(['ribosomeenters']);
  });
});

describe('round 37: a prediction that the blocked synapse still depolarizes is recognised', () => {
  const flags = (answer: string) => packVerdict('synapse-neurotoxin', answer).flags;

  it('flags a plain prediction of depolarization, however it is justified', () => {
    for (const answer of [
      'it depolarizes',
      'The postsynaptic neuron will depolarize normally, because the same amount of ACh is released.',
      'The membrane potential becomes more positive because the toxin lets more sodium in.',
      'The postsynaptic neuron would depolarize less than usual because fewer Na+ ions come in.',
    ])
      expect(flags(answer), answer).toContain('predicts-depolarization');
  });

  it('does not flag a negated, normal-case, presynaptic or purpose-clause mention', () => {
    for (const answer of [
      'The neurotoxin will keep the postsynaptic membrane from depolarizing.',
      'There is no depolarization, so no action potential.',
      'Normally ACh would open the channel and the cell would depolarize. With the toxin it stays at -70 mV.',
      'The presynaptic neuron depolarizes and releases ACh, but the postsynaptic cell stays at -70 mV.',
      'The channels never open, so sodium ions dont flow in to make the inside more positive.',
      'The membrane potential would remain at -70 mV rather than becoming more positive.',
      'The postsynaptic membrane remains at resting potential and, lacking depolarization to threshold, no action potential fires.',
    ])
      expect(flags(answer), answer).not.toContain('predicts-depolarization');
  });
});

describe('round 37: two more misconceptions students write', () => {
  it('synapse: the toxin said to stop the Na+/K+ pump', () => {
    const flags = (answer: string) => packVerdict('synapse-neurotoxin', answer).flags;
    expect(
      flags('The sodium potassium pump stops working so the cell loses its resting potential.'),
    ).toContain('toxin-stops-pump');
    expect(flags('The toxin does not block the pump; it blocks the receptor.')).not.toContain(
      'toxin-stops-pump',
    );
  });

  it('osmosis: calling distilled water isotonic, or predicting no change', () => {
    const flags = (answer: string) => packVerdict('osmosis-red-blood-cell', answer).flags;
    for (const answer of [
      'The cell stays the same because distilled water is isotonic.',
      'Nothing happens because the water is isotonic, the cell is mostly water anyway.',
      'its isotonic so the cell does not change',
    ])
      expect(flags(answer), answer).toContain('no-change');
    for (const answer of [
      'If the water were isotonic nothing would happen, but it is hypotonic, so water moves in and the cell bursts.',
      'Hypotonic, hypertonic and isotonic are the three kinds of tonicity. Here the water is hypotonic and the cell swells.',
      'The cell bursts. This is why IV fluids like normal saline are isotonic.',
      'The water is not isotonic, it is hypotonic, so water enters and the cell lyses.',
    ])
      expect(flags(answer), answer).not.toContain('no-change');
  });

  it('osmosis: a red blood cell given a cell wall', () => {
    const flags = (answer: string) => packVerdict('osmosis-red-blood-cell', answer).flags;
    for (const answer of [
      'The cell becomes turgid and firm because the cell wall pushes back against the water coming in.',
      'The cell will burst because the cell wall cant hold all the water.',
    ])
      expect(flags(answer), answer).toContain('has-cell-wall');
    for (const answer of [
      'The cell bursts because it has no cell wall.',
      'This wouldnt happen to a plant cell because of its cell wall, and the red blood cell doesnt have one.',
      'Cell wall isnt there to stop it.',
      'red blood cells have a cell membrane instead of a cell wall, so the cell bursts.',
      'red blood cells have know cell wall so they burst',
    ])
      expect(flags(answer), answer).not.toContain('has-cell-wall');
  });

  it('resting-potential pump: the pump named as what carries sodium into the cell', () => {
    const flags = (answer: string) => packVerdict('resting-potential-pump', answer).flags;
    for (const answer of [
      'The pump moves sodium into the cell and potassium out of the cell.',
      'The pump moves 3 Na+ out and 2 K+ in. Because the pump brings the sodium into the cell, it builds up inside.',
      'The pump moves K+ out of the cell because potassium is positive.',
    ])
      expect(flags(answer), answer).toContain('directions-reversed');
    for (const answer of [
      'The pump moves 3 Na+ out of the cell and 2 K+ into the cell.',
      'So the pump grabs 3 Na+ from inside and dumps them outside, then brings 2 K+ in.',
      'Sodium leaks back into the cell, and the pump moves it out again.',
      'the pump grabs 2 K+ from outside and brings them in',
      'K+ leaks out through channels and the pump brings it back.',
    ])
      expect(flags(answer), answer).not.toContain('directions-reversed');
  });

  it('pump blocked: leaks running the wrong way, and firing "nonstop"', () => {
    const flags = (answer: string) => packVerdict('pump-blocked', answer).flags;
    expect(
      flags('Since the pump is blocked, sodium will leak out of the cell and potassium will leak in.'),
    ).toContain('leaks-reversed');
    expect(flags('K+ leaks into the cell and Na+ leaks out, so the gradients run down.')).toContain(
      'leaks-reversed',
    );
    expect(flags('the neuron will fire nonstop because sodium keeps coming in')).toContain('fires-more');
    for (const answer of [
      'Na+ keeps leaking in and K+ keeps leaking out, so the gradients run down.',
      'Sodium leaks into the cell and potassium diffuses out, and nothing pumps them back.',
      'Normally the pump moves sodium out and potassium in; without it the leaks win.',
    ])
      expect(flags(answer), answer).not.toContain('leaks-reversed');
  });

  it('pump blocked: the pump said to make ATP, or to repolarize each action potential', () => {
    const flags = (answer: string) => packVerdict('pump-blocked', answer).flags;
    expect(flags('Without the pump, the neuron cant make ATP, so it dies.')).toContain('pump-makes-atp');
    expect(flags('The pump makes ATP for the neuron, so without it the cell runs out of energy.')).toContain(
      'pump-makes-atp',
    );
    expect(flags('the pump is what repolarizes the cell after an AP, so it cant fire again')).toContain(
      'pump-repolarizes',
    );
    for (const answer of [
      'The pump does not make ATP, it uses it, so the gradients slowly run down.',
      'The pump restores the gradients after repolarization, so without it they run down.',
      'The neuron will stop firing action potentials because the pump is blocked.',
    ]) {
      expect(flags(answer), answer).not.toContain('pump-makes-atp');
      expect(flags(answer), answer).not.toContain('pump-repolarizes');
    }
  });

  it('depolarization vs repolarization: sodium leaving in repolarization, and each change backwards', () => {
    const flags = (answer: string) => packVerdict('depolarization-vs-repolarization', answer).flags;
    expect(
      flags(
        'Depolarization: sodium in, cell becomes positive. Repolarization: sodium goes back out through the channels.',
      ),
    ).toContain('sodium-leaves-repol');
    expect(
      flags(
        'Depolarization: Na+ moves in, the membrane becomes more negative. Repolarisation: K+ moves out.',
      ),
    ).toContain('reverses-effects');
    for (const answer of [
      'Depolarization: Na+ in, less negative. Repolarization: K+ out, more negative again.',
      'Depolarization is when Na+ flows in and the membrane gets more negative... no, more positive.',
      'In repolarization K+ leaves; later the pump moves sodium out using ATP.',
    ]) {
      expect(flags(answer), answer).not.toContain('reverses-effects');
      expect(flags(answer), answer).not.toContain('sodium-leaves-repol');
    }
  });

  it('resting-potential pump: ions it does not move, and a pump that is off at rest', () => {
    const flags = (answer: string) => packVerdict('resting-potential-pump', answer).flags;
    expect(flags('The pump moves chloride ions into the cell which makes the inside negative.')).toContain(
      'wrong-ions',
    );
    expect(flags('The pump pumps negative ions into the cell so the inside is negative.')).toContain(
      'wrong-ions',
    );
    expect(flags('at rest the pump is turned off, the resting potential comes from leak channels')).toContain(
      'pump-off-at-rest',
    );
    for (const answer of [
      'The pump moves 3 Na+ out and 2 K+ in; the inside also holds negative proteins.',
      'If the pump is turned off, the gradients slowly run down.',
    ]) {
      expect(flags(answer), answer).not.toContain('wrong-ions');
      expect(flags(answer), answer).not.toContain('pump-off-at-rest');
    }
  });

  it('depolarization vs repolarization: both phases said to use ATP or be active transport', () => {
    const flags = (answer: string) => packVerdict('depolarization-vs-repolarization', answer).flags;
    for (const answer of [
      'Alike: both need ATP to move the ions across the membrane.',
      'Both are active transport using ATP.',
      'Both phases use ATP to pump ions.',
    ])
      expect(flags(answer), answer).toContain('both-use-atp');
    for (const answer of [
      'Both are passive and neither uses ATP.',
      'Both are passive; the pump is what uses ATP.',
      "Both are active transport, scratch that, they're passive, the ions just diffuse.",
    ])
      expect(flags(answer), answer).not.toContain('both-use-atp');
  });
});

describe('round 38: a "not" after the claim belongs to the other kind of transport', () => {
  const flags = (answer: string) => packVerdict('passive-vs-active', answer).flags;

  it('flags passive transport said to need ATP when the "does not" is about active transport', () => {
    for (const answer of [
      'Passive uses ATP and active does not.',
      'Passive transport needs energy but active transport doesnt.',
    ])
      expect(flags(answer), answer).toContain('passive-needs-energy');
  });

  it('still reads a "not" before the energy word as denying it', () => {
    for (const answer of [
      'Passive transport does not use any energy and active does.',
      'Passive transport does not need ATP because molecules move down their gradient.',
      'Passive transport uses little or no energy.',
    ])
      expect(flags(answer), answer).not.toContain('passive-needs-energy');
  });
});

describe('round 38: a thought experiment denied at once ("… none of that happens")', () => {
  it('reads each "would" statement of the denied sentence as negated', () => {
    const answer =
      'If ACh could bind, the channel would open and Na+ would rush in and the cell would depolarize. But the toxin is blocking the receptor so ACh cant bind and none of that happens.';
    expect(earned('synapse-neurotoxin', answer)).toEqual(
      expect.arrayContaining(['prediction', 'no-binding', 'channel-closed', 'no-sodium-entry']),
    );
  });

  it('leaves the thought experiment unread when nothing denies it, or the denial is about something else', () => {
    // Without the denial the second conditional states nothing.
    expect(
      earned(
        'synapse-neurotoxin',
        'If ACh could bind, the channel would open and Na+ would rush in. But the toxin is in the way.',
      ),
    ).not.toContain('no-sodium-entry');
    // "none of this happens to a plant cell" denies something else: the cell still bursts.
    // Without a turn back to the case at hand ("but", "with the toxin"), "none of that happens" may
    // go on with the same supposition: the leak the student predicts is not read as denied.
    expect(
      earned(
        'pump-blocked',
        'If the pump is blocked, Na+ would leak in and K+ would leak out and the gradients would run down. Then none of that happens any more.',
      ),
    ).toContain('gradients-run-down');
    // "… if the pump was working" makes the denial another thought experiment: the first one stands.
    expect(
      earned(
        'pump-blocked',
        'If the pump were blocked, Na+ would leak in and K+ would leak out and the gradients would run down. None of that would happen if the pump was working.',
      ),
    ).toContain('gradients-run-down');
    const osmosis = packVerdict(
      'osmosis-red-blood-cell',
      'Water would rush into the cell and it would burst. None of this happens to a plant cell because of its wall.',
    );
    expect(osmosis.flags).toEqual([]);
  });

  it('never turns a denied wrong case into a misconception', () => {
    const verdict = packVerdict(
      'osmosis-red-blood-cell',
      'If the cell were in salt water, water would leave and it would shrink. None of that happens here: the water is hypotonic so water moves in and the cell bursts.',
    );
    expect(verdict.flags).toEqual([]);
    expect(verdict.earned).toEqual(expect.arrayContaining(['hypotonic', 'water-enters', 'swells-bursts']));
  });
});
