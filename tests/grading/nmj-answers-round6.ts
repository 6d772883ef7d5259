/**
 * Round 6 of `nmj-depolarization` answers: a fourth blind robustness batch, written and labelled
 * before reading the rubric, the lexicon or the earlier batches, as a class set a teacher would mark:
 * mostly ordinary one-to-four-sentence answers, a few long ones and a few note-form ones. Labels are a
 * teacher's marks for `cause` (Na⁺ / positive ions / cations move INTO the muscle cell) and `effect`
 * (the muscle cell's membrane or inside becomes less negative / more positive / depolarizes). K⁺,
 * Ca²⁺ or Cl⁻ entering is not `cause`; sodium entering the motor neuron is neither point; a purely
 * hypothetical ("if sodium were to enter ...") or negated statement earns nothing; "reaches
 * threshold" counts as `effect`. "The pump moves sodium in" is wrong about the mechanism but still
 * says sodium enters the cell, so it earns `cause` (as in the earlier batches).
 *
 * Before any rubric change for this round (rubric at d7668cb), the grader agreed with these labels on
 * `cause` for 74/80 (92.5%) and on `effect` for 78/80 (97.5%); over all 492 answers, 481 (97.8%)
 * and 488 (99.2%). The misses: a contrary-to-fact "If sodium were to enter the muscle cell, the cell
 * would depolarize" (both points), "The motor neuron depolarizes when sodium rushes into it" and
 * "The neuron's membrane becomes more positive when sodium comes in" (sodium entering the neuron,
 * read as the muscle), "Na+ in, membrane depolarizes" (note form with the membrane named), "lets
 * positively charged ions like sodium into the muscle cell" (an example between the ions and
 * "into") and "the pump pumps sodium into the cell" ("pump" was not a verb of entering). After the
 * fixes: 80/80 and 80/80; over all 492, 487 (99.0%) and 490 (99.6%).
 */
import type { LabelledAnswer } from './nmj-answers.js';

const a = (text: string, cause: boolean, effect: boolean): LabelledAnswer => ({ text, cause, effect });

export const nmjRound6: readonly LabelledAnswer[] = [
  a(
    'When ACh binds to its receptor, the receptor opens as a channel and sodium ions flow into the muscle cell. This makes the inside of the muscle cell less negative, so the membrane depolarizes.',
    true,
    true,
  ),
  a(
    'ACh binding opens ligand-gated ion channels, letting Na+ rush into the muscle fiber. The membrane potential becomes more positive.',
    true,
    true,
  ),
  a(
    'The acetylcholine binds and causes sodium channels to open. Sodium diffuses into the cell down its concentration gradient and the muscle cell depolarizes.',
    true,
    true,
  ),
  a('Acetylcholine binding opens channels so that Na+ can enter the muscle cell.', true, false),
  a('The binding of ACh causes the muscle cell membrane to depolarize.', false, true),
  a(
    'Na+ floods into the muscle cell, making the membrane potential go from -70 mV to a more positive value.',
    true,
    true,
  ),
  a(
    'The ACh receptor is a ligand gated channel. When ACh binds, the channel opens and positive ions come into the muscle cell, which raises the membrane potential.',
    true,
    true,
  ),
  a(
    'When ACh binds, sodium ions leave the muscle cell, and the membrane potential becomes more negative.',
    false,
    false,
  ),
  a(
    'ACh binding causes potassium to enter the muscle cell, which makes the cell hyperpolarize.',
    false,
    false,
  ),
  a(
    'ACh binding opens chloride channels and Cl- enters the muscle cell, making the inside more negative so the muscle cannot contract.',
    false,
    false,
  ),
  a(
    'Binding of ACh opens the channel and sodium moves into the muscle cell. This makes the inside more negative.',
    true,
    false,
  ),
  a(
    'ACh binds to the receptor and potassium ions rush into the cell, causing the membrane to become less negative.',
    false,
    true,
  ),
  a('The acetylcholine enters the muscle cell and causes it to contract.', false, false),
  a(
    'ACh binds to the receptor which activates the sodium-potassium pump, which pumps sodium into the cell.',
    true,
    false,
  ),
  a('The sodium potassium pump moves sodium in and the cell becomes more positive inside.', true, true),
  a('The motor neuron depolarizes when sodium rushes into it, and this releases ACh.', false, false),
  a(
    'Once ACh binds, ion channels open and Na+ ions diffuse into the muscle cell. This influx of positive charge depolarizes the membrane, and if it reaches threshold an action potential fires along the muscle fiber.',
    true,
    true,
  ),
  a('sodium influx, depolarization', true, true),
  a('Na+ in, membrane depolarizes', true, true),
  a('It lets NA+ into the cell and the cell becomes less negative.', true, true),
  a(
    'The receptor is a channel and when ACh binds it opens, allowing Na^+ to flow into the muscle cell. This makes the membrane potential less negative (depolarization).',
    true,
    true,
  ),
  a('ACh binding allows cations to move into the muscle cell, which depolarizes it.', true, true),
  a('ACh makes the outside of the cell become more positive.', false, false),
  a('The membrane potential becomes more negative because ACh binds.', false, false),
  a('If sodium were to enter the muscle cell, the cell would depolarize.', false, false),
  a('ACh does not let sodium into the cell; it just signals the muscle to contract.', false, false),
  a(
    'When acetylcholine binds to the receptors on the muscle cell, the channels open and sodium ions rush in. Because sodium is positive, the inside of the cell becomes more positive and the cell depolarizes. This can lead to an action potential and muscle contraction.',
    true,
    true,
  ),
  a(
    "ACh binding changes the receptor shape and the muscle cell's membrane potential increases, becoming less negative.",
    false,
    true,
  ),
  a('The binding opens Na channels and Na goes inside the muscle, so the charge goes up.', true, true),
  a(
    'Sodium pours into the muscle cell when ACh binds, which causes the inside to become positive.',
    true,
    true,
  ),
  a(
    'ACh binds, Na+ channels open, Na+ flows in, and the membrane potential gets closer to zero.',
    true,
    true,
  ),
  a(
    'After ACh binds, positive sodium ions enter the sarcolemma and the muscle cell depolarizes, reversing the polarity of the membrane.',
    true,
    true,
  ),
  a('Calcium enters the muscle cell when ACh binds, which makes it contract.', false, false),
  a(
    'The binding of ACh causes calcium ions to flow into the muscle cell, which depolarizes it.',
    false,
    true,
  ),
  a(
    'ACh binds and sodium ions move out of the muscle cell, so the inside becomes less positive.',
    false,
    false,
  ),
  a('The muscle cell becomes hyperpolarized because potassium leaves the cell.', false, false),
  a(
    'Binding of ACh to the nicotinic receptor opens it so Na+ moves in. The resting potential of about -70 mV becomes less negative and can reach threshold.',
    true,
    true,
  ),
  a('Sodium channels open and sodium enters the muscle cell.', true, false),
  a('The membrane potential goes up and the cell depolarizes.', false, true),
  a('The ACh binds and it changes the membrane potential of the muscle cell.', false, false),
  a(
    'The acetylcholine acts as a ligand. It binds to the ligand-gated sodium channel and causes it to open. Na+ then moves into the muscle cell by facilitated diffusion because there is more sodium outside than inside. The increase in positive charge inside the cell depolarizes the membrane, and when threshold is reached voltage-gated channels open and an action potential spreads across the muscle cell, leading to calcium release from the sarcoplasmic reticulum and contraction.',
    true,
    true,
  ),
  a(
    'Acetylcholine binding causes sodium to leave and potassium to enter, which makes the membrane more negative.',
    false,
    false,
  ),
  a('Sodium enters the cell and potassium leaves the cell, which repolarizes the membrane.', true, false),
  a(
    "The neuron's membrane becomes more positive when sodium comes in, so it releases ACh to the muscle.",
    false,
    false,
  ),
  a(
    'ACh causes ion channels to open and sodium ions get in, so the voltage inside the muscle rises.',
    true,
    true,
  ),
  a('Na+ influx into the muscle cell depolarizes the sarcolemma.', true, true),
  a("ACh would open channels and maybe let some ions through, but I'm not sure which.", false, false),
  a(
    'ACh binds its receptor and opens a channel that lets positively charged ions like sodium into the muscle cell. The membrane potential becomes less negative.',
    true,
    true,
  ),
  a('The sodium ions go into the synaptic cleft and the membrane becomes more negative.', false, false),
  a('The inside of the muscle cell becomes negative since positive ions leave.', false, false),
  a('Positive ions rush in and the inside of the cell becomes more positive than before.', true, true),
  a('ACh binds which causes sodium to flow into the muscle cell, hyperpolarizing it.', true, false),
  a('ACh binding causes the cell to reach threshold and fire an action potential.', false, true),
  a(
    'The ACh receptor opens and sodium leaks into the muscle cell, and the membrane depolarizes.',
    true,
    true,
  ),
  a(
    'ACh opens potassium channels, and potassium flows out, which makes the membrane potential more negative.',
    false,
    false,
  ),
  a(
    'When ACh binds to the receptor, the channel opens and Na+ ions move into the cell. The cell becomes depolarized.',
    true,
    true,
  ),
  a(
    'The binding of acetylcholine causes an influx of sodium, which makes the membrane potential more positive.',
    true,
    true,
  ),
  a('It does not make the membrane more positive; ACh just tells the muscle to relax.', false, false),
  a('Na+ diffuses into the muscle cell and the membrane potential increases.', true, true),
  a('ACh makes the inside of the cell negative and the outside positive.', false, false),
  a('ACh opens the sodium gates and sodium comes in. This depolarizes the muscle.', true, true),
  a("ACh is broken down by acetylcholinesterase so the membrane potential doesn't change.", false, false),
  a(
    'Sodium ions enter the muscle cell through the opened ACh-gated channels, so the cell becomes less polarized.',
    true,
    true,
  ),
  a(
    'ACh binding causes Na+ to go into the muscle cell. The inside of the muscle cell becomes more positive, causing depolarization which leads to an action potential.',
    true,
    true,
  ),
  a(
    'The ACh binds and opens the channels, so sodium moves into the cell and the charge inside becomes more positive.',
    true,
    true,
  ),
  a('The muscle cell depolarizes because potassium flows in.', false, true),
  a('Depolarization happens because sodium flows into the muscle cell after ACh binds.', true, true),
  a('Sodium flows into the motor neuron, which makes the neuron more positive.', false, false),
  a(
    'Ligand-gated Na+ channels open, Na+ enters, and the membrane potential becomes less negative, moving toward threshold.',
    true,
    true,
  ),
  a(
    'ACh binds to the receptor and the sodium-potassium pump pumps 3 Na+ out and 2 K+ in, making the cell more negative.',
    false,
    false,
  ),
  a(
    "When the ACh binds, the receptor's channel lets sodium in. This causes the muscle cell's membrane to depolarize and become positive.",
    true,
    true,
  ),
  a(
    'The muscle cell is at resting potential. ACh binds and the cell stays at resting potential until calcium is released.',
    false,
    false,
  ),
  a(
    'The binding of ACh opens a channel in the muscle cell membrane which allows sodium to rush into the cell, causing depolarization of the muscle cell membrane. The membrane potential becomes more positive than the resting potential.',
    true,
    true,
  ),
  a('Na+ moves into the muscle cell, and this causes it to depolarize and reach threshold.', true, true),
  a('Sodium moves out and potassium moves in, causing the membrane to depolarize.', false, true),
  a(
    'Sodium ions flow inward across the muscle membrane and the muscle cell becomes depolarized.',
    true,
    true,
  ),
  a('ACh opens the channels, so sodium ions enter and the membrane potential rises.', true, true),
  a(
    'The acetylcholine opens up channels on the muscle cell and Na+ ions go in, which makes the membrane potential less negative.',
    true,
    true,
  ),
  a(
    'ACh causes the muscle cell to become more negative on the inside, like hyperpolarization.',
    false,
    false,
  ),
  a(
    'Sodium comes into the muscle, making the muscle cell more positive on the inside and depolarizing it.',
    true,
    true,
  ),
];
