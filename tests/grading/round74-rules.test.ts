import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, packVerdict } from './helpers.js';

/*
 * General rules from round 74, tuned on blind batch BW (issue 7) after it had been graded once,
 * untouched, on the engine of round 73 (96.9% of 1,500 point decisions, two of three targets).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 74', () => {
  it('"with" one word from "gradient" at most: "to the side with more, against the gradient" is not down it', () => {
    const answer =
      'Active transport the cell must spend energy, ATP, to move molecules from the side with less to the side with more, against the gradient.';
    expect(flags('passive-vs-active', answer)).not.toContain('active-down-gradient');
    expect(earned('passive-vs-active', 'Passive transport moves with the concentration gradient.')).toContain(
      'passive-down-gradient',
    );
  });

  it('"— actually no," after a spaced dash takes back the whole clause before the dash', () => {
    const answer =
      'The pump moves 3 K+ out and 2 Na+ in — actually no, never mind, its 3 Na+ out and 2 K+ in.';
    expect(flags('resting-potential-pump', answer)).not.toContain('directions-reversed');
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    // Without the dash only the "and" part before it goes: "3 K+ out" still stands.
    expect(
      flags('resting-potential-pump', 'The pump moves 3 K+ out and 2 Na+ in actually no 3 Na+ out.'),
    ).toContain('directions-reversed');
  });

  it('a particle before its object: "bringing out the sodium"', () => {
    expect(
      earned('resting-potential-pump', 'The pump is bringing out the sodium and bringing in the potassium.'),
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(
      flags('resting-potential-pump', 'The pump is bringing out the potassium and bringing in the sodium.'),
    ).toContain('directions-reversed');
  });

  it('"to where there\'s already lots" in its learner and "in where" forms is against the gradient', () => {
    expect(
      earned(
        'resting-potential-pump',
        'the pump shoves Na+ out into where theres already lots of Na+, and K+ in where theres already lots of K+.',
      ),
    ).toEqual(expect.arrayContaining(['against-gradient', 'potassium-in']));
    expect(
      earned(
        'resting-potential-pump',
        'It need the ATP because the ions is going to the side that already have many of them.',
      ),
    ).toContain('against-gradient');
    expect(earned('resting-potential-pump', 'The ions go to the side that has few of them.')).not.toContain(
      'against-gradient',
    );
  });

  it('"inside to outside" without its "from" is a way out, not "moves inside"', () => {
    const v = packVerdict('depolarization-vs-repolarization', 'Repolarization: K+ moves inside to outside.');
    expect(v.earned).toContain('repol-potassium-out');
    expect(v.flags).not.toContain('potassium-enters-repol');
    expect(
      earned('depolarization-vs-repolarization', 'Repolarization: K+ moves outside to inside.'),
    ).not.toContain('repol-potassium-out');
  });

  it('the pump\'s name is no potassium moving: "the sodium-potassium pump pumps Na+ back out"', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In repolarization the sodium-potassium pump pumps Na+ back out of the cell.',
      ),
    ).not.toContain('repol-potassium-out');
    expect(
      earned('depolarization-vs-repolarization', 'In repolarization potassium is pumped out of the cell.'),
    ).toContain('repol-potassium-out');
  });

  it('a doubt ends at ", and <a noun of its own>": "… or maybe Na+ idk, and voltage goes back down"', () => {
    const answer =
      'repolarization is K+ going out, or maybe Na+ going out idk, and voltage goes back down to -70.';
    const v = earned('depolarization-vs-repolarization', answer);
    expect(v).toContain('repol-back-to-rest');
    expect(v).not.toContain('repol-potassium-out');
  });

  it('"can use a channel protein or not" grants an option; it is no doubt', () => {
    expect(
      earned(
        'passive-vs-active',
        'Active transport needs a protien pump. pasive can use a chanel protien or not.',
      ),
    ).toContain('proteins');
    expect(
      earned(
        'passive-vs-active',
        'Active transport needs a protein pump. Maybe passive uses a channel protein or not.',
      ),
    ).not.toContain('proteins');
  });

  it('two counts joined by "and", or each with its direction, follow the order the ions were named', () => {
    expect(earned('resting-potential-pump', 'ok so na+ goes out n k+ comes in, 3 out 2 in.')).toContain(
      'ratio',
    );
    expect(
      earned('resting-potential-pump', 'The pump take sodium to out and potassium to in, 3 and 2.'),
    ).toContain('ratio');
    expect(earned('resting-potential-pump', 'potassium goes out and sodium in, 3 and 2.')).not.toContain(
      'ratio',
    );
  });

  it('a bracket restating the verb as a denial is read in place: "can\'t sit down (can\'t bind)"', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "The toxin is already sitting in every chair so the ACh skiers can't sit down (can't bind).",
      ),
    ).toContain('no-binding');
    expect(
      earned(
        'synapse-neurotoxin',
        'The toxin is already sitting in every chair so the ACh skiers sit down (bind).',
      ),
    ).not.toContain('no-binding');
  });

  it('note form: "Vm ↓ to rest", "net 1+ lost each cycle", "net -1 inside"', () => {
    expect(earned('depolarization-vs-repolarization', 'Repol: K+ out, Vm ↓ to rest')).toContain(
      'repol-back-to-rest',
    );
    expect(earned('depolarization-vs-repolarization', 'Repol: K+ out, Vm ↑ to +30')).not.toContain(
      'repol-back-to-rest',
    );
    expect(earned('resting-potential-pump', 'net 1+ lost each cycle → inside more neg.')).toContain(
      'net-charge',
    );
    expect(earned('resting-potential-pump', '+3 out, +2 in -> net -1 inside -> inside negative')).toContain(
      'net-charge',
    );
    expect(earned('resting-potential-pump', 'net 2 ATP used each cycle')).not.toContain('net-charge');
  });

  it('"from where theres lots of them to where theres fewer" is down the gradient', () => {
    expect(
      earned(
        'passive-vs-active',
        'passive: they go from where theres lots of them to where theres fewer, no energy',
      ),
    ).toContain('passive-down-gradient');
  });

  it('examples: "Example: passive is O2", glucose entering with sodium; not a bare "passive is glucose"', () => {
    expect(earned('passive-vs-active', 'Example: passive is O2, active is the Na/K pump.')).toContain(
      'examples',
    );
    expect(
      earned('passive-vs-active', 'Ex: osmosis in a plant root; glucose entering cell with sodium.'),
    ).toContain('examples');
    expect(
      earned('passive-vs-active', 'Ex: passive is glucose, active is sodium potassium pump.'),
    ).not.toContain('examples');
  });

  it('a leak with no pump, in note form with "chnls", is not restored', () => {
    expect(earned('pump-blocked', 'Na+ in, K+ out via leak chnls, no pump -> grads gone')).toContain(
      'leak-not-restored',
    );
    expect(earned('pump-blocked', 'without the pump, K+ cant leave the cell anymore')).not.toContain(
      'leak-not-restored',
    );
  });

  it('a crowd placed on one side and then moving ("the Na+ people outside rush in") crosses to the other', () => {
    expect(
      earned('depolarization-vs-repolarization', 'In depolarization all the Na+ people outside rush in.'),
    ).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In repolarization the potassium people who were packed inside run out.',
      ),
    ).toContain('repol-potassium-out');
    // A place and then a move elsewhere: "K+ moves outside and Na+ rushes in" says nothing of K+ entering.
    expect(
      packVerdict('depolarization-vs-repolarization', 'In repolarization K+ moves outside and Na+ rushes in.')
        .flags,
    ).not.toContain('potassium-enters-repol');
  });

  it('a tonicity defined ("Hypotonic means less solute") is named, not said of the water', () => {
    expect(
      earned('osmosis-red-blood-cell', 'Hypotonic means less solute, hypertonic means more solute.'),
    ).not.toContain('hypotonic');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'The distilled water is hypotonic. Hypotonic means less solute than the cell.',
      ),
    ).toContain('hypotonic');
  });
});
