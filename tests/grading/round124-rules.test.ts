import { describe, expect, it } from 'vitest';
import { packEarned as earned, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 124: rules from blind batch EB (graded once on arrival, on 450ad1b, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 124: reader', () => {
  it('"I think X but maybe Y??" doubts X too: "but maybe" offers another answer to the same question', () => {
    const answer =
      'I think the resting potential would get less negative but maybe it just stays the same since the channels still work?? not sure.';
    expect(earned(pump, answer)).not.toContain('less-negative');
    // A "but" that goes on to another item before its doubt leaves the first statement standing.
    const ratio =
      'i think the pump moves sodium out and potassium in but im not 100% sure on the ratio maybe 2 to 3??';
    expect(earned(rpp, ratio)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
  });
});

describe('round 124: analogies', () => {
  it('"Think of the receptor like a grain elevator chute" declares the comparison as "the receptor is a chute" does', () => {
    const answer =
      'Think of the receptor like a grain elevator chute. Normally ACh opens the chute and Na+ pours in like grain. With the toxin the chute is jammed shut so no Na+ pours in.';
    expect(earned(syn, answer)).toContain('channel-closed');
    // Without the comparison set up, a chute is only a chute.
    expect(earned(syn, 'With the toxin the grain chute is jammed shut so no Na+ pours in.')).not.toContain(
      'channel-closed',
    );
  });
});

describe('round 124: rubrics', () => {
  it('depolarization vs repolarization: "both ions go where there is less of them"; grain that "falls down on its own"', () => {
    expect(
      earned(
        dvr,
        'They are the same because both ions go where there is less of them, through little doors.',
      ),
    ).toContain('both-passive');
    expect(
      earned(
        pva,
        'Active transport: molecules are moved from where there are fewer of them to where there are more.',
      ),
    ).not.toContain('passive-down-gradient');
    const chute =
      'Its like the grain elevator chute, when they open the gate the grain just falls down on its own. Repolarization: K+ pours out.';
    expect(earned(dvr, chute)).not.toContain('repol-back-to-rest');
    expect(earned(dvr, 'Repolarization: K+ pours out and the potential falls back down to -70.')).toContain(
      'repol-back-to-rest',
    );
  });

  it('osmosis: "endosmosis" is water moving in', () => {
    expect(earned(osm, 'hypotonic soln -> endosmosis -> hemolysis')).toContain('water-enters');
    expect(earned(osm, 'hypertonic soln -> exosmosis -> crenation')).not.toContain('water-enters');
  });

  it('passive vs active: "that takes power from the cell"', () => {
    expect(
      earned(
        pva,
        'Active transport is like the leg lifting grain back up to the top, that takes power from the cell.',
      ),
    ).toContain('active-energy');
    expect(earned(pva, 'Active transport uses ATP to power a pump.')).toContain('active-energy');
    expect(earned(pva, 'Active transport lifts grain up to the top with its own power.')).not.toContain(
      'active-energy',
    );
  });

  it('pump blocked: "the leak channels don\'t stop leaking"; ions that slide down "and stay there since no pump"', () => {
    expect(
      earned(pump, "The pump can't send Na+ out or bring K+ in, and the leak channels don't stop leaking."),
    ).toContain('leak-not-restored');
    expect(
      earned(pump, 'Na+ and K+ slide down their gradients thru leak channels and stay there since no pump.'),
    ).toContain('leak-not-restored');
    // A potential that goes up and stays there is no leak left unrestored.
    expect(
      earned(pump, 'The sodium goes in and the potential goes to +40 mV and stays there.'),
    ).not.toContain('leak-not-restored');
  });

  it('resting pump: "the pump has to shove it back out" after a long reason', () => {
    const answer =
      "Sodium wants to come into the cell because there's less of it inside, so the pump has to shove it back out into the crowded side.";
    expect(earned(rpp, answer)).toContain('sodium-out');
    expect(earned(rpp, 'Potassium wants to leave, so the pump has to shove it back in.')).not.toContain(
      'sodium-out',
    );
  });

  it('synapse: the toxin binding "instead of ACh and opening the channels" keeps no channel closed', () => {
    const answer =
      'The membrane potential would become more positive because the toxin is binding to the receptor instead of ACh and opening the channels.';
    expect(earned(syn, answer)).not.toContain('channel-closed');
    expect(
      earned(syn, 'The toxin sits on the receptor instead of ACh, so the channel does not open.'),
    ).toContain('channel-closed');
  });
});
