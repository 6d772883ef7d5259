import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned, packVerdict } from './helpers.js';

const norms = (s: string) => tokenize(s, true).map((t) => t.norm);

/*
 * General rules from round 39, tuned on blind batch AL (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 39: a number inside a statement is no list marker', () => {
  it('reads "RMP -70 -> ~0." as the potential going to zero', () => {
    expect(norms('RMP -70 -> ~0. no more APs')).toEqual(['rmp', '-70', 'to', '0', 'no', 'more', 'aps']);
    expect(
      earned(
        'pump-blocked',
        'pump blocked -> Na+ leaks in, K+ leaks out, nothing pumps back. gradients gone. RMP -70 -> ~0. no more APs eventually',
      ),
    ).toContain('less-negative');
  });

  it('still reads a run-on list ("… nucleus 2. it travels …") as items', () => {
    expect(norms('it has 3. then stops')).toContain('3');
    const t = tokenize('mRNA leaves the nucleus 1. it goes out 2. to the ribosome', true);
    expect(t.map((x) => x.norm)).not.toContain('2');
    expect(t.find((x) => x.norm === 'to')?.sent).toBeGreaterThan(
      t.find((x) => x.norm === 'goes')?.sent ?? 99,
    );
  });
});

describe('round 39: "in and out" is both ways, not in', () => {
  it('does not credit water entering the cell for "water moves in and out equally"', () => {
    expect(earned('osmosis-red-blood-cell', 'Water moves in and out equally by osmosis.')).not.toContain(
      'water-enters',
    );
    expect(
      packVerdict('osmosis-red-blood-cell', 'Water moves in and out equally by osmosis.').flags,
    ).not.toContain('water-leaves');
  });

  it('still credits water moving in', () => {
    expect(earned('osmosis-red-blood-cell', 'Water moves in and the cell swells.')).toContain('water-enters');
  });
});

describe('round 39: an up or down arrow before a gradient is the way along it', () => {
  it('reads "↓ gradient" and "↑ gradient" in note form', () => {
    const v = earned('passive-vs-active', 'passive: no E, ↓ gradient / active: E (ATP), ↑ conc gradient');
    expect(v).toEqual(expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']));
  });

  it('keeps an arrow before anything else as a change', () => {
    expect(norms('↑ Na+ inside')).toEqual(['increases', 'na+', 'inside']);
  });
});

describe('round 39: "get more big" is getting bigger', () => {
  it('credits the swelling', () => {
    expect(
      earned('osmosis-red-blood-cell', 'The cell it will get more big because the water go inside the cell.'),
    ).toContain('swells-bursts');
    expect(
      earned('osmosis-red-blood-cell', 'The water has more solute so it will get more salty.'),
    ).not.toContain('swells-bursts');
  });
});

describe('round 39: a supposition that points back goes on from the sentence before', () => {
  it('credits "If that happened the membrane potential would get less negative" after the student\'s own explanation', () => {
    const answer =
      "If the pump stopped, then sodium would leak in and potassium would leak out and there'd be nothing to pump them back, so the gradients would disappear. If that happened the membrane potential would get less negative.";
    expect(earned('pump-blocked', answer)).toContain('less-negative');
  });

  it('does not after a case set against the facts', () => {
    const answer =
      'If the pump were working, the gradients would stay. If that happened the membrane potential would get less negative.';
    expect(earned('pump-blocked', answer)).not.toContain('less-negative');
  });
});

describe('round 39: a doubt takes back its own statement, not the next one', () => {
  it('credits ", and it needs ATP" after a doubted ratio', () => {
    const answer =
      'The pump kicks sodium out and brings potassium in, I think its 3 sodium for 2 potassium or maybe 2 for 3 I dont remember, and it needs ATP.';
    const v = earned('resting-potential-pump', answer);
    expect(v).toContain('uses-atp');
    expect(v).not.toContain('ratio');
  });

  it('still takes back the rest of the sentence when nothing new starts', () => {
    const answer =
      'The pump moves 3 sodium out for 2 potassium in or maybe 2 for 3, I dont remember which one uses ATP.';
    expect(earned('resting-potential-pump', answer)).not.toContain('ratio');
  });
});

describe('round 39: "…, but it couldn\'t …" is still inside the thought experiment', () => {
  it('credits the reason given in the supposition', () => {
    const answer =
      "If a cell had no ATP, it could still do passive transport because passive transport doesn't need energy, but it couldn't do active transport because active transport needs ATP to pump things.";
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'active-energy']),
    );
  });

  it('still takes back a supposition that a "but" turns against', () => {
    const answer = 'If sodium channels opened, Na+ could flow in, but the toxin keeps them shut.';
    expect(earned('synapse-neurotoxin', answer)).not.toContain('no-sodium-entry');
  });
});

describe('round 39: owning up to a mix-up takes back the sentence before', () => {
  const answer =
    'Depolarization is when Na+ flows into the cell and repolarization is K+ flowing out. Actually wait I think I have them mixed up, depolarization is K+ leaving and repolarization is Na+ coming in.';
  it('credits neither ion from the taken-back sentence and reads the swap that stands', () => {
    const v = packVerdict('depolarization-vs-repolarization', answer);
    expect(v.earned).not.toContain('depol-sodium-in');
    expect(v.earned).not.toContain('repol-potassium-out');
    expect(v.flags).toContain('swaps-phases');
  });

  it('leaves a mix-up mentioned inside a sentence alone', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'Depolarization is when Na+ flows into the cell. I always get these mixed up in class but repolarization is K+ flowing out.',
    );
    expect(v).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });
});

describe('round 39: two outcomes offered ("could either … or …") claim neither', () => {
  it('does not credit the prediction', () => {
    const v = earned(
      'synapse-neurotoxin',
      "It could either not depolarize or depolarize less, depending on how much toxin. ACh can't bind to the receptors.",
    );
    expect(v).not.toContain('prediction');
    expect(v).toContain('no-binding');
  });

  it('still credits a plain prediction', () => {
    expect(
      earned('synapse-neurotoxin', 'It will not depolarize, because ACh cannot bind to the receptors.'),
    ).toContain('prediction');
  });
});

describe('round 39: "less neg" is no return to negative', () => {
  it('does not credit repolarization\'s effect for the depolarization\'s "less neg."', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'Na+ → in (depol), makes Vm more positive / less neg. / K+ → out (repol)',
    );
    expect(v).not.toContain('repol-back-to-rest');
    expect(earned('depolarization-vs-repolarization', 'repol: K+ out, makes inside neg.')).toContain(
      'repol-back-to-rest',
    );
  });
});
