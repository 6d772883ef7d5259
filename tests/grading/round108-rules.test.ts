import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

const dvr = 'depolarization-vs-repolarization';

/*
 * Rounds 108–109: rubric and engine rules from blind batch DI (graded once, untouched, on 0181268,
 * then a first touch), blind batch DJ's first touch, and a false flag that recurred across stored
 * batches. Each rule has the answer it must now read as a teacher would and a near miss it must
 * still refuse.
 */
describe('round 108', () => {
  it('K⁺ carried in by the pump is not "K⁺ enters during repolarization" unless it is said of repolarization', () => {
    // The neighbouring resting-potential question, answered instead: right, and no phase named.
    const rest =
      'The resting membrane potential is -70mV. It is maintained by the sodium potassium pump which moves 3 Na+ out and 2 K+ in using ATP.';
    expect(flags(dvr, rest)).not.toContain('potassium-enters-repol');
    expect(flags(dvr, 'The sodium-potassium pump moves 3 Na+ out and 2 K+ in using ATP.')).not.toContain(
      'potassium-enters-repol',
    );
    // Said of repolarization, with or without the pump, it is the misconception.
    expect(
      flags(dvr, 'Repolarization: the sodium-potassium pump pumps Na+ back out and K+ back in.'),
    ).toContain('potassium-enters-repol');
    expect(flags(dvr, 'Repolarization: K+ comes back into the cell.')).toContain('potassium-enters-repol');
    // With no pump in the sentence, K⁺ going in is still the misconception, whatever the phase.
    expect(flags(dvr, 'K+ goes into the cell and the inside gets negative again.')).toContain(
      'potassium-enters-repol',
    );
  });

  it('"pumps Na+ back out and K+ in" does not earn "K⁺ flows out"', () => {
    const answer =
      'Repolarization: the sodium potassium pump pumps Na+ back out and K+ back in, which restores -70 mV.';
    expect(earned(dvr, answer)).not.toContain('repol-potassium-out');
    expect(earned(dvr, 'Repolarization: the pump sends Na+ back out and K+ stays inside.')).not.toContain(
      'repol-potassium-out',
    );
    // The near miss: K⁺'s own leaving, named before the ion, still earns.
    expect(earned(dvr, 'Repolarization: the exit of K+ makes the inside negative.')).toContain(
      'repol-potassium-out',
    );
  });

  it('"repol" is repolarization in note form, so "repol: Na/K pump pumps K+ back in" credits the pump', () => {
    expect(flags(dvr, 'depol: Na+ in, + inside. repol: Na/K pump pumps K+ back in, back to -70.')).toContain(
      'pump-repolarizes',
    );
    expect(flags(dvr, 'depol: Na+ in, + inside. repol: K+ out thru channels, back to -70.')).not.toContain(
      'pump-repolarizes',
    );
  });

  it('"both use the sodium-potassium pump" says both phases are active transport', () => {
    expect(flags(dvr, 'They are alike because they both use the sodium potassium pump.')).toContain(
      'both-use-atp',
    );
    expect(
      flags(dvr, "They're alike because both phases are caused by the sodium-potassium pump."),
    ).toContain('both-use-atp');
    // Both passive, with the pump set apart, is the right likeness.
    expect(
      flags(dvr, 'Both are passive diffusion through channels; neither uses the sodium potassium pump.'),
    ).not.toContain('both-use-atp');
  });

  it('"That would be active." after a sentence names what that sentence described', () => {
    const pva = 'passive-vs-active';
    const answer =
      'That would be passive (facilitated diffusion through a carrier protein). If the cell wanted even more glucose than it already had inside, it would have to spend energy (ATP) to pull it in against the gradient, from low to high. That would be active.';
    expect(earned(pva, answer)).toEqual(expect.arrayContaining(['active-energy', 'active-against-gradient']));
    // Without the sentence pointing back, the heading carried from the sentence before stands.
    const carried =
      'That would be passive (facilitated diffusion through a carrier protein). If the cell wanted even more glucose than it already had inside, it would have to spend energy (ATP) to pull it in against the gradient, from low to high.';
    expect(earned(pva, carried)).not.toContain('active-energy');
    // "Thats depolarization then repolarization." names a sequence, not one label.
    expect(
      earned(dvr, 'Sodium comes in first then potassium goes out. Thats depolarization then repolarization.'),
    ).toContain('repol-potassium-out');
  });

  it('"If the cell wanted more glucose, …" is a generic case like "if it wanted to …"; "if passive transport needed energy" is not', () => {
    const pva = 'passive-vs-active';
    expect(
      earned(
        pva,
        'If the cell wanted more glucose, it would have to spend ATP to pull it in against the gradient.',
      ),
    ).toContain('active-energy');
    expect(
      earned(
        pva,
        'If passive transport needed energy, it would have to spend ATP to move things against the gradient.',
      ),
    ).not.toContain('active-energy');
  });

  it('a subject named in one supposed case is no heading for the next case', () => {
    const pva = 'passive-vs-active';
    const answer =
      "If a cell needed to get glucose in when there was already more glucose inside than outside, it would have to use active transport, which costs ATP. If there was more glucose outside, it could just let it in through a carrier protein with no energy spent, since that's down the gradient.";
    expect(earned(pva, answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']),
    );
    // A plain statement after the supposition still carries its heading.
    expect(
      earned(
        pva,
        'If a cell needed to get glucose in, it would have to use active transport. It lets it in through a carrier protein with no energy spent.',
      ),
    ).not.toContain('passive-no-energy');
  });

  it('"idk which" ending its clause looks back at the choice in its clause only', () => {
    expect(earned(dvr, 'depol - either Na+ or K+ goes in idk which, inside gets more positive')).toContain(
      'depol-less-negative',
    );
    // The choice itself is taken back.
    expect(earned(dvr, 'depol - sodium goes in or out idk which, inside gets more positive')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"the potential is up", "it goes negative", "negative compared to the outside again"', () => {
    expect(earned(dvr, 'Depolarization: the Na+ enter in the cell, the potential is up.')).toContain(
      'depol-less-negative',
    );
    expect(earned(dvr, 'Repolarization: the K+ finally leaves so it goes negative.')).toContain(
      'repol-back-to-rest',
    );
    expect(
      earned(
        dvr,
        'Repolarization: K+ exits, and the inside is negative compared to the outside again like at rest.',
      ),
    ).toContain('repol-back-to-rest');
    // The outside going negative is not the inside.
    expect(earned(dvr, 'Repolarization: K+ exits and the outside goes negative.')).not.toContain(
      'repol-back-to-rest',
    );
  });

  it('"I\'m not sure if it bursts" after a plain statement doubts only whether it bursts', () => {
    const osm = 'osmosis-red-blood-cell';
    expect(earned(osm, "The cell will get bigger, I'm not sure if it bursts though.")).toContain(
      'swells-bursts',
    );
    // After a hedge or a "but", or doubting the answer itself, it takes the statement back.
    expect(earned(osm, "The cell might get bigger, I'm not sure if it bursts though.")).not.toContain(
      'swells-bursts',
    );
    expect(earned(osm, "The cell will get bigger, I'm not sure if this is right.")).not.toContain(
      'swells-bursts',
    );
  });

  it('"about the same" is "the same", as "about 0 mV" is "0 mV"', () => {
    expect(
      earned('pump-blocked', 'So Na and K will end up about the same inside and outside the cell.'),
    ).toContain('gradients-run-down');
    expect(
      earned('pump-blocked', 'After hours the Na+ concentration inside and outside gets almost equal.'),
    ).toContain('gradients-run-down');
  });

  it('note-form "ACh … -> no binding"; "the sodium ions that would normally rush in … just stay outside"', () => {
    const syn = 'synapse-neurotoxin';
    expect(earned(syn, 'ACh/receptor blocked -> no binding / no Na+ influx / no EPSP')).toContain(
      'no-binding',
    );
    expect(earned(syn, 'receptor blocked -> no binding')).not.toContain('no-binding');
    expect(
      earned(
        syn,
        'The sodium ions that would normally rush in and make the inside more positive just stay outside.',
      ),
    ).toContain('no-sodium-entry');
    expect(earned(syn, 'The sodium ions that would normally stay outside rush in.')).not.toContain(
      'no-sodium-entry',
    );
  });

  it('"if you tested it after several hours" is the prediction, not a case against the facts', () => {
    const pump = 'pump-blocked';
    expect(earned(pump, "So if you tested it after several hours it wouldn't be able to fire.")).toContain(
      'cannot-fire',
    );
    expect(earned(pump, "If the pump still worked it wouldn't be able to fire.")).not.toContain(
      'cannot-fire',
    );
  });

  it('"Cell more big." is the cell swelling', () => {
    expect(earned('osmosis-red-blood-cell', 'The water go in the cell. Cell more big.')).toContain(
      'swells-bursts',
    );
    expect(earned('osmosis-red-blood-cell', 'The water go in the cell. Cell more small.')).not.toContain(
      'swells-bursts',
    );
  });
});

/*
 * Round 109: rules from blind batch DK's first touch (graded once on 6d1d211).
 */
describe('round 109', () => {
  it('a denied stopping asserts what it would have stopped: "Nothing can stop the water from coming in"', () => {
    const osm = 'osmosis-red-blood-cell';
    expect(earned(osm, 'Nothing can stop the water from coming into the cell.')).toContain('water-enters');
    expect(earned(osm, "The RBC doesn't have a cell wall, so it can't stop water from coming in.")).toContain(
      'water-enters',
    );
    // A stopping not denied still negates.
    expect(earned(osm, 'The cell wall stops the water from coming into the cell.')).not.toContain(
      'water-enters',
    );
  });

  it('a spaced slash between an ion and its direction joins them: "Depol: Na+ / inward"', () => {
    expect(earned(dvr, 'Depol: Na+ / inward\nRepol: K+ / outward / back to resting -70mV')).toContain(
      'depol-sodium-in',
    );
    // Between a number of fields with no ion before the slash, the fields stay apart.
    expect(earned(dvr, 'Depol: channels open / inward')).not.toContain('depol-sodium-in');
  });

  it('a slash-table heading may end with a colon: "passive/active:"', () => {
    const table =
      'passive/active:\nenergy: none/ATP\ngradient: down (hi->lo)/up (lo->hi)\nproteins: channels or carriers or none/carrier pumps required';
    expect(earned('passive-vs-active', table)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient', 'active-energy']),
    );
    // Without the heading, the "ATP" cell is said of neither kind.
    expect(
      earned('passive-vs-active', 'energy: none/ATP\ngradient: down (hi->lo)/up (lo->hi)'),
    ).not.toContain('active-energy');
  });

  it('"Inside is negative back." but not "from negative back to positive"', () => {
    expect(earned(dvr, 'Repolarization, K+ go out the cell. Inside is negative back.')).toContain(
      'repol-back-to-rest',
    );
    expect(earned(dvr, 'Repolarization is when it goes from negative back to positive.')).not.toContain(
      'repol-back-to-rest',
    );
  });

  it('a question after "but" doubts what follows the "but", not the opening "i think" statement', () => {
    const rpp = 'resting-potential-pump';
    const answer =
      'i think the pump moves sodium out and potassium in but im not 100% sure on the ratio maybe 2 to 3??';
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(earned(rpp, answer)).not.toContain('ratio');
    // A doubt that is already in the "but" clause doubts from its first doubt word.
    expect(
      earned(
        rpp,
        "I'm not totally sure but I think sodium might go out and potassium might go in? Or maybe its the reverse.",
      ),
    ).not.toContain('sodium-out');
  });

  it('note form across a full stop: "3 Na out the cell. 2 K in the cell."', () => {
    const rpp = 'resting-potential-pump';
    expect(earned(rpp, 'Pump take 3 Na out the cell. 2 K in the cell. ATP give energy.')).toContain(
      'potassium-in',
    );
    // Alone, "2 K in the cell" says where the potassium is.
    expect(earned(rpp, '2 K in the cell.')).not.toContain('potassium-in');
  });

  it('"the cell doesn\'t get the sodium" is no sodium entry', () => {
    const syn = 'synapse-neurotoxin';
    expect(earned(syn, "The toxin blocks the receptor, so the cell doesn't get the sodium.")).toContain(
      'no-sodium-entry',
    );
    expect(earned(syn, 'The toxin blocks the receptor, but the cell still gets the sodium.')).not.toContain(
      'no-sodium-entry',
    );
  });

  it('after a doubt, ", not 100% sure, then it …" goes on to a new step the doubt does not take back', () => {
    expect(
      earned(
        dvr,
        'Repolarization is maybe potassium going out or maybe chloride coming in, not 100% sure, then it gets negative again.',
      ),
    ).toContain('repol-back-to-rest');
    // Without "then" and a subject of its own, the doubt runs on.
    expect(
      earned(
        dvr,
        'Repolarization is maybe potassium going out or maybe chloride coming in, not 100% sure, gets negative again.',
      ),
    ).not.toContain('repol-back-to-rest');
  });
});

/*
 * Round 110: rules from blind batch DL's first touch (graded once on 448c8fe).
 */
describe('round 110', () => {
  it('a table row "Na+ gradient | big | almost none" is the gradient gone; "Na+ movement | … | none" no entry', () => {
    const table =
      '| | Start | After hours |\n| Na+ gradient | big | almost none |\n| K+ gradient | big | almost none |';
    expect(earned('pump-blocked', table)).toContain('gradients-run-down');
    expect(earned('pump-blocked', '| | Start | After hours |\n| Na+ gradient | big | big |')).not.toContain(
      'gradients-run-down',
    );
    const syn =
      'Step | Normal | With neurotoxin\nNa+ channel | opens | stays closed\nNa+ movement | flows in | none';
    expect(earned('synapse-neurotoxin', syn)).toContain('no-sodium-entry');
  });

  it('"with out energy" written apart is "without energy"', () => {
    expect(
      earned('passive-vs-active', 'Passive transport is when the molecules move with out energy.'),
    ).toContain('passive-no-energy');
    expect(
      earned('passive-vs-active', 'Passive transport is when the molecules move with energy.'),
    ).not.toContain('passive-no-energy');
  });

  it('"from where theres a lot of them to where theres not a lot" is down the gradient', () => {
    const pva = 'passive-vs-active';
    expect(
      earned(pva, 'Passive: they go from where theres a lot of them to where theres not a lot.'),
    ).toContain('passive-down-gradient');
    expect(
      earned(pva, 'Passive: they go from where theres not a lot of them to where theres a lot.'),
    ).not.toContain('passive-down-gradient');
  });

  it('a doubt closing a bracket takes back the bracket, not what follows it', () => {
    expect(
      earned(
        dvr,
        'Depolarization: everybody crowds in (sodium or potassium, idk) so the inside gets more positive.',
      ),
    ).toContain('depol-less-negative');
    expect(
      earned(
        dvr,
        'Depolarization: everybody crowds in, sodium or potassium idk, so the inside gets more positive.',
      ),
    ).not.toContain('depol-less-negative');
  });

  it('a comparison declared with a relative clause after its side: "ACh is the key the city uses to open the gate"', () => {
    const syn = 'synapse-neurotoxin';
    expect(
      earned(
        syn,
        "ACh is the key the city uses to open the gate. The toxin jams the lock so the key won't fit.",
      ),
    ).toContain('no-binding');
    // "the inside (of) the cell." still names the cell: the court is the cell.
    expect(
      earned(
        'resting-potential-pump',
        'The court is the inside of the cell. Coach pulls 3 Na+ players off the court and only sends 2 K+ players in, so the court has less positive players than before.',
      ),
    ).toContain('net-charge');
  });

  it('"take glucose in with help of sodium" is an example of active transport', () => {
    const pva = 'passive-vs-active';
    const answer =
      'Passive transport is going without energy, from high concentration to low. Example is oxygen go in the cell. Active transport need energy from ATP. Example is when cell in the intestine take glucose in with help of sodium.';
    expect(earned(pva, answer)).toContain('examples');
    expect(earned(pva, answer.replace(' with help of sodium', ''))).not.toContain('examples');
  });
});
