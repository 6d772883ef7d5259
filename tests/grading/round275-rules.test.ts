import { describe, expect, it } from 'vitest';
import { packEarned } from './helpers.js';

/*
 * Round 275 (Dec 2026), from pack batch FR (tuned on FR from here): a run-on that ends "i dont
 * remember why it needs energy" had taken back every statement before it. Not knowing why
 * something else holds owns up to a missing reason; it withdraws nothing said before it.
 */
describe('round 275: "not sure why <another topic>" leaves the statement before it', () => {
  it('keeps what was said before a doubt about another reason', () => {
    const a =
      'it pumps 3 sodium out and 2 potassium in which makes the inside more negative because its losing more positive than it gains i dont remember why it needs energy';
    expect(packEarned('resting-potential-pump', a)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio', 'net-charge']),
    );
    expect(
      packEarned(
        'resting-potential-pump',
        'it pumps 3 sodium out and 2 potassium in, i dont know why it needs energy',
      ),
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
  });

  it('still takes back a claim whose own reason is doubted, or one left with a bare "why"', () => {
    expect(
      packEarned('resting-potential-pump', 'it pumps 3 sodium out and 2 potassium in i dont know why'),
    ).toEqual([]);
    expect(
      packEarned(
        'resting-potential-pump',
        "So the inside is negative because more positive charge leaves... actually I'm not sure why it's negative",
      ),
    ).not.toContain('net-charge');
  });
});
