import { describe, expect, it } from 'vitest';
import { packEarned as earned, frq } from './helpers.js';

const { dvr, osm, pva, rpp, syn } = frq;

/*
 * Round 128: rules from blind batch EF (graded once on arrival, on a02eb0e, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 128: reader', () => {
  it('a bare ", I think?" tag doubts the clause before it', () => {
    expect(earned(dvr, 'Depolarization: Na+ goes in, I think? or maybe out, not sure.')).not.toContain(
      'depol-sodium-in',
    );
    // An "I think" that opens an item of its own leaves the item before it standing.
    expect(earned(dvr, 'Depolarization: Na+ goes in, and I think K+ goes out? not sure.')).toContain(
      'depol-sodium-in',
    );
  });

  it('"Could be hypotonic." offers a guess, not a claim', () => {
    expect(earned(osm, 'Water goes into the cell. Could be hypotonic.')).not.toContain('hypotonic');
    expect(earned(osm, 'Water goes into the cell. It could be because the water is hypotonic.')).toContain(
      'hypotonic',
    );
  });

  it('a supposed case that names its kind of transport after "by" is an example', () => {
    const answer =
      "If a molecule was more concentrated outside the cell than inside, it would just diffuse in by passive transport and the cell wouldn't have to spend any energy.";
    expect(earned(pva, answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']),
    );
    // "by osmosis" names how water moves, not the kind the case is: the supposition stays set apart.
    expect(
      earned(
        osm,
        'If the water was salty the cell would shrink, but since its distilled the water would go in by osmosis.',
      ),
    ).toContain('water-enters');
    expect(
      earned(pva, 'If passive transport used ATP it would move molecules by active pumping and cost energy.'),
    ).not.toContain('passive-no-energy');
  });
});

describe('round 128: rubrics', () => {
  it('osmosis: a wall named only in a supposed plant cell, "but a red blood cell doesn\'t have one"; water that "pass to the cell"', () => {
    const wall =
      "If this was a plant cell the cell wall would stop it from popping, but a red blood cell doesn't have one so it will lyse.";
    expect(earned(osm, wall)).toContain('no-wall');
    expect(
      earned(osm, 'If it were a plant cell it would be fine, but a red blood cell does have one.'),
    ).not.toContain('no-wall');
    expect(earned(osm, 'The water is hypotonic. The water pass to the cell.')).toContain('water-enters');
    expect(earned(osm, 'The water pass to the cell wall.')).not.toContain('water-enters');
  });

  it('passive vs active: taking in "a molecule that was already more concentrated inside" is against the gradient', () => {
    expect(
      earned(
        pva,
        'Active transport: the cell takes in a molecule that was already more concentrated inside, using ATP.',
      ),
    ).toContain('active-against-gradient');
    expect(
      earned(
        pva,
        'Active transport: the cell takes in a molecule that was more concentrated outside, using ATP.',
      ),
    ).not.toContain('active-against-gradient');
  });

  it('resting pump: each ion pushed to where "theres already a ton" of it, or to "the side that\'s already crowded with" it', () => {
    const ton =
      'The pump pushes sodium out of the cell where theres already a ton of sodium, and potassium gets pushed in even tho theres already way more potassium inside.';
    expect(earned(rpp, ton)).toContain('against-gradient');
    const side =
      "The pump shoves 3 people (Na+) out to the side that's already crowded with Na+ and lets 2 people (K+) in to the side that's already packed with K+.";
    expect(earned(rpp, side)).toContain('against-gradient');
    // One ion only is not both.
    expect(earned(rpp, "The pump shoves Na+ out to the side that's already crowded with Na+.")).not.toContain(
      'against-gradient',
    );
  });

  it('synapse: "the door of sodium is not opening", an auger that "never turns on", "no Na+ ion inside the cell"', () => {
    expect(earned(syn, 'ACh cannot join receptor. The door of sodium is not opening.')).toContain(
      'channel-closed',
    );
    expect(earned(syn, 'ACh cannot join receptor. The door of sodium is opening.')).not.toContain(
      'channel-closed',
    );
    expect(earned(syn, 'So the auger (the channel) never turns on.')).toContain('channel-closed');
    expect(earned(syn, 'Acetylcholine can not bind. So no Na+ ion inside the cell.')).toContain(
      'no-sodium-entry',
    );
    expect(earned(syn, 'At rest there is no Na+ ion inside the presynaptic cell.')).not.toContain(
      'no-sodium-entry',
    );
  });
});
