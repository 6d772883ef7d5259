import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned, packVerdict } from './helpers.js';

const norms = (s: string) => tokenize(s, true).map((t) => t.norm);

/*
 * General rules from round 43, tuned on blind batch AP (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 43: struck-through and crossed-out words are taken back', () => {
  it('skips ~~Markdown strikethrough~~, as Discord shows it', () => {
    expect(norms('Na+ moves ~~out of~~ into the axon')).toEqual(['na+', 'moves', 'into', 'the', 'axon']);
    const v = packVerdict(
      'synapse-neurotoxin',
      'The postsynaptic membrane will ~~hyperpolarize~~ stay at resting potential and not depolarize.',
    );
    expect(v.flags).not.toContain('hyperpolarizes');
    expect(v.earned).toContain('prediction');
  });

  it('skips a typed-up "[crossed out: …]"', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'The water is [crossed out: hypertonic] hypotonic to the cell so water rushes into the cell by osmosis and the cell will [crossed out: shrink] swell and lyse.',
    );
    expect(v.flags).toEqual([]);
    expect(v.earned).toEqual(expect.arrayContaining(['hypotonic', 'water-enters', 'swells-bursts']));
  });

  it('keeps a lone "~", an unclosed "~~" and other brackets', () => {
    expect(norms('it is ~ 70 and ~~ not struck ~~ here')).toEqual([
      'it',
      'is',
      '70',
      'and',
      'not',
      'struck',
      'here',
    ]);
    expect(norms('moves ~~out of the cell')).toEqual(['moves', 'out', 'of', 'the', 'cell']);
    expect(norms('[Na+] inside rises')).toContain('na+');
  });
});

describe('round 43: "for a few seconds" is the start, not the prediction', () => {
  it('does not flag "nothing would happen" said of the first seconds', () => {
    const v = packVerdict(
      'pump-blocked',
      'If the pump was only blocked for a few seconds nothing would really happen, because the gradients are big. But after several hours, Na+ leaking in and K+ leaking out would never be pumped back, so the gradients run down.',
    );
    expect(v.flags).not.toContain('no-effect');
  });

  it('still flags "nothing would happen" as the prediction', () => {
    expect(packVerdict('pump-blocked', 'Nothing will happen to the resting potential.').flags).toContain(
      'no-effect',
    );
  });
});

describe('round 43: small readings', () => {
  it('reads "it won\'t be as negative as before" as less negative', () => {
    expect(earned('pump-blocked', "The resting potential won't be as negative as before.")).toContain(
      'less-negative',
    );
    expect(earned('pump-blocked', 'The resting potential will be as negative as before.')).not.toContain(
      'less-negative',
    );
  });

  it('reads "against both gradients" after the two ions', () => {
    expect(
      earned('resting-potential-pump', 'Pumps 3 Na+ out, 2 K+ in against both gradients, using ATP.'),
    ).toContain('against-gradient');
    expect(earned('resting-potential-pump', 'Pumps 3 Na+ out, 2 K+ in against its gradient.')).not.toContain(
      'against-gradient',
    );
  });

  it('reads "it cannot join with the receptor" and "the cell is going to grow"', () => {
    expect(
      earned('synapse-neurotoxin', 'because the acetylcholine it cannot join with the receptor.'),
    ).toContain('no-binding');
    expect(
      earned('osmosis-red-blood-cell', 'The cell is going to grow because water is going in.'),
    ).toContain('swells-bursts');
  });

  it('goes on with a clause after ", into the cell"', () => {
    expect(
      earned('osmosis-red-blood-cell', 'Water goes to the higher concentration, into the cell.'),
    ).toContain('water-enters');
    const t = tokenize('the potential climbs, inside charge is positive', true);
    expect(t.find((x) => x.norm === 'inside')?.clause).not.toBe(t[0]?.clause);
  });
});
