/**
 * Round 3 of `nmj-depolarization` answers: a blind robustness batch written before reading the
 * rubric's patterns, labelled as a teacher would mark `cause` (Na⁺ / positive ions move INTO the
 * muscle cell) and `effect` (the inside becomes less negative / more positive / depolarizes).
 * Conventions shared with the earlier batches: K⁺ or Ca²⁺ entering is not `cause`; an ion entering
 * the motor neuron rather than the muscle is not `cause`; the Na⁺/K⁺ pump moving sodium out, or a
 * channel merely "open" or "permeable to sodium", is not `cause`; a wrong statement next to a right
 * one does not cancel it.
 *
 * Before any rubric change for this round (rubric at b8394a8), the grader agreed with these labels on
 * `cause` for 75/80 (93.8%) and on `effect` for 72/80 (90.0%); over all 252 answers, 96.0% each.
 * After the lexicon and rubric fixes of this round: 78/80 (97.5%) and 79/80 (98.8%). The misses
 * left are engine limits: a pronoun standing for sodium ("normally, though, it enters") and an
 * answer about the neuron's own depolarization, which the grader cannot tell from the muscle's.
 */
import type { LabelledAnswer } from './nmj-answers.js';

const a = (text: string, cause: boolean, effect: boolean): LabelledAnswer => ({ text, cause, effect });

export const nmjRound3: readonly LabelledAnswer[] = [
  // ── Terse ────────────────────────────────────────────────────────────────
  a('Na in, depolarizes', true, true),
  a('Na+ goes in -> cell depolarizes', true, true),
  a('sodium influx = depolarization', true, true),
  a('Na^+ enters; membrane potential becomes less negative', true, true),
  a('cations enter, inside gets more positive', true, true),
  a('positive charge flows in so the voltage goes up', true, true),
  a('K+ in, depolarizes', false, true),
  a('Na+ out, hyperpolarizes', false, false),
  a('ACh → receptor → channel opens → Na+ in → depolarized', true, true),
  a('Na+ gets let in by the channel and the cell depolarizes', true, true),

  // ── Numbered lists ───────────────────────────────────────────────────────
  a('1) ACh binds 2) channels open 3) Na+ influx 4) depolarization', true, true),
  a(
    '1. ACh binds to the recepter on the motor end plate\n2. the ion channel opens\n3. sodiun rushes into the muscle\n4. the inside of the cell becomes less negative',
    true,
    true,
  ),
  a(
    'Steps: 1) acetylcholine attaches to receptor 2) ligand gated channel opens 3) Na 1+ diffuses inward 4) membrane goes from -70 mV to about +30 mV',
    true,
    true,
  ),
  a('1. ACh binds\n2. channel opens\n3. ions move\n4. the membrane potential changes', false, false),
  a(
    '1) ACh binds its receptor 2) Na+ channels open 3) potassium leaves the cell 4) the cell hyperpolarizes',
    false,
    false,
  ),

  // ── Misspellings ─────────────────────────────────────────────────────────
  a(
    'The acetylcoline binds to the recepter and opens a chanel so sodiam ions flow into the muscel cell and it depolerizes.',
    true,
    true,
  ),
  a('Sodum enters the cell making the potental more possitive.', true, true),
  a('Na+ ions difuse in to the cell and the membrain depolarises', true, true),
  a('the ACh opens channels and sodiumm comes inside which makes the inside less negitive', true, true),

  // ── ASCII ion notation ───────────────────────────────────────────────────
  a('NA+ floods into the muscle fiber, depolarizing the sarcolemma.', true, true),
  a('Na(+) moves into the cell, raising the membrane potential.', true, true),
  a('Na+1 ions enter the myocyte. The membrane becomes less negative.', true, true),
  a(
    'When ACh binds, Na^+ channels open. Na^+ moves down its concentration gradient into the cell and the inside becomes more positive than before.',
    true,
    true,
  ),
  a(
    'When the ACh receptor opens, Na+ ions pour in and the muscle membrane potential becomes less negative (depolarizes).',
    true,
    true,
  ),

  // ── Wrong direction ──────────────────────────────────────────────────────
  a('Sodium ions exit the muscle cell, so the inside becomes more negative.', false, false),
  a('Cl- enters the cell so the membrane becomes more negative.', false, false),
  a('The outside of the membrane becomes more positive as sodium is pushed out.', false, false),
  a('The binding of ACh causes the muscle cell to hyperpolarize because potassium flows out.', false, false),
  a('Na+ rushes out of the cell and the cell depolarizes.', false, true),
  a('Sodium enters the cell and this makes the inside more negative.', true, false),

  // ── K⁺ / Na⁺ (and Ca²⁺) confusion ────────────────────────────────────────
  a('Potassium ions flow into the muscle cell through the ACh receptor, depolarizing it.', false, true),
  a('ACh opens the channel and K+ comes in, so the membrane potential rises toward threshold.', false, true),
  a('Sodium goes out and potassium comes in, which makes the inside more positive.', false, true),
  a('Potassium leaves while sodium rushes in, so the membrane depolarizes.', true, true),
  a('The inside of the muscle cell becomes more positive because potassium ions rush out.', false, true),
  a('Ca2+ enters the muscle cell through the ACh receptor, and the membrane depolarizes.', false, true),

  // ── Negated ──────────────────────────────────────────────────────────────
  a('Sodium does not enter the cell; instead the cell stays at rest.', false, false),
  a('Before ACh binds no Na+ can get in, so the cell stays polarized at -70 mV.', false, false),
  a(
    'ACh binding does not let sodium into the cell; it lets potassium out, making the cell more negative.',
    false,
    false,
  ),
  a('The membrane does not depolarize; it hyperpolarizes because Cl- comes in.', false, false),
  a('Sodium never enters the muscle cell, but the cell still depolarizes.', false, true),

  // ── Hypotheticals ────────────────────────────────────────────────────────
  a(
    'If the channel were blocked, sodium would not enter. Normally, though, it enters the muscle cell and the inside becomes less negative.',
    true,
    true,
  ),
  a(
    'If curare blocked the receptor, no Na+ would come in and the muscle would not depolarize. Without curare, ACh opens the channel, Na+ flows in and the membrane depolarizes.',
    true,
    true,
  ),
  a(
    'If the receptor is blocked by a toxin, sodium cannot enter and the muscle cannot depolarize.',
    false,
    false,
  ),

  // ── Millivolt numbers ────────────────────────────────────────────────────
  a('The membrane potential goes from -70 mV to +30 mV as sodium ions rush in.', true, true),
  a('Na+ entering changes the potential from -70mV to -55mV, which is threshold.', true, true),
  a('The potential drops from -70 mV to -90 mV as K+ leaves.', false, false),
  a('The voltage inside the muscle cell changes from -70 to about +40 mV.', false, true),
  a('Na+ flows in → the membrane potential rises from -70 mV.', true, true),

  // ── Charge words: positive charge, cations, less polarized, voltage up ───
  a('Positive charge flows into the muscle cell, so it becomes less polarized.', true, true),
  a(
    'The receptor is a cation channel. When it opens, cations enter and the cell is less polarized than at rest.',
    true,
    true,
  ),
  a('Positive ions come in which makes the voltage go up.', true, true),
  a('The channel opens and the potential rises toward threshold.', false, true),
  a('The cell becomes less polarized.', false, true),
  a(
    'It lets positively charged ions into the muscle, raising the membrane potential toward threshold so an action potential can fire.',
    true,
    true,
  ),
  a('Sodium moves in to the cell and the charge inside goes from negative to positive.', true, true),
  a('It allows sodium to enter, which reduces the negativity inside the cell.', true, true),

  // ── About the motor neuron instead of the muscle ─────────────────────────
  a(
    'An action potential reaches the motor neuron terminal, calcium enters the terminal and ACh is released into the cleft.',
    false,
    false,
  ),
  a(
    'In the neuron, Na+ rushes in and the axon depolarizes; the ACh then binds to the muscle and the muscle contracts.',
    false,
    false,
  ),

  // ── Sodium only in passing ───────────────────────────────────────────────
  a(
    'ACh binds the receptor and the muscle cell depolarizes. Later the Na/K pump restores the sodium gradient.',
    false,
    true,
  ),
  a(
    'The sodium-potassium pump moves sodium out and potassium in to keep the resting potential. ACh binding opens channels and the membrane depolarizes.',
    false,
    true,
  ),
  a(
    'The Na+/K+ ATPase restores the gradient after the action potential, pumping 3 Na+ out and 2 K+ in.',
    false,
    false,
  ),
  a('ACh opens a channel that is permeable to sodium. The muscle contracts afterward.', false, false),
  a(
    'There is more sodium outside the cell than inside, and ACh binding makes the membrane potential less negative.',
    false,
    true,
  ),
  a('It opens sodium channels, so the inside of the cell loses its negative charge.', false, true),

  // ── Right and wrong statements together ──────────────────────────────────
  a(
    'Sodium enters the cell, making the inside more positive, and potassium also enters which depolarizes it further.',
    true,
    true,
  ),
  a('Na+ enters which hyperpolarizes the muscle cell.', true, false),
  a('Na+ comes into the cell so the outside becomes more positive.', true, false),
  a('Sodium floods in, the inside becomes more negative, and then the muscle contracts.', true, false),
  a('K+ rushes in and Na+ rushes in, making the inside more positive.', true, true),
  a(
    'Sodium enters the cell. This makes the membrane potential more negative and the cell repolarizes.',
    true,
    false,
  ),
  a('The ACh binds and sodium influx occurs, but the membrane potential stays the same.', true, false),

  // ── Long, multi-sentence ─────────────────────────────────────────────────
  a(
    'Acetylcholine is a neurotransmitter released from the synaptic vesicles of the motor neuron. It crosses the synaptic cleft and binds to nicotinic receptors on the sarcolemma. These receptors are ion channels, so binding opens them. Sodium ions then move down their electrochemical gradient into the muscle cell. The influx of positive charge makes the membrane potential less negative, depolarizing the end plate. If it reaches threshold an action potential is triggered and travels down the T-tubules.',
    true,
    true,
  ),
  a(
    'The muscle cell at rest is negative inside, around -70 mV. When ACh binds to its receptor, the receptor changes shape and opens a pore. Because there is a lot of sodium outside, sodium diffuses inward through the pore. This inward flow of positive ions depolarizes the cell, and once it hits threshold voltage-gated channels open and the muscle fires an action potential.',
    true,
    true,
  ),
  a(
    'ACh is released by exocytosis and binds to receptors on the muscle. This causes a change in shape of the receptor protein. The muscle then starts a series of events ending in contraction where actin and myosin slide. The membrane potential changes because of the receptor.',
    false,
    false,
  ),
  a(
    'When acetylcholine binds, the receptor opens up. This lets ions cross the membrane. The charge across the membrane changes, and this is what causes the muscle to contract after calcium is released from the sarcoplasmic reticulum.',
    false,
    false,
  ),
  a(
    'ACh binding opens ligand gated channels on the muscle fiber. Na+ ions move into the fiber. As a result the inside of the fiber is no longer as negative as it was at rest.',
    true,
    true,
  ),
  a(
    'ACh binds to the receptor, which is a ligand-gated sodium channel. The channel opens, and then the muscle contracts.',
    false,
    false,
  ),
  a(
    'The binding opens channels; Na+ rushes in. Result: depolarization of the motor end plate (end-plate potential).',
    true,
    true,
  ),
  a('The muscle cell becomes depolarised as the Na+ ions diffuse inwards', true, true),
];
