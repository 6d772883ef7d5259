/**
 * Realistic student answers to `nmj-depolarization`, each labelled as a teacher would mark the two
 * core points: `cause` (Na⁺ / positive ions move INTO the muscle cell) and `effect` (the inside
 * becomes less negative / more positive / the membrane depolarizes). Labels were written from
 * the rubric, not from the grader's output.
 */
export interface LabelledAnswer {
  readonly text: string;
  readonly cause: boolean;
  readonly effect: boolean;
}

const a = (text: string, cause: boolean, effect: boolean): LabelledAnswer => ({ text, cause, effect });

export const nmjAnswers: readonly LabelledAnswer[] = [
  // ── Complete, ordinary answers ───────────────────────────────────────────
  a('ACh binds, the channel opens, sodium rushes in and the inside becomes less negative.', true, true),
  a(
    'When ACh binds to the receptor, sodium channels open and Na+ flows into the muscle cell, depolarizing the membrane.',
    true,
    true,
  ),
  a(
    'The binding opens ligand-gated ion channels. Sodium ions diffuse into the cell down their gradient, so the membrane potential becomes less negative.',
    true,
    true,
  ),
  a(
    'Acetylcholine binding causes the receptor channel to open, letting Na+ ions into the cell. This makes the inside of the cell more positive, which is depolarization.',
    true,
    true,
  ),
  a('ACh opens the channel so positive ions enter the muscle cell and the membrane depolarizes.', true, true),
  a('Sodium moves into the muscle fiber, making the membrane potential more positive.', true, true),
  a(
    'The receptor is a ligand gated channel; when ACh binds it opens and Na+ comes in. The cell depolarizes and this can cause an action potential.',
    true,
    true,
  ),
  a('Na+ influx through the opened receptor channels depolarizes the sarcolemma.', true, true),
  a('There is an influx of sodium ions which makes the inside less negative.', true, true),
  a(
    'Binding of ACh opens channels that allow sodium to enter the cell. The membrane potential goes from about -70 mV toward 0, which is a depolarization.',
    true,
    true,
  ),
  a(
    'ACh binds to nicotinic receptors which open; sodium ions rush inside the cell and the charge inside becomes more positive.',
    true,
    true,
  ),
  a(
    'Positively charged sodium ions flow into the cell so the membrane potential increases (becomes less negative).',
    true,
    true,
  ),
  a(
    'The channel opens and Na⁺ moves in. The inside of the membrane becomes less negative compared to the outside, so the cell is depolarized.',
    true,
    true,
  ),
  a(
    'Sodium enters the muscle cell through the ACh-gated channels which depolarizes it and leads to contraction.',
    true,
    true,
  ),
  a(
    'ACh causes Na+ to rush into the muscle cell. This makes the inside of the cell more positive than before, depolarizing the membrane.',
    true,
    true,
  ),

  // ── Terse ────────────────────────────────────────────────────────────────
  a('Na+ in, depolarization.', true, true),
  a('Na+ flows in -> depolarizes', true, true),
  a('sodium influx, membrane depolarizes', true, true),
  a('Na+ enters, inside less negative', true, true),
  a('Depolarization.', false, true),
  a('It depolarizes.', false, true),
  a('The membrane potential becomes less negative.', false, true),
  a('Sodium goes in.', true, false),
  a('Na+ rushes into the cell.', true, false),
  a('Channels open.', false, false),
  a('It causes an action potential.', false, false),
  a('The muscle contracts.', false, false),
  a('positive ions enter', true, false),
  a('Inside gets more positive.', false, true),

  // ── Numbered lists and step formats ─────────────────────────────────────
  a('1. ACh binds to receptor 2. channel opens 3. Na+ flows in 4. membrane depolarizes', true, true),
  a(
    '1) ACh binds 2) ligand-gated channel opens 3) sodium enters the cell 4) inside becomes more positive 5) action potential',
    true,
    true,
  ),
  a('Step 1: ACh binds. Step 2: the channel opens. Step 3: the muscle contracts.', false, false),
  a('- ACh binds\n- Na+ channels open\n- Na+ diffuses into the cell\n- depolarization', true, true),
  a('ACh binds -> receptor changes shape -> channel opens -> Na+ in -> cell less negative -> AP', true, true),
  a('1. ACh binds to the receptor. 2. This opens the channel. 3. The cell becomes depolarized.', false, true),

  // ── Long answers with extra material ────────────────────────────────────
  a(
    'At rest the muscle cell has a membrane potential of about -70 mV because the Na/K pump keeps sodium outside and potassium inside. When the motor neuron releases acetylcholine, it diffuses across the synaptic cleft and binds to receptors on the motor end plate. These receptors are ligand-gated ion channels, so they open and sodium ions rush into the cell down their electrochemical gradient. Because positive charge is entering, the inside of the membrane becomes less negative, which is called depolarization. If it reaches threshold, voltage-gated sodium channels open and an action potential spreads along the sarcolemma, leading to calcium release and contraction.',
    true,
    true,
  ),
  a(
    'The acetylcholine is a neurotransmitter. It is released from vesicles by exocytosis when calcium enters the axon terminal. It then binds to the receptor on the muscle. Because the receptor is a channel, the muscle cell membrane allows sodium to flow in, and the voltage inside goes up toward zero. Eventually the muscle will contract. Acetylcholinesterase breaks down ACh afterwards.',
    true,
    true,
  ),
  a(
    'The binding of acetylcholine to its receptor is an example of cell signaling. The signal is received by the receptor, which then changes shape. This causes a response in the cell: the muscle cell will contract. Muscles need ATP to contract, and calcium is released from the sarcoplasmic reticulum.',
    false,
    false,
  ),
  a(
    'Acetylcholine is released by the neuron and crosses the synapse. It binds to receptors on the muscle, and this changes the membrane potential of the muscle cell. The membrane potential is the difference in charge across the membrane. The muscle then contracts.',
    false,
    false,
  ),

  // ── Misspelled ──────────────────────────────────────────────────────────
  a('The sodum ions go into the cell and the membrane depolerizes.', true, true),
  a(
    'Acetocholine binds and the chanel opens, sodiun flows in and the inside becomes less negitive.',
    true,
    true,
  ),
  a('sodium rushs in making the cell depolarizaton happen', true, true),
  a('Na+ difuses into the cell and the membrane potental becomes more postive', true, true),
  a('The membrane gets depolarised because sodium ions enter.', true, true),
  a('sodium ions flood into the cytoplasm, so the inside is less negitive', true, true),
  a('the reseptor opens and sodiumm goes inside the cell and it becomes les negative', true, true),
  a('potasium rushes out and the cell repolarizes', false, false),

  // ── Ion notation ─────────────────────────────────────────────────────────
  a('Na^+ ions move into the cell and the membrane depolarizes.', true, true),
  a('NA+ enters the cell making the inside more positive.', true, true),
  a('Na 1+ moves in, so the inside becomes less negative.', true, true),
  a('Na(+) diffuses inward and the potential rises.', true, true),
  a('Na ions flow into the muscle cell and it depolarizes.', true, true),
  a('The channel lets Na+ in, depolarizing the cell.', true, true),

  // ── Wrong direction ──────────────────────────────────────────────────────
  a('Sodium leaves and the cell becomes more negative.', false, false),
  a('Na+ rushes out of the cell so the inside becomes more negative.', false, false),
  a('Sodium ions diffuse out of the muscle cell, hyperpolarizing it.', false, false),
  a('The channel opens and sodium flows out of the cell, which depolarizes it.', false, true),
  a('Sodium moves out and the inside becomes less negative.', false, true),
  a('Sodium rushes in and the cell becomes more negative.', true, false),
  a('Na+ enters and the membrane hyperpolarizes.', true, false),
  a('ACh binds and the outside of the cell becomes more positive.', false, false),
  a('Sodium enters the cell, so the outside becomes more positive.', true, false),
  a('The outside becomes less negative as ions move.', false, false),
  a('Positive ions leave the cell, making the inside more negative.', false, false),
  a('Sodium is pumped out of the cell by the sodium-potassium pump.', false, false),

  // ── K⁺ / Na⁺ confusion ───────────────────────────────────────────────────
  a('K+ rushes into the cell which makes it more positive.', false, true),
  a('Potassium flows into the muscle cell and depolarizes it.', false, true),
  a('ACh opens potassium channels so potassium enters the cell.', false, false),
  a('Sodium channels open and potassium rushes in.', false, false),
  a('K⁺ ions enter and the inside becomes less negative.', false, true),
  a('The channel lets potassium in which makes the membrane potential less negative.', false, true),
  a('Potassium leaves the cell and sodium enters, so it depolarizes.', true, true),
  a('Sodium enters the cell while potassium leaves, and the inside becomes more positive.', true, true),
  a('Sodium and potassium both move and the charge changes.', false, false),
  a('Calcium enters the muscle cell and it contracts.', false, false),

  // ── Negated ──────────────────────────────────────────────────────────────
  a('Sodium does not enter the cell.', false, false),
  a("Na+ can't get in because the channel stays closed.", false, false),
  a('Sodium is blocked from entering the cell.', false, false),
  a('No sodium would enter the cell.', false, false),
  a('The binding prevents sodium from entering.', false, false),
  a('Sodium never moves into the cell, so the membrane does not depolarize.', false, false),
  a("The cell doesn't depolarize and the inside stays negative.", false, false),
  a('The membrane potential does not become less negative.', false, false),
  a('Without ACh no sodium would enter; with it, sodium enters and the cell depolarizes.', true, true),
  a(
    'If ACh did not bind, sodium could not enter. Because ACh binds, the channel opens and sodium rushes in, making the inside less negative.',
    true,
    true,
  ),
  a('Sodium doesnt enter the cell and nothing changes.', false, false),
  a('Sodium cannot enter because the membrane is impermeable.', false, false),
  a('Nothing happens to the membrane potential.', false, false),
  a('The channel is not opened so Na+ is unable to move into the cell.', false, false),

  // ── Hypothetical and conditional wording ────────────────────────────────
  a('If the channel opens, sodium would flow in and the membrane would depolarize.', true, true),
  a('Sodium would rush in, which would make the inside less negative.', true, true),
  a('This would allow sodium ions to enter the cell, causing depolarization.', true, true),
  a('ACh might cause the cell to become more positive inside.', false, true),

  // ── Textspeak and informal ───────────────────────────────────────────────
  a('ach binds n the channel opens so na+ goes in n cell gets less negative', true, true),
  a('na+ floods in & the cell depolarizes', true, true),
  a('sodium goes in b/c channel opens, inside more positive', true, true),
  a('idk the muscle just moves', false, false),
  a('acetylcholine makes the muscle work', false, false),
  a('u get sodium rushing in and then the inside is not as negative', true, true),
  a('the ions go in and stuff', false, false),

  // ── Vague or partial ─────────────────────────────────────────────────────
  a('Ions move across the membrane and the membrane potential changes.', false, false),
  a('The charge of the cell changes.', false, false),
  a('The membrane potential changes so the muscle can contract.', false, false),
  a('Ions flow into the cell.', false, false),
  a('The cell becomes depolarized.', false, true),
  a('It increases the membrane potential.', false, true),
  a('The voltage across the membrane goes up.', false, true),
  a('The polarity of the membrane reverses.', false, true),
  a('The inside of the cell becomes positive.', false, true),
  a('Positive charge builds up inside the cell as cations enter.', true, true),
  a('The muscle cell gains positive charge because sodium comes in.', true, true),
  a('ACh is broken down by an enzyme.', false, false),
  a('The receptor changes shape.', false, false),

  // ── Misconceptions mixed in ──────────────────────────────────────────────
  a('Depolarization uses ATP to push sodium into the cell.', true, true),
  a('The Na+/K+ pump uses ATP to move sodium into the cell, making it less negative.', true, true),
  a('ATP is used to open the channel and sodium enters, depolarizing the cell.', true, true),
  a('Sodium is actively transported into the cell, which depolarizes it.', true, true),
  a('The cell uses energy to depolarize.', false, true),

  // ── Other phrasings of the right ideas ───────────────────────────────────
  a('Na+ ions pour into the cell, making the inside less negatively charged.', true, true),
  a('The muscle fiber is flooded with sodium, so its membrane potential rises.', true, true),
  a('Cations (mostly sodium) move into the cell, so the membrane potential moves toward zero.', true, true),
  a('A rush of sodium into the cell reduces the negative charge inside.', true, true),
  a('Na+ is let into the muscle cell and the cell loses its negative charge.', true, true),
  a('The sodium ions come into the cell making the membrane potential less negative.', true, true),
  a('The channels allow Na+ to diffuse into the muscle, depolarising the membrane.', true, true),
  a('There is an inward flow of sodium which causes the muscle cell to depolarize.', true, true),
  a('Sodium gets into the cell and the inside charge increases.', true, true),
  a('Sodium moves from outside the cell to inside the cell, making the inside more positive.', true, true),
  a('Na+ goes from the extracellular fluid into the cytoplasm; the cell depolarizes.', true, true),
  a('Sodium rushes across the membrane into the cell and the potential becomes more positive.', true, true),
  a('The membrane becomes permeable to sodium and the cell depolarizes.', false, true),
  a('Positive sodium ions travel inside, raising the voltage.', true, true),
];

/**
 * A second batch written after the rubric was tuned on the first, and scored once before any
 * further change, to estimate accuracy on answers the rubric was not shaped by.
 */
export const nmjHeldOut: readonly LabelledAnswer[] = [
  a(
    'When acetylcholine attaches to the receptor the channel opens and lets sodium ions rush into the muscle cell, so the cell becomes depolarized.',
    true,
    true,
  ),
  a('Na+ moves inside the muscle cell and makes the membrane potential less negative.', true, true),
  a('The muscle cell membrane depolarizes because sodium floods in through the open channel.', true, true),
  a(
    'Sodium ions are let in by the receptor channel which raises the membrane potential toward threshold.',
    true,
    true,
  ),
  a('ACh binding opens the channel, and Na+ diffuses in. The interior becomes positive.', true, true),
  a('It makes the muscle cell more positive on the inside since Na+ ions are entering.', true, true),
  a('Sodium comes into the cell. The cell is now less polarized (depolarized).', true, true),
  a('The channels open and sodium enters.', true, false),
  a('The receptors open allowing an influx of Na+.', true, false),
  a('The potential goes from negative to less negative.', false, true),
  a('Its membrane potential becomes less negative and may reach threshold.', false, true),
  a('The muscle cell will fire an action potential and contract.', false, false),
  a('Acetylcholine tells the muscle to contract by changing its charge.', false, false),
  a('The muscle membrane becomes more negative because chloride rushes in.', false, false),
  a('Sodium rushes out of the muscle cell, making the inside less positive.', false, false),
  a('Potassium floods into the cell and the cell depolarizes.', false, true),
  a('K+ channels open so K+ comes in, which makes the inside more positive.', false, true),
  a('Sodium does not move into the cell because the receptor is blocked.', false, false),
  a('The sodium channels will not open, so the membrane stays at resting potential.', false, false),
  a(
    'If sodium could not enter, the membrane would not depolarize, but here ACh binds so Na+ enters and it depolarizes.',
    true,
    true,
  ),
  a(
    'Na⁺ ions go through the ligand gated channel into the fiber and the membrane potential rises.',
    true,
    true,
  ),
  a('sodium ions rush in making the inside of the cell more positive than the outside', true, true),
  a('the outside of the membrane becomes positive and the inside negative', false, false),
  a('The extracellular fluid gets more positive as sodium moves.', false, false),
  a('Ions such as Na+ enter the sarcoplasm, depolarising the sarcolemma.', true, true),
  a('Depolarisation occurs as sodium diffuses in down its concentration gradient.', true, true),
  a('The cell gets depolarized and contracts.', false, true),
  a('it becomes less negative inside because + ions come in', true, true),
  a('Sodium moves into the cell by active transport, which makes the cell depolarize.', true, true),
  a(
    'The sodium-potassium pump pushes three sodium out and two potassium in, so the cell stays negative.',
    false,
    false,
  ),
  a('ACh opens Na channels; Na rushes in; membrane potential increases.', true, true),
  a('NA+ goes into the cell which makes it less negitive inside.', true, true),
  a('Sodium ions enter and it hyperpolarizes.', true, false),
  a('There is no change to the membrane potential because ACh is an inhibitory signal.', false, false),
  a(
    'Sodium wants to go into the cell because there is more outside, so once the channel opens it flows in and the cell depolarizes.',
    true,
    true,
  ),
  a('Positive ions rush into the cell, so the voltage inside rises.', true, true),
  a('A flow of positive charge into the cell decreases the negativity inside.', true, true),
  a('The charge inside the muscle cell flips from negative to positive as sodium enters.', true, true),
  a('sodium in = depolarization', true, true),
  a('the inside stays negative and nothing enters', false, false),
];
