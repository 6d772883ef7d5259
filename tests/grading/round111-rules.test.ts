import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flagsOf } from './helpers.js';

const osm = 'osmosis-red-blood-cell';
const pva = 'passive-vs-active';
const pump = 'pump-blocked';
const syn = 'synapse-neurotoxin';
const dvr = 'depolarization-vs-repolarization';

/*
 * Rounds 111–112: rubric and engine rules from blind batch DM (graded once, untouched, on ef1a99e, then a
 * first touch) and the first touches of blind batches DN (round 111) and DO (round 112). Each rule has
 * the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 111', () => {
  it('a doubt that goes on with "but maybe" after a plain statement takes back only what it offers', () => {
    const answer =
      "active goes against it low to high and i'm not 100% sure but maybe it uses energy from the protein itself not ATP?";
    expect(earned(pva, answer)).toContain('active-against-gradient');
    expect(earned(pva, answer)).not.toContain('active-energy');
    // Opening its sentence, the same doubt still leaves nothing claimed before it.
    expect(
      earned(pva, "i'm not sure but maybe active uses energy and goes against the gradient"),
    ).not.toContain('active-energy');
  });

  it('"X but im not sure if Y (or not)" doubts Y, not X', () => {
    const answer = 'active goes against the gradient but im not sure if it needs energy or not.';
    expect(earned(pva, answer)).toContain('active-against-gradient');
    expect(earned(pva, answer)).not.toContain('active-energy');
    expect(earned(pva, 'active goes against the gradient, im not sure if it needs energy or not.')).toContain(
      'active-against-gradient',
    );
    // A claim closed by "or not" is still withdrawn, and so is a hedged claim before the "but".
    expect(earned(pva, 'active goes against the gradient or not.')).not.toContain('active-against-gradient');
    expect(
      earned(pva, 'active might go against the gradient but im not sure if it needs energy'),
    ).not.toContain('active-against-gradient');
  });

  it('"… or not" that closes a doubted question leaves the earlier claim (synapse)', () => {
    const answer =
      'I think the membrane potential might stay the same. The ACh cant bind so... not sure if the channels close or not.';
    expect(earned(syn, answer)).toContain('no-binding');
    expect(earned(syn, answer)).not.toContain('channel-closed');
  });

  it('water into a cell with an adjective before "cell" is water entering', () => {
    expect(earned(osm, 'Water moves from the distilled water into the crowded cell by osmosis.')).toContain(
      'water-enters',
    );
    expect(earned(osm, 'Salt moves from the distilled water into the crowded cell.')).not.toContain(
      'water-enters',
    );
  });

  it('"the cell wall is not there" is no cell wall', () => {
    expect(earned(osm, 'Cell wall is not there in animal cell so it can burst (lysis).')).toContain(
      'no-wall',
    );
    expect(earned(osm, 'The cell wall is there in plant cells so they do not burst.')).not.toContain(
      'no-wall',
    );
  });

  it('the water having less dissolved in it than the cell is hypotonic, across bracketed glosses', () => {
    const answer =
      'The river (distilled water) has more water and less stuff dissolved in it than the town (the cell), so water pushes in.';
    expect(earned(osm, answer)).toContain('hypotonic');
    expect(earned(osm, 'water leaves because the cell has less solute than the water')).not.toContain(
      'hypotonic',
    );
  });

  it('gradients that level off, a concentration the same on both sides, no real difference left: run down', () => {
    expect(
      earned(pump, 'The ions keep leaking and nothing moves them back, so the gradients level off.'),
    ).toContain('gradients-run-down');
    expect(earned(pump, 'Concentration same both side after many hours.')).toContain('gradients-run-down');
    expect(
      earned(pump, 'after a few hours theres not really a difference between inside and outside anymore'),
    ).toContain('gradients-run-down');
    expect(earned(pump, 'The concentration on both sides stays very different.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('a leak that runs until the sides are even, or is never loaded back, is not restored', () => {
    expect(earned(pump, 'pump = off so Na+ n K+ jus leak til theyre even.')).toContain('leak-not-restored');
    expect(
      earned(
        pump,
        'Grain keeps spilling out (Na+ in, K+ out through leak channels) and never gets loaded back.',
      ),
    ).toContain('leak-not-restored');
    expect(
      earned(
        pump,
        'If ouabain stops the workers, cattle just keep wandering down the chute and nobody brings them back.',
      ),
    ).toContain('leak-not-restored');
    // Diffusing until equal the wrong way is not the leak a teacher credits; nor is sodium just coming in.
    expect(earned(pump, 'the neuron will fire nonstop because sodium keeps coming in')).not.toContain(
      'leak-not-restored',
    );
  });

  it('note form "(depol): −70 mV → +30 mV" is the inside becoming less negative; the way back is not', () => {
    const answer = 'Na+ → in (depol): −70 mV → +30 mV. K+ → out (repol): +30 → −70 mV.';
    expect(earned(dvr, answer)).toContain('depol-less-negative');
    expect(earned(dvr, 'Depolarization: Na+ flows in. Repolarization: +30 mV → −70 mV.')).not.toContain(
      'depol-less-negative',
    );
  });

  it('"it won\'t be able to bind" two sentences after the ACh is named is ACh not binding', () => {
    const answer =
      "The acetylcholine will diffuse across the synaptic cleft like normal. However, when it gets to the postsynaptic neuron it won't be able to bind because the neurotoxin is already sitting on the receptors.";
    expect(earned(syn, answer)).toContain('no-binding');
    expect(
      earned(syn, 'The acetylcholine will diffuse across the synaptic cleft like normal and bind.'),
    ).not.toContain('no-binding');
  });

  it('a bracketed gloss that opens with "the" stands for the comparison word before it', () => {
    const glossed =
      'Ouabain makes the attendant go home but the gates are still open a crack (the leak channels), so people keep slipping through the wrong way and no one makes them go back.';
    expect(earned(pump, glossed)).toContain('leak-not-restored');
    expect(earned(pump, glossed.replace(' (the leak channels)', ''))).not.toContain('leak-not-restored');
  });
});

describe('round 112', () => {
  it('a sodium-channel example with Na⁺ going out is refused, with words between the verb and the channels', () => {
    const out =
      'Ex passive: Na+ diffusing out of the neuron through sodium channels. Ex active: Na+/K+ pump.';
    expect(flagsOf(pva, out)).toContain('channel-example-reversed');
    expect(earned(pva, out)).not.toContain('examples');
    // Leaking in through the same channels is the right way round.
    const inward =
      'Example: the Na+/K+ pump (active) would quit, but Na+ would still leak into the cell through sodium channels (passive).';
    expect(flagsOf(pva, inward)).not.toContain('channel-example-reversed');
    expect(earned(pva, inward)).toContain('examples');
  });

  it('an osmosis example described backwards is refused; described rightly it counts', () => {
    const hypo =
      'Example of passive: osmosis — when a cell is put in a hypotonic solution water leaves the cell and it shrivels. Example of active: Na+/K+ pump.';
    expect(flagsOf(pva, hypo)).toContain('osmosis-example-reversed');
    expect(earned(pva, hypo)).not.toContain('examples');
    const hyper =
      'An example is osmosis: if you put a red blood cell in a hypertonic solution water rushes in and the cell bursts. Active transport uses energy, for example the sodium potassium pump.';
    expect(flagsOf(pva, hyper)).toContain('osmosis-example-reversed');
    const right =
      'Example of passive: osmosis, a cell in a hypotonic solution gains water and swells; in a hypertonic solution it shrinks. Active: the Na+/K+ pump.';
    expect(flagsOf(pva, right)).not.toContain('osmosis-example-reversed');
    expect(earned(pva, right)).toContain('examples');
  });
});

const rpp = 'resting-potential-pump';

describe('round 112, continued', () => {
  it('a two-column table whose first row says something is "label | value" lines, not a heading', () => {
    const table = [
      'Resting potential | starts -70 mV -> slowly goes up to ~0 mV (less negative)',
      'Na+ gradient | gets smaller, Na leaks in',
      'K+ gradient | gets smaller, K leaks out',
      'Action potentials | fewer and smaller then none',
      'Why | pump cant put the ions back',
    ].join('\n');
    expect(earned(pump, table)).toEqual(
      expect.arrayContaining(['gradients-run-down', 'less-negative', 'cannot-fire', 'leak-not-restored']),
    );
    // A real heading still puts each cell under its column: the passive row's "no" is not active's.
    const compared = ['| Passive | Active', 'energy | no ATP | ATP'].join('\n');
    expect(earned(pva, compared)).toEqual(expect.arrayContaining(['passive-no-energy', 'active-energy']));
  });

  it('"no I mean" corrects without denying what follows', () => {
    expect(earned(rpp, 'The ratio is 2:3? no I mean 3 Na for every 2 K.')).toContain('ratio');
    expect(earned(rpp, 'There is no ratio, it moves 3 Na for every 2 K.')).toContain('ratio');
  });

  it('a gate that "stays down" (a parking-ramp arm standing for the channel) is the channel staying closed', () => {
    const ramp =
      'neurotoxin = someone parked in front of the ticket machine. ACh (the car w/ the ticket) cant get to the recepter to scan so the gate (channel) stays down.';
    expect(earned(syn, ramp)).toContain('channel-closed');
    expect(earned(syn, 'ACh binds so the gate (channel) does not stay down, it opens.')).not.toContain(
      'channel-closed',
    );
  });

  it('pump blocked: "won\'t be able to keep its gradients", "ruins the gradient", "not negative like before", "leaks add up"', () => {
    expect(
      earned(pump, "The neuron won't be able to keep its gradients because the pump can't work."),
    ).toContain('gradients-run-down');
    expect(earned(pump, 'each action potential ruins the gradient more and its never reset')).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'The neuron will be able to keep its gradients.')).not.toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'gradient finish. cell not negative like before.')).toContain('less-negative');
    expect(
      earned(pump, 'Since ouabain stops it, those leaks add up and the gradients get smaller.'),
    ).toContain('leak-not-restored');
  });

  it('osmosis: "it is hypertonic inside" names the cell the hypertonic side', () => {
    expect(
      earned(osm, 'water rushes in to the cell because it is hypertonic inside. so it swells'),
    ).toContain('hypotonic');
    expect(earned(osm, 'water leaves the cell because it is hypertonic outside')).not.toContain('hypotonic');
  });
});

describe('round 113', () => {
  it('"moves sodium out potassium in" with nothing between the two is K⁺ pumped in', () => {
    expect(
      earned(rpp, 'sodium potassium pump moves sodium out potassium in its active transport so it needs atp'),
    ).toContain('potassium-in');
    expect(earned(rpp, 'sodium potassium pump moves sodium in potassium out')).not.toContain('potassium-in');
  });

  it('"the water have no salt and the cell have salt" compares the two sides', () => {
    expect(earned(osm, 'because the water have no salt and the cell have salt.')).toContain('hypotonic');
    expect(earned(osm, 'because the cell have no salt and the water have salt.')).not.toContain('hypotonic');
  });
});
