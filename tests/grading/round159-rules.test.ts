import { describe, expect, it } from 'vitest';
import { earns, plain } from './helpers.js';

/*
 * Round 159 (Dec 2026): a label's reading said twice is never the one its clause may do without.
 * Found on set 1 of the teacher-written questions, whose own example ("naming the receptor type is
 * not saying the G protein is activated") the engine had failed since round 157 merged "activated"
 * and "activates" into one item.
 */
describe('round 159: a reading the label says twice must be in the answer', () => {
  const r = plain('The activated receptor activates a G protein');

  it('"a G protein-coupled receptor" names the receptor, it does not activate anything', () => {
    expect(earns(r, 'Epinephrine binds a G protein-coupled receptor in the membrane.')).toBe(false);
    expect(earns(r, 'The receptor passes the signal to the G protein.')).toBe(false);
  });

  it('the statement itself, in other words, still earns', () => {
    expect(earns(r, 'The receptor activates a G protein.')).toBe(true);
    expect(earns(r, 'Once the receptor is bound it turns on the G protein.')).toBe(true);
  });

  it('a reading said once may still be the one left out, as before', () => {
    // Contrast: with "activates" said once, the statement of four items may do without it.
    const once = plain('The receptor activates a G protein');
    expect(earns(once, 'The receptor binds the G protein.')).toBe(true);
    expect(earns(r, 'The receptor binds the G protein.')).toBe(false);
  });
});
