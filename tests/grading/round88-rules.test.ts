import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Round 88: readings from batch CK (the last untouched batch of round 87, now stored) and batch CL
 * (first touched this round, before any of these). Each moved decisions towards their writers and
 * none against. Each rule has the answer it must now read as its writer did and a near miss it must
 * still refuse.
 */
describe('round 88', () => {
  it('"ACh shows up at the postsynaptic cell but can\'t bind": a short place between ACh and the denial', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "ACh shows up at the postsynaptic cell but can't bind, so the line stops.",
      ),
    ).toContain('no-binding');
    expect(
      earned(
        'synapse-neurotoxin',
        "the ACh just floats around in the cleft and can't attach to the receptors.",
      ),
    ).toContain('no-binding');
    // The toxin doing the binding is not ACh failing to bind.
    expect(
      earned('synapse-neurotoxin', 'ACh is released into the cleft and the toxin binds to the receptor.'),
    ).not.toContain('no-binding');
  });

  it('a lone "+" before a charge noun is "positive" ("losing + charge", "one + charge short")', () => {
    expect(
      earned(
        'resting-potential-pump',
        'Since all the tourists are positive (+) and 3 get off but only 2 get on, the inside keeps losing + charge and stays negative.',
      ),
    ).toContain('net-charge');
    expect(
      earned(
        'resting-potential-pump',
        'The pump trades 3 sodium for 2 potassium each round. Because both are + ions, the cell comes out one + charge short every round, so the inside is left negative.',
      ),
    ).toContain('net-charge');
    expect(
      earned('resting-potential-pump', 'The pump trades 3 sodium for 2 potassium each round.'),
    ).not.toContain('net-charge');
  });

  it('"the extra sodium leaving is why the inside is more negative" earns the net charge', () => {
    expect(
      earned(
        'resting-potential-pump',
        'its 3 Na+ out and 2 K+ in, the extra sodium leaving is why the inside is more negative. It uses ATP.',
      ),
    ).toContain('net-charge');
    expect(earned('resting-potential-pump', 'its 3 Na+ out and 2 K+ in. It uses ATP.')).not.toContain(
      'net-charge',
    );
  });

  it('"3Na+ in->out, 2K+ out->in" is a movement from one side to the other, not sodium moving in', () => {
    const answer = '3Na+ in->out, 2K+ out->in\nATP -> ADP + Pi powers it';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(flags('resting-potential-pump', answer)).not.toContain('directions-reversed');
    // The reverse written the same way is still the reverse.
    const reversed = '3Na+ out->in, 2K+ in->out\nATP powers it';
    expect(earned('resting-potential-pump', reversed)).not.toContain('sodium-out');
    expect(flags('resting-potential-pump', reversed)).toContain('directions-reversed');
    // A leak told with the same arrow is no claim about the pump.
    expect(
      flags(
        'resting-potential-pump',
        'Na+ naturally leaks outside -> inside, so the pump sends 3 Na+ out and 2 K+ in.',
      ),
    ).not.toContain('directions-reversed');
  });

  it('"pushing them where theres already a ton of them" is against the gradient', () => {
    expect(
      earned(
        'resting-potential-pump',
        'Na+ goes out K+ comes in. needs ATP bc ur pushing them where theres already a ton of them.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'The pump is lifting Na+ and K+ up to the side where theres already more of them so it takes ATP.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        "Na+ has to be lifted out of the cell where there's more Na+ already, and K+ lifted into the cell where there's already more K+.",
      ),
    ).toContain('against-gradient');
    // One ion only is not both.
    expect(
      earned(
        'resting-potential-pump',
        "Na+ is pushed out of the cell where there's already more Na+. K+ comes in.",
      ),
    ).not.toContain('against-gradient');
  });

  it('"Cell wall is absent in animal cells" is the missing wall, not a wall given to the cell', () => {
    const answer =
      'Water will diffuse into the cell (osmosis) since pure water is hypotonic. Cell wall is absent in animal cells.';
    expect(earned('osmosis-red-blood-cell', answer)).toContain('no-wall');
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('has-cell-wall');
    expect(
      flags('osmosis-red-blood-cell', 'The cell wall pushes back so the cell does not burst.'),
    ).toContain('has-cell-wall');
  });

  it('an English learner\'s "Na+ inside more and more" and "inside and outside almost same" run the gradients down', () => {
    expect(
      earned(
        'pump-blocked',
        'The pump is stop so Na+ no go out and K+ no come in. Long time the Na+ inside more and more.',
      ),
    ).toContain('gradients-run-down');
    expect(
      earned(
        'pump-blocked',
        'Na+ leak in, K+ leak out, but no one push back. So after many hour inside and outside almost same.',
      ),
    ).toContain('gradients-run-down');
    // The same charge on both sides is the potential, not the gradients.
    expect(earned('pump-blocked', 'After a while inside and outside have the same charge.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('"ACh can\'t grab onto it", "the ACh ship cant tie up to the receptor" are ACh failing to bind', () => {
    expect(
      earned('synapse-neurotoxin', "The toxin is like a log wedged in the latch so ACh can't grab onto it."),
    ).toContain('no-binding');
    expect(earned('synapse-neurotoxin', 'the ACh ship cant tie up to the receptor.')).toContain('no-binding');
    // Tied up in traffic is not a denial of binding.
    expect(earned('synapse-neurotoxin', 'ACh ties up to the receptor and opens it.')).not.toContain(
      'no-binding',
    );
  });

  it('"from an area where there is a lot of them to an area where there is less" is down the gradient', () => {
    expect(
      earned(
        'passive-vs-active',
        'Passive transport does not need energy, the molecules move from an area where there is a lot of them to an area where there is less of them.',
      ),
    ).toContain('passive-down-gradient');
    expect(
      earned(
        'passive-vs-active',
        'Passive transport does not need energy, the molecules move from an area where there is less of them to an area where there is a lot.',
      ),
    ).not.toContain('passive-down-gradient');
  });

  it('"Not all passive transport needs proteins but active transport does need pump proteins" earns proteins', () => {
    expect(
      earned(
        'passive-vs-active',
        'Not all passive transport needs proteins but active transport does need pump proteins.',
      ),
    ).toContain('proteins');
    expect(earned('passive-vs-active', 'Active transport does need pump proteins.')).not.toContain(
      'proteins',
    );
  });

  it('a "Part | Normal | With toxin" table compares its two columns row by row; the normal column is no prediction', () => {
    const answer = [
      'Part | Normal | With toxin',
      "ACh binding | binds to receptor | blocked, can't bind",
      'Channel | opens | stays closed',
      'Na+ | flows in | no Na+ flows in',
      'Membrane | depolarizes | stays at resting potential',
      'Action potential | yes if threshold reached | no, threshold not reached',
    ].join('\n');
    expect(flags('synapse-neurotoxin', answer)).not.toContain('predicts-depolarization');
    expect(earned('synapse-neurotoxin', answer)).toEqual(
      expect.arrayContaining([
        'prediction',
        'no-binding',
        'channel-closed',
        'no-sodium-entry',
        'no-action-potential',
      ]),
    );
    // Three headings that are fields of one row ("Ion | Direction | How many") stay one statement per row.
    const fields = 'Ion | Direction | How many\nNa+ | out | 3\nK+ | in | 2';
    expect(earned('resting-potential-pump', fields)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
  });

  it('"the pump only fixes the concentrations after" sets the pump apart from the two phases', () => {
    const answer =
      'sodium goes into the cell and that makes the inside positive which is depolarization and then potassium goes out and that makes the inside negative again which is repolarization and theyre alike because both times its just diffusion through channels and no ATP is used the pump only fixes the concentrations after';
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('pump-repolarizes');
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('depol-uses-atp');
    expect(earned('depolarization-vs-repolarization', answer)).toContain('both-passive');
    expect(
      flags(
        'depolarization-vs-repolarization',
        'In repolarization the pump moves potassium back out so the inside is negative again.',
      ),
    ).toContain('pump-repolarizes');
  });

  it('after a denial, "and stays at resting potential" is a statement of its own', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'the postsynaptic cell doesnt get the message and stays at resting potential',
      ),
    ).toContain('prediction');
    expect(
      earned('synapse-neurotoxin', 'the postsynaptic cell doesnt stay at resting potential'),
    ).not.toContain('prediction');
  });

  it('batch CM readings: "binding of ACh … is prevented", "without ACh it rest closed", "become very weak", "wind down"', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'Binding of acetylcholine to the receptor is prevented by the neurotoxin.',
      ),
    ).toContain('no-binding');
    expect(
      earned('synapse-neurotoxin', 'Binding of acetylcholine to the receptor opens the channel.'),
    ).not.toContain('no-binding');
    expect(
      earned('synapse-neurotoxin', 'The receptor is a canal ligand-dependant, without ACh it rest closed.'),
    ).toContain('channel-closed');
    expect(
      earned('pump-blocked', 'After some hours the gradients of concentration become very weak.'),
    ).toContain('gradients-run-down');
    expect(earned('pump-blocked', 'so the Na+ and K+ gradients slowly wind down.')).toContain(
      'gradients-run-down',
    );
    expect(earned('pump-blocked', 'The gradients stay very strong.')).not.toContain('gradients-run-down');
    expect(
      earned(
        'passive-vs-active',
        'In passive transport the molecules go from the side where they are more concentrated to the side where they are less concentrated.',
      ),
    ).toContain('passive-down-gradient');
  });

  it('a note-form row of one-word fields ("Depol / Na+ / in / +ve") is one statement', () => {
    const answer =
      'Depol / Na+ / in / +ve. Repol / K+ / out / -ve again. Same / both facilitated diffusion / no ATP';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    // Two values under a heading stay apart: "none" denies nothing of the ATP after it.
    expect(
      earned('passive-vs-active', 'Energy: none / ATP. Gradient: down (high->low) / up (low->high)'),
    ).toContain('active-energy');
  });

  it('dropped g\'s read as the -ing word ("more + leavin than comin in")', () => {
    expect(
      earned(
        'resting-potential-pump',
        'na+ goes out k+ comes in. more + leavin than comin in so inside = neg',
      ),
    ).toContain('net-charge');
    expect(
      earned('resting-potential-pump', 'na+ goes out k+ comes in. more + comin in than leavin'),
    ).not.toContain('net-charge');
  });

  it('"Before the pump was take them back but now no", after a leak, is the leak not undone', () => {
    const answer =
      'The Na+ and K+ they are leaking all the time in the channel. Before the pump was take them back but now no.';
    expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    // The pump's old work alone, with nothing now undone, is not the point.
    expect(earned('pump-blocked', 'Before the pump was take them back.')).not.toContain('leak-not-restored');
  });
});
