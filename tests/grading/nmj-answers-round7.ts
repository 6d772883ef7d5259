/**
 * Round 7 of `nmj-depolarization` answers: a fifth blind robustness batch, written and labelled
 * before reading the rubric, the lexicon or the earlier batches, as a class set of 80 a teacher would
 * mark: about 45% essentially correct in ordinary wordings (with ordinary typos), 25% partial (cause
 * without effect, effect without cause, or vague "ions move" / "the charge changes" / "polarized"),
 * 30% wrong or confused (wrong ion, wrong direction, more negative, outside positive, ACh entering,
 * hypothetical or negated only, the neuron instead of the muscle). Labels are a teacher's marks for
 * `cause` (Na⁺ / positive ions / cations move INTO the muscle cell) and `effect` (the muscle cell's
 * membrane or inside becomes less negative / more positive / depolarizes / reaches threshold), each
 * judged on its own: "K+ flows into the muscle cell, making it more positive" earns `effect` but not
 * `cause`.
 *
 * Before any rubric change for this round (rubric at eeaaa67), the grader agreed with these labels on
 * `cause` for 78/80 (97.5%) and on `effect` for 79/80 (98.8%); over all 572 answers, 565 (98.8%)
 * and 569 (99.5%). The misses: "The neuron's membrane becomes depolarized as sodium comes in"
 * (the neuron's membrane depolarizing, read as the muscle: both points) and "The muscle cell would
 * not depolarize unless sodium could enter" (sodium entering only as a condition: `cause`). After
 * the fixes: 80/80 and 80/80; over all 572, 567 (99.1%) and 570 (99.7%).
 */
import type { LabelledAnswer } from './nmj-answers.js';

const a = (text: string, cause: boolean, effect: boolean): LabelledAnswer => ({ text, cause, effect });

export const nmjRound7: readonly LabelledAnswer[] = [
  a(
    'When ACh binds to its receptor on the muscle cell, ligand-gated sodium channels open and Na+ ions flow into the muscle cell. This makes the inside of the cell less negative, depolarizing the membrane.',
    true,
    true,
  ),
  a(
    'ACh binding opens the channels so sodium rushes into the muscle fiber, which makes the membrane potential more positive (depolarization).',
    true,
    true,
  ),
  a(
    'the acetylcholine binds to the receptor which is a ligand gated ion channel. it opens and lets Na+ diffuse in down its concentration gradient. the inside of the muscle cell becomes more positive and the cell depolarizes',
    true,
    true,
  ),
  a(
    'Binding of ACh causes the receptor channel to open, allowing positive ions to enter the muscle cell. This depolarizes the muscle cell membrane and if it reaches threshold an action potential is fired.',
    true,
    true,
  ),
  a(
    'ACh binds -> Na+ channels open -> Na+ enters muscle cell -> membrane potential goes from -70mV toward 0, it depolarizes',
    true,
    true,
  ),
  a(
    'The membrane potential becomes less negative because sodium ions come into the muscle cell when the ACh receptor opens.',
    true,
    true,
  ),
  a(
    'Acetylcholine binding opens cation channels in the sarcolemma. Sodium moves inward and the muscle cell depolarizes.',
    true,
    true,
  ),
  a(
    'ACh is a ligand and when it binds the channel opens. Na+ floods into the cell making the interior more positive than before, which depolarizes the membrane.',
    true,
    true,
  ),
  a(
    'It causes sodium ion channels to open on the muscle cell, so Na+ goes into the muscle cell and the membrane potential increases (becomes less negative).',
    true,
    true,
  ),
  a(
    'When acetylcholine attaches to the receptors, the sodium gates open and sodium diffuses into the muscle cell. Since sodium is positive, the charge inside the cell goes up and the membrane is depolarized.',
    true,
    true,
  ),
  a(
    'The ACh bind to the reseptor and opens the ion chanel, sodium (Na+) come in to the musle cell and it depolarize the membrane so it is less negitive.',
    true,
    true,
  ),
  a('Ach binding causes an influx of Na+ into the muscle cell, depolarizing it.', true, true),
  a(
    'binding of ACh opens ligand-gated channels; positively charged sodium ions enter the muscle cell, and the resting potential of about -70 mV becomes less negative until threshold is reached.',
    true,
    true,
  ),
  a(
    'The receptor is a channel protein so when ACh binds it changes shape and opens. Na+ ions then move into the muscle cell because there is more Na+ outside. This depolarizes the cell.',
    true,
    true,
  ),
  a(
    "Acetylcholine causes the muscle cell's Na+ channels to open. Na+ rushes in, and the membrane potential becomes more positive, so an action potential starts in the muscle.",
    true,
    true,
  ),
  a(
    'Sodium enters the muscle cell through the opened receptor, which makes the inside of the muscle cell less negative.',
    true,
    true,
  ),
  a(
    'The ACh binding lets cations (mostly Na+) flow into the muscle cell which depolarizes the membrane.',
    true,
    true,
  ),
  a(
    'When ACh binds, the channel opens and Na+ moves in to the muscle cell. This raises the membrane potential and the muscle cell reaches threshold.',
    true,
    true,
  ),
  a(
    'Once the ACh binds to the receptor the gated channel opens letting sodium in. The influx of sodium depolarizes the muscle cell membrane, making it more positive on the inside.',
    true,
    true,
  ),
  a('ACh binding -> sodium influx into the muscle cell -> depolarization of the sarcolemma', true, true),
  a(
    'It depolarizes the muscle cell because Na+ ions come into the cell through the ACh receptor channels.',
    true,
    true,
  ),
  a(
    'ACh attaches to nicotinic receptors which open, and Na+ enters the muscle fiber. The muscle fiber becomes depolarized (less negative inside) which starts an action potential.',
    true,
    true,
  ),
  a(
    'The acetylcholine opens the ion channels and allows positive sodium ions into the muscle cell. this makes the membrane potential less negative',
    true,
    true,
  ),
  a(
    'Binding of acetylcholine makes the ion channel open so that Na+ can diffuse into the muscle cell, and the membrane potential rises toward threshold.',
    true,
    true,
  ),
  a('Na+ flows in the muscle cell after ACh binds, so the cell becomes depolarized.', true, true),
  a(
    'When ACh binds to the muscle cell receptor, sodium channels open. Sodium ions rush into the muscle cell, and the inside becomes positive compared to the outside, which is depolarization.',
    true,
    true,
  ),
  a(
    'The binding opens a channel. Positive ions flow into the muscle cell and the membrane potential becomes more positive.',
    true,
    true,
  ),
  a(
    'ACh is a neurotransmitter that binds to receptors on the muscle cell. This opens Na+ channels, so Na+ moves into the cell, changing the membrane potential from negative to less negative. The muscle then contracts.',
    true,
    true,
  ),
  a(
    'Acetylcholine opens the ligand-gated Na+ channels and sodium moves into the muscle from the extracellular fluid, which depolarizes the muscle cell.',
    true,
    true,
  ),
  a(
    'The ACh receptor opens, and since there is a higher concentration of sodium outside the cell, sodium diffuses in. Adding positive charge to the inside of the muscle cell depolarizes it.',
    true,
    true,
  ),
  a(
    "ACh binds and sodium channels open, Na+ goes inside the muscle cell and the cell's membrane potential goes up from -70mv to about +30mv.",
    true,
    true,
  ),
  a('The muscle cell membrane depolarizes because the ACh receptor lets Na+ ions in.', true, true),
  a(
    'The action potential in the motor neuron causes ACh to be released. ACh binds to the receptor on the muscle cell and Na+ enters the muscle cell, depolarizing it.',
    true,
    true,
  ),
  a(
    'When the acetylcholine binds it opens up channels which let sodium into the muscle cell; this causes depolarization of the muscle cell membrane and an action potential.',
    true,
    true,
  ),
  a(
    'Binding of ACh causes channels to open and allows Na+ to flow down its electrochemical gradient into the muscle cell, making the membrane potential less negative (depolarized).',
    true,
    true,
  ),
  a(
    'Ach opens sodium channels in the muscle cell membrane. Na+ ions rush in and make the membrane potential more positive. Also some K+ leaves but more Na+ comes in.',
    true,
    true,
  ),
  a('The sodium-potassium pump moves sodium into the cell and this depolarizes the muscle cell.', true, true),
  a('When ACh binds to the receptor, the channel opens and Na+ ions flow into the muscle cell.', true, false),
  a(
    'ACh binding opens sodium channels, allowing sodium to enter the muscle cell. This causes the muscle to contract.',
    true,
    false,
  ),
  a('The receptor opens and positive ions rush in to the muscle cell.', true, false),
  a(
    'Acetylcholine causes an influx of sodium ions into the muscle cell, which changes the membrane potential.',
    true,
    false,
  ),
  a('ACh binds and opens a channel that lets Na+ in, which leads to muscle contraction.', true, false),
  a(
    'The binding of ACh causes the muscle cell to depolarize, which leads to an action potential and contraction.',
    false,
    true,
  ),
  a(
    'ACh binding opens ion channels and the membrane potential of the muscle cell becomes less negative.',
    false,
    true,
  ),
  a('It makes the muscle cell membrane potential more positive so it can reach threshold.', false, true),
  a('Ions move across the membrane and the muscle cell depolarizes.', false, true),
  a('The muscle cell reaches threshold and fires an action potential.', false, true),
  a(
    'When ACh binds, the channel opens and ions go through it which makes the inside of the muscle cell more positive.',
    false,
    true,
  ),
  a(
    'ACh binding causes ions to move across the membrane, which changes the charge of the muscle cell.',
    false,
    false,
  ),
  a(
    'The binding of ACh opens ion channels so the membrane potential changes and the muscle contracts.',
    false,
    false,
  ),
  a('It becomes polarized and then the muscle contracts.', false, false),
  a(
    'The acetylcholine sends a signal to the muscle cell telling it to contract, so the voltage across the membrane is changed.',
    false,
    false,
  ),
  a('The charge of the muscle cell changes because ions go in and out.', false, false),
  a('Na+ channels open when ACh binds, which changes the membrane potential.', false, false),
  a('Sodium moves across the muscle cell membrane and the membrane potential changes.', false, false),
  a(
    "ACh binding lets sodium through the receptor channel and that's what makes the muscle fire.",
    false,
    false,
  ),
  a(
    'When ACh binds, potassium channels open and K+ flows into the muscle cell, making it more positive.',
    false,
    true,
  ),
  a('ACh binding causes Ca2+ to enter the muscle cell, which depolarizes the membrane.', false, true),
  a(
    'Sodium ions leave the muscle cell when ACh binds, making the inside more negative (hyperpolarized).',
    false,
    false,
  ),
  a(
    'The ACh binds and causes K+ to leave the muscle cell so the membrane potential becomes more negative.',
    false,
    false,
  ),
  a('ACh makes the outside of the muscle cell more positive.', false, false),
  a('The acetylcholine enters the muscle cell and makes it more positive.', false, true),
  a('ACh goes into the muscle cell through the receptor and causes it to contract.', false, false),
  a('Sodium rushes into the neuron, depolarizing the axon terminal, which releases ACh.', false, false),
  a(
    'The action potential travels down the motor neuron, Ca2+ enters the axon terminal and ACh is released by exocytosis.',
    false,
    false,
  ),
  a(
    'Na+ is pumped out of the muscle cell by the sodium potassium pump, which makes the membrane potential more negative.',
    false,
    false,
  ),
  a(
    'If sodium were able to enter the muscle cell, the membrane would depolarize, but ACh only signals the cell.',
    false,
    false,
  ),
  a(
    'ACh binding does not let sodium into the muscle cell; instead it causes chloride to enter, making the cell more negative.',
    false,
    false,
  ),
  a('Chloride ions flow into the muscle cell, hyperpolarizing the membrane.', false, false),
  a('The binding of ACh makes the muscle cell membrane repolarize by letting K+ out.', false, false),
  a('The membrane potential decreases because positive ions leave the muscle cell.', false, false),
  a(
    'ACh binding causes sodium to flow out of the muscle and potassium to flow in, making the inside of the cell more positive.',
    false,
    true,
  ),
  a('It makes the membrane of the muscle cell more negative so it can contract.', false, false),
  a('ACh opens channels letting negative ions in, so the muscle cell becomes polarized.', false, false),
  a(
    "The neuron's membrane becomes depolarized as sodium comes in, and this is what sends the ACh across the synapse.",
    false,
    false,
  ),
  a('The ACh is broken down by acetylcholinesterase so the muscle relaxes.', false, false),
  a(
    'The muscle cell would not depolarize unless sodium could enter, and ACh just tells the muscle to contract.',
    false,
    false,
  ),
  a(
    'ACh binding makes calcium ions get released from the sarcoplasmic reticulum which bind troponin and the muscle contracts.',
    false,
    false,
  ),
  a(
    'The inside of the muscle cell becomes more negative than the outside because Na+ moves out.',
    false,
    false,
  ),
  a(
    'Positive ions move out of the muscle cell, which causes the outside to become positive and the inside negative.',
    false,
    false,
  ),
];
