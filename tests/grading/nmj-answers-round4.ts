/**
 * Round 4 of `nmj-depolarization` answers: a second blind robustness batch, written and labelled
 * before reading the rubric, the lexicon or the earlier batches. Labels are a teacher's marks for
 * `cause` (Na⁺ / positive ions / cations move INTO the muscle cell) and `effect` (the muscle cell's
 * membrane or inside becomes less negative / more positive / depolarizes). K⁺ or Ca²⁺ entering is
 * not `cause`; sodium entering the neuron rather than the muscle is neither; the pump moving sodium
 * out is not `cause`; "positive ions rush in" is `cause`; an EPSP or end-plate potential is a
 * depolarization.
 *
 * Before any rubric change for this round (rubric at 8864412), the grader agreed with these labels on
 * `cause` for 73/80 (91.3%) and on `effect` for 75/80 (93.8%); over all 332 answers, 321 (96.7%)
 * and 325 (97.9%). The misses were sodium entering the motor neuron or the neuron depolarizing read
 * as the muscle's, arrow notes ("Na+ in → inside less negative"), "the charge goes up", a resting
 * potential "of -70 mV goes to +30 mV" with no "from", "an EPSP", and "the inside of the cell
 * positive". After the fixes: 79/80 (98.8%) and 80/80 (100%); over all 332, 328 (98.8%) and 331
 * (99.7%). The miss left is an engine limit: a counterfactual ("Na+ would enter the cell if the
 * channel opened, but ACh actually closes it") reads as a plain statement.
 */
import type { LabelledAnswer } from './nmj-answers.js';

const a = (text: string, cause: boolean, effect: boolean): LabelledAnswer => ({ text, cause, effect });

export const nmjRound4: readonly LabelledAnswer[] = [
  // ── Strong, textbook ─────────────────────────────────────────────────────
  a(
    'When ACh binds to the receptor on the muscle cell, it opens ligand-gated ion channels. Na+ ions flow into the muscle cell, which makes the inside of the cell less negative and depolarizes the membrane.',
    true,
    true,
  ),
  a('ACh binds and the channel opens so sodium rushes in. This depolarizes the sarcolemma.', true, true),
  a(
    'When ACh binds, there is an influx of Na+ through the nicotinic receptor, generating an end-plate potential (EPSP) that depolarizes the muscle membrane.',
    true,
    true,
  ),
  a(
    'ACh binds to receptor which opens the channel. Positive ions rush in. The membrane potential becomes less negative.',
    true,
    true,
  ),
  a(
    'Binding of ACh opens the ion channel, Na+ enters the muscle fiber. The voltage increases from -70 mV toward threshold.',
    true,
    true,
  ),
  a('The charge inside the muscle cell goes up because sodium ions come in.', true, true),
  a(
    'The membrane potential does not become more negative, it becomes less negative because Na+ diffuses in.',
    true,
    true,
  ),
  a(
    '- ACh binds to nicotinic receptors\n- ligand gated channels open\n- Na+ influx\n- depolarization of the muscle cell',
    true,
    true,
  ),
  a(
    'The acetylcholine opens up the gates and lets positive charged ions in to the muscle cell which makes it depolarize.',
    true,
    true,
  ),
  a(
    'binding causes cations like Na+ to move into the cell across the sarcolemma, depolarizing it',
    true,
    true,
  ),
  a('ACh binds → Na+ channels open → Na+ in → inside less negative', true, true),
  a("The muscle cell's membrane potential goes from -70mV to about -50mV as sodium ions enter.", true, true),
  a('Na+ rushes into the cell making the inside of the cell positive and the outside negative', true, true),
  a(
    'the ligand ACh binds to the receptor protein which is a channel, this makes it open and sodium moves in down its concentration gradient and electrochemical gradient and then the membrane potential goes up which is depolarization and if it reaches threshold there is an action potential',
    true,
    true,
  ),
  a(
    'Acetylcholine causes the muscle cell to lose its negative charge because positive sodium ions flow inward.',
    true,
    true,
  ),
  a('The membrane becomes less polarized because Na+ comes in.', true, true),
  a(
    'Acetylcholine binding opens channels so that Na+ can flow into the muscle. The muscle cell then depolarizes, which leads to contraction.',
    true,
    true,
  ),
  a(
    'The ACh makes the muscle cell more permeable to sodium, so Na+ diffuses inward and the interior of the cell becomes less negative.',
    true,
    true,
  ),
  a(
    'ACh binds to its receptor which causes the channel to let sodium ions flow in, this increases the membrane potential',
    true,
    true,
  ),
  a(
    'The binding changes the shape of the receptor, opening a pore. Cations (mostly Na+) enter the muscle cell, depolarizing the postsynaptic membrane (end-plate potential).',
    true,
    true,
  ),
  a(
    'ACh causes Na+ channels to open and Na+ to diffuse into the cell. This makes the membrane potential more positive.',
    true,
    true,
  ),
  a(
    'Acetylcholine binds and the membrane becomes depolarized because sodium flows into the muscle cell from the extracellular fluid.',
    true,
    true,
  ),
  a(
    'ACh binding lets positive ions flow in, so the voltage across the membrane rises toward zero.',
    true,
    true,
  ),
  a(
    'The sodium ions that were outside move into the cytoplasm of the muscle cell, and the cell depolarizes.',
    true,
    true,
  ),
  a(
    'When ACh attaches, Na+ comes in and K+ goes out but more Na+ comes in so the net charge inside rises, depolarizing the cell.',
    true,
    true,
  ),
  a('ACh allows influx of Na+. Membrane potential less negative.', true, true),
  a(
    'The acetylcholine opens the sodium gates so sodium can come into the cell and make it less negative',
    true,
    true,
  ),
  a(
    'Binding opens ligand-gated ion channels and Na+ moves into the muscle cell, reducing the potential difference across the membrane (depolarization).',
    true,
    true,
  ),
  a(
    'ACh binds to the receptors and positive ions come into the cell which causes the inside to become more positive than the outside.',
    true,
    true,
  ),
  a('The ACh binds so the sodium can get into the muscle which makes the charge go up.', true, true),
  a('Sodium ion influx into the sarcolemma depolarizes it.', true, true),
  a(
    "ACh binds and the muscle cell's resting potential of -70 mV goes to +30 mV as sodium enters.",
    true,
    true,
  ),
  a(
    'The receptor is a channel. When ACh binds the channel opens and lets Na+ in. So the cell is depolarized.',
    true,
    true,
  ),
  a(
    "ACh binding causes Na+ to flow into the muscle cell which makes the muscle cell's membrane potential less negative, reaching threshold and firing an action potential along the T-tubules",
    true,
    true,
  ),
  a(
    'Positively charged sodium ions diffuse into the muscle and the membrane potential increases',
    true,
    true,
  ),

  // ── ESL phrasing ─────────────────────────────────────────────────────────
  a(
    'ACh bind to receptor, then channel is open, the Na+ is go inside the muscle cell, so inside become more positive than before.',
    true,
    true,
  ),
  a(
    'the acetylcholine bind at the receptor, and it open the sodium channel. Sodium ion come in the cell. The cell membrane potential become positive.',
    true,
    true,
  ),
  a('It makes the outside less positive and inside more positive because Na+ come inside.', true, true),

  // ── Half right ───────────────────────────────────────────────────────────
  a('Binding of ACh opens channels that let K+ into the cell, making the inside more positive.', false, true),
  a('the ACh goes into the muscle cell and makes it positive', false, true),
  a(
    'Sodium flows out of the muscle cell and potassium flows in, so the inside becomes more positive.',
    false,
    true,
  ),
  a(
    'When acetylcholine binds it makes the membrane potential more negative (hyperpolarization) since Na+ enter',
    true,
    false,
  ),
  a('It gets depolarized.', false, true),
  a('Calcium ions enter the muscle cell, making the inside more positive and depolarizing it.', false, true),
  a('Sodium ions enter. The muscle cell becomes more negative inside.', true, false),
  a('Binding of acetylcholine causes an EPSP in the muscle fiber.', false, true),
  a('Potassium ions enter the muscle cell which makes it depolarize.', false, true),
  a(
    'ACh enters the muscle cell through the receptor and that makes the membrane potential go more positive.',
    false,
    true,
  ),
  a('The inside of the muscle cell becomes less negative.', false, true),
  a('Sodium enters the muscle cell.', true, false),
  a(
    'Na+ flows into the muscle cell. The membrane potential does not become less negative; it becomes more negative.',
    true,
    false,
  ),
  a('the cell gets more positive on the inside', false, true),
  a('Sodium rushes out and potassium rushes in and the muscle cell becomes depolarized', false, true),

  // ── Wrong direction, wrong ion, wrong cell ───────────────────────────────
  a(
    'The acetylcholine causes sodium to leave the muscle cell, so the membrane becomes more negative.',
    false,
    false,
  ),
  a('ACh binding opens Cl- channels; chloride enters and the cell becomes hyperpolarized.', false, false),
  a('it causes the muscle to contract because calcium is released', false, false),
  a(
    'The sodium-potassium pump moves 3 Na+ out and 2 K+ in, which is how the membrane potential changes after ACh binds.',
    false,
    false,
  ),
  a(
    'ACh makes sodium come into the neuron which causes the action potential to travel down the axon.',
    false,
    false,
  ),
  a('Na+ does not enter the cell; instead K+ leaves, making it more negative.', false, false),
  a(
    "If ACh was blocked by a drug, no sodium would enter the muscle cell and it wouldn't depolarize.",
    false,
    false,
  ),
  a('ACh binding causes the outside of the cell to become more positive.', false, false),
  a('ACh binds and causes an action potential in the muscle.', false, false),
  a('ACh causes the muscle cell to become repolarized as potassium leaves.', false, false),
  a(
    'ACh activates the sodium-potassium pump which pumps Na+ out of the cell, making the membrane potential more negative.',
    false,
    false,
  ),
  a(
    'The binding of ACh allows Na+ to enter the motor neuron terminal, which depolarizes the neuron.',
    false,
    false,
  ),
  a(
    'ACh opens channels in the muscle cell membrane. This allows ions to move across. This changes the membrane potential.',
    false,
    false,
  ),
  a('Na+ moves out of the cell and the cell hyperpolarizes', false, false),
  a("Sodium doesn't go into the cell, potassium does.", false, false),
  a(
    'After ACh binds, negative chloride ions flow into the cell making it more negative inside.',
    false,
    false,
  ),
  a('Positive ions flow out of the muscle cell, so the membrane potential decreases.', false, false),
  a('Na+ ions enter the neuron when ACh is released, and then the muscle contracts.', false, false),
  a('The muscle cell becomes more negative since sodium is pumped out by the Na/K pump.', false, false),
  a(
    'I think the ACh would make the membrane more negative because it is an inhibitory neurotransmitter.',
    false,
    false,
  ),
  a(
    'ACh binds, opens the channel, and Na+ leaves the cell down its gradient making the inside more negative',
    false,
    false,
  ),
  a(
    'The binding of ACh will not cause sodium to enter the muscle cell; it causes calcium to be released from the sarcoplasmic reticulum.',
    false,
    false,
  ),
  a(
    'ACh triggers the opening of voltage-gated Na+ channels in the neuron so Na+ enters the axon.',
    false,
    false,
  ),
  a(
    'The binding of ACh causes the membrane potential to become more negative because negative ions enter.',
    false,
    false,
  ),
  a(
    'Na+ would enter the cell if the channel opened, but ACh actually closes the channel, so the cell stays at resting potential.',
    false,
    false,
  ),
  a(
    'It opens ion channels, allowing K+ to flow out, causing hyperpolarization of the muscle cell.',
    false,
    false,
  ),
  a(
    "Sodium enters the neuron's axon terminal causing ACh to be released; in the muscle cell the membrane becomes more negative.",
    false,
    false,
  ),
];
