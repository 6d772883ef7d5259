/**
 * Round 5 of `nmj-depolarization` answers: a third blind robustness batch, written and labelled
 * before reading the rubric, the lexicon or the earlier batches. Labels are a teacher's marks for
 * `cause` (Na⁺ / positive ions / cations move INTO the muscle cell) and `effect` (the muscle cell's
 * membrane or inside becomes less negative / more positive / depolarizes). K⁺ or Ca²⁺ entering is
 * not `cause`; sodium entering the neuron (or the cleft) rather than the muscle is neither; a purely
 * hypothetical or negated statement earns nothing; "reaches threshold" / "goes toward threshold" and
 * "the membrane potential increases" count as depolarizing, "the membrane potential decreases" and
 * "the cell is excited" alone do not; "depolarized, meaning more negative inside" contradicts itself
 * and does not earn `effect`.
 *
 * Before any rubric change for this round (rubric at fdba167), the grader agreed with these labels on
 * `cause` for 76/80 (95.0%) and on `effect` for 74/80 (92.5%); over all 412 answers, 404 (98.1%)
 * and 405 (98.3%). The misses were the note-form "depol", "Na+ floods the sarcoplasm", "goes toward
 * threshold" / "reaches threshold", sodium moving "into the synaptic cleft" read as entering, "sodium
 * ions move into the motor neuron which makes it positive" read as the muscle, up-arrows
 * ("Na+ ↑ inside cell → membrane potential ↑") and a self-contradicting "depolarized, meaning more
 * negative inside". After the fixes: 79/80 (98.8%) and 78/80 (97.5%); over all 412, 407 (98.8%) and
 * 409 (99.3%). The misses left are engine limits: the tokenizer drops "↑", so the arrow answer reads
 * "Na+ inside cell", the same words as "Na+ inside the cell is low"; and a later wrong definition
 * does not take back an earned "depolarized".
 */
import type { LabelledAnswer } from './nmj-answers.js';

const a = (text: string, cause: boolean, effect: boolean): LabelledAnswer => ({ text, cause, effect });

export const nmjRound5: readonly LabelledAnswer[] = [
  a(
    "ACh is released from the motor neuron and diffuses across the synaptic cleft where it binds to ligand-gated ion channels on the muscle cell's membrane. This causes the channels to open and Na+ ions diffuse into the muscle cell down their concentration gradient, which makes the inside of the muscle cell less negative and depolarizes it. If the depolarization reaches threshold an action potential is fired, which travels down the T-tubules and causes Ca2+ to be released from the sarcoplasmic reticulum, allowing the myosin heads to bind actin and the muscle contracts.",
    true,
    true,
  ),
  a(
    'When ACh binds to its receptor, the receptor changes shape and opens a channel that lets sodium into the cell. The membrane potential increases and moves toward threshold.',
    true,
    true,
  ),
  a(
    'the binding of ACh opens ion channels so positive ions rush into the muscle cell making the membrane potential more positive',
    true,
    true,
  ),
  a('ACh→nAChR→Na+ in→depol→AP→Ca2+ from SR→contraction', true, true),
  a(
    'ACh binds to receptor and opens K+ channels so K+ leaves the cell, the membrane becomes more negative (hyperpolarized)',
    false,
    false,
  ),
  a(
    'ACh binds causing Ca2+ to flow into the muscle cell which makes the cell more positive and causes contraction',
    false,
    true,
  ),
  a(
    'The ACh enters the muscle cell and makes the inside more positive so that an action potential happens',
    false,
    true,
  ),
  a(
    'ACh binding opens ligand gated channels. Cations (mostly Na+) flow in, causing a graded potential called the end plate potential. This depolarizes the membrane.',
    true,
    true,
  ),
  a(
    'Na+ floods the sarcoplasm once ACh binds and opens the channels, the cell is excited and reaches threshold',
    true,
    true,
  ),
  a(
    'ACh binds to the receptor which causes sodium channels to open allowing Na+ to diffuse down its concentration gradient into the cell. This makes the voltage across the membrane decrease in magnitude (less polarized).',
    true,
    true,
  ),
  a('acetylcholine binds and the muscle cell becomes hyperpolarized because Cl- rushes in', false, false),
  a('ACh causes the membrane to repolarize by opening potassium channels', false, false),
  a('When ACh binds the cell becomes positive outside and negative inside', false, false),
  a(
    'ach binds to the receptor on the muscle cell and it opens the channel so sodium comes in and the inside gets more positive then an action potential goes and the muscle contracts',
    true,
    true,
  ),
  a(
    'If ACh did not bind to the receptor, Na+ could not enter the muscle cell and it would not depolarize.',
    false,
    false,
  ),
  a(
    'If ACh did not bind, Na+ could not enter. But since it does bind, the Na+ channels open and Na+ enters the muscle fiber, depolarizing it.',
    true,
    true,
  ),
  a(
    'The binding of ACh opens sodium channels on the neuron and sodium enters the axon, causing depolarization of the neuron',
    false,
    false,
  ),
  a(
    'ACh binds to receptors which lets Na+ into the cell. The membrane potential becomes more negative.',
    true,
    false,
  ),
  a('ACh binds and K+ moves into the muscle cell making it more positive inside', false, true),
  a(
    'Acetylcholine binds to nicotinic receptors which are ligand gated ion channels. They open, and there is an influx of Na+ into the muscle fiber. The resting potential of -70mV goes up toward 0 and the muscle is depolarized.',
    true,
    true,
  ),
  a('ACh binding → channel opens → Na+ influx → membrane depolarizes → threshold → AP', true, true),
  a(
    'The ACh opens channels and Na+ leaves the muscle cell which makes the inside more negative',
    false,
    false,
  ),
  a(
    'binding of acetylcholine makes the muscle cell membrane depolarize because the charge inside becomes less negative',
    false,
    true,
  ),
  a(
    'ACh binds to the muscle receptor. This causes the muscle membrane to become more permeable to sodium.',
    false,
    false,
  ),
  a('It causes an action potential in the muscle cell.', false, false),
  a('ACh binds so Na+ channels open. Na+ moves in. The cell depolarizes.', true, true),
  a(
    'The ACh binds its receptor and sodium ions rush into the cell, which changes the membrane potential',
    true,
    false,
  ),
  a(
    'ACh binds and opens channels which lets Ca2+ into the cell from outside, this depolarizes the membrane',
    false,
    true,
  ),
  a(
    'When ACh binds the channel opens and the positive charged ions diffuse inward, so the membrane potential becomes less negative than resting',
    true,
    true,
  ),
  a(
    'ach binds opens na channels na goes in depolarizes muscle cell threshold reached action potential calcium released contraction',
    true,
    true,
  ),
  a(
    'The binding of ACh causes Na+ to be pumped out of the cell by the Na/K pump which makes the membrane potential more negative',
    false,
    false,
  ),
  a(
    'ACh binds which opens channels. Na+ moves out and K+ moves in, so the inside becomes more positive',
    false,
    true,
  ),
  a(
    'The receptor is a ligand gated channel, ACh binding opens it letting sodium ions flow in to the muscle cell and potassium out, but more sodium comes in so the net effect is the inside gets less negative',
    true,
    true,
  ),
  a(
    "ACh doesn't enter the muscle cell, it just binds to the receptor. This opens the channel allowing Na+ to enter, depolarizing the sarcolemma.",
    true,
    true,
  ),
  a('ACh binds and the membrane potential decreases.', false, false),
  a(
    'The membrane potential goes from -70 mV to a more positive value because cations enter the muscle cell when ACh opens the receptor channel',
    true,
    true,
  ),
  a('Binding of ACh depolarizes the neuron which sends the signal to the muscle', false, false),
  a('ACh binding opens Na+ channels, Na+ moves into the cell making it less polarized', true, true),
  a('The ACh will bind and let the sodium in which makes the muscle hyperpolarized', true, false),
  a(
    'acetylcholine binds, ion channels open. Na+ diffuses into the muscle cell (high conc outside, low inside). Inside of cell becomes + relative to outside => depolarization',
    true,
    true,
  ),
  a(
    'Once ACh binds to the receptors on the motor end plate, sodium channels open and sodium flows out of the cell, leaving the membrane depolarized',
    false,
    true,
  ),
  a('ACh binds → Na+ ↑ inside cell → membrane potential ↑ → AP', true, true),
  a('It would make the cell more negative because Cl- ions come in', false, false),
  a(
    'ACh binding causes the muscle cell to go toward threshold as Na+ enters. If it reaches threshold voltage gated channels open and an AP occurs',
    true,
    true,
  ),
  a(
    "The binding of ACh to its receptors doesn't let Na+ in, instead it releases Ca2+ from the sarcoplasmic reticulum which causes contraction.",
    false,
    false,
  ),
  a(
    'when ACh binds sodium channels open and sodium ions move into the motor neuron which makes it positive',
    false,
    false,
  ),
  a(
    'ACh binds to receptors on the muscle cell; this opens channels through which Na+ enters the muscle cell, and the muscle cell then depolarizes',
    true,
    true,
  ),
  a(
    "The muscle cell's membrane potential becomes less negative. This happens because the ACh binding opens a channel",
    false,
    true,
  ),
  a('ACh opens ligand-gated channels and sodium goes through them', false, false),
  a('ACh binding lets positive ions into the muscle cell which causes a depolarization', true, true),
  a(
    'The ACh binding causes the membrane potential to become more positive (depolarization) due to K+ flowing in',
    false,
    true,
  ),
  a(
    "ACh binds to a receptor which is a channel protein. This protein allows Na+ ions to cross the membrane into the cytoplasm of the muscle cell. Since the Na+ is positive the inside of the cell's charge goes up which is depolarization",
    true,
    true,
  ),
  a('the ACh binds and causes the muscle cell to repolarize back to resting potential', false, false),
  a('After ACh binds, Na+ rushes in but then K+ rushes out, so the membrane repolarizes', true, false),
  a(
    "ACh binds, channels open, Na+ flows in and the muscle cell's inside becomes more positive; then K+ flows out to repolarize",
    true,
    true,
  ),
  a('Binding of ach makes the muscle cell excited', false, false),
  a(
    'ACh bind to receptor it open the chanel, sodiumm go inside the muscle and the muscel get more posative',
    true,
    true,
  ),
  a(
    'Acetylcholine is a neurotransmitter released by exocytosis from the axon terminal. It diffuses across the cleft and binds to receptors on the sarcolemma. The receptors are channels that open and allow Na+ to diffuse into the muscle fiber, generating an end plate potential which is a depolarization. This spreads and opens voltage-gated Na+ channels, an action potential travels along the sarcolemma and down the t-tubules, Ca2+ is released from the SR, binds troponin, tropomyosin moves and cross bridges form.',
    true,
    true,
  ),
  a('ACh binding causes the membrane to become less negative', false, true),
  a('When ACh binds, Na+ enters. This decreases the membrane potential.', true, false),
  a('ACh → receptor → channel open → K+ out → hyperpolarization', false, false),
  a(
    'The binding allows Na+ to move into the cell which causes the inside to be positive and the outside to become negative',
    true,
    true,
  ),
  a(
    'the ACh binds which makes the membrane potential less negative and closer to threshold, because sodium is entering',
    true,
    true,
  ),
  a(
    'ACh will bind to the receptor and the muscle cell will become depolarized because the Na+ is able to move out of the cell',
    false,
    true,
  ),
  a(
    'Without ACh binding, Na+ would not flow into the muscle cell and the inside would stay negative.',
    false,
    false,
  ),
  a(
    'The binding of acetylcholine opens channels and cations like sodium flow into the cell, depolarizing the postsynaptic membrane',
    true,
    true,
  ),
  a(
    'Binding of ACh: ligand-gated Na+ channels open → influx of Na+ → depolarization of the muscle cell membrane',
    true,
    true,
  ),
  a('ACh binds and sodium moves into the synaptic cleft', false, false),
  a(
    'The Ach attaches and causes potassium to enter the muscle cell and sodium to leave, making the membrane potential more negative',
    false,
    false,
  ),
  a(
    'ACh binds to its receptor so the channel opens. Sodium moves in because there is more outside. The voltage across the membrane decreases in magnitude, going from -70 toward 0',
    true,
    true,
  ),
  a("ACh binding makes the muscle cell's membrane potential rise above threshold", false, true),
  a(
    "When acetylcholine binds, it doesn't make the cell more negative, it makes the membrane depolarize",
    false,
    true,
  ),
  a('ACh binds and the cell does not become more positive; instead Na+ ions leave', false, false),
  a('binding of ACh opens a channel, Na+ in K+ out, membrane depolarizes', true, true),
  a(
    'ACh causes the muscle cell to become depolarized, meaning it is more negative on the inside than before',
    false,
    false,
  ),
  a(
    'ACh binds to receptors on muscle cell. Na+ channels open & Na+ diffuses in (down conc gradient). Membrane potential becomes more positive → reaches threshold → AP → muscle contraction',
    true,
    true,
  ),
  a('ACh bind, Na+ flow in to muscle, inside less neg', true, true),
  a(
    'The acetylcholine causes the sodium potassium pump to pump 3 Na+ in and 2 K+ out which depolarizes the cell',
    true,
    true,
  ),
  a(
    'ACh opens sodium channels in the muscle membrane, Na+ flows into the cell, and the cell becomes more negative because Na+ is removed from outside',
    true,
    false,
  ),
  a(
    'ACh binds, causing a graded potential in the muscle cell as sodium enters; the membrane becomes less polarized',
    true,
    true,
  ),
];
