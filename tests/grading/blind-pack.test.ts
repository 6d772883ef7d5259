import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { grade } from '../../src/grading/grade.js';
import { contentDir } from './helpers.js';

/*
 * Blind, teacher-labelled answers to the six FRQs written for the pack (issue 7). Fresh writers
 * (helper sessions) saw only each prompt and its point labels; every batch has its own writers.
 * The protocol: measure a new batch ONCE, untouched, then tune on it with general rules and
 * measure the next one. `<id>-a.json` … `<id>-z.json`, then `<id>-aa.json` … `<id>-az.json`, `<id>-ba.json` … `<id>-bz.json`, then `<id>-ca.json` … `<id>-cz.json`, `<id>-da.json` … `<id>-dz.json`, then `<id>-ea.json` … `<id>-ez.json`, `<id>-fa.json` … `<id>-ft.json`, are batches A–Z, AA–AZ, BA–BZ, CA–CZ, DA–DZ, EA–EZ, FA–FG, FI, FJ, FK, FL, FM, FN, FO, FP, FQ, FR, FS and FT (CC is stored after CD, EZ before EY, FC after FE; FH was never written; FL was the last untouched until round 253 was made from its one flagged answer; FM was the last untouched until FN, FN until FO, FO until FP, FP until FQ, FQ until FR, FR until FS, FS until FT; FT is the last untouched). The osmosis batches A–C
 * were labelled with short ids (H, W, S, N); they are stored under the rubric's ids (hypotonic,
 * water-enters, swells-bursts, no-wall), labels unchanged. Floors sit a little under the measured
 * figures so a regression fails without making the test flaky. N and O were both measured on the
 * same engine (round 13), untouched; the floors below are set from those first figures.
 *
 * Untouched figures, all six FRQs together (point decisions agreeing with the writer's labels):
 * A 91.1% (first touch, before any change), B 94.8%, C 94.1%, D 95.5% (93.9% on the engine the
 * third round started from), E 95.0%, F 96.5%, G 95.5%, H 94.7% (a Discord study group's slang),
 * I 95.2%, J 95.1% — the last untouched batch (2 Dec, engine at commit 9813535): depolarization
 * 94.4%, osmosis 95.7%, passive/active 92.7%, pump-blocked 95.2%, resting-potential-pump 97.4%,
 * synapse-neurotoxin 95.1%; lowest point passive/active `active-energy` 88.0%; three full-mark
 * answers flagged (passive/active 2, resting pump 1). Short of the issue's targets (95% per FRQ,
 * every point 90%, none flagged), recorded as found.
 * K, measured once after round 10 (tuned on J; a rural class answering on phones late at night):
 * 96.4% of 1,631 — depolarization 96.3%, osmosis 95.9%, passive/active 95.8%, pump-blocked 93.9%,
 * resting-potential-pump 97.8%, synapse-neurotoxin 98.2%; lowest point depolarization
 * `repol-back-to-rest` 90.7%; two full-mark answers flagged (passive/active 1, pump-blocked 1).
 * L, measured once after round 11 (tuned on K; a magnet school's over-explainers and an inclusion
 * group): 95.0% of 1,632 — depolarization 94.9%, osmosis 96.1%, passive/active 93.1%,
 * pump-blocked 94.2%, resting-potential-pump 95.9%, synapse-neurotoxin 95.8%; lowest points
 * depolarization `repol-back-to-rest` 89.1% and resting pump `net-charge` 89.5%; no full-mark
 * answer flagged.
 * M, measured once after round 12 (tuned on L; a summer bridge class, retakers and English
 * learners): 96.3% of 1,672 — depolarization 97.5%, osmosis 93.9%, passive/active 98.0%,
 * pump-blocked 94.5%, resting-potential-pump 96.0%, synapse-neurotoxin 96.8%; lowest point
 * pump-blocked `leak-not-restored` 87.3%; no full-mark answer flagged.
 * N and O, each measured once on the same engine after round 13 (tuned on M; N an exam-week class
 * using shorthand, O a homeschool co-op and an online charter school): N 96.8% of 1,631 — every
 * FRQ ≥ 96.0%, every point ≥ 94.4%, none flagged; O 95.2% of 1,662 — passive/active 94.2%,
 * pump-blocked 94.5%, osmosis `water-enters` 89.1%, pump-blocked `leak-not-restored` 87.3%, four
 * full-mark answers flagged. Together 96.0% of 3,293.
 * P, measured once after round 14 (tuned on N and O; a career-technical class using clinical
 * words): 97.2% of 1,676 — every FRQ ≥ 96.4%, every point ≥ 93.2%, two full-mark answers flagged
 * (resting pump 1, synapse 1).
 * Q, the last untouched batch, measured once after round 15 (tuned on P; a bilingual class that
 * code-switches into Spanish): 92.0% of 1,667 — every FRQ under 95% (91.4–92.7%), nine points
 * under 90%, none flagged. The grader reads English only: the 27 answers with Spanish clauses
 * agree on 60.6% of their 137 decisions, the other 305 answers on 94.8% of 1,530.
 * R, measured once after round 16 (tuned on Q's English answers; two sections of a suburban
 * school, a few English learners): 96.4% of 1,627 — pump-blocked 94.3%, every other FRQ ≥ 96.1%,
 * every point ≥ 90.6%, two full-mark answers flagged (pump-blocked, "fire a few more times").
 * S, measured once after round 17 (tuned on R; a community college's
 * evening course of pre-nursing and returning adult students): 97.0% of 1,622 — every FRQ
 * ≥ 96.2%, every point ≥ 92.6% but passive/active `examples` 88.5%, one full-mark answer flagged
 * (depolarization, "swaps the phases" on a "then" clause that named no phase).
 * T, measured once after round 18 (tuned on S; a large urban class,
 * several students dictating with voice-to-text): 96.8% of 1,660 — passive/active 93.8% (two
 * points under 90%: dictated run-ons tied facts to the wrong kind of transport), every other FRQ
 * ≥ 96.1%, five full-mark answers flagged (passive/active 4, synapse 1).
 * U, measured once after round 19 (tuned on T; a small-town class
 * answering on Chromebooks at the end of the day): 97.4% of 1,645 — every FRQ ≥ 95.8%, every point
 * ≥ 92.6%, one full-mark answer flagged (passive/active: "Active transport cant happen without
 * ATP" read as "needs no energy").
 * V, measured once after round 20 (tuned on U; an international
 * school's IB/AP students in revision week, British spellings): 97.0% of 1,606 — pump-blocked
 * 92.4% (`cannot-fire` 89.3%), every other FRQ ≥ 96.7%, no full-mark answer flagged.
 * W, measured once after round 21 (tuned on V; a Saturday exam-prep
 * bootcamp): 96.6% of 1,663 — every FRQ ≥ 95.7%, every point ≥ 94.4% but synapse `prediction`
 * 87.5%, no full-mark answer flagged.
 * X, measured once after round 23 (tuned on W; a homework FRQ the night
 * before it is due): 97.1% of 1,663 — every FRQ ≥ 96.1%, every point ≥ 91.1%, two full-mark
 * answers flagged (depolarization: "just after the depolarization phase", parallel "when" clauses).
 * Y, measured once after round 24 (tuned on X; a rural consolidated
 * school, practical comparisons, a few students writing in fragments), and nothing changed after:
 * 97.7% of 1,648 — every FRQ ≥ 96.5%, every point ≥ 92.3%, no full-mark answer flagged. All three
 * targets met.
 * Z, measured once on the same engine as Y (only a no-change refactor came between; a hospital
 * school program): 96.8% of 1,636 — pump-blocked 94.2% (`leak-not-restored` 86.5%), every other
 * FRQ ≥ 96.6%, one full-mark answer flagged. Y's clean result did not replicate; Y and Z together
 * 97.3% of 3,284.
 * AA, measured once after round 25 (tuned on Z; a science-olympiad club
 * and its AP class): 96.0% of 1,684 — passive/active 94.2% (`examples` 83.6%: bare "diffusion"
 * as an example, which this writer credited and most earlier writers did not; named transporters),
 * every other FRQ ≥ 95.3%, one full-mark answer flagged.
 * AB, the last untouched batch, measured once after round 26 (tuned on AA; a substitute-teacher
 * day in early spring), with no grading decision changed after it: 97.4% of 1,603 — every FRQ
 * ≥ 96.4%, every point ≥ 94.1%, no full-mark answer flagged. All three targets met.
 * AC, measured once on AB's engine (no pack decision changed in between; an after-school AP review
 * club in Texas two weeks before the exam; the writer brief was rewritten from the prompt and the
 * labels after the old one was lost): 95.9% of 1,500 — passive/active 93.7% (`passive-down-gradient`
 * and `active-energy` 88.0%), pump-blocked 93.5% (`leak-not-restored` 90.0%), every other FRQ
 * ≥ 96.3%, one full-mark answer flagged. AB's clean result did not replicate. Round 28 then tuned on
 * AC: 96.5%, none flagged.
 * AD, measured once after round 28 (tuned on AC; a small rural combined AP/honors section in
 * western Montana): 96.8% of 1,500 — every FRQ ≥ 95.5%, every point ≥ 92.0% but resting pump
 * `potassium-in` 88.0%, no full-mark answer flagged (two of the three targets). Round 29 then tuned
 * on AD: 97.3%.
 * AE, measured once after round 29 (tuned on AD; an urban AP class the day before spring break,
 * phones, sports analogies): 95.3% of 1,500 — pump-blocked 93.0%, resting pump 94.0%, every other
 * FRQ ≥ 95.0%, every point ≥ 90.0%, one full-mark answer flagged (the pump that "binds two
 * potassium ions outside" read as reversing them). Round 30 then tuned on AE: 95.8%, none flagged.
 * AF, measured once after round 30 (tuned on AE; a homework answer the evening after a neuron lab,
 * some dictated): 96.0% of 1,500 — passive/active 93.0% (`examples` 88.0%), every other FRQ
 * ≥ 96.4%, one full-mark answer flagged (depolarization: "it doesnt need any ATP like the pump
 * does" read as crediting the pump; a guard against the comparison was tried and reverted, see the
 * grading history in docs/grading-history.md). Round 31 then tuned on AF: 96.5%.
 * AG, measured once after round 31 (tuned on AF; a dual-enrollment course answering an online
 * quiz on a Sunday night): 96.9% of 1,500 — pump-blocked 94.0%, every other FRQ ≥ 96.0%, every point ≥ 92.0%, one
 * full-mark answer flagged (resting pump: "3 out 2 in" note form read as reversed directions). Round 32 then tuned on AG (a
 * typed em dash, "instead of a cell wall", "will not go up"): the flag gone, 97.0%.
 * AH, the last untouched batch, measured once after round 32 (tuned on AG; a Houston magnet
 * school's take-home practice FRQ), with no grading decision changed after it: 96.5% of 1,500 —
 * every FRQ ≥ 95.0%, every point ≥ 90.0%, no full-mark answer flagged. All three targets met.
 * AI, measured once on the engine after round 33 (an early-morning timed warm-up in Colorado):
 * 96.5% of 1,500 — every FRQ ≥ 96.0%, no full-mark answer flagged, but the resting pump's `ratio`
 * at 88.0% (a bare "3 to 2" after "potassium out and sodium in"). Round 34 then tuned on AI: 97.2%.
 * AJ, measured once after round 34 (a snow-day review packet in rural Montana): 95.3% of 1,500 —
 * passive/active 92.7% (`active-energy` 86.0%), one full-mark answer flagged (a basketball analogy
 * whose pump sentence is read as about passive transport). Round 35 then tuned on AJ: 96.9%, the
 * flag left (a topic rule that fixed it made 23 other decisions worse and was reverted).
 * AK, the last untouched batch, measured once after round 35 (a Georgia class's weekend online
 * homework before the unit exam), with none of its decisions changed after it: 97.7% of 1,500 —
 * every FRQ ≥ 96.5%, every point ≥ 92.0%, no full-mark answer flagged. All three targets met.
 * Round 38 (a denied thought experiment, "… none of that happens") changed five decisions in AD
 * and AJ, all to agree with the writers, and none in AK.
 * AL, measured once on round 38's engine (commit 63d4a38; a Chicago public school's timed practice
 * FRQ before winter break, run-ons and a few English learners): 96.3% of 1,500 — every FRQ ≥ 95.0%,
 * every point ≥ 90.0% (pump-blocked `less-negative`), no full-mark answer flagged. All three targets
 * met. Round 39 then tuned on AL (a number inside a statement, "in and out", arrows on a gradient,
 * a supposition pointing back, a doubt's reach, a mix-up owned, "could either … or"): 97.1%.
 * AM, measured once after round 39 (commit 24fd62c; an online course for students in small Alaskan
 * villages, patchy internet, dialect and informal spelling): 97.1% of 1,500 — pump-blocked 93.0%
 * (`leak-not-restored` 88.0%), every other FRQ ≥ 97.0%, four full-mark answers flagged (one of them
 * rightly: synapse #7). Round 40 then tuned on AM (a misconception that `cancels` a point read from
 * its own sentence, "not free", the pump "a separate thing", a subject heading a new part after
 * "and", "not sure which", "dissolved stuff", "h20", "from where lots to where not much", "does not
 * lose its ability to fire"): 97.7%, one flagged (synapse #7).
 * AN, measured once after round 40 (commit aab9896; a Philadelphia charter school's homework on
 * Google Classroom the night before a unit test, pasted notes, text-speak, very short answers):
 * 97.0% of 1,500 — every FRQ ≥ 96.0%, every point ≥ 90.0% (pump-blocked `gradients-run-down`), no
 * full-mark answer flagged. All three targets met. Round 41 then tuned on AN (a passive
 * participle negates nothing after it, "~-70", a result clause naming its phase, "at first I
 * thought … but", "Na+ ions - 3 pumped out", a gradient that "won't be there", "(the Na/K
 * gradients)", "sweel", "can't receive ACh"): 97.7%.
 * AO, measured once after round 41 (commit e579dea; an Ohio study hall, AP and regular-track
 * students together, copied phrases, textbook paragraphs, jokes and guesses): 95.8% of 1,500 —
 * passive/active 93.3%, pump-blocked 92.5% (`leak-not-restored` 82.0%), osmosis 95.0%, every other
 * FRQ ≥ 96.3%, no full-mark answer flagged: two of the three targets missed. Round 42 then tuned on
 * AO (a clause-final "maybe", "in or out" under a "might", the next case of a generic supposition,
 * more water outside, "hypo", "to the hypertonic side", ions that "stay where they are", "nothing
 * kicks them back", "isnt negative anymore", "lose 1 +", "the side where it's already
 * concentrated"): 96.7%.
 * AP, measured once after round 42 (commit 9e6b283; a New Mexico AP section's timed paper test,
 * typed up with the crossed-out words shown): 96.8% of 1,500 — every FRQ ≥ 95.3%, every point ≥
 * 90.0%, three full-mark answers flagged (two from crossed-out words, one from "for a few seconds
 * nothing would happen"): two of the three targets. Round 43 then tuned on AP (struck-through and
 * crossed-out words, "for a few seconds", "won't be as negative", "against both gradients",
 * "join with", "grow", ", into the cell"): 97.5%, none flagged.
 * AQ, measured once after round 43 (commit 93d9b2a; a rural Kentucky class on school iPads,
 * regional phrasing, autocorrect slips, part answers): 96.3% of 1,500 — passive/active 93.3%
 * (`passive-down-gradient` 88.0%), every other FRQ ≥ 95.5%, one full-mark answer flagged (a
 * misspelt "actve" left the examples unplaced). Round 44 then tuned on AQ (autocorrect and typing
 * slips, "hi 2 lo", "no solutes" negating only the solutes, "concentration grade", "dont spend
 * nothing", "soaks up", "closer and closer together", "no restoration", "hauls in"): 97.5%.
 * AR, measured once after round 44 (commit d050f84; a Seattle-area class's exit ticket, short
 * answers, pasted notes, a few careful writers): 97.2% of 1,500 — depolarization 98.0%, osmosis 99.0%, passive/active
 * 97.3%, pump-blocked 96.5%, resting-potential-pump 97.3%, synapse-neurotoxin 95.2%; every point ≥
 * 92.0% (synapse `channel-closed`); no full-mark answer flagged. All three targets met. Round 45
 * then tuned on AR ("actually wait maybe", "but passive transport would …", "making it +",
 * "rather than depolarizing", "les", "wud", "negitive", "doesnt have a gradient", "filling the cell
 * w water", "few … to where there are many"): 97.9%.
 * AS, measured once after round 45 (commit 15c47a2; a Vermont boarding school's take-home quiz,
 * many international students): 96.5% of 1,500 — depolarization 96.8%, osmosis 96.5%,
 * passive/active 96.0%, pump-blocked 97.0%, resting-potential-pump 95.3%, synapse-neurotoxin
 * 98.0%; every point ≥ 92.0%; no full-mark answer flagged. All three targets met. Nothing was
 * tuned on it.
 * AT, the first touch of round 46, measured once on the engine as it stood (commit 2f1f990; a
 * Houston magnet school's substitute-teacher day, many answering in pairs): 95.8% of 1,500 —
 * depolarization 95.2%, osmosis 98.5%, passive/active 97.3%, pump-blocked 95.5%,
 * resting-potential-pump 94.3% (`potassium-in` 88.0%), synapse-neurotoxin 94.4% (`no-binding`
 * 86.0%); two full-mark answers flagged (a partner's view the pair corrected). Round 46 then
 * tuned on AT (a ", which …," aside between subject and verb, misspelt beginnings under prefix
 * elements, a stray comma before the verb, ", out of the cell", someone else's corrected view,
 * "potassium leaving", "the same concentrations", "hihg"): 96.5%, none flagged.
 * AU, measured once after round 46 (commit a21870e; a rural Arizona class of twelve in a Friday
 * review session): 97.2% of 1,500 — depolarization 97.2%, osmosis 98.0%, passive/active 95.7%,
 * pump-blocked 95.5%, resting-potential-pump 98.7%, synapse-neurotoxin 98.0%; every point ≥ 90.0%
 * (passive/active `active-energy`); no full-mark answer flagged. All three targets met. (On the
 * engine before round 46: 97.1%.) Round 47 then tuned on AU (bracketed phase labels, "but it
 * might be 2 to 3", "i forget", "depends on the cell's energy", "following the gradient", "close
 * to 0", "the ACh can't fit"): 97.7%.
 * AV, measured once after round 47 (commit 6f1d5f1; a suburban Atlanta class's weekend Canvas quiz
 * before the exam): 96.9% of 1,500 — depolarization 98.0%, osmosis 96.5%, passive/active 97.0%,
 * pump-blocked 96.0%, resting-potential-pump 98.0%, synapse-neurotoxin 95.6%; every point ≥ 90.0%;
 * two full-mark answers flagged, one rightly (osmosis #38 says solutes diffusing out are part of
 * osmosis, and its writer names that misconception; the floor allows it). Round 48 then tuned on
 * AV ("I was going to say … but", "either … or … idk", "in at a 3 to 2 ratio", "an input of
 * energy", "already more concentrated", "getting smaller", the normal case told as a chain):
 * 97.5%.
 * AW, measured once after round 48 (commit cfe4b56; a rural Iowa class on a unit review day, farm
 * analogies, two- or three-word parts, mixed-up ions): 94.3% of 1,500 — depolarization 94.4%,
 * osmosis 95.0%, passive/active 95.0%, pump-blocked 90.0% (`less-negative` 86.0%),
 * resting-potential-pump 95.3%, synapse-neurotoxin 94.8%; every point ≥ 86.0%; none flagged. One
 * of the three targets. Round 49 then tuned on AW ("Or …" sentences, "Actually wait, maybe",
 * irregular pasts in suppositions, the presynaptic cell for sodium entry, "no pump = no reset",
 * "the same amount on both sides", "the net movement is into the cell"): 95.5%; most of what is
 * left are farm analogies that never name the fact.
 * AX, measured once after round 49 (commit 2b49f00; a Bronx class's warm-up after a long weekend,
 * many bilingual students, a bead-and-sieve demo): 96.9% of 1,500 — depolarization 96.4%, osmosis
 * 96.5%, passive/active 97.3%, pump-blocked 95.0%, resting-potential-pump 97.0%,
 * synapse-neurotoxin 98.4%; every point ≥ 90.0%; no full-mark answer flagged. All three targets
 * met. Round 50 then tuned on AX (a correction that gives only the new direction, "but maybe its
 * 2 to 3", "vs.", "w", "the cell is saltier", "never gets reset"): 97.9%.
 * AY, measured once after round 50 (commit adb4e48; a Minneapolis snow-day class on a shared doc,
 * strong students who over-qualify): 97.5% of 1,500 — every FRQ ≥ 97.0%, every point ≥ 92.0%,
 * three full-mark answers wrongly flagged by their caveats. Round 51 then tuned on AY (caveats
 * set aside by "but not this one", "actually wait, I think", "whether … but", denials ended by a
 * dash): 98.1%; the one flag left ("some ions may also leak out") is allowed by the floor.
 * AZ, measured once after round 51 (commit 73907fb; an Albuquerque paper practice typed up by an
 * aide, definitions first, drawings described in words): 96.9% of 1,500 — every FRQ ≥ 95.5%, every
 * point ≥ 90.0%, three full-mark answers wrongly flagged (two by glossary lines written before the
 * answer, which are left alone, so the synapse floor allows two). Round 52 then tuned on AZ
 * ("no energy (ATP)", "in distilled water", reversals within a sentence, drawing labels): 97.7%.
 * BA, measured once after round 52 (commit 63fbe5d;
 * a Baton Rouge study hall answering on phones, autocorrect, one-sentence answers, a "salty
 * banana" mnemonic, restated questions): 96.6% of 1,500 —
 * depolarization 94.0% (`repol-potassium-out` 90.0%: numbered and table-form answers, "the main
 * ion is sodium (Na+), and it moves into the cell"), osmosis 98.5%, passive/active 96.3%,
 * pump-blocked 96.5%, resting-potential-pump 96.3%, synapse-neurotoxin 98.4%; every point ≥ 90.0%;
 * one full-mark answer wrongly flagged ("pump kicks out 3 Na+ n brings in 2 K+" read as
 * reversed). Two of the three targets. Round 53 then tuned on BA ("and it moves into the cell"
 * after naming the ion, "Na+ n brings in", "goes down it", "the door (channel) stays locked"):
 * 96.9%.
 * BB, measured once after round 53 (commit 09fbfbb;
 * a Sacramento retake in a Google Form, Claim/Evidence/Reasoning answers, Spanglish, very short
 * answers): 95.3% of 1,500 — depolarization 94.8%, osmosis 94.5%
 * (`water-enters` 86.0%), passive/active 97.3%, pump-blocked 93.5%, resting-potential-pump 94.0%,
 * synapse-neurotoxin 96.8%; every point ≥ 86.0%; no full-mark answer flagged. One of the three
 * targets. Most of its misses are Spanish words inside English answers ("saca 3 Na+ afuera",
 * "el water entra a la cell"), which the grader did not read. (On the engine the session before
 * started from, 2f1f990: 95.1%.) Round 54 then tuned on BB (Spanish key words read as English ones,
 * "and then for repolarization …" heading what follows, a comma-spliced "it"): 97.3%.
 * BC, measured once after round 54 (commit 8722381; a Providence mock AP exam in the library,
 * outlines, dense paragraphs, second-guessing, everyday comparisons, English learners, over-long
 * answers): 97.1% of 1,500 — depolarization 97.2%, osmosis 96.5% (`water-enters` 88.0%),
 * passive/active 96.3%, pump-blocked 95.0%, resting-potential-pump 98.3%, synapse-neurotoxin 98.8%;
 * three full-mark answers wrongly flagged ("create" read as "crenate", the leak channels "not
 * affected", the presynaptic neuron that "still fires"). One of the three targets. Round 55 then
 * tuned on BC ("It moves into the neuron." after naming the ion, "it moves it out", "and then
 * repolarization …", "stops being so negative", flags on the wrong side): 97.9%.
 * BD, measured once after round 55 (commit b38b0ce; homework on a suburban Denver learning
 * platform: paraphrased textbook, a few lines from memory, units mixed up, bullet points and dashes,
 * misremembered numbers, extra detail): 97.7% of 1,500 — depolarization 98.4%, osmosis 98.0%,
 * passive/active 96.3%, pump-blocked 98.5%, resting-potential-pump 97.0%, synapse-neurotoxin
 * 98.4%; every point ≥ 96.0%; no full-mark answer flagged. All three targets. Not tuned on.
 * BE, measured once on the same engine (commit 1623ad1; a coastal North Carolina Schoology quiz
 * after a hurricane make-up day: clipped phrases, fishing and tide analogies, hedges): 96.7% —
 * every FRQ ≥ 96.0%, none flagged, but osmosis `water-enters` 88.0%. Two of the three targets.
 * Round 56 tuned on it: 97.0%.
 * BF, after round 56 (commit 8bcbeb3; a Milwaukee warm-up: bus and basketball analogies, English
 * learners, restated questions): 96.1% — resting-potential-pump 94.7%, one full-mark answer
 * wrongly flagged (a whole answer written as "If … then …"). One of the three targets. Round 57: 96.7%.
 * BG, after round 57 (commit 48b9204; an eastern Oregon paper practice test typed up by the
 * teacher: ranch analogies, crossed-out words, numbered notes): 97.7% — every FRQ ≥ 96.5%, every
 * point ≥ 92.0%, one full-mark answer wrongly flagged (words the student crossed out in round
 * brackets). Two of the three targets. Round 58: 98.1%.
 * BH, measured once after round 58 (commit d195e52; a suburban Phoenix review week in a Google
 * Form: review-book phrases, fragments, pool and traffic comparisons, English learners, hedges):
 * 96.9% of 1,500 — depolarization 98.0%, osmosis 97.5%, passive/active 97.3%, pump-blocked 94.5%
 * (`gradients-run-down` 90.0%), resting-potential-pump 96.3%, synapse-neurotoxin 97.2%; every
 * point ≥ 90.0%; no full-mark answer flagged. Two of the three targets. Round 59 tuned on it: 97.9%.
 * BI, after round 59 (commit 5ea1393; a Honolulu practice question at the start of the unit review:
 * textbook paragraphs, shorthand with arrows, surfing, tide and beach-parking comparisons, English
 * learners, answers that drift off topic): 98.0% — every FRQ ≥ 96.0%, every point ≥ 92.0%, none
 * flagged. All three targets. Round 60 tuned on it: 98.9%.
 * BJ, the last untouched batch, measured once after round 60 on the final engine (commit 3e92319;
 * a central New Jersey testing-week study block: tight answers, bullet points and numbered claims,
 * words left out, "bouncer" and "battery" comparisons, English learners, "I think" before every
 * claim), with nothing changed after it: 96.9% of 1,500 — depolarization 98.8%, osmosis 99.0%,
 * passive/active 93.7% (`active-energy` 90.0%), pump-blocked 94.0%, resting-potential-pump 98.3%,
 * synapse-neurotoxin 98.0%; every point ≥ 90.0%; no full-mark answer flagged. Two of the three
 * targets (passive/active and pump-blocked are under 95%). Round 61 tuned on it: 97.9%.
 * BK, measured once after round 61 (commit 959a5d3; an El Paso warm-up cut short by a fire drill:
 * fragments, parts labelled (a), (b), (c), border-bridge, water-cooler and bus comparisons, English
 * learners, "it depends"): 97.1% of 1,500 — depolarization 98.0%, osmosis 97.5%, passive/active
 * 97.3%, pump-blocked 97.0%, resting-potential-pump 97.0%, synapse-neurotoxin 95.6%; every point
 * ≥ 92.0%; no full-mark answer flagged. All three targets. Round 62 tuned on it: 97.7%.
 * BL, the last untouched batch, measured once after round 62 on the final engine (commit 2a163b3;
 * a timed paper mock exam near Detroit typed up by the teacher: long answers that define every
 * term, numbered notes with arrows, inside and outside mixed up, car-engine, battery and
 * assembly-line comparisons, English learners, cross-outs, copied questions), with nothing changed
 * after it: 97.3% of 1,500 — depolarization 99.2%, osmosis 99.0%, passive/active 95.7%
 * (`passive-no-energy` 90.0%), pump-blocked 96.5%, resting-potential-pump 97.7%, synapse-neurotoxin
 * 96.4%; every point ≥ 90.0%; one full-mark answer flagged (osmosis: "even things out" read as water
 * going out). Two of the three targets. Round 63 tuned on it: 97.7%.
 * BM, measured once after round 63 (commit f4c79c3; a Tulsa advisory period the day after a pep
 * rally: one quick line per part, terms restated, inside/outside and sodium/potassium swapped,
 * stadium-crowd, ball-game-gate and leaky-tire comparisons, English learners, "I think", numbered
 * steps with arrows): 97.3% of 1,500 — depolarization 98.0%, osmosis 98.0%, passive/active 97.0%,
 * pump-blocked 97.0%, resting-potential-pump 96.7%, synapse-neurotoxin 97.2%; every point ≥ 90.0%;
 * no full-mark answer flagged. All three targets. Round 64 tuned on it: 97.5%.
 * BN, the last untouched batch, measured once after round 64 on the final engine (commit 813e3aa; a
 * take-home review question in a Portland, Maine class notebook: compact answers with symbols,
 * wandering paragraphs, the pump confused with channels, lobster-trap, ferry-dock and ice-rink
 * comparisons, English learners (French, Somali, Arabic), cross-outs, copied questions), with nothing
 * changed after it: 95.7% of 1,500 — depolarization 96.8%, osmosis 96.0%, passive/active 95.0%,
 * pump-blocked 93.5% (`gradients-run-down` 88.0%), resting-potential-pump 97.0%, synapse-neurotoxin
 * 95.2% (`no-binding` 86.0%); five full-mark answers flagged. None of the three targets. BN was the
 * last batch of the session plan; after seeing it the plan was amended (written down before BO and
 * BP existed) to add rounds 65–66 and batches BO and BP, BP the last whatever it scored. Round 65
 * tuned on BN: 96.3%, none flagged.
 * BO, measured once after round 65 (commit 97924e3; an Omaha bell-ringer the morning after a band
 * concert: clipped lines, lettered parts, ions and sides mixed up, marching-band, drumline,
 * corn-silo and school-bus comparisons, English learners, hedges, a drift into another unit): 97.9%
 * of 1,500 — depolarization 96.8%, osmosis 98.0%, passive/active 98.7%, pump-blocked 95.0%
 * (`leak-not-restored` 90.0%), resting-potential-pump 99.0%, synapse-neurotoxin 98.8%; none flagged.
 * All three targets. Round 66 tuned on it: 98.2%.
 * BP, the last untouched batch, measured once after round 66 on the final engine (commit e627cd9; a
 * timed review quiz in Tucson typed up by the teacher: dense answers with symbols, long restatements,
 * the pump confused with channels, swamp-cooler, monsoon, cafeteria-line and turnstile comparisons,
 * English learners, cross-outs, blank parts), with nothing changed after it: 96.5% of 1,500 —
 * depolarization 98.0%, osmosis 97.0%, passive/active 94.7%, pump-blocked 92.5% (`cannot-fire`
 * 90.0%), resting-potential-pump 98.0%, synapse-neurotoxin 98.4%; every point ≥ 90.0%; no full-mark
 * answer flagged. Two of the three targets (passive/active and pump-blocked are under 95%). Round 67
 * tuned on BP: 97.4%.
 * BQ, measured once after round 67 (commit 3adec6e; a Duluth snow-day make-up period on iPads: one
 * tight sentence per part, long repetitive paragraphs, reversed pumps and channels said to need ATP,
 * ice-fishing, lake-ferry, penalty-box and ski-lift comparisons, English learners (Hmong, Somali,
 * Ojibwe), hedges, bullet points with arrows): 97.2% of 1,500 — depolarization 95.2%
 * (`repol-potassium-out` 90.0%), osmosis 96.5%, passive/active 96.7%, pump-blocked 97.5%,
 * resting-potential-pump 98.3%, synapse-neurotoxin 98.8%; none flagged. All three targets. Round 68
 * tuned on it and on consensus readings mined from every stored batch: 97.9%.
 * BR, the last untouched batch, measured once on the final engine (commit a309236; Newark exit
 * tickets typed into a form before the bell: compact answers with symbols, restated questions,
 * swapped ions and sides, PATH-turnstile, bodega, subway-platform and city-pool comparisons, English
 * learners (Portuguese, Spanish, Haitian Creole), mid-sentence corrections, unfinished parts), with
 * nothing changed after it: 97.4% of 1,500 — depolarization 97.2%, osmosis 96.0%, passive/active
 * 98.0%, pump-blocked 98.0%, resting-potential-pump 98.0%, synapse-neurotoxin 96.8%; every point
 * ≥ 92.0%; one full-mark answer flagged (depolarization #33). Two of the three targets. Rounds
 * 69–70 tuned on it: 98.1%, none flagged.
 * BS, measured once after round 69 (commit f1356a0; a timed practice on Chromebooks in eastern
 * Kentucky: one line per part, wandering paragraphs, the pump's ions mixed up and diffusion said to
 * need ATP, creek-dam, feed-store, church-parking-lot and tobacco-barn comparisons, students with
 * dyslexia, hedges, "see above"): 96.7% of 1,500 — depolarization 94.0% (`both-passive` 90.0%),
 * osmosis 98.0%, passive/active 97.3%, pump-blocked 100.0%, resting-potential-pump 96.7%,
 * synapse-neurotoxin 95.2% (`channel-closed` 88.0%); none flagged. One of the three targets. Round
 * 70 tuned on it: 97.8%.
 * BT, the last untouched batch, measured once on the final engine (commit 89aca28; a revision
 * lesson at an international school in Singapore, in a shared document: precise terms and units,
 * numbered steps, the resting and action potentials confused and ions on the wrong side, MRT-gantry,
 * hawker-queue, HDB-lift and monsoon-drain comparisons, English learners (Mandarin, Tamil, Malay,
 * Korean), "no wait" and "scratch that", parts left out), with nothing changed after it: 97.9% of
 * 1,500 — depolarization 97.2%, osmosis 100.0%, passive/active 98.0%, pump-blocked 97.0%,
 * resting-potential-pump 99.3%, synapse-neurotoxin 95.6%; every point ≥ 90.0% (synapse
 * `no-sodium-entry`); one full-mark answer flagged (passive/active #10, "it is opposite with
 * gradient"). Two of the three targets. Round 71 tuned on it: 98.6%, none flagged.
 * BU, measured once after round 71 (commit 96c6484; a timed practice on Chromebooks in Boise: careful
 * paragraphs, fragments and arrows, ions, directions and sides mixed up, river-headgate, ski-lift,
 * potato-cellar and school-hallway comparisons, English learners (Spanish, Swahili, Bosnian), hedges,
 * parts skipped): 97.2% of 1,500 — depolarization 96.8%, osmosis 98.0%, passive/active 97.3%,
 * pump-blocked 97.0%, resting-potential-pump 98.3%, synapse-neurotoxin 95.6%; every point ≥ 92.0%
 * (synapse `no-binding`); none flagged. All three targets. Round 72 tuned on it and on readings mined
 * from every stored batch: 97.8%.
 * BV, the last untouched batch of the session before, measured once on its final engine (commit e50f640; homework in a
 * Miami magnet school's learning platform: precise textbook answers, lettered and numbered note form,
 * diffusion, osmosis and active transport confused and the pump reversed, causeway-drawbridge,
 * Metrorail, high-tide and hurricane-shutter comparisons, English learners (Spanish, Haitian Creole,
 * Portuguese), mid-answer corrections, copied prompts), with nothing changed after it: 96.9% of
 * 1,500 — depolarization 96.4%, osmosis 98.5%, passive/active 96.3%, pump-blocked 96.0%,
 * resting-potential-pump 97.7%, synapse-neurotoxin 96.4%; every point ≥ 92.0%; three full-mark answers
 * flagged (osmosis #5, whose writer names the same error; pump-blocked #6 and resting-potential-pump
 * #5, corrections after "wait no" the grader does not take). Two of the three targets. Round 73
 * tuned on it: 97.7%, one flagged (osmosis #5).
 * BW, measured once after round 73 (commit 806e260; a timed practice on laptops in Anchorage: careful
 * paragraphs, terse notes with arrows, sodium and potassium swapped and the pump called passive,
 * fish-weir, blizzard cabin-door, ferry-ramp and chairlift comparisons, English learners (Yup'ik,
 * Tagalog, Samoan), claims taken back, the prompt's wording copied before answers): 96.9% of 1,500 —
 * depolarization 95.2%, osmosis 98.5%, passive/active 96.7%, pump-blocked 97.5%,
 * resting-potential-pump 96.3%, synapse-neurotoxin 97.6%; every point ≥ 90.0% (depolarization
 * `repol-potassium-out`); one full-mark answer flagged (passive/active #39, "to the side with more,
 * against the gradient" read as "with the gradient"). Two of the three targets. Round 74 tuned on it:
 * 98.1%, none flagged.
 * BX, measured once on the final engine of its session (commit 7df8ef8; a retake in a
 * Columbus school's learning platform: compact answers with symbols, long answers restating the
 * question, diffusion and osmosis, channels and the pump, inside and outside confused, stadium-turnstile,
 * revolving-door, water-tower and school-bus comparisons, English learners (Somali, Nepali, Spanish),
 * minds changed mid-sentence, parts left out), with nothing changed after it: 97.2% of 1,500 —
 * depolarization 97.2%, osmosis 95.5%, passive/active 98.3%, pump-blocked 98.0%,
 * resting-potential-pump 98.0%, synapse-neurotoxin 95.6%; every point ≥ 88.0% (osmosis `water-enters`);
 * one full-mark answer flagged (osmosis #9). One of the three targets (every FRQ ≥ 95%). Round 75
 * tuned on it: 98.1%, none flagged.
 * BY, measured once after round 75 (commit f7a41c1; a timed practice on Chromebooks in Albuquerque's
 * South Valley: precise answers with symbols, quick notes with arrows, the pump moving sodium in,
 * osmosis moving solute, acequia-gate, car-show, swamp-cooler and bus-stop comparisons, English
 * learners (Spanish, Navajo), "I mean" restatements, questions restated): 97.3% of 1,500 —
 * depolarization 97.2%, osmosis 98.5%, passive/active 95.0%, pump-blocked 95.5%,
 * resting-potential-pump 98.7%, synapse-neurotoxin 98.8%; every point ≥ 88.0% (passive/active
 * `proteins`); two full-mark answers flagged (passive/active #21, pump-blocked #18). One of the three
 * targets. Round 76 tuned on it: 98.1%, none flagged.
 * BZ, measured once after round 76 (commit 220398e; homework on a Pittsburgh school's platform over a
 * rainy weekend: full paragraphs, two-line answers, the pump confused with channels, inside with
 * outside, the two phases with each other, funicular, toll-booth, stadium-gate and river-lock
 * comparisons, English learners (Nepali, Arabic, Spanish), hedges and claims taken back, parts left
 * out): 97.1% of 1,500 — depolarization 97.2%, osmosis 98.0%, passive/active 95.3%, pump-blocked
 * 97.5%, resting-potential-pump 99.3%, synapse-neurotoxin 95.6%; every point ≥ 92.0%; no full-mark
 * answer flagged. All three targets. Round 77 tuned on it: 98.6%, none flagged.
 * CA, measured once on the final engine of its session (commit 9555cb7; a warm-up on
 * paper in Sacramento, typed in as written: compact answers with symbols and numbers, long run-ons,
 * the pump mixed up with a channel, ions with water, the presynaptic with the postsynaptic cell,
 * light-rail-turnstile, rice-paddy-levee, farmers'-market and fire-station-pole comparisons, English
 * learners (Hmong, Punjabi, Vietnamese, Spanish), all lower case without punctuation, numbered
 * lists, the right idea for the wrong part), with nothing changed after it: 96.9% of 1,500 —
 * depolarization 97.2%, osmosis 98.5%, passive/active 94.7%, pump-blocked 95.5%,
 * resting-potential-pump 99.3%, synapse-neurotoxin 96.4%; every point ≥ 90.0% (passive/active
 * `examples`); no full-mark answer flagged. Two of the three targets (passive/active is under 95%).
 * CB, measured once on round 78's engine (tuned on CA; a Fresno class on Chromebooks): 96.8% — every
 * FRQ ≥ 96.3%, lowest point synapse `no-binding` 86.0%, none flagged.
 * CC, measured once on the final engine of 4 Dec (commit 931818b, tuned on CB; a Richmond class the
 * weekend before the exam): 96.6% — every FRQ ≥ 95.2%, every point ≥ 92.0%, one full-mark answer
 * flagged (depolarization, an "ATP-using pump" read as the channels using ATP). CD, measured once
 * on the same engine and never tuned on before round 80 (a Tacoma class after winter break): 96.0%.
 * CE, measured once on round 80's engine (tuned on CC and CD; a Tulsa exit ticket): 97.3% — every
 * FRQ ≥ 95.0%, lowest point pump-blocked `leak-not-restored` 88.0%, one full-mark answer flagged
 * (passive/active, "because its pump proteins need ATP" read as proteins making transport active).
 * CF, the last untouched batch, measured once on the final engine (round 81, tuned on CE; a
 * Providence class reviewing in a shared doc the night before a unit test), with nothing changed
 * after it: 97.7% of 1,500 — depolarization 99.2%, osmosis 99.5%, passive/active 94.7%,
 * pump-blocked 98.5%, resting-potential-pump 98.0%, synapse-neurotoxin 97.6%; every point ≥ 90.0%
 * (passive/active `passive-down-gradient`); one full-mark answer flagged (passive/active, a
 * poisoned-cell answer whose "low to high … against the gradient" was said of passive transport).
 * One of the three targets (passive/active under 95%, one flag).
 * CG, measured once on round 82's engine (tuned on CF; a rural eastern Kentucky timed practice):
 * 98.3%, three full-mark answers flagged. CH, measured once on the final engine of its session
 * (f66c3f5, round 83; a Minneapolis discussion-board homework): 97.7% — every FRQ ≥ 96.0%, every
 * point ≥ 90.0%, one full-mark answer flagged (passive/active, a lettered note-form answer).
 * CI, measured once on round 84's engine (67dc8be, tuned on CH; a San Antonio bell-ringer quiz):
 * 97.6% — every FRQ ≥ 95.6%, synapse `no-binding` 86.0% and passive/active `examples` 88.0%, none
 * flagged. CJ, measured once on round 85's engine (6b4a265, tuned on CI; a Spokane take-home
 * review): 97.0% — every FRQ ≥ 95.2%, every point ≥ 92.0%, two full-mark answers flagged (osmosis,
 * a table column read as one clause; synapse, a three-column yes/no table).
 * CK, the last untouched batch, measured once on the final engine (d5a0f7f: rounds 86–87 tuned on
 * CJ and on readings from the stored batches; a Savannah timed warm-up), with nothing changed
 * after it: 97.9% of 1,500 — depolarization 99.2%, osmosis 99.0%, passive/active 99.0%,
 * pump-blocked 99.0%, resting-potential-pump 96.7%, synapse-neurotoxin 94.8%; every point ≥ 90.0%
 * (resting pump `net-charge`, synapse `no-binding` and `channel-closed`); one full-mark answer
 * flagged (resting pump, the note form "3Na+ in->out, 2K+ out->in" read as Na⁺ moving in). One of
 * the three targets (synapse under 95%, one flag). Round 88 then tuned on CK (97.9% → 98.5%).
 * CL, measured once on round 87's engine plus one synapse reading (a Milwaukee ticket-in after a
 * fire drill): 97.8% — every FRQ ≥ 96.0%, synapse `no-binding` 86.0%, none flagged; round 88 tuned
 * on it (98.4%). CM, measured once midway through round 88 (6bc85f6; a Portland, Maine review day
 * on shared tablets): 97.3% — every FRQ ≥ 95.5%, every point ≥ 90.0%, four full-mark answers
 * flagged (a three-column "Part | Normal | With toxin" table, a run-on answer ending "the pump only
 * fixes the concentrations after", a ferry analogy, a lobster-trap analogy); round 88 tuned on it
 * (98.1%, two of the four still flagged).
 * CN, measured once at the end of round 88 (56008b0: round 88 tuned on CK, CL and CM; a Tucson
 * graded quiz before spring break): 97.5% of 1,500 — depolarization 98.0%, osmosis 98.5%,
 * passive/active 97.7%, pump-blocked 94.5%, resting-potential-pump 98.7%, synapse-neurotoxin 96.8%;
 * every point ≥ 92.0%; two full-mark answers flagged (passive/active, a hedge taken back with
 * "actually no"; pump-blocked, "-40ish" read as +40). One of the three targets. Round 89 then tuned
 * on it in the same session (98.5%).
 * CO, measured once at the end of round 89 (338b19e; a Baton Rouge warm-up the morning after a
 * football game), then tuned on in round 90 (98.3%): 97.5% of 1,500
 * — depolarization 99.6%, osmosis 96.5%, passive/active 98.7%, pump-blocked 96.5%,
 * resting-potential-pump 96.0%, synapse-neurotoxin 97.6%; every point ≥ 92.0% (pump-blocked
 * `gradients-run-down`, resting pump `potassium-in`, synapse `no-binding`); one full-mark answer
 * flagged (resting pump: after the gloss "Boats (Na+)", "K+ boats get brought in" read as sodium
 * brought in).
 * Two of the three targets (every FRQ ≥ 95%, every point ≥ 90%; one flag).
 * CP, the last untouched batch of its session, measured once on the final engine (4a4b289, after
 * round 90; a Tacoma timed practice question on a rainy Monday), with nothing changed after it:
 * 98.3% of 1,500 — depolarization 97.6%, osmosis 97.5%, passive/active 99.0%, pump-blocked 98.5%,
 * resting-potential-pump 98.7%, synapse-neurotoxin 98.0%; every point ≥ 96.0%; no full-mark answer
 * flagged. All three targets.
 * CQ, measured once at the start of round 91 (a97c7fa; a Duluth bell-ringer on a snowy Tuesday):
 * 98.0% of 1,500 — every FRQ ≥ 96.0%, every point ≥ 92.0% (passive/active `examples`); one
 * full-mark answer flagged (passive/active: "ATP synthase wait no thats H+ going down its
 * gradient"). Round 91 tuned on it (98.5%).
 * CR, measured once at the end of round 91 (39c71c3; an Albuquerque exit ticket before a
 * three-day weekend): 96.9% of 1,500 — depolarization 97.2%, osmosis 98.0%, passive/active 97.0%,
 * pump-blocked 95.5%, resting-potential-pump 97.3%, synapse-neurotoxin 96.4%; every point ≥ 92.0%;
 * one full-mark answer flagged (synapse: "is what makes the balloon rise (depolarization)"). Round
 * 92 tuned on it (98.0%).
 * CS, measured once at the end of round 92 (b664fc9; a Savannah do-now after a pep rally), meant as
 * the session's last untouched batch until time remained: 97.5% of 1,500 —
 * depolarization 97.2%, osmosis 97.5%, passive/active 97.0%, pump-blocked 99.0%,
 * resting-potential-pump 97.3%, synapse-neurotoxin 97.6%; every point ≥ 94.0% (depolarization
 * `depol-sodium-in`, synapse `channel-closed`); one full-mark answer flagged (osmosis: "when water
 * comes in … it just blows out (lyses)" read as water leaving). Two of the three targets. Round 93
 * tuned on it (98.6%).
 * CT, measured once at the end of round 93 (f9ccd8e; a Fargo lab-day check during a blizzard
 * warning), meant as the session's last untouched batch until time remained again: 98.2% of 1,500 —
 * depolarization 98.0%, osmosis 99.0%, passive/active 98.0%, pump-blocked 98.5%,
 * resting-potential-pump 97.7%, synapse-neurotoxin 98.4%; every point ≥ 94.0% (passive/active
 * `proteins`, pump-blocked `cannot-fire`, resting pump `against-gradient`); two full-mark answers
 * flagged, both passive/active (an analogy naming the pump beside a motor read as examples swapped;
 * "go from high to low too... no, is from low to high" still reported). Two of the three targets.
 * Round 94 tuned on it (98.5%).
 * CU, measured once on 226db3a (after round 94; a Providence warm-up on a foggy Monday after a long
 * weekend), the last untouched batch of its session: 97.8% of 1,500 — depolarization 98.4%, osmosis
 * 98.0%, passive/active 97.3%, pump-blocked 97.0%, resting-potential-pump 98.7%, synapse-neurotoxin
 * 97.2%; every point ≥ 94.0%; no full-mark answer flagged. All three targets.
 * CV, measured once on f4b0f6a (before round 95; a Spokane bell-ringer the day after a playoff
 * loss): 97.8% of 1,500 — depolarization 98.4%, osmosis 98.5%, passive/active 97.3%, pump-blocked
 * 98.0%, resting-potential-pump 98.7%, synapse-neurotoxin 96.0%; every point ≥ 92.0%
 * (passive/active `active-energy`, synapse `no-binding`); one full-mark answer flagged
 * (passive/active: "Na+/K+-ATPase (3 Na+ out / 2 K+ in) = active" read as the pump given as
 * passive). Round 95 tuned on it.
 * CW, measured once on 8f373d6 (after round 95; a Tucson exit ticket on a hot Friday): 98.4% of
 * 1,500 — every FRQ ≥ 97.6%, every point ≥ 94.0%, no full-mark answer flagged. Round 96 tuned on it.
 * CX, measured once on 2b530e1 (after round 96; a Burlington do-now after the first snow), meant as
 * the session's last untouched batch until time remained: 97.1% of 1,500 — depolarization 97.2%,
 * osmosis 98.0%, passive/active 96.0%, pump-blocked 96.0%, resting-potential-pump 98.3%,
 * synapse-neurotoxin 96.8%; every point ≥ 94.0%; two full-mark answers flagged (osmosis "0 solute
 * out, higher [solute] in" read as solute leaving; passive/active "…; passive stuff can go through
 * channel proteins" naming the pump before it as passive). Round 97 tuned on it.
 * CY, measured once on fe11483 (after round 97; an Omaha exit ticket before a test), meant as the
 * last untouched batch until time remained again: 97.4% of 1,500 — depolarization 98.8%, osmosis
 * 97.0%, passive/active 95.7%, pump-blocked 97.0%, resting-potential-pump 97.7%, synapse-neurotoxin
 * 98.4%; every point ≥ 90.0% (passive/active `active-against-gradient`); one full-mark answer flagged
 * (pump-blocked: an analogy whose people "keep leaking out" of the stands read as Na+ leaking out).
 * Round 98 tuned on it.
 * CZ, measured once on a8d0d5c (after round 98; a Boise bell-ringer after a ski weekend), meant as
 * the last untouched batch until time remained once more: 98.1% of 1,500 — depolarization 99.2%,
 * osmosis 99.0%, passive/active 96.3%, pump-blocked 99.0%, resting-potential-pump 99.0%,
 * synapse-neurotoxin 96.8%; every point ≥ 92.0% (passive/active `active-energy`); one full-mark
 * answer flagged (depolarization: a slip corrected by a bare "Actually K+."). Round 99 tuned on it.
 * DA, measured once on a920f28 (after round 99; a Charleston exit ticket before a field trip), meant
 * as the last untouched batch until time remained once more: 96.9% of 1,500 — depolarization 98.4%,
 * osmosis 98.5%, passive/active 97.7%, pump-blocked 95.5%, resting-potential-pump 95.0%,
 * synapse-neurotoxin 96.8%; every point ≥ 90.0% (resting pump `sodium-out`); no full-mark answer
 * flagged (all three targets). Round 100 tuned on it.
 * DB, the last untouched batch of its session, measured once on the final engine (eeed35e, after
 * round 100; a Madison warm-up before a winter concert): 97.7% of 1,500 — depolarization 98.8%,
 * osmosis 97.5%, passive/active 98.0%, pump-blocked 96.0%, resting-potential-pump 97.0%,
 * synapse-neurotoxin 98.4%; every point ≥ 94.0%; one full-mark answer flagged (depolarization:
 * "Depolarization doesn't happen because potassium leaves, it's because Na+ enters" read as K+
 * leaving said of depolarization). Two of the three targets. The next session tuned on it (round
 * 101: 98.3% after).
 * DC to DG, each measured once when it arrived, then tuned on (first touches):
 * DC on 065c5b7 (midway through round 101; a Duluth exit ticket after a hockey tournament): 96.6%;
 * every FRQ ≥ 95.0% (pump-blocked 95.0%), lowest point pump-blocked `leak-not-restored` 90.0%; two
 * full-mark answers flagged ("does not happen because K+ leaves — it's Na+ coming in"; "no ATP used
 * thats the pumps job"). Round 102 tuned on it.
 * DD on 4b16298 (after round 102; a Fargo do-now after a blizzard day off): 97.7%; passive/active
 * `examples` 92.0%; one full-mark answer flagged (resting pump: kids shoved "off into the snow").
 * Round 103 tuned on it.
 * DE on 3d09e24 (after round 103; a Sioux Falls exit ticket before winter break): 97.1%;
 * passive/active 93.3%; one full-mark answer flagged (depolarization: "and then the pump fixes it
 * all"). Round 104 tuned on it.
 * DF on e3216f3 (after round 104; a Rapid City bell-ringer after a wrestling tournament): 96.4%;
 * passive/active 94.3%; lowest points 92.0%; no full-mark answer flagged. Round 105 tuned on it.
 * DG on 1b39643 (after round 105; a Bismarck exit ticket before a basketball tournament): 97.9%;
 * every FRQ ≥ 96.4%, every point ≥ 94.0%, no full-mark answer flagged (all three targets). Round
 * 106 tuned on it.
 * DH, measured once on c9a7a02 (after round 106; a Grand Forks warm-up after a hockey game), meant
 * as the last untouched batch until time remained once more: 97.5% of 1,500 — depolarization 98.4%,
 * osmosis 98.5%, passive/active 97.3%, pump-blocked 94.0%, resting-potential-pump 97.0%,
 * synapse-neurotoxin 99.2%; lowest point pump-blocked `leak-not-restored` 88.0%; no full-mark answer
 * flagged. One of the three targets. Round 107 tuned on it (98.1% after).
 * DI, the last untouched batch, measured once on the final engine (0181268, after round 107; an
 * Aberdeen exit ticket before a band concert), with nothing changed after it: 96.5% of 1,500 —
 * depolarization 95.2%, osmosis 97.5%, passive/active 95.3%, pump-blocked 95.5%,
 * resting-potential-pump 98.3%, synapse-neurotoxin 97.2%; every point ≥ 92.0%; no full-mark answer
 * flagged. All three targets. The next session's round 108 tuned on it (97.2% after round 110).
 * Round 108 also removed a flag that recurred across stored batches: fourteen answers to the
 * neighbouring resting-potential question ("the pump moves 3 Na+ out and 2 K+ in") were flagged
 * "K⁺ enters during repolarization".
 * DJ on 7f5e4c5 (before round 108; a Sioux City bell-ringer after a volleyball tournament): 98.3%;
 * every FRQ ≥ 97.0%, lowest point synapse-neurotoxin `no-binding` 92.0%, no full-mark answer flagged
 * (all three targets). Round 108 tuned on it (98.6% after).
 * DK on 6d1d211 (after round 108; a Mankato exit ticket before a choir concert), written as the last
 * untouched batch and made a first touch by a written amendment before it was read: 96.8%; every FRQ
 * ≥ 95.6%, lowest point depolarization `depol-sodium-in` 90.0%, no full-mark answer flagged (all
 * three targets). Round 109 tuned on it (97.5% after).
 * DL on 448c8fe (after round 109; a Cedar Rapids warm-up after a wrestling meet), made a first touch
 * the same way: 97.4%; pump-blocked 94.0%, lowest points 92.0%, no full-mark answer flagged. Round 110
 * tuned on it (97.8% after).
 * DM, the last untouched batch, measured once on the final engine (ef1a99e, after round 110; a
 * Council Bluffs exit ticket before a football playoff game), with nothing changed after it: 97.2% of
 * 1,500 — depolarization 98.4%, osmosis 96.5%, passive/active 95.7%, pump-blocked 95.0%,
 * resting-potential-pump 98.7%, synapse-neurotoxin 98.4%; every point ≥ 92.0%; no full-mark answer
 * flagged. All three targets (pump-blocked exactly at 95.0%). The next session's round 111 tuned on
 * it (97.5% after round 111).
 * DN on ce84657 (before round 111; a Grand Island bell-ringer after a basketball game): 97.6%;
 * pump-blocked 94.5%, lowest point synapse-neurotoxin `no-binding` 90.0%, no full-mark answer flagged
 * (two of the three targets). Rounds 111–112 tuned on it (98.3% after).
 * DO on 5ead328 (after round 111; a Rochester exit ticket before a hockey game), written as the last
 * untouched batch and made a first touch by a written amendment before it was read: 96.5%;
 * passive/active 93.3% (`proteins` 84.0%: its writer credits "active uses pump proteins" alone, which
 * stored writers refuse), pump-blocked 94.0%, no full-mark answer flagged (one of the three targets).
 * Round 112 tuned on it (97.3% after).
 * DP on d7ee19c (after round 112; a Sioux Falls warm-up after a wrestling dual), made a first touch the
 * same way: 98.6%; every FRQ ≥ 97.0%, lowest point pump-blocked `cannot-fire` 94.0%, no full-mark
 * answer flagged (all three targets). Round 113 tuned on it (98.7% after).
 * DQ, the last untouched batch, measured once on the final engine (5237f14, after round 113; a Duluth
 * exit ticket before a hockey game), with nothing changed after it: 97.5% of 1,500 — depolarization
 * 97.6%, osmosis 98.0%, passive/active 97.7%, pump-blocked 97.5%, resting-potential-pump 97.7%,
 * synapse-neurotoxin 96.8%; every point ≥ 92.0%; one full-mark answer flagged (pump-blocked #36: "when
 * you try to stimulate it nothing happens" read as "no effect"). Two of the three targets. The next
 * session's round 114 tuned on it (98.3% after).
 * DR on 0c5f445 (before round 114; a Lewiston warm-up after a swim meet): 97.6%; every FRQ ≥ 95.0%,
 * lowest point synapse-neurotoxin `no-binding` 90.0%, no full-mark answer flagged (all three targets,
 * pump-blocked exactly at 95.0%). Round 114 tuned on it (98.6% after).
 * DS, written as the last untouched batch and measured once on 6da5d0b (after round 114; a
 * Burlington exit ticket before a ski-club trip): 98.4% of 1,500 —
 * depolarization 97.6%, osmosis 97.0%, passive/active 99.3%, pump-blocked 97.5%,
 * resting-potential-pump 99.3%, synapse-neurotoxin 98.8%; every point ≥ 92.0% (osmosis `hypotonic`);
 * one full-mark answer flagged (depolarization #3: a ferry analogy's "the K+ people get on the ferry
 * and leave the town" read as K+ entering). Two of the three targets. A written amendment to the
 * session plan then made it a first touch; round 115 tuned on it (98.5% after).
 * DT, the last untouched batch of its session, measured once on a5958dc (after round 115; a
 * Missoula warm-up after a basketball game): 97.8% of 1,500 — depolarization 96.8%, osmosis 98.0%,
 * passive/active 99.0%, pump-blocked 99.0%, resting-potential-pump 97.7%, synapse-neurotoxin 96.4%;
 * every point ≥ 92.0% (depolarization `repol-back-to-rest`, osmosis `hypotonic`); no full-mark answer
 * flagged. All three targets. The next session made it a first touch; round 116 tuned on it (98.4%
 * on the final engine).
 * DU, written as the last untouched batch and measured once on da818b2 (after round 116; a Eugene
 * exit ticket before a cross-country meet): 97.5% of 1,500 — depolarization 98.8%, osmosis 98.5%,
 * passive/active 96.3%, pump-blocked 96.5%, resting-potential-pump 98.3%, synapse-neurotoxin 96.8%;
 * every point ≥ 94.0%; no full-mark answer flagged (all three targets). A written amendment to the
 * session plan then made it a first touch; round 117 tuned on it (98.4% after).
 * DV, the last untouched batch, measured once on the final engine (5a0ff33, after round 117; a
 * Flagstaff warm-up after a track meet), with nothing changed after it: 98.7% of 1,500 —
 * depolarization 98.8%, osmosis 98.0%, passive/active 99.0%, pump-blocked 97.5%,
 * resting-potential-pump 99.7%, synapse-neurotoxin 98.4%; every point ≥ 96.0%; one full-mark answer
 * flagged (passive/active #12: "you barely use any energy - thats passive transport" read as passive
 * transport using energy). Two of the three targets. The next session made it a first touch; round
 * 118 tuned on it (99.4% on the final engine).
 * DW, the last untouched batch, measured once on the final engine (0800b31, after round 118; a Duluth
 * bell-ringer before a hockey game), with nothing changed after it: 97.3% of 1,500 — depolarization
 * 97.2%, osmosis 99.0%, passive/active 97.3%, pump-blocked 95.0%, resting-potential-pump 98.0%,
 * synapse-neurotoxin 96.8%; every point ≥ 90.0% (synapse `no-binding`); one full-mark answer flagged
 * (pump-blocked #36, "hyperpolarized, meaning its resting potential moves … up toward 0 mV": its
 * writer names the same misconception). Two of the three targets by the strict count. The next
 * session made it a first touch; round 119 tuned on it (97.9% on the final engine, the flag left).
 * DX (a Cheyenne exit ticket before a rodeo-club trip), a first touch graded once on 967127a (after
 * round 119): 98.3% of 1,500 — every FRQ ≥ 97.2%, every point ≥ 96.0%, no full-mark answer flagged.
 * Round 120 tuned on it (98.9% on the final engine).
 * DY (a Pocatello warm-up after a wrestling tournament), a first touch graded once on 5595bef (after
 * round 120): 97.9% of 1,500 — pump-blocked 95.0%, every other FRQ ≥ 97.6%, every point ≥ 92.0%, one
 * full-mark answer flagged (passive/active #22: "Pump = carrier protein, channel = passive protein"
 * read as the pump given as a passive example). Round 121 tuned on it (98.7% on the final engine).
 * DZ, the last untouched batch, measured once on the final engine (72e8b7c, after round 121; a
 * Laramie bell-ringer before a ski-club trip), with nothing changed after it: 98.1% of 1,500 —
 * depolarization 99.2%, osmosis 98.0%, passive/active 99.7%, pump-blocked 97.0%,
 * resting-potential-pump 96.0%, synapse-neurotoxin 98.8%; every point ≥ 92.0% (resting pump
 * `sodium-out`); no full-mark answer flagged. All three targets. The next session made it a first touch;
 * round 122 tuned on it (99.3% on the final engine).
 * EA (a Bozeman exit ticket before a cross-country ski meet), a first touch graded once on 7b64e35
 * (after round 122): 98.2% of 1,500 — pump-blocked 95.0%, every other FRQ ≥ 97.7%, every point ≥
 * 94.0%, no full-mark answer flagged (all three targets). Round 123 tuned on it (98.9% on the final
 * engine).
 * EB (a Rapid City warm-up after a basketball game), a first touch graded once on 450ad1b (after
 * round 123): 97.8% of 1,500 — pump-blocked 95.0% (`leak-not-restored` 88.0%), every other FRQ ≥
 * 97.6%, no full-mark answer flagged (two of the three targets). Round 124 tuned on it (98.5% on the
 * final engine).
 * EC, the last untouched batch, measured once on the final engine (07df264, after round 124; a Grand
 * Junction bell-ringer before a rock-climbing club trip), with nothing changed after it: 98.1% of
 * 1,500 — depolarization 98.0%, osmosis 97.5%, passive/active 97.3%, pump-blocked 99.5%,
 * resting-potential-pump 99.3%, synapse-neurotoxin 97.2%; every point ≥ 90.0% (osmosis `hypotonic`);
 * one full-mark answer flagged (osmosis #40: "Inside: ~0.9% solute -> outside hypOtonic" read as
 * solute moving out). Two of the three targets. The next session made it a first touch; round 125
 * tuned on it (98.7% on the final engine; the flag is gone).
 * ED (a Bend exit ticket before a mountain-bike team practice), a first touch graded once on faaf372
 * (after round 125): 97.7% of 1,500 — pump-blocked 95.0%, every other FRQ ≥ 97.2%, every point ≥
 * 90.0%, no full-mark answer flagged (all three targets). Round 126 tuned on it (98.7% on the final
 * engine).
 * EE (a Casper warm-up before a rodeo-club event), a first touch graded once on 266644d (after round
 * 126): 97.9% of 1,500 — every FRQ ≥ 96.8%, every point ≥ 96.0%, no full-mark answer flagged (all
 * three targets). Round 127 tuned on it (98.9% on the final engine).
 * EF (a Fargo bell-ringer before a curling-club match), a first touch graded once on a02eb0e (after
 * round 127): 98.3% of 1,500 — every FRQ ≥ 96.7%, every point ≥ 94.0%, no full-mark answer flagged
 * (all three targets). Round 128 tuned on it (99.1% on the final engine).
 * EG, the last untouched batch, measured once on the final engine (1e6279a, after round 128; a Sioux
 * Falls exit ticket before a wrestling-team weigh-in): 98.3% of 1,500 — depolarization 97.6%,
 * osmosis 99.0%, passive/active 97.7%, pump-blocked 97.5%, resting-potential-pump 99.0%,
 * synapse-neurotoxin 99.2%; every point ≥ 94.0%; no full-mark answer flagged. All three targets. One
 * change followed it: a fix for a round-126 regression (a full-mark ED answer flagged), which changes
 * no EG grade or flag. The next session made it a first touch; round 129 tuned on it (99.2% on the
 * final engine).
 * EH (a Billings exit ticket before a speech-and-debate tournament), a first touch graded once on
 * 161f2dc (after round 129): 98.7% of 1,500 — every FRQ ≥ 97.5%, every point ≥ 94.0%, one full-mark
 * answer flagged (passive/active #44: an aside "- wait that's in the chloroplast … not ATP I think, so
 * never mind" read as active transport needing no ATP). Round 130 tuned on it (99.3% on the final
 * engine).
 * EI (an Idaho Falls warm-up before a marching-band rehearsal), a first touch graded once on 8027c65
 * (after round 130): 98.0% of 1,500 — every FRQ ≥ 96.4%, every point ≥ 92.0%, one full-mark answer
 * flagged (osmosis #21: "Potatoes have cell walls so they'd be ok but RBCs don't have one" read as the
 * red blood cell's wall). Round 131 tuned on it (98.6% on the final engine).
 * EJ (a Great Falls bell-ringer before a rifle-club practice), a first touch graded once on 652c7d2
 * (after round 131): 98.5% of 1,500 — every FRQ ≥ 97.7%, every point ≥ 92.0%, two full-mark answers
 * flagged (depolarization #26: "the pump is what resets the concentrations after" read as the pump
 * in both phases; pump-blocked #43: "nothing happens when you try to start an AP" read as no
 * effect). Round 132 tuned on it (98.9% on the final engine).
 * EK, the last untouched batch, measured once on the final engine (2c64a67, after round 132; a Grand
 * Forks exit ticket before a robotics-club build night), with nothing changed after it: 97.9% of
 * 1,500 — depolarization 99.6%, osmosis 99.0%, passive/active 96.7%, pump-blocked 96.0%,
 * resting-potential-pump 98.7%, synapse-neurotoxin 97.2%; every point ≥ 92.0% (pump-blocked
 * `gradients-run-down`); no full-mark answer flagged. All three targets. The next session made it a
 * first touch; round 133 tuned on it (98.3% on the final engine).
 * EL–EQ, first touches of that session, each graded once when it arrived and stored at once, then
 * tuned on (rounds 134–139; figures on arrival, then on the final engine 17e7910): EL (a Minot
 * warm-up before a wrestling dual meet; 1972027) 98.1% → 98.7%; EM (a Kalispell exit ticket before
 * a ski-team dryland practice; 63cb9cd) 98.0% → 98.4%; EN (a Twin Falls bell-ringer before an FFA
 * livestock-judging trip; 5520800) 98.4% → 98.8%; EO (a Scottsbluff warm-up before a volleyball
 * away game; 06acc16) 97.6% → 98.2%; EP (a Gillette exit ticket before a speech-team practice;
 * 68a95d5) 97.8% → 98.3%; EQ (an Aberdeen bell-ringer before a pheasant-festival pep assembly;
 * 548f45d) 98.9% → 99.1%. EL keeps one flagged full-mark answer (pump-blocked #41, whose writer
 * names the misconception).
 * ER, the last untouched batch, measured once on the final engine (17e7910, after round 139; a
 * Helena warm-up before a Science Olympiad practice), with nothing changed after it: 98.7% of
 * 1,500 — depolarization 99.6%, osmosis 99.0%, passive/active 98.3%, pump-blocked 98.0%,
 * resting-potential-pump 99.0%, synapse-neurotoxin 98.0%; every point ≥ 92.0% (synapse-neurotoxin
 * `no-binding`); no full-mark answer flagged. All three targets. The next session made it a first
 * touch; round 140 tuned on it (99.0% on the final engine).
 * ES (an Ely exit ticket before a rodeo-club practice), a first touch graded once on 447d708 (after
 * round 140): 98.3% of 1,500, no full-mark answer flagged. Round 141 tuned on it (99.3% on the final engine).
 * ET (an Elko bell-ringer before a cross-country meet), named in writing as the last untouched batch and
 * graded once on 3204335 (after round 141): 98.5% of 1,500 (depolarization 98.8%, osmosis 98.5%,
 * passive/active 97.7%, pump-blocked 98.0%, resting-potential-pump 99.7%, synapse-neurotoxin 98.4%;
 * every point ≥ 96.0%), but two full-mark answers flagged by
 * engine errors (passive/active #38, a run-on after a closing bracket; synapse-neurotoxin #37, K+ leak
 * channels "still open"). Round 142 fixed and tuned on it (99.1% on the final engine).
 * EU, graded once, untouched, on the final engine (f0e7232, after round 142; a Winnemucca exit ticket
 * before a 4-H livestock-club meeting), with nothing changed after it. It was written after ET's
 * shortfall was seen, so it is a post-hoc batch beside ET's pre-registered figure: 98.5% of 1,500 —
 * depolarization 98.4%, osmosis 99.5%, passive/active 97.3%, pump-blocked 99.0%,
 * resting-potential-pump 99.0%, synapse-neurotoxin 98.4%; every point ≥ 92.0% (passive/active
 * `examples`); two full-mark answers flagged (depolarization #23, passive/active #39), both engine
 * errors left as found. The first two targets are met, the third is not. The next session made it a
 * first touch; round 143 fixed both and tuned on it (98.9% on the final engine).
 * EV (a Rock Springs exit ticket before a wrestling-team weigh-in), a first touch graded once on e154a93
 * (after round 143): 98.1% of 1,500, no full-mark answer flagged. Round 144 tuned on it (98.7% on the final engine).
 * EW, named in writing as the last untouched batch before its writers started and graded once on the
 * final engine (c16b84a, after round 144; a Miles City bell-ringer before a bucking-horse-sale planning
 * meeting), with nothing changed after it: 97.9% of 1,500 — depolarization 99.6%, osmosis 97.5%,
 * passive/active 96.3%, pump-blocked 99.5%, resting-potential-pump 98.7%, synapse-neurotoxin 96.4%;
 * every point ≥ 92.0% (synapse-neurotoxin `no-sodium-entry`); one full-mark answer flagged
 * (passive/active #14, "Passive is the opposite: with the gradient" read as passive against the
 * gradient), an engine error left as found. The first two targets are met, the third is not. The next
 * session made it a first touch; round 145 fixed the flag and tuned on it (98.3% on the final engine).
 * EX (a Dickinson warm-up before an FFA ranch-management contest), a first touch graded once on a58813f
 * (after round 145): 98.3% of 1,500, no full-mark answer flagged. Round 146 tuned on it (99.1% on the final engine).
 * EZ (a Jamestown homework check before a buffalo-museum field trip), a first touch graded once on 4fdc457
 * (after round 146): 98.0% of 1,500, no full-mark answer flagged. Round 147 tuned on it (98.9% on the final engine).
 * EY, named in writing as the last untouched batch before its writers started and graded once on the
 * final engine (04a6f20, after round 147; a Williston review quiz before a wrestling-dual bus trip),
 * with nothing changed after it: 98.5% of 1,500 — depolarization 100.0%, osmosis 98.0%, passive/active
 * 97.3%, pump-blocked 99.5%, resting-potential-pump 99.7%, synapse-neurotoxin 96.8%; every point ≥ 94.0%
 * (passive/active `proteins`, synapse-neurotoxin `no-binding` and `no-sodium-entry`); one full-mark answer
 * flagged (synapse-neurotoxin #16, a truck-stop fuel-pump analogy whose "pump (the channel) never unlocks"
 * is read as the toxin stopping the Na⁺/K⁺ pump), an engine error left as found. The first two targets are
 * met, the third is not. The next session made it a first touch; round 148 fixed the flag and tuned on it
 * (98.8% on the final engine).
 * FA (a Havre warm-up before a Hi-Line basketball tournament), a first touch graded once on f1cb6d1
 * (after round 148): 98.3% of 1,500, no full-mark answer flagged. Round 149 tuned on it (98.7% on the final engine).
 * FB (a Glendive exit ticket before a paddlefish-season field trip), a first touch graded once on 5782a93
 * (after round 149): 98.0% of 1,500, one full-mark answer flagged (passive/active #17). Round 150 fixed the
 * flag and tuned on it (98.5% on the final engine).
 * FD (a Lewistown bell-ringer before a Winter Carnival snow-sculpture contest), a first touch graded once
 * on 56de748 (after round 150): 99.2% of 1,500, one full-mark answer flagged (pump-blocked #41). Round 151
 * fixed the flag and tuned on it (99.5% on the final engine).
 * FE (a Glasgow Friday quiz before a Fort Peck Dam science field trip), a first touch graded once on
 * c1a8454 (after round 151): 98.9% of 1,500, no full-mark answer flagged. Round 152 tuned on it (99.3% on the
 * final engine).
 * FC, named in writing as the last untouched batch before its writers started and graded once on the
 * final engine (447ea16, after round 152; a Sheridan test-prep practice before a rodeo-week parade), with
 * nothing changed after it: 98.2% of 1,500 — depolarization 98.4%, osmosis 99.0%, passive/active 97.7%, pump-blocked 96.5%,
 * resting-potential-pump 98.3%, synapse-neurotoxin 99.2%; every point ≥ 94.0% (depolarization
 * `depol-less-negative`); one full-mark answer flagged (osmosis #16, a pasture windmill "pumping water into
 * the tank" read as the cell pumping water in), an engine error left as found. The first two targets are met,
 * the third is not. The next session made it a first touch; round 153 fixed the flag and tuned on it (98.7%
 * on the final engine).
 * FF (a Cut Bank review game before a school career fair), a first touch graded once on
 * 8acbaeb (after round 153): 99.1% of 1,500, one full-mark answer flagged (osmosis #47). Round 154 fixed the
 * flag and tuned on it (99.4% on the final engine).
 * FG (a Wolf Point homework check before a holiday band concert), a first touch graded once on
 * ce891cc (after round 154): 98.0% of 1,500, one full-mark answer flagged (osmosis #31). Round 155 fixed the
 * flag and tuned on it (98.4% on the final engine).
 * FI, named in writing as the last untouched batch before any writer of its session started (its class's
 * analogies were probed with made-up sentences against every question before it was written, and the two
 * errors found fixed by general rules in round 154) and graded once on the final engine (9611586, after round
 * 155; a Spearfish practice test before a fish-hatchery field trip), with nothing changed after it:
 * 98.6% of 1,500 — depolarization 99.2%, osmosis 100.0%, passive/active 96.7%, pump-blocked 99.5%,
 * resting-potential-pump 98.3%, synapse-neurotoxin 98.8%; every point ≥ 94.0% (passive/active
 * `active-energy`); no full-mark answer flagged. All three targets are met.
 * FJ, written in the next session as a second untouched measurement (its class's analogies probed with
 * made-up sentences against every question first; the two errors found fixed by general rules in round 156,
 * which changed no stored grade or flag) and graded once on the final engine (c46b874; a Rawlins warm-up quiz
 * before a wildlife-refuge field trip), with nothing changed after it:
 * 98.9% of 1,500 — depolarization 99.2%, osmosis 99.5%, passive/active 97.7%, pump-blocked 99.5%,
 * resting-potential-pump 99.7%, synapse-neurotoxin 98.4%; every point ≥ 92.0% (passive/active
 * `examples`); no full-mark answer flagged. All three targets are met.
 * FK, written 133 commits and 42 rounds of engine changes after FJ (rounds 157–198: label rules for teachers'
 * plain-language points and one ASAP reading) as a third untouched measurement, so that the last untouched
 * figure is one taken on the engine as it now is. Named before its writers started; graded once on the final
 * engine (a4814ad; a Lander bell-ringer before a climbing-club trip to Sinks Canyon), with nothing changed after it:
 * 98.7% of 1,500 — depolarization 99.2%, osmosis 99.0%, passive/active 97.7%, pump-blocked 98.0%,
 * resting-potential-pump 99.3%, synapse-neurotoxin 98.8%; every point ≥ 96.0% (passive/active
 * `passive-no-energy` and `examples`, synapse-neurotoxin `no-binding`); no full-mark answer flagged. All three
 * targets are met.
 */
interface Labelled {
  readonly text: string;
  readonly points: Record<string, boolean>;
  readonly misconception: string | null;
}

const bank = loadQuestionBank(contentDir);

/**
 * Per question: [batch, floor for all point decisions, floor for every single point, most
 * full-mark answers flagged with a misconception]. Set from the figures after round 9.
 */
const FLOORS: Record<string, [string, number, number, number][]> = {
  'depolarization-vs-repolarization': [
    ['a', 0.97, 0.95, 0],
    ['b', 0.94, 0.88, 0],
    ['c', 0.95, 0.87, 0],
    ['d', 0.97, 0.91, 0],
    ['e', 0.94, 0.91, 0],
    ['f', 0.97, 0.93, 0],
    ['g', 0.95, 0.91, 0],
    ['h', 0.95, 0.88, 0],
    ['i', 0.94, 0.89, 0],
    ['j', 0.92, 0.88, 0],
    ['k', 0.94, 0.88, 0],
    ['l', 0.93, 0.87, 0],
    ['m', 0.95, 0.91, 0],
    ['n', 0.95, 0.94, 0],
    ['o', 0.94, 0.9, 1],
    ['p', 0.96, 0.92, 0],
    ['q', 0.91, 0.89, 0],
    ['r', 0.95, 0.9, 0],
    ['s', 0.96, 0.92, 1],
    ['t', 0.95, 0.91, 0],
    ['u', 0.97, 0.95, 0],
    ['v', 0.96, 0.94, 0],
    ['w', 0.95, 0.93, 0],
    ['x', 0.95, 0.91, 2],
    ['y', 0.96, 0.92, 0],
    ['z', 0.97, 0.95, 0],
    ['aa', 0.95, 0.93, 0],
    ['ab', 0.96, 0.93, 0],
    ['ac', 0.96, 0.92, 0],
    ['ad', 0.97, 0.94, 0],
    ['ae', 0.95, 0.9, 0],
    ['af', 0.96, 0.92, 1],
    ['ag', 0.98, 0.96, 0],
    ['ah', 0.97, 0.94, 0],
    ['ai', 0.96, 0.92, 0],
    ['aj', 0.96, 0.94, 0],
    ['ak', 0.97, 0.94, 0],
    ['al', 0.97, 0.94, 0],
    ['am', 0.97, 0.94, 0],
    ['an', 0.97, 0.92, 0],
    ['ao', 0.98, 0.96, 0],
    ['ap', 0.97, 0.94, 0],
    ['aq', 0.96, 0.92, 0],
    ['ar', 0.97, 0.94, 0],
    ['as', 0.95, 0.92, 0],
    ['at', 0.95, 0.92, 0],
    ['au', 0.96, 0.94, 0],
    ['av', 0.97, 0.94, 0],
    ['aw', 0.93, 0.88, 0],
    ['ax', 0.95, 0.92, 0],
    ['ay', 0.97, 0.94, 0],
    ['az', 0.96, 0.92, 0],
    ['ba', 0.93, 0.88, 0],
    ['bb', 0.94, 0.9, 0],
    ['bc', 0.97, 0.94, 0],
    ['bd', 0.97, 0.94, 0],
    ['be', 0.96, 0.9, 0],
    ['bf', 0.95, 0.92, 0],
    ['bg', 0.96, 0.94, 0],
    ['bh', 0.97, 0.94, 0],
    ['bi', 0.99, 0.98, 0],
    ['bj', 0.98, 0.96, 0],
    ['bk', 0.97, 0.94, 0],
    ['bl', 0.98, 0.96, 0],
    ['bm', 0.97, 0.92, 0],
    // BN #0 (full marks) was flagged untouched: "K+ flows OUT … -> inside drops back" read as K+ coming in;
    // round 65 reads the arrow's place as the consequence.
    ['bn', 0.96, 0.92, 0],
    ['bo', 0.96, 0.94, 0],
    ['bp', 0.97, 0.94, 0],
    ['bq', 0.95, 0.9, 0],
    // BR #33 (full marks, "Na+ flows out- sorry, IN … K+ flows in (nvm, out)") was flagged untouched;
    // round 69 reads a slip corrected at once with the repair in its place.
    ['br', 0.97, 0.94, 0],
    ['bs', 0.95, 0.94, 0],
    ['bt', 0.96, 0.92, 0],
    ['bu', 0.97, 0.94, 0],
    ['bv', 0.96, 0.94, 0],
    ['bw', 0.95, 0.92, 0],
    ['bx', 0.96, 0.94, 0],
    ['by', 0.96, 0.9, 0],
    ['bz', 0.98, 0.96, 0],
    // CA, the last untouched batch (graded once on the final engine of 4 Dec, left as found).
    ['ca', 0.96, 0.94, 0],
    // CB, graded once untouched on round 78's engine (96.8%), then tuned on in round 79.
    ['cb', 0.98, 0.96, 0],
    // CD, graded once untouched on the final engine of 4 Dec (96.0%), then tuned on in round 80.
    ['cd', 0.92, 0.84, 0],
    // CC, graded once untouched on the final engine of 4 Dec (96.6%), then tuned on in round 80.
    ['cc', 0.94, 0.92, 1],
    // CE: graded once untouched on round 80's engine (97.3%), then tuned on in round 81 (98.3%): floors under the tuned figures
    ['ce', 0.97, 0.96, 0],
    // CF: the last untouched batch of the session after rounds 80-81, graded once on the final engine (97.7%); never tuned on
    ['cf', 0.98, 0.96, 0],
    // CG (rural eastern Kentucky, timed practice test on Chromebooks): graded once untouched on round 82's engine 7347029 (98.3%), then tuned on in round 83
    ['cg', 0.97, 0.96, 0],
    // CH (Minneapolis magnet school, discussion-board homework): graded once, untouched, on the final engine f66c3f5 (97.7%): the last untouched batch of its session
    ['ch', 0.96, 0.94, 0],
    // CI (San Antonio bell-ringer quiz on Chromebooks): graded once untouched on round 84's engine 67dc8be (97.6%), then tuned on in round 85
    ['ci', 0.97, 0.96, 0],
    // CJ (Spokane take-home review over a snowy weekend): graded once untouched on round 85's engine 6b4a265 (97.0%), then tuned on in round 86
    ['cj', 0.96, 0.94, 0],
    // CK (Savannah timed warm-up after a school concert): graded once, untouched, on the final engine d5a0f7f (97.9%): the last untouched batch of its session; round 88 tuned on it
    ['ck', 0.98, 0.96, 0],
    // CL (Milwaukee ticket-in after a fire drill): graded once untouched on round 87's engine plus one synapse reading (97.8%), then tuned on in round 88
    ['cl', 0.99, 0.98, 0],
    // CM (Portland, Maine review day on shared tablets): graded once untouched on 6bc85f6, midway through round 88 (97.3%), then tuned on
    ['cm', 0.95, 0.9, 1],
    // CN (Tucson graded quiz before spring break): graded once, untouched, on 56008b0, the end of round 88 (97.5%), then tuned on in round 89
    ['cn', 0.97, 0.94, 0],
    // CO (Baton Rouge warm-up after a football game): graded once, untouched, on 338b19e, the end of round 89 (97.5%), then tuned on in round 90
    ['co', 0.98, 0.96, 0],
    // CP (Tacoma timed practice on a rainy Monday): graded once, untouched, on the final engine 4a4b289 (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cp', 0.96, 0.94, 0],
    // CQ (Duluth bell-ringer on a snowy Tuesday): graded once, untouched, on a97c7fa, the start of round 91 (98.0%), then tuned on in round 91
    ['cq', 0.98, 0.96, 0],
    // CR (Albuquerque exit ticket before a three-day weekend): graded once, untouched, on 39c71c3, the end of round 91 (96.9%), then tuned on in round 92
    ['cr', 0.98, 0.96, 0],
    // CS (Savannah do-now after a pep rally): graded once, untouched, on b664fc9, the end of round 92 (97.5%), then tuned on in round 93
    ['cs', 0.96, 0.92, 0],
    // CT (Fargo lab-day check during a blizzard warning): graded once, untouched, on f9ccd8e, the end of round 93 (98.2%), then tuned on in round 94
    ['ct', 0.97, 0.94, 0],
    // CU (Providence warm-up on a foggy Monday): graded once, untouched, on the final engine 226db3a (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cu', 0.97, 0.94, 0],
    // CV (Spokane bell-ringer the day after a playoff loss): graded once, untouched, on f4b0f6a (97.8%), then tuned on in round 95
    ['cv', 0.98, 0.96, 0],
    // CW (Tucson exit ticket on a hot Friday afternoon): graded once, untouched, on 8f373d6 (98.4%), then tuned on in round 96
    ['cw', 0.97, 0.94, 0],
    // CX (Burlington do-now after the first snow): graded once, untouched, on 2b530e1 (97.1%), then tuned on in round 97
    ['cx', 0.97, 0.96, 0],
    // CY (Omaha exit ticket before a test): graded once, untouched, on fe11483 (97.4%), then tuned on in round 98
    ['cy', 0.97, 0.96, 0],
    // CZ (Boise bell-ringer after a ski weekend): graded once, untouched, on a8d0d5c (98.1%), then tuned on in round 99
    ['cz', 0.98, 0.96, 1],
    // DA (Charleston exit ticket before a field trip): graded once, untouched, on a920f28 (96.9%), then tuned on in round 100
    ['da', 0.97, 0.94, 0],
    // DB (Madison warm-up before a winter concert): graded once, untouched, on the final engine eeed35e (97.7%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['db', 0.97, 0.94, 1],
    // DC (Duluth exit ticket after a hockey tournament): graded once, untouched, on 065c5b7 (96.6%), midway through round 101; then a first touch, tuned on in round 102
    ['dc', 0.96, 0.9, 0],
    // DD (Fargo do-now after a blizzard day off): graded once, untouched, on 4b16298 (97.7%) after round 102; then a first touch, tuned on in round 103
    ['dd', 0.99, 0.98, 0],
    // DE (Sioux Falls exit ticket before winter break): graded once, untouched, on 3d09e24 (97.1%) after round 103; then a first touch, tuned on in round 104
    ['de', 0.98, 0.94, 0],
    // DF (Rapid City bell-ringer after a wrestling tournament): graded once, untouched, on e3216f3 (96.4%) after round 104; then a first touch, tuned on in round 105
    ['df', 0.97, 0.96, 0],
    // DG (Bismarck exit ticket before a basketball tournament): graded once, untouched, on 1b39643 (97.9%) after round 105; then a first touch, tuned on in round 106
    ['dg', 0.96, 0.92, 0],
    // DH (Grand Forks warm-up after a hockey game): graded once, untouched, on the final engine c9a7a02 (97.5%): planned as the last untouched batch; then a first touch, tuned on in round 107
    ['dh', 0.97, 0.96, 0],
    // DI (Aberdeen exit ticket before a band concert): graded once, untouched, on the final engine 0181268 (96.5%): the last untouched batch of its session; tuned on in round 108 of the next
    ['di', 0.94, 0.9, 0],
    // DJ (Sioux City bell-ringer after a volleyball tournament): graded once on 7f5e4c5 when it arrived (98.3%), a first touch; tuned on in round 108
    ['dj', 0.97, 0.96, 0],
    // DK (Mankato exit ticket before a choir concert): written as the last untouched batch; graded once on 6d1d211 (96.8%), a first touch by amendment 1; tuned on in round 109
    ['dk', 0.95, 0.9, 0],
    // DL (Cedar Rapids warm-up after a wrestling meet): graded once on 448c8fe (97.4%), a first touch by amendment 2; tuned on in round 110
    ['dl', 0.97, 0.96, 0],
    // DM (Council Bluffs exit ticket before a football playoff game): graded once, untouched, on the final engine ef1a99e (97.2%): the last untouched batch of its session, then tuned on in round 111
    ['dm', 0.97, 0.94, 0],
    // DN (Grand Island bell-ringer after a basketball game): a first touch, graded once on ce84657 (97.6%), then tuned on in rounds 111–112
    ['dn', 0.98, 0.96, 0],
    // DO (Rochester exit ticket before a hockey game): a first touch, graded once on 5ead328 (96.5%), then tuned on in round 112
    ['do', 0.97, 0.92, 0],
    // DP (Sioux Falls warm-up after a wrestling dual): a first touch, graded once on d7ee19c (98.6%), then tuned on in round 113
    ['dp', 0.98, 0.96, 0],
    // DQ (Duluth exit ticket before a hockey game): graded once, untouched, on the final engine 5237f14 (97.5%): the last untouched batch of its session; then a first touch, tuned on in round 114 (98.3% after)
    ['dq', 0.96, 0.92, 0],
    // DR (Lewiston warm-up after a swim meet): graded once as a first touch on 0c5f445 (97.6%), tuned on in round 114
    ['dr', 0.98, 0.96, 0],
    // DS (Burlington exit ticket before a ski-club trip): graded once, untouched, on 6da5d0b (98.4%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 115 (98.5% after)
    // DS #3 (full marks) was flagged when DS was graded untouched: its ferry analogy's "the K+ people
    // get on the ferry and leave the town" read as K+ getting on (entering) the cell. Round 115 reads
    // getting on to leave as leaving; the flag is gone.
    ['ds', 0.96, 0.94, 0],
    // DT (Missoula warm-up after a basketball game): graded once, untouched, on a5958dc (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 116 (98.4% on the final engine)
    ['dt', 0.95, 0.9, 0],
    // DU (Eugene exit ticket before a cross-country meet): graded once, untouched, on da818b2 (97.5%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 117
    ['du', 0.97, 0.94, 0],
    // DV (Flagstaff warm-up after a track meet): graded once, untouched, on the final engine 5a0ff33 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 118 (99.4% on the final engine)
    ['dv', 0.97, 0.94, 0],
    // DW (Duluth bell-ringer before a hockey game): graded once, untouched, on the final engine 0800b31 (97.3%): the last untouched batch of its session; then a first touch, tuned on in round 119 (97.9% on the final engine)
    ['dw', 0.96, 0.92, 0],
    // DX (Cheyenne exit ticket before a rodeo-club trip): a first touch, graded once on 967127a (98.3%), then tuned on in round 120
    ['dx', 0.96, 0.94, 0],
    // DY (Pocatello warm-up after a wrestling tournament): a first touch, graded once on 5595bef (97.9%), then tuned on in round 121
    ['dy', 0.97, 0.94, 0],
    // DZ (Laramie bell-ringer before a ski-club trip): graded once, untouched, on the final engine 72e8b7c (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 122 (99.3% on the final engine)
    ['dz', 0.98, 0.96, 0],
    // EA (Bozeman exit ticket before a cross-country ski meet): a first touch, graded once on 7b64e35 (98.2%), then tuned on in round 123
    ['ea', 0.99, 0.98, 0],
    // EB (Rapid City warm-up after a basketball game): a first touch, graded once on 450ad1b (97.8%), then tuned on in round 124
    ['eb', 0.98, 0.96, 0],
    // EC (Grand Junction bell-ringer before a rock-climbing club trip): graded once, untouched, on the final engine 07df264 (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 125 (98.7% on the final engine)
    ['ec', 0.97, 0.94, 0],
    // ED (Bend exit ticket before a mountain-bike team practice): a first touch, graded once on faaf372 (97.7%), then tuned on in round 126
    ['ed', 0.99, 0.98, 0],
    // EE (Casper warm-up before a rodeo-club event): a first touch, graded once on 266644d (97.9%), then tuned on in round 127
    ['ee', 0.98, 0.96, 0],
    // EF (Fargo bell-ringer before a curling-club match): a first touch, graded once on a02eb0e (98.3%), then tuned on in round 128
    ['ef', 0.98, 0.96, 0],
    // EG (Sioux Falls exit ticket before a wrestling-team weigh-in): graded once, untouched, on the final engine 1e6279a (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 129 (99.2% on the final engine)
    ['eg', 0.96, 0.92, 0],
    // EH (Billings exit ticket before a speech-and-debate tournament): a first touch, graded once on 161f2dc (98.7%), then tuned on in round 130
    ['eh', 0.98, 0.96, 0],
    // EI (Idaho Falls warm-up before a marching-band rehearsal): a first touch, graded once on 8027c65 (98.0%), then tuned on in round 131
    ['ei', 0.99, 0.98, 0],
    // EJ (Great Falls bell-ringer before a rifle-club practice): a first touch, graded once on 652c7d2 (98.5%), then tuned on in round 132
    ['ej', 0.98, 0.96, 0],
    // EK (Grand Forks exit ticket before a robotics-club build night): graded once, untouched, on the final engine 2c64a67 (97.9%): the last untouched batch of its session; then a first touch, tuned on in round 133 (98.3% on the final engine)
    ['ek', 0.98, 0.96, 0],
    // EL (Minot warm-up before a wrestling dual meet): a first touch, graded once on 1972027 (98.1%), then tuned on in round 134
    ['el', 0.98, 0.96, 0],
    // EM (Kalispell exit ticket before a ski-team dryland practice): a first touch, graded once on 63cb9cd (98.0%), then tuned on in round 135
    ['em', 0.97, 0.96, 0],
    // EN (Twin Falls bell-ringer before an FFA livestock-judging trip): a first touch, graded once on 5520800 (98.4%), then tuned on in round 136
    ['en', 0.97, 0.96, 0],
    // EO (Scottsbluff warm-up before a volleyball away game): a first touch, graded once on 06acc16 (97.6%), then tuned on in round 137
    ['eo', 0.97, 0.96, 0],
    // EP (Gillette exit ticket before a speech-team practice): a first touch, graded once on 68a95d5 (97.8%), then tuned on in round 138
    ['ep', 0.96, 0.92, 0],
    // EQ (Aberdeen bell-ringer before a pheasant-festival pep assembly): a first touch, graded once on 548f45d (98.9%), then tuned on in round 139
    ['eq', 0.97, 0.94, 0],
    // ER (Helena warm-up before a Science Olympiad practice): graded once, untouched, on the final engine 17e7910 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 140 (99.0% on the final engine)
    ['er', 0.98, 0.96, 0],
    // ES (Ely exit ticket before a rodeo-club practice): a first touch, graded once on 447d708 (98.3%), then tuned on in round 141
    ['es', 0.97, 0.94, 0],
    // ET (Elko bell-ringer before a cross-country meet): the pre-registered last untouched batch, graded once on 3204335 (98.5%, two full-mark answers wrongly flagged); then tuned on in round 142
    ['et', 0.98, 0.94, 0],
    // EU (Winnemucca exit ticket before a 4-H livestock-club meeting): graded once, untouched, on the final engine f0e7232 (98.5%), written after ET's shortfall was seen; then a first touch, tuned on in round 143 (98.9% on the final engine)
    // One flagged full-mark answer allowed: #23 ("the pump isnt doing it and no ATP is used", a denial the
    // reader does not carry to the pump; flagged pump-repolarizes and depol-uses-atp), an engine error left as found.
    ['eu', 0.97, 0.94, 1],
    // EV (Rock Springs exit ticket before a wrestling weigh-in): a first touch, graded once on e154a93 (98.1%), then tuned on in round 144
    ['ev', 0.98, 0.96, 0],
    // EW (Miles City bell-ringer before a bucking-horse-sale planning meeting): graded once, untouched, on the final engine c16b84a (97.9%); then a first touch, tuned on in round 145 (98.3%)
    ['ew', 0.98, 0.96, 0],
    // EX (Dickinson warm-up before an FFA ranch-management contest): a first touch, graded once on a58813f (98.3%), then tuned on in round 146 (99.1%)
    ['ex', 0.97, 0.94, 0],
    // EZ (Jamestown homework check before a buffalo-museum field trip): a first touch, graded once on 4fdc457 (98.0%), then tuned on in round 147 (98.9%)
    ['ez', 0.97, 0.94, 0],
    // EY (Williston review quiz before a wrestling-dual bus trip): graded once, untouched, on the final engine 04a6f20 (98.5%), then a first touch, tuned on in round 148 (98.8%)
    ['ey', 0.99, 0.98, 0],
    // FA (Havre warm-up before a Hi-Line basketball tournament): a first touch, graded once on f1cb6d1 (98.3%), then tuned on in round 149 (98.7%)
    ['fa', 0.97, 0.94, 0],
    // FB (Glendive exit ticket before a paddlefish-season field trip): a first touch, graded once on 5782a93 (98.0%), then tuned on in round 150 (98.5%)
    ['fb', 0.97, 0.94, 0],
    // FD (Lewistown bell-ringer before a Winter Carnival snow-sculpture contest): a first touch, graded once on 56de748 (99.2%), then tuned on in round 151 (99.5%)
    ['fd', 0.98, 0.96, 0],
    // FE (Glasgow Friday quiz before a Fort Peck Dam science field trip): a first touch, graded once on c1a8454 (98.9%), then tuned on in round 152 (99.3%)
    ['fe', 0.99, 0.98, 0],
    // FC (Sheridan test-prep practice before a rodeo-week parade): graded once, untouched, on the final engine 447ea16 (98.2%), then a first touch, tuned on in round 153 (98.7%)
    ['fc', 0.99, 0.98, 0],
    // FF (Cut Bank review game before a school career fair): a first touch, graded once on 8acbaeb (99.1%), then tuned on in round 154 (99.4%)
    ['ff', 0.97, 0.94, 0],
    // FG (Wolf Point homework check before a holiday band concert): a first touch, graded once on ce891cc (98.0%), then tuned on in round 155 (98.4%)
    ['fg', 0.97, 0.96, 0],
    // FI (Spearfish practice test before a fish-hatchery field trip): graded once, untouched, on 9611586 (98.6%); never tuned on (round 156 changed none of its grades)
    ['fi', 0.98, 0.96, 0],
    // FJ (Rawlins warm-up quiz before a wildlife-refuge field trip): graded once, untouched, on the final engine c46b874 (98.9%); never tuned on
    ['fj', 0.98, 0.96, 0],
    // FK (Lander bell-ringer before a climbing-club trip to Sinks Canyon): graded once, untouched, on the final engine a4814ad (99.2%); never tuned on
    ['fk', 0.98, 0.96, 0],
    // FL (Torrington bell-ringer before a sugar-beet-harvest field day): graded once, untouched, on the final engine 8124981 (98.4%); never tuned on
    ['fl', 0.98, 0.96, 0],
    // FM (Worland warm-up before a sugar-factory tour): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 910a651 (96.8%); never tuned on
    ['fm', 0.96, 0.94, 0],
    // FN (Houlton last-period form after a potato-harvest break): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 7496048 (98.0%); its one flagged full-mark answer ("the sodium potassium pump isnt what does it so no ATP is used" read as the pump repolarizing and depolarization using ATP) was left as found until round 269 (after FO) read the pump denied as the one doing it; no point decision changed
    ['fn', 0.98, 0.94, 0],
    // FO (Rapid City Chromebook block after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine eaa8472 (97.6%); never tuned on
    ['fo', 0.97, 0.96, 0],
    // FP (Ardmore OK graded warm-up before a lake-shore cleanup day): named the session's first untouched batch before its writers started; graded once, untouched, on the final engine d664029 (98.4%)
    ['fp', 0.98, 0.96, 0],
    // FQ (Valdosta GA exit ticket before a homecoming pep rally): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 39f7d36 (100.0%); never tuned on
    ['fq', 0.99, 0.98, 0],
    // FR (Hattiesburg MS timed warm-up on a humid Monday after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 35d8db1 (99.6%); never tuned on
    ['fr', 0.99, 0.98, 0],
    // FS (Roswell NM graded bell-ringer before a dairy-farm field trip): named the session's last untouched batch before its writers started (after FR met every target); graded once, untouched, on the final engine 2dcfadc (97.6%); never tuned on
    ['fs', 0.97, 0.94, 0],
    // FT (Alamosa CO timed practice before a sand-dunes field trip): named the session's last untouched batch, whatever it showed, before its writers started; graded once, untouched, on the final engine 744e630 (99.2%); never tuned on
    ['ft', 0.99, 0.98, 0],
  ],
  'osmosis-red-blood-cell': [
    ['a', 0.98, 0.97, 0],
    ['b', 0.96, 0.9, 0],
    ['c', 0.96, 0.91, 0],
    ['d', 0.95, 0.91, 0],
    ['e', 0.93, 0.87, 0],
    ['f', 0.95, 0.93, 0],
    ['g', 0.95, 0.91, 0],
    ['h', 0.95, 0.91, 0],
    ['i', 0.95, 0.89, 0],
    ['j', 0.94, 0.91, 0],
    ['k', 0.94, 0.92, 0],
    ['l', 0.94, 0.92, 0],
    ['m', 0.92, 0.89, 0],
    ['n', 0.95, 0.92, 0],
    ['o', 0.94, 0.87, 0],
    ['p', 0.95, 0.94, 0],
    ['q', 0.9, 0.85, 0],
    ['r', 0.96, 0.94, 0],
    ['s', 0.96, 0.94, 0],
    ['t', 0.96, 0.94, 0],
    ['u', 0.96, 0.93, 0],
    ['v', 0.97, 0.96, 0],
    ['w', 0.96, 0.93, 0],
    ['x', 0.96, 0.94, 0],
    ['y', 0.97, 0.94, 0],
    ['z', 0.96, 0.95, 0],
    ['aa', 0.95, 0.9, 0],
    ['ab', 0.96, 0.95, 0],
    ['ac', 0.97, 0.94, 0],
    ['ad', 0.96, 0.9, 0],
    ['ae', 0.95, 0.9, 0],
    ['af', 0.96, 0.92, 0],
    ['ag', 0.95, 0.9, 0],
    ['ah', 0.95, 0.88, 0],
    ['ai', 0.97, 0.94, 0],
    ['aj', 0.98, 0.94, 0],
    ['ak', 0.96, 0.92, 0],
    ['al', 0.97, 0.94, 0],
    ['am', 0.97, 0.94, 0],
    ['an', 0.97, 0.96, 0],
    ['ao', 0.97, 0.92, 0],
    ['ap', 0.97, 0.94, 0],
    ['aq', 0.97, 0.94, 0],
    ['ar', 0.98, 0.94, 0],
    ['as', 0.95, 0.9, 0],
    ['at', 0.97, 0.96, 0],
    ['au', 0.97, 0.94, 0],
    ['av', 0.97, 0.92, 1],
    ['aw', 0.94, 0.9, 0],
    ['ax', 0.95, 0.92, 0],
    ['ay', 0.97, 0.94, 1],
    ['az', 0.96, 0.9, 0],
    ['ba', 0.97, 0.94, 0],
    ['bb', 0.94, 0.84, 0],
    ['bc', 0.96, 0.92, 0],
    ['bd', 0.96, 0.94, 0],
    ['be', 0.95, 0.88, 0],
    ['bf', 0.96, 0.9, 0],
    ['bg', 0.97, 0.94, 0],
    ['bh', 0.96, 0.9, 0],
    ['bi', 0.99, 0.98, 0],
    ['bj', 0.98, 0.96, 0],
    // BK #26: full marks, and its writer names the misconception the flag reports (potassium ions
    // rushing in with the water; round 131's solutes-moving-in wording): the flag is right.
    ['bk', 0.97, 0.94, 1],
    // BL #34 earns every point; "Water wants to even things out so it moves … into the cell" lends
    // its "out" to water-leaves (graded once, the last untouched batch: left as found).
    ['bl', 0.98, 0.96, 1],
    ['bm', 0.97, 0.96, 0],
    // BN #26 and #28 (full marks) were flagged untouched ("the water out of the cell is hypotonic",
    // "[solute]in > [solute]out"); round 65 reads both as places.
    ['bn', 0.95, 0.92, 0],
    ['bo', 0.97, 0.94, 0],
    ['bp', 0.96, 0.92, 0],
    ['bq', 0.97, 0.94, 0],
    ['br', 0.95, 0.9, 0],
    ['bs', 0.97, 0.94, 0],
    ['bt', 0.98, 0.96, 0],
    ['bu', 0.97, 0.96, 0],
    // BV #5 earns every point and says salt diffuses out of the cell as water comes in; its writer names
    // that same error, and the grader flags it (graded once, the last untouched batch: left as found).
    ['bv', 0.97, 0.96, 1],
    ['bw', 0.98, 0.96, 0],
    // BX, the last untouched batch (graded once on the final engine, left as found): water-enters is at
    // 88.0%, and #9 earns every point but "don't have pared celular, I mean cell wall" takes "I mean" for
    // a correction, so the Spanish words are taken back and "cell wall" stands: has-cell-wall is flagged.
    ['bx', 0.94, 0.86, 1],
    ['by', 0.97, 0.96, 0],
    ['bz', 0.97, 0.96, 0],
    // CA, the last untouched batch (graded once on the final engine of 4 Dec, left as found).
    ['ca', 0.97, 0.96, 0],
    // CB, graded once untouched on round 78's engine (96.8%), then tuned on in round 79.
    ['cb', 0.97, 0.94, 0],
    // CD, graded once untouched on the final engine of 4 Dec (96.0%), then tuned on in round 80.
    ['cd', 0.95, 0.9, 0],
    // CC, graded once untouched on the final engine of 4 Dec (96.6%), then tuned on in round 80.
    ['cc', 0.96, 0.94, 0],
    // CE: graded once untouched on round 80's engine (97.3%), then tuned on in round 81 (98.3%): floors under the tuned figures
    ['ce', 0.98, 0.96, 0],
    // CF: the last untouched batch of the session after rounds 80-81, graded once on the final engine (97.7%); never tuned on
    ['cf', 0.98, 0.96, 0],
    // CG (rural eastern Kentucky, timed practice test on Chromebooks): graded once untouched on round 82's engine 7347029 (98.3%), then tuned on in round 83
    ['cg', 0.98, 0.98, 0],
    // CH (Minneapolis magnet school, discussion-board homework): graded once, untouched, on the final engine f66c3f5 (97.7%): the last untouched batch of its session
    ['ch', 0.95, 0.88, 0],
    // CI (San Antonio bell-ringer quiz on Chromebooks): graded once untouched on round 84's engine 67dc8be (97.6%), then tuned on in round 85
    ['ci', 0.97, 0.92, 0],
    // CJ (Spokane take-home review over a snowy weekend): graded once untouched on round 85's engine 6b4a265 (97.0%), then tuned on in round 86
    ['cj', 0.98, 0.96, 0],
    // CK (Savannah timed warm-up after a school concert): graded once, untouched, on the final engine d5a0f7f (97.9%): the last untouched batch of its session; round 88 tuned on it
    ['ck', 0.98, 0.94, 0],
    // CL (Milwaukee ticket-in after a fire drill): graded once untouched on round 87's engine plus one synapse reading (97.8%), then tuned on in round 88
    ['cl', 0.98, 0.96, 0],
    // CM (Portland, Maine review day on shared tablets): graded once untouched on 6bc85f6, midway through round 88 (97.3%), then tuned on
    ['cm', 0.97, 0.94, 1],
    // CN (Tucson graded quiz before spring break): graded once, untouched, on 56008b0, the end of round 88 (97.5%), then tuned on in round 89
    ['cn', 0.97, 0.96, 0],
    // CO (Baton Rouge warm-up after a football game): graded once, untouched, on 338b19e, the end of round 89 (97.5%), then tuned on in round 90
    ['co', 0.95, 0.92, 0],
    // CP (Tacoma timed practice on a rainy Monday): graded once, untouched, on the final engine 4a4b289 (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cp', 0.96, 0.94, 0],
    // CQ (Duluth bell-ringer on a snowy Tuesday): graded once, untouched, on a97c7fa, the start of round 91 (98.0%), then tuned on in round 91
    ['cq', 0.98, 0.96, 0],
    // CR (Albuquerque exit ticket before a three-day weekend): graded once, untouched, on 39c71c3, the end of round 91 (96.9%), then tuned on in round 92
    ['cr', 0.97, 0.94, 0],
    // CS (Savannah do-now after a pep rally): graded once, untouched, on b664fc9, the end of round 92 (97.5%), then tuned on in round 93
    ['cs', 0.96, 0.94, 1],
    // CT (Fargo lab-day check during a blizzard warning): graded once, untouched, on f9ccd8e, the end of round 93 (98.2%), then tuned on in round 94
    ['ct', 0.98, 0.96, 0],
    // CU (Providence warm-up on a foggy Monday): graded once, untouched, on the final engine 226db3a (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cu', 0.97, 0.92, 0],
    // CV (Spokane bell-ringer the day after a playoff loss): graded once, untouched, on f4b0f6a (97.8%), then tuned on in round 95
    ['cv', 0.97, 0.94, 0],
    // CW (Tucson exit ticket on a hot Friday afternoon): graded once, untouched, on 8f373d6 (98.4%), then tuned on in round 96
    ['cw', 0.98, 0.96, 0],
    // CX (Burlington do-now after the first snow): graded once, untouched, on 2b530e1 (97.1%), then tuned on in round 97
    ['cx', 0.97, 0.94, 0],
    // CY (Omaha exit ticket before a test): graded once, untouched, on fe11483 (97.4%), then tuned on in round 98
    ['cy', 0.96, 0.92, 0],
    // CZ (Boise bell-ringer after a ski weekend): graded once, untouched, on a8d0d5c (98.1%), then tuned on in round 99
    ['cz', 0.98, 0.94, 0],
    // DA (Charleston exit ticket before a field trip): graded once, untouched, on a920f28 (96.9%), then tuned on in round 100
    ['da', 0.97, 0.94, 0],
    // DB (Madison warm-up before a winter concert): graded once, untouched, on the final engine eeed35e (97.7%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['db', 0.96, 0.94, 0],
    // DC (Duluth exit ticket after a hockey tournament): graded once, untouched, on 065c5b7 (96.6%), midway through round 101; then a first touch, tuned on in round 102
    ['dc', 0.96, 0.92, 0],
    // DD (Fargo do-now after a blizzard day off): graded once, untouched, on 4b16298 (97.7%) after round 102; then a first touch, tuned on in round 103
    ['dd', 0.98, 0.94, 0],
    // DE (Sioux Falls exit ticket before winter break): graded once, untouched, on 3d09e24 (97.1%) after round 103; then a first touch, tuned on in round 104
    // DE #48: full marks, and its writer names the misconception the flag reports (sodium moving into
    // the cell, water following it; round 131): the flag is right.
    ['de', 0.98, 0.96, 1],
    // DF (Rapid City bell-ringer after a wrestling tournament): graded once, untouched, on e3216f3 (96.4%) after round 104; then a first touch, tuned on in round 105
    ['df', 0.96, 0.92, 0],
    // DG (Bismarck exit ticket before a basketball tournament): graded once, untouched, on 1b39643 (97.9%) after round 105; then a first touch, tuned on in round 106
    ['dg', 0.97, 0.92, 0],
    // DH (Grand Forks warm-up after a hockey game): graded once, untouched, on the final engine c9a7a02 (97.5%): planned as the last untouched batch; then a first touch, tuned on in round 107
    ['dh', 0.97, 0.94, 0],
    // DI (Aberdeen exit ticket before a band concert): graded once, untouched, on the final engine 0181268 (96.5%): the last untouched batch of its session; tuned on in round 108 of the next
    ['di', 0.96, 0.94, 0],
    // DJ (Sioux City bell-ringer after a volleyball tournament): graded once on 7f5e4c5 when it arrived (98.3%), a first touch; tuned on in round 108
    ['dj', 0.97, 0.94, 0],
    // DK (Mankato exit ticket before a choir concert): written as the last untouched batch; graded once on 6d1d211 (96.8%), a first touch by amendment 1; tuned on in round 109
    ['dk', 0.97, 0.94, 0],
    // DL (Cedar Rapids warm-up after a wrestling meet): graded once on 448c8fe (97.4%), a first touch by amendment 2; tuned on in round 110
    ['dl', 0.97, 0.96, 0],
    // DM (Council Bluffs exit ticket before a football playoff game): graded once, untouched, on the final engine ef1a99e (97.2%): the last untouched batch of its session, then tuned on in round 111
    ['dm', 0.95, 0.9, 0],
    // DN (Grand Island bell-ringer after a basketball game): a first touch, graded once on ce84657 (97.6%), then tuned on in rounds 111–112
    ['dn', 0.97, 0.96, 0],
    // DO (Rochester exit ticket before a hockey game): a first touch, graded once on 5ead328 (96.5%), then tuned on in round 112
    ['do', 0.95, 0.9, 0],
    // DP (Sioux Falls warm-up after a wrestling dual): a first touch, graded once on d7ee19c (98.6%), then tuned on in round 113
    ['dp', 0.98, 0.96, 0],
    // DQ (Duluth exit ticket before a hockey game): graded once, untouched, on the final engine 5237f14 (97.5%): the last untouched batch of its session; then a first touch, tuned on in round 114 (98.3% after)
    ['dq', 0.97, 0.94, 0],
    // DR (Lewiston warm-up after a swim meet): graded once as a first touch on 0c5f445 (97.6%), tuned on in round 114
    ['dr', 0.98, 0.96, 0],
    // DS (Burlington exit ticket before a ski-club trip): graded once, untouched, on 6da5d0b (98.4%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 115 (98.5% after)
    ['ds', 0.96, 0.9, 0],
    // DT (Missoula warm-up after a basketball game): graded once, untouched, on a5958dc (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 116 (98.4% on the final engine)
    ['dt', 0.97, 0.9, 0],
    // DU (Eugene exit ticket before a cross-country meet): graded once, untouched, on da818b2 (97.5%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 117
    ['du', 0.98, 0.96, 0],
    // DV (Flagstaff warm-up after a track meet): graded once, untouched, on the final engine 5a0ff33 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 118 (99.4% on the final engine)
    ['dv', 0.97, 0.94, 0],
    // DW (Duluth bell-ringer before a hockey game): graded once, untouched, on the final engine 0800b31 (97.3%): the last untouched batch of its session; then a first touch, tuned on in round 119 (97.9% on the final engine)
    ['dw', 0.98, 0.96, 0],
    // DX (Cheyenne exit ticket before a rodeo-club trip): a first touch, graded once on 967127a (98.3%), then tuned on in round 120
    ['dx', 0.98, 0.96, 0],
    // DY (Pocatello warm-up after a wrestling tournament): a first touch, graded once on 5595bef (97.9%), then tuned on in round 121
    ['dy', 0.98, 0.96, 0],
    // DZ (Laramie bell-ringer before a ski-club trip): graded once, untouched, on the final engine 72e8b7c (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 122 (99.3% on the final engine)
    ['dz', 0.97, 0.92, 0],
    // EA (Bozeman exit ticket before a cross-country ski meet): a first touch, graded once on 7b64e35 (98.2%), then tuned on in round 123
    ['ea', 0.98, 0.96, 0],
    // EB (Rapid City warm-up after a basketball game): a first touch, graded once on 450ad1b (97.8%), then tuned on in round 124
    ['eb', 0.97, 0.94, 0],
    // EC (Grand Junction bell-ringer before a rock-climbing club trip): graded once, untouched, on the final engine 07df264 (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 125 (98.7% on the final engine)
    ['ec', 0.98, 0.96, 0],
    // ED (Bend exit ticket before a mountain-bike team practice): a first touch, graded once on faaf372 (97.7%), then tuned on in round 126
    ['ed', 0.98, 0.96, 0],
    // EE (Casper warm-up before a rodeo-club event): a first touch, graded once on 266644d (97.9%), then tuned on in round 127
    ['ee', 0.97, 0.94, 0],
    // EF (Fargo bell-ringer before a curling-club match): a first touch, graded once on a02eb0e (98.3%), then tuned on in round 128
    ['ef', 0.99, 0.98, 0],
    // EG (Sioux Falls exit ticket before a wrestling-team weigh-in): graded once, untouched, on the final engine 1e6279a (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 129 (99.2% on the final engine)
    ['eg', 0.98, 0.96, 0],
    // EH (Billings exit ticket before a speech-and-debate tournament): a first touch, graded once on 161f2dc (98.7%), then tuned on in round 130
    ['eh', 0.98, 0.96, 0],
    // EI (Idaho Falls warm-up before a marching-band rehearsal): a first touch, graded once on 8027c65 (98.0%), then tuned on in round 131
    ['ei', 0.98, 0.96, 0],
    // EJ (Great Falls bell-ringer before a rifle-club practice): a first touch, graded once on 652c7d2 (98.5%), then tuned on in round 132
    ['ej', 0.98, 0.94, 0],
    // EK (Grand Forks exit ticket before a robotics-club build night): graded once, untouched, on the final engine 2c64a67 (97.9%): the last untouched batch of its session; then a first touch, tuned on in round 133 (98.3% on the final engine)
    ['ek', 0.98, 0.96, 0],
    // EL (Minot warm-up before a wrestling dual meet): a first touch, graded once on 1972027 (98.1%), then tuned on in round 134
    ['el', 0.97, 0.94, 0],
    // EM (Kalispell exit ticket before a ski-team dryland practice): a first touch, graded once on 63cb9cd (98.0%), then tuned on in round 135
    ['em', 0.98, 0.96, 0],
    // EN (Twin Falls bell-ringer before an FFA livestock-judging trip): a first touch, graded once on 5520800 (98.4%), then tuned on in round 136
    ['en', 0.98, 0.96, 0],
    // EO (Scottsbluff warm-up before a volleyball away game): a first touch, graded once on 06acc16 (97.6%), then tuned on in round 137
    ['eo', 0.97, 0.96, 0],
    // EP (Gillette exit ticket before a speech-team practice): a first touch, graded once on 68a95d5 (97.8%), then tuned on in round 138
    ['ep', 0.96, 0.92, 0],
    // EQ (Aberdeen bell-ringer before a pheasant-festival pep assembly): a first touch, graded once on 548f45d (98.9%), then tuned on in round 139
    ['eq', 0.98, 0.96, 0],
    // ER (Helena warm-up before a Science Olympiad practice): graded once, untouched, on the final engine 17e7910 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 140 (99.0% on the final engine)
    ['er', 0.98, 0.96, 0],
    // ES (Ely exit ticket before a rodeo-club practice): a first touch, graded once on 447d708 (98.3%), then tuned on in round 141
    ['es', 0.99, 0.98, 0],
    // ET (Elko bell-ringer before a cross-country meet): the pre-registered last untouched batch, graded once on 3204335 (98.5%, two full-mark answers wrongly flagged); then tuned on in round 142
    ['et', 0.98, 0.96, 0],
    // EU (Winnemucca exit ticket before a 4-H livestock-club meeting): graded once, untouched, on the final engine f0e7232 (98.5%), written after ET's shortfall was seen; then a first touch, tuned on in round 143 (98.9% on the final engine)
    ['eu', 0.98, 0.96, 0],
    // EV (Rock Springs exit ticket before a wrestling weigh-in): a first touch, graded once on e154a93 (98.1%), then tuned on in round 144
    ['ev', 0.99, 0.98, 0],
    // EW (Miles City bell-ringer before a bucking-horse-sale planning meeting): graded once, untouched, on the final engine c16b84a (97.9%); then a first touch, tuned on in round 145 (98.3%)
    ['ew', 0.96, 0.92, 0],
    // EX (Dickinson warm-up before an FFA ranch-management contest): a first touch, graded once on a58813f (98.3%), then tuned on in round 146 (99.1%)
    ['ex', 0.97, 0.96, 0],
    // EZ (Jamestown homework check before a buffalo-museum field trip): a first touch, graded once on 4fdc457 (98.0%), then tuned on in round 147 (98.9%)
    ['ez', 0.97, 0.94, 0],
    // EY (Williston review quiz before a wrestling-dual bus trip): graded once, untouched, on the final engine 04a6f20 (98.5%), then a first touch, tuned on in round 148 (98.8%)
    ['ey', 0.97, 0.94, 0],
    // FA (Havre warm-up before a Hi-Line basketball tournament): a first touch, graded once on f1cb6d1 (98.3%), then tuned on in round 149 (98.7%)
    ['fa', 0.97, 0.94, 0],
    // FB (Glendive exit ticket before a paddlefish-season field trip): a first touch, graded once on 5782a93 (98.0%), then tuned on in round 150 (98.5%)
    ['fb', 0.97, 0.94, 0],
    // FD (Lewistown bell-ringer before a Winter Carnival snow-sculpture contest): a first touch, graded once on 56de748 (99.2%), then tuned on in round 151 (99.5%)
    ['fd', 0.98, 0.94, 0],
    // FE (Glasgow Friday quiz before a Fort Peck Dam science field trip): a first touch, graded once on c1a8454 (98.9%), then tuned on in round 152 (99.3%)
    ['fe', 0.98, 0.96, 0],
    // FC (Sheridan test-prep practice before a rodeo-week parade): graded once, untouched, on the final engine 447ea16 (98.2%), then a first touch, tuned on in round 153 (98.7%)
    ['fc', 0.98, 0.96, 0],
    // FF (Cut Bank review game before a school career fair): a first touch, graded once on 8acbaeb (99.1%), then tuned on in round 154 (99.4%)
    ['ff', 0.98, 0.96, 1],
    // FG (Wolf Point homework check before a holiday band concert): a first touch, graded once on ce891cc (98.0%), then tuned on in round 155 (98.4%)
    ['fg', 0.98, 0.96, 1],
    // FI (Spearfish practice test before a fish-hatchery field trip): graded once, untouched, on 9611586 (98.6%); never tuned on (round 156 changed none of its grades)
    ['fi', 0.99, 0.98, 0],
    // FJ (Rawlins warm-up quiz before a wildlife-refuge field trip): graded once, untouched, on the final engine c46b874 (98.9%); never tuned on
    ['fj', 0.98, 0.96, 0],
    // FK (Lander bell-ringer before a climbing-club trip to Sinks Canyon): graded once, untouched, on the final engine a4814ad (99.0%); never tuned on
    ['fk', 0.98, 0.96, 0],
    // FL (Torrington bell-ringer before a sugar-beet-harvest field day): graded once, untouched, on the final engine 8124981 (99.5%); never tuned on
    ['fl', 0.99, 0.98, 0],
    // FM (Worland warm-up before a sugar-factory tour): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 910a651 (99.0%); its one flagged full-mark answer (water-leaves: a supposed cell in sugar syrup that "would shrink", set against the one asked about) left as found; never tuned on
    ['fm', 0.99, 0.98, 1],
    // FN (Houlton last-period form after a potato-harvest break): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 7496048 (98.5%); never tuned on
    ['fn', 0.98, 0.96, 0],
    // FO (Rapid City Chromebook block after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine eaa8472 (97.5%); never tuned on
    ['fo', 0.97, 0.9, 0],
    // FP (Ardmore OK graded warm-up before a lake-shore cleanup day): named the session's first untouched batch before its writers started; graded once, untouched, on the final engine d664029 (97.0%)
    ['fp', 0.96, 0.9, 0],
    // FQ (Valdosta GA exit ticket before a homecoming pep rally): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 39f7d36 (99.0%); never tuned on
    ['fq', 0.98, 0.96, 0],
    // FR (Hattiesburg MS timed warm-up on a humid Monday after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 35d8db1 (98.0%); never tuned on
    ['fr', 0.97, 0.96, 0],
    // FS (Roswell NM graded bell-ringer before a dairy-farm field trip): named the session's last untouched batch before its writers started (after FR met every target); graded once, untouched, on the final engine 2dcfadc (97.5%; its one flagged full-mark answer, note form "Ø cell wall in animal cells" read as the cell having a wall, left as found); round 277 then took the flag away (a lone "Ø" is "none"; tuned on from there)
    ['fs', 0.97, 0.96, 0],
    // FT (Alamosa CO timed practice before a sand-dunes field trip): named the session's last untouched batch, whatever it showed, before its writers started; graded once, untouched, on the final engine 744e630 (99.5%); never tuned on
    ['ft', 0.99, 0.98, 0],
  ],
  'passive-vs-active': [
    ['a', 0.94, 0.9, 0],
    ['b', 0.95, 0.9, 0],
    ['c', 0.95, 0.91, 0],
    ['d', 0.94, 0.89, 0],
    ['e', 0.92, 0.87, 1],
    ['f', 0.94, 0.89, 1],
    ['g', 0.93, 0.87, 0],
    ['h', 0.92, 0.85, 1],
    ['i', 0.93, 0.85, 0],
    ['j', 0.91, 0.85, 2],
    ['k', 0.94, 0.92, 1],
    ['l', 0.91, 0.88, 0],
    ['m', 0.96, 0.92, 0],
    ['n', 0.95, 0.92, 0],
    ['o', 0.92, 0.89, 1],
    ['p', 0.95, 0.92, 0],
    ['q', 0.9, 0.86, 0],
    ['r', 0.95, 0.9, 0],
    ['s', 0.95, 0.87, 0],
    ['t', 0.92, 0.85, 4],
    ['u', 0.96, 0.94, 1],
    ['v', 0.97, 0.94, 0],
    ['w', 0.95, 0.93, 0],
    ['x', 0.97, 0.93, 0],
    ['y', 0.97, 0.96, 0],
    ['z', 0.96, 0.93, 1],
    ['aa', 0.93, 0.82, 1],
    ['ab', 0.96, 0.93, 0],
    ['ac', 0.93, 0.88, 0],
    ['ad', 0.95, 0.92, 0],
    ['ae', 0.94, 0.88, 0],
    ['af', 0.93, 0.86, 0],
    ['ag', 0.96, 0.92, 0],
    ['ah', 0.94, 0.92, 0],
    ['ai', 0.96, 0.92, 0],
    ['aj', 0.94, 0.88, 1],
    ['ak', 0.96, 0.9, 0],
    ['al', 0.95, 0.92, 0],
    ['am', 0.97, 0.94, 0],
    ['an', 0.95, 0.92, 0],
    ['ao', 0.93, 0.88, 0],
    ['ap', 0.96, 0.9, 0],
    ['aq', 0.95, 0.9, 0],
    ['ar', 0.96, 0.94, 0],
    ['as', 0.95, 0.9, 0],
    ['at', 0.97, 0.94, 0],
    ['au', 0.94, 0.88, 0],
    ['av', 0.96, 0.92, 0],
    ['aw', 0.94, 0.92, 0],
    ['ax', 0.96, 0.92, 0],
    ['ay', 0.96, 0.92, 0],
    ['az', 0.95, 0.88, 0],
    ['ba', 0.95, 0.92, 0],
    ['bb', 0.96, 0.92, 0],
    ['bc', 0.95, 0.94, 0],
    ['bd', 0.95, 0.94, 0],
    ['be', 0.96, 0.92, 0],
    ['bf', 0.96, 0.92, 0],
    ['bg', 0.96, 0.92, 0],
    ['bh', 0.96, 0.92, 0],
    ['bi', 0.98, 0.96, 0],
    ['bj', 0.93, 0.88, 0],
    ['bk', 0.96, 0.92, 0],
    ['bl', 0.95, 0.88, 0],
    ['bm', 0.96, 0.92, 0],
    // BN #28 (full marks) was flagged untouched: "the Na+/K+ pump (…) is active" was tied to the
    // passive example before it; round 65 reads the subject after "is".
    ['bn', 0.94, 0.88, 0],
    ['bo', 0.98, 0.96, 0],
    ['bp', 0.94, 0.9, 0],
    ['bq', 0.96, 0.92, 0],
    ['br', 0.97, 0.94, 0],
    ['bs', 0.97, 0.94, 0],
    // BT #10 (full marks, "it is opposite with gradient", an English learner's 'against the gradient')
    // was flagged untouched; round 71 reads "opposite with" as "opposite to".
    ['bt', 0.97, 0.9, 0],
    ['bu', 0.96, 0.92, 0],
    ['bv', 0.96, 0.92, 0],
    ['bw', 0.97, 0.94, 0],
    ['bx', 0.97, 0.96, 0],
    ['by', 0.94, 0.86, 0],
    ['bz', 0.96, 0.92, 0],
    // CA, the last untouched batch (graded once on the final engine of 4 Dec, left as found).
    ['ca', 0.93, 0.88, 0],
    // CB, graded once untouched on round 78's engine (96.8%), then tuned on in round 79.
    ['cb', 0.96, 0.94, 0],
    // CD, graded once untouched on the final engine of 4 Dec (96.0%), then tuned on in round 80.
    ['cd', 0.95, 0.92, 0],
    // CC, graded once untouched on the final engine of 4 Dec (96.6%), then tuned on in round 80.
    ['cc', 0.96, 0.92, 0],
    // CE: graded once untouched on round 80's engine (97.3%), then tuned on in round 81 (98.3%): floors under the tuned figures
    ['ce', 0.97, 0.94, 0],
    // CF: the last untouched batch of the session after rounds 80-81, graded once on the final engine (97.7%); never tuned on
    ['cf', 0.93, 0.88, 1],
    // CG (rural eastern Kentucky, timed practice test on Chromebooks): graded once untouched on round 82's engine 7347029 (98.3%), then tuned on in round 83
    ['cg', 0.95, 0.9, 1],
    // CH (Minneapolis magnet school, discussion-board homework): graded once, untouched, on the final engine f66c3f5 (97.7%): the last untouched batch of its session
    ['ch', 0.97, 0.94, 1],
    // CI (San Antonio bell-ringer quiz on Chromebooks): graded once untouched on round 84's engine 67dc8be (97.6%), then tuned on in round 85
    ['ci', 0.96, 0.9, 0],
    // CJ (Spokane take-home review over a snowy weekend): graded once untouched on round 85's engine 6b4a265 (97.0%), then tuned on in round 86
    ['cj', 0.96, 0.92, 0],
    // CK (Savannah timed warm-up after a school concert): graded once, untouched, on the final engine d5a0f7f (97.9%): the last untouched batch of its session; round 88 tuned on it
    ['ck', 0.98, 0.96, 0],
    // CL (Milwaukee ticket-in after a fire drill): graded once untouched on round 87's engine plus one synapse reading (97.8%), then tuned on in round 88
    ['cl', 0.96, 0.94, 0],
    // CM (Portland, Maine review day on shared tablets): graded once untouched on 6bc85f6, midway through round 88 (97.3%), then tuned on
    ['cm', 0.98, 0.94, 0],
    // CN (Tucson graded quiz before spring break): graded once, untouched, on 56008b0, the end of round 88 (97.5%), then tuned on in round 89
    ['cn', 0.96, 0.9, 1],
    // CO (Baton Rouge warm-up after a football game): graded once, untouched, on 338b19e, the end of round 89 (97.5%), then tuned on in round 90
    ['co', 0.97, 0.96, 0],
    // CP (Tacoma timed practice on a rainy Monday): graded once, untouched, on the final engine 4a4b289 (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cp', 0.98, 0.96, 0],
    // CQ (Duluth bell-ringer on a snowy Tuesday): graded once, untouched, on a97c7fa, the start of round 91 (98.0%), then tuned on in round 91
    ['cq', 0.96, 0.9, 0],
    // CR (Albuquerque exit ticket before a three-day weekend): graded once, untouched, on 39c71c3, the end of round 91 (96.9%), then tuned on in round 92
    // CR #29 (full marks) says a red blood cell in a hypertonic solution swells, as its writer notes;
    // round 112's osmosis-example-reversed flag reports it rightly.
    ['cr', 0.96, 0.92, 1],
    // CS (Savannah do-now after a pep rally): graded once, untouched, on b664fc9, the end of round 92 (97.5%), then tuned on in round 93
    ['cs', 0.96, 0.94, 0],
    // CT (Fargo lab-day check during a blizzard warning): graded once, untouched, on f9ccd8e, the end of round 93 (98.2%), then tuned on in round 94
    ['ct', 0.97, 0.92, 2],
    // CU (Providence warm-up on a foggy Monday): graded once, untouched, on the final engine 226db3a (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cu', 0.96, 0.92, 0],
    // CV (Spokane bell-ringer the day after a playoff loss): graded once, untouched, on f4b0f6a (97.8%), then tuned on in round 95
    ['cv', 0.96, 0.92, 0],
    // CW (Tucson exit ticket on a hot Friday afternoon): graded once, untouched, on 8f373d6 (98.4%), then tuned on in round 96
    // CW #12, like CR #29: full marks, and its writer names the misconception the flag reports (a red
    // blood cell gaining water in a hypertonic solution; round 112): the flag is right.
    ['cw', 0.97, 0.94, 1],
    // CX (Burlington do-now after the first snow): graded once, untouched, on 2b530e1 (97.1%), then tuned on in round 97
    ['cx', 0.95, 0.92, 0],
    // CY (Omaha exit ticket before a test): graded once, untouched, on fe11483 (97.4%), then tuned on in round 98
    ['cy', 0.96, 0.94, 0],
    // CZ (Boise bell-ringer after a ski weekend): graded once, untouched, on a8d0d5c (98.1%), then tuned on in round 99
    ['cz', 0.95, 0.9, 0],
    // DA (Charleston exit ticket before a field trip): graded once, untouched, on a920f28 (96.9%), then tuned on in round 100
    ['da', 0.96, 0.94, 0],
    // DB (Madison warm-up before a winter concert): graded once, untouched, on the final engine eeed35e (97.7%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['db', 0.97, 0.92, 0],
    // DC (Duluth exit ticket after a hockey tournament): graded once, untouched, on 065c5b7 (96.6%), midway through round 101; then a first touch, tuned on in round 102
    ['dc', 0.96, 0.92, 0],
    // DD (Fargo do-now after a blizzard day off): graded once, untouched, on 4b16298 (97.7%) after round 102; then a first touch, tuned on in round 103
    ['dd', 0.95, 0.9, 0],
    // DE (Sioux Falls exit ticket before winter break): graded once, untouched, on 3d09e24 (97.1%) after round 103; then a first touch, tuned on in round 104
    // Its proteins point is 90%: its writer credits a carrier said of active transport alone ("It use
    // carrier protein"), which round 114 refuses with the writers of 19 other stored answers.
    ['de', 0.96, 0.9, 0],
    // DF (Rapid City bell-ringer after a wrestling tournament): graded once, untouched, on e3216f3 (96.4%) after round 104; then a first touch, tuned on in round 105
    ['df', 0.96, 0.92, 0],
    // DG (Bismarck exit ticket before a basketball tournament): graded once, untouched, on 1b39643 (97.9%) after round 105; then a first touch, tuned on in round 106
    ['dg', 0.95, 0.92, 0],
    // DH (Grand Forks warm-up after a hockey game): graded once, untouched, on the final engine c9a7a02 (97.5%): planned as the last untouched batch; then a first touch, tuned on in round 107
    ['dh', 0.96, 0.92, 0],
    // DI (Aberdeen exit ticket before a band concert): graded once, untouched, on the final engine 0181268 (96.5%): the last untouched batch of its session; tuned on in round 108 of the next
    ['di', 0.94, 0.9, 0],
    // DJ (Sioux City bell-ringer after a volleyball tournament): graded once on 7f5e4c5 when it arrived (98.3%), a first touch; tuned on in round 108
    ['dj', 0.97, 0.94, 0],
    // DK (Mankato exit ticket before a choir concert): written as the last untouched batch; graded once on 6d1d211 (96.8%), a first touch by amendment 1; tuned on in round 109
    ['dk', 0.96, 0.92, 0],
    // DL (Cedar Rapids warm-up after a wrestling meet): graded once on 448c8fe (97.4%), a first touch by amendment 2; tuned on in round 110
    ['dl', 0.97, 0.92, 0],
    // DM (Council Bluffs exit ticket before a football playoff game): graded once, untouched, on the final engine ef1a99e (97.2%): the last untouched batch of its session, then tuned on in round 111
    ['dm', 0.94, 0.92, 0],
    // DN (Grand Island bell-ringer after a basketball game): a first touch, graded once on ce84657 (97.6%), then tuned on in rounds 111–112
    ['dn', 0.97, 0.92, 0],
    // DO (Rochester exit ticket before a hockey game): a first touch, graded once on 5ead328 (96.5%), then tuned on in round 112
    ['do', 0.93, 0.82, 0],
    // DP (Sioux Falls warm-up after a wrestling dual): a first touch, graded once on d7ee19c (98.6%), then tuned on in round 113
    ['dp', 0.98, 0.94, 0],
    // DQ (Duluth exit ticket before a hockey game): graded once, untouched, on the final engine 5237f14 (97.5%): the last untouched batch of its session; then a first touch, tuned on in round 114 (98.3% after)
    ['dq', 0.96, 0.94, 0],
    // DR (Lewiston warm-up after a swim meet): graded once as a first touch on 0c5f445 (97.6%), tuned on in round 114
    ['dr', 0.96, 0.94, 0],
    // DS (Burlington exit ticket before a ski-club trip): graded once, untouched, on 6da5d0b (98.4%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 115 (98.5% after)
    ['ds', 0.98, 0.96, 0],
    // DT (Missoula warm-up after a basketball game): graded once, untouched, on a5958dc (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 116 (98.4% on the final engine)
    ['dt', 0.98, 0.96, 0],
    // DU (Eugene exit ticket before a cross-country meet): graded once, untouched, on da818b2 (97.5%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 117
    ['du', 0.96, 0.92, 0],
    // DV (Flagstaff warm-up after a track meet): graded once, untouched, on the final engine 5a0ff33 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 118 (99.4% on the final engine)
    // DV #12: full marks, and its trail analogy's "you barely use any energy - thats passive
    // transport" was read as passive transport using some energy (passive-needs-energy) when it was
    // graded untouched; its writer reads "barely" as none. Round 118 reads "barely <verb> any" as
    // "not <verb>", and the flag is gone.
    ['dv', 0.98, 0.94, 1],
    // DW (Duluth bell-ringer before a hockey game): graded once, untouched, on the final engine 0800b31 (97.3%): the last untouched batch of its session; then a first touch, tuned on in round 119 (97.9% on the final engine)
    ['dw', 0.96, 0.92, 0],
    // DX (Cheyenne exit ticket before a rodeo-club trip): a first touch, graded once on 967127a (98.3%), then tuned on in round 120
    ['dx', 0.97, 0.94, 0],
    // DY (Pocatello warm-up after a wrestling tournament): a first touch, graded once on 5595bef (97.9%), then tuned on in round 121
    ['dy', 0.97, 0.92, 0],
    // DZ (Laramie bell-ringer before a ski-club trip): graded once, untouched, on the final engine 72e8b7c (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 122 (99.3% on the final engine)
    ['dz', 0.98, 0.96, 0],
    // EA (Bozeman exit ticket before a cross-country ski meet): a first touch, graded once on 7b64e35 (98.2%), then tuned on in round 123
    ['ea', 0.98, 0.94, 0],
    // EB (Rapid City warm-up after a basketball game): a first touch, graded once on 450ad1b (97.8%), then tuned on in round 124
    ['eb', 0.97, 0.92, 0],
    // EC (Grand Junction bell-ringer before a rock-climbing club trip): graded once, untouched, on the final engine 07df264 (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 125 (98.7% on the final engine)
    ['ec', 0.96, 0.94, 0],
    // ED (Bend exit ticket before a mountain-bike team practice): a first touch, graded once on faaf372 (97.7%), then tuned on in round 126
    ['ed', 0.97, 0.94, 0],
    // EE (Casper warm-up before a rodeo-club event): a first touch, graded once on 266644d (97.9%), then tuned on in round 127
    ['ee', 0.97, 0.94, 0],
    // EF (Fargo bell-ringer before a curling-club match): a first touch, graded once on a02eb0e (98.3%), then tuned on in round 128
    ['ef', 0.96, 0.94, 0],
    // EG (Sioux Falls exit ticket before a wrestling-team weigh-in): graded once, untouched, on the final engine 1e6279a (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 129 (99.2% on the final engine)
    ['eg', 0.96, 0.94, 0],
    // EH (Billings exit ticket before a speech-and-debate tournament): a first touch, graded once on 161f2dc (98.7%), then tuned on in round 130
    ['eh', 0.97, 0.92, 0],
    // EI (Idaho Falls warm-up before a marching-band rehearsal): a first touch, graded once on 8027c65 (98.0%), then tuned on in round 131
    ['ei', 0.97, 0.92, 0],
    // EJ (Great Falls bell-ringer before a rifle-club practice): a first touch, graded once on 652c7d2 (98.5%), then tuned on in round 132
    ['ej', 0.97, 0.92, 0],
    // EK (Grand Forks exit ticket before a robotics-club build night): graded once, untouched, on the final engine 2c64a67 (97.9%): the last untouched batch of its session; then a first touch, tuned on in round 133 (98.3% on the final engine)
    ['ek', 0.95, 0.92, 0],
    // EL (Minot warm-up before a wrestling dual meet): a first touch, graded once on 1972027 (98.1%), then tuned on in round 134
    ['el', 0.98, 0.96, 0],
    // EM (Kalispell exit ticket before a ski-team dryland practice): a first touch, graded once on 63cb9cd (98.0%), then tuned on in round 135
    ['em', 0.95, 0.92, 0],
    // EN (Twin Falls bell-ringer before an FFA livestock-judging trip): a first touch, graded once on 5520800 (98.4%), then tuned on in round 136
    ['en', 0.98, 0.96, 0],
    // EO (Scottsbluff warm-up before a volleyball away game): a first touch, graded once on 06acc16 (97.6%), then tuned on in round 137
    ['eo', 0.96, 0.92, 0],
    // EP (Gillette exit ticket before a speech-team practice): a first touch, graded once on 68a95d5 (97.8%), then tuned on in round 138
    ['ep', 0.98, 0.92, 0],
    // EQ (Aberdeen bell-ringer before a pheasant-festival pep assembly): a first touch, graded once on 548f45d (98.9%), then tuned on in round 139
    ['eq', 0.98, 0.96, 0],
    // ER (Helena warm-up before a Science Olympiad practice): graded once, untouched, on the final engine 17e7910 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 140 (99.0% on the final engine)
    ['er', 0.97, 0.96, 0],
    // ES (Ely exit ticket before a rodeo-club practice): a first touch, graded once on 447d708 (98.3%), then tuned on in round 141
    ['es', 0.97, 0.94, 0],
    // ET (Elko bell-ringer before a cross-country meet): the pre-registered last untouched batch, graded once on 3204335 (98.5%, two full-mark answers wrongly flagged); then tuned on in round 142
    ['et', 0.98, 0.96, 0],
    // EU (Winnemucca exit ticket before a 4-H livestock-club meeting): graded once, untouched, on the final engine f0e7232 (98.5%), written after ET's shortfall was seen; then a first touch, tuned on in round 143 (98.9% on the final engine)
    // One flagged full-mark answer allowed: #39 ("Active transport needs energy, but not always straight
    // from ATP" read as active-no-energy), an engine error left as found.
    ['eu', 0.96, 0.9, 1],
    // EV (Rock Springs exit ticket before a wrestling weigh-in): a first touch, graded once on e154a93 (98.1%), then tuned on in round 144
    ['ev', 0.96, 0.92, 0],
    // EW (Miles City bell-ringer before a bucking-horse-sale planning meeting): graded once, untouched, on the final engine c16b84a (97.9%); then a first touch, tuned on in round 145 (98.3%)
    ['ew', 0.95, 0.92, 1],
    // EX (Dickinson warm-up before an FFA ranch-management contest): a first touch, graded once on a58813f (98.3%), then tuned on in round 146 (99.1%)
    ['ex', 0.96, 0.9, 0],
    // EZ (Jamestown homework check before a buffalo-museum field trip): a first touch, graded once on 4fdc457 (98.0%), then tuned on in round 147 (98.9%)
    ['ez', 0.98, 0.94, 0],
    // EY (Williston review quiz before a wrestling-dual bus trip): graded once, untouched, on the final engine 04a6f20 (98.5%), then a first touch, tuned on in round 148 (98.8%)
    ['ey', 0.96, 0.92, 0],
    // FA (Havre warm-up before a Hi-Line basketball tournament): a first touch, graded once on f1cb6d1 (98.3%), then tuned on in round 149 (98.7%)
    ['fa', 0.96, 0.92, 0],
    // FB (Glendive exit ticket before a paddlefish-season field trip): a first touch, graded once on 5782a93 (98.0%), then tuned on in round 150 (98.5%)
    ['fb', 0.96, 0.92, 1],
    // FD (Lewistown bell-ringer before a Winter Carnival snow-sculpture contest): a first touch, graded once on 56de748 (99.2%), then tuned on in round 151 (99.5%)
    ['fd', 0.98, 0.96, 0],
    // FE (Glasgow Friday quiz before a Fort Peck Dam science field trip): a first touch, graded once on c1a8454 (98.9%), then tuned on in round 152 (99.3%)
    ['fe', 0.98, 0.96, 0],
    // FC (Sheridan test-prep practice before a rodeo-week parade): graded once, untouched, on the final engine 447ea16 (98.2%), then a first touch, tuned on in round 153 (98.7%)
    ['fc', 0.96, 0.94, 0],
    // FF (Cut Bank review game before a school career fair): a first touch, graded once on 8acbaeb (99.1%), then tuned on in round 154 (99.4%)
    ['ff', 0.97, 0.94, 0],
    // FG (Wolf Point homework check before a holiday band concert): a first touch, graded once on ce891cc (98.0%), then tuned on in round 155 (98.4%)
    ['fg', 0.95, 0.88, 0],
    // FI (Spearfish practice test before a fish-hatchery field trip): graded once, untouched, on 9611586 (98.6%); never tuned on (round 156 changed none of its grades)
    ['fi', 0.95, 0.92, 0],
    // FJ (Rawlins warm-up quiz before a wildlife-refuge field trip): graded once, untouched, on the final engine c46b874 (98.9%); never tuned on
    ['fj', 0.96, 0.9, 0],
    // FK (Lander bell-ringer before a climbing-club trip to Sinks Canyon): graded once, untouched, on the final engine a4814ad (97.7%); never tuned on
    ['fk', 0.97, 0.94, 0],
    // FL (Torrington bell-ringer before a sugar-beet-harvest field day): graded once, untouched, on the final engine 8124981 (98.3%); its one flagged full-mark answer ("passive = … (hi to lo) active = …" read as active going down the gradient) was fixed by round 253 (a name before ":" or "=" heads what follows), so FL is tuned on from there
    ['fl', 0.98, 0.96, 0],
    // FM (Worland warm-up before a sugar-factory tour): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 910a651 (97.7%); its one flagged full-mark answer (examples-swapped, in an irrigation-canal analogy) left as found; never tuned on
    ['fm', 0.97, 0.94, 1],
    // FN (Houlton last-period form after a potato-harvest break): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 7496048 (98.3%); never tuned on
    ['fn', 0.98, 0.96, 0],
    // FO (Rapid City Chromebook block after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine eaa8472 (99.3%); never tuned on
    ['fo', 0.99, 0.98, 0],
    // FP (Ardmore OK graded warm-up before a lake-shore cleanup day): named the session's first untouched batch before its writers started; graded once, untouched, on the final engine d664029 (97.0%); its one flagged full-mark answer (a run-on whose correct examples, "CO2 leaving a cell by diffusion and the proton pump", read as swapped) counted as found; round 273 (after FP) took it away
    ['fp', 0.96, 0.96, 1],
    // FQ (Valdosta GA exit ticket before a homecoming pep rally): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 39f7d36 (98.7%); its one flagged full-mark answer (a pecan-sheller analogy, flagged as active transport using no energy) left as found; round 274 then took the flag away: the "naturally" of "against where they'd naturally go" had read as costing no energy (tuned on from there)
    ['fq', 0.98, 0.96, 0],
    // FR (Hattiesburg MS timed warm-up on a humid Monday after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 35d8db1 (98.0%); never tuned on
    ['fr', 0.97, 0.94, 0],
    // FS (Roswell NM graded bell-ringer before a dairy-farm field trip): named the session's last untouched batch before its writers started (after FR met every target); graded once, untouched, on the final engine 2dcfadc (97.0%); never tuned on
    ['fs', 0.96, 0.94, 0],
    // FT (Alamosa CO timed practice before a sand-dunes field trip): named the session's last untouched batch, whatever it showed, before its writers started; graded once, untouched, on the final engine 744e630 (96.3%); never tuned on
    ['ft', 0.96, 0.9, 0],
  ],
  'pump-blocked': [
    ['a', 0.96, 0.92, 0],
    ['b', 0.95, 0.92, 0],
    ['c', 0.98, 0.97, 0],
    ['d', 0.93, 0.89, 0],
    ['e', 0.93, 0.88, 0],
    ['f', 0.95, 0.87, 0],
    ['g', 0.95, 0.91, 0],
    ['h', 0.92, 0.91, 0],
    ['i', 0.93, 0.89, 0],
    ['j', 0.93, 0.91, 0],
    ['k', 0.92, 0.9, 1],
    ['l', 0.92, 0.91, 0],
    ['m', 0.92, 0.85, 0],
    ['n', 0.95, 0.92, 0],
    ['o', 0.92, 0.85, 1],
    ['p', 0.95, 0.92, 0],
    ['q', 0.9, 0.88, 0],
    ['r', 0.92, 0.89, 2],
    ['s', 0.96, 0.92, 0],
    ['t', 0.96, 0.94, 0],
    ['u', 0.95, 0.91, 0],
    ['v', 0.91, 0.87, 0],
    ['w', 0.95, 0.93, 0],
    ['x', 0.95, 0.91, 0],
    ['y', 0.97, 0.94, 0],
    ['z', 0.93, 0.85, 0],
    ['aa', 0.94, 0.92, 0],
    ['ab', 0.96, 0.93, 0],
    ['ac', 0.93, 0.88, 0],
    ['ad', 0.97, 0.94, 0],
    ['ae', 0.93, 0.88, 0],
    ['af', 0.95, 0.92, 0],
    ['ag', 0.93, 0.9, 0],
    ['ah', 0.95, 0.92, 0],
    ['ai', 0.95, 0.92, 0],
    ['aj', 0.96, 0.92, 0],
    ['ak', 0.96, 0.94, 0],
    ['al', 0.95, 0.92, 0],
    ['am', 0.93, 0.9, 0],
    ['an', 0.96, 0.94, 0],
    ['ao', 0.93, 0.86, 0],
    ['ap', 0.96, 0.94, 0],
    ['aq', 0.95, 0.94, 0],
    ['ar', 0.95, 0.92, 0],
    ['as', 0.96, 0.94, 0],
    ['at', 0.95, 0.92, 0],
    ['au', 0.94, 0.92, 0],
    ['av', 0.95, 0.94, 0],
    ['aw', 0.92, 0.88, 0],
    ['ax', 0.94, 0.88, 0],
    ['ay', 0.97, 0.9, 0],
    ['az', 0.97, 0.94, 0],
    ['ba', 0.95, 0.92, 0],
    ['bb', 0.92, 0.88, 0],
    ['bc', 0.94, 0.92, 0],
    ['bd', 0.97, 0.96, 0],
    ['be', 0.95, 0.92, 0],
    ['bf', 0.95, 0.92, 0],
    ['bg', 0.97, 0.94, 0],
    ['bh', 0.93, 0.88, 0],
    ['bi', 0.97, 0.96, 0],
    ['bj', 0.93, 0.9, 0],
    ['bk', 0.97, 0.94, 0],
    ['bl', 0.96, 0.94, 0],
    ['bm', 0.96, 0.94, 0],
    ['bn', 0.93, 0.86, 0],
    ['bo', 0.95, 0.92, 0],
    ['bp', 0.92, 0.88, 0],
    ['bq', 0.98, 0.96, 0],
    ['br', 0.97, 0.92, 0],
    ['bs', 0.98, 0.96, 0],
    ['bt', 0.96, 0.92, 0],
    ['bu', 0.96, 0.92, 0],
    // BV #6 (full marks, "more negative because— wait no, actually LESS negative") was flagged
    // untouched; round 73 reads a slip repaired a few words on with the repair in its place.
    ['bv', 0.96, 0.94, 0],
    ['bw', 0.97, 0.92, 0],
    ['bx', 0.97, 0.94, 0],
    ['by', 0.97, 0.94, 0],
    ['bz', 0.97, 0.96, 0],
    // CA, the last untouched batch (graded once on the final engine of 4 Dec, left as found).
    ['ca', 0.94, 0.9, 0],
    // CB, graded once untouched on round 78's engine (96.8%), then tuned on in round 79.
    ['cb', 0.96, 0.94, 0],
    // CD, graded once untouched on the final engine of 4 Dec (96.0%), then tuned on in round 80.
    ['cd', 0.92, 0.88, 0],
    // CC, graded once untouched on the final engine of 4 Dec (96.6%), then tuned on in round 80.
    ['cc', 0.95, 0.94, 0],
    // CE: graded once untouched on round 80's engine (97.3%), then tuned on in round 81 (98.3%): floors under the tuned figures
    ['ce', 0.96, 0.94, 0],
    // CF: the last untouched batch of the session after rounds 80-81, graded once on the final engine (97.7%); never tuned on
    ['cf', 0.97, 0.96, 0],
    // CG (rural eastern Kentucky, timed practice test on Chromebooks): graded once untouched on round 82's engine 7347029 (98.3%), then tuned on in round 83
    ['cg', 0.95, 0.9, 2],
    // CH (Minneapolis magnet school, discussion-board homework): graded once, untouched, on the final engine f66c3f5 (97.7%): the last untouched batch of its session
    ['ch', 0.94, 0.88, 0],
    // CI (San Antonio bell-ringer quiz on Chromebooks): graded once untouched on round 84's engine 67dc8be (97.6%), then tuned on in round 85
    ['ci', 0.97, 0.96, 0],
    // CJ (Spokane take-home review over a snowy weekend): graded once untouched on round 85's engine 6b4a265 (97.0%), then tuned on in round 86
    ['cj', 0.96, 0.94, 0],
    // CK (Savannah timed warm-up after a school concert): graded once, untouched, on the final engine d5a0f7f (97.9%): the last untouched batch of its session; round 88 tuned on it
    ['ck', 0.98, 0.96, 0],
    // CL (Milwaukee ticket-in after a fire drill): graded once untouched on round 87's engine plus one synapse reading (97.8%), then tuned on in round 88
    ['cl', 0.97, 0.92, 0],
    // CM (Portland, Maine review day on shared tablets): graded once untouched on 6bc85f6, midway through round 88 (97.3%), then tuned on
    ['cm', 0.96, 0.9, 0],
    // CN (Tucson graded quiz before spring break): graded once, untouched, on 56008b0, the end of round 88 (97.5%), then tuned on in round 89
    ['cn', 0.93, 0.9, 1],
    // CO (Baton Rouge warm-up after a football game): graded once, untouched, on 338b19e, the end of round 89 (97.5%), then tuned on in round 90
    ['co', 0.95, 0.9, 0],
    // CP (Tacoma timed practice on a rainy Monday): graded once, untouched, on the final engine 4a4b289 (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cp', 0.97, 0.94, 0],
    // CQ (Duluth bell-ringer on a snowy Tuesday): graded once, untouched, on a97c7fa, the start of round 91 (98.0%), then tuned on in round 91
    ['cq', 0.97, 0.94, 0],
    // CR (Albuquerque exit ticket before a three-day weekend): graded once, untouched, on 39c71c3, the end of round 91 (96.9%), then tuned on in round 92
    ['cr', 0.96, 0.92, 0],
    // CS (Savannah do-now after a pep rally): graded once, untouched, on b664fc9, the end of round 92 (97.5%), then tuned on in round 93
    ['cs', 0.98, 0.96, 0],
    // CT (Fargo lab-day check during a blizzard warning): graded once, untouched, on f9ccd8e, the end of round 93 (98.2%), then tuned on in round 94
    ['ct', 0.97, 0.92, 0],
    // CU (Providence warm-up on a foggy Monday): graded once, untouched, on the final engine 226db3a (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cu', 0.96, 0.94, 0],
    // CV (Spokane bell-ringer the day after a playoff loss): graded once, untouched, on f4b0f6a (97.8%), then tuned on in round 95
    ['cv', 0.97, 0.94, 0],
    // CW (Tucson exit ticket on a hot Friday afternoon): graded once, untouched, on 8f373d6 (98.4%), then tuned on in round 96
    ['cw', 0.97, 0.94, 0],
    // CX (Burlington do-now after the first snow): graded once, untouched, on 2b530e1 (97.1%), then tuned on in round 97
    ['cx', 0.97, 0.96, 0],
    // CY (Omaha exit ticket before a test): graded once, untouched, on fe11483 (97.4%), then tuned on in round 98
    ['cy', 0.96, 0.94, 1],
    // CZ (Boise bell-ringer after a ski weekend): graded once, untouched, on a8d0d5c (98.1%), then tuned on in round 99
    ['cz', 0.98, 0.96, 0],
    // DA (Charleston exit ticket before a field trip): graded once, untouched, on a920f28 (96.9%), then tuned on in round 100
    ['da', 0.94, 0.92, 0],
    // DB (Madison warm-up before a winter concert): graded once, untouched, on the final engine eeed35e (97.7%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['db', 0.95, 0.92, 0],
    // DC (Duluth exit ticket after a hockey tournament): graded once, untouched, on 065c5b7 (96.6%), midway through round 101; then a first touch, tuned on in round 102
    ['dc', 0.96, 0.92, 0],
    // DD (Fargo do-now after a blizzard day off): graded once, untouched, on 4b16298 (97.7%) after round 102; then a first touch, tuned on in round 103
    ['dd', 0.96, 0.92, 0],
    // DE (Sioux Falls exit ticket before winter break): graded once, untouched, on 3d09e24 (97.1%) after round 103; then a first touch, tuned on in round 104
    ['de', 0.97, 0.94, 0],
    // DF (Rapid City bell-ringer after a wrestling tournament): graded once, untouched, on e3216f3 (96.4%) after round 104; then a first touch, tuned on in round 105
    ['df', 0.96, 0.94, 0],
    // DG (Bismarck exit ticket before a basketball tournament): graded once, untouched, on 1b39643 (97.9%) after round 105; then a first touch, tuned on in round 106
    ['dg', 0.98, 0.96, 0],
    // DH (Grand Forks warm-up after a hockey game): graded once, untouched, on the final engine c9a7a02 (97.5%): planned as the last untouched batch; then a first touch, tuned on in round 107
    ['dh', 0.93, 0.86, 0],
    // DI (Aberdeen exit ticket before a band concert): graded once, untouched, on the final engine 0181268 (96.5%): the last untouched batch of its session; tuned on in round 108 of the next
    ['di', 0.94, 0.9, 0],
    // DJ (Sioux City bell-ringer after a volleyball tournament): graded once on 7f5e4c5 when it arrived (98.3%), a first touch; tuned on in round 108
    ['dj', 0.96, 0.92, 0],
    // DK (Mankato exit ticket before a choir concert): written as the last untouched batch; graded once on 6d1d211 (96.8%), a first touch by amendment 1; tuned on in round 109
    ['dk', 0.96, 0.94, 0],
    // DL (Cedar Rapids warm-up after a wrestling meet): graded once on 448c8fe (97.4%), a first touch by amendment 2; tuned on in round 110
    ['dl', 0.93, 0.9, 0],
    // DM (Council Bluffs exit ticket before a football playoff game): graded once, untouched, on the final engine ef1a99e (97.2%): the last untouched batch of its session, then tuned on in round 111
    ['dm', 0.94, 0.9, 0],
    // DN (Grand Island bell-ringer after a basketball game): a first touch, graded once on ce84657 (97.6%), then tuned on in rounds 111–112
    ['dn', 0.96, 0.94, 0],
    // DO (Rochester exit ticket before a hockey game): a first touch, graded once on 5ead328 (96.5%), then tuned on in round 112
    ['do', 0.96, 0.92, 0],
    // DP (Sioux Falls warm-up after a wrestling dual): a first touch, graded once on d7ee19c (98.6%), then tuned on in round 113
    ['dp', 0.96, 0.92, 0],
    // DQ (Duluth exit ticket before a hockey game): graded once, untouched, on the final engine 5237f14 (97.5%): the last untouched batch of its session; then a first touch, tuned on in round 114 (98.3% after)
    ['dq', 0.96, 0.92, 1],
    // DR (Lewiston warm-up after a swim meet): graded once as a first touch on 0c5f445 (97.6%), tuned on in round 114
    ['dr', 0.96, 0.94, 0],
    // DS (Burlington exit ticket before a ski-club trip): graded once, untouched, on 6da5d0b (98.4%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 115 (98.5% after)
    ['ds', 0.96, 0.92, 0],
    // DT (Missoula warm-up after a basketball game): graded once, untouched, on a5958dc (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 116 (98.4% on the final engine)
    ['dt', 0.98, 0.94, 0],
    // DU (Eugene exit ticket before a cross-country meet): graded once, untouched, on da818b2 (97.5%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 117
    ['du', 0.96, 0.92, 0],
    // DV (Flagstaff warm-up after a track meet): graded once, untouched, on the final engine 5a0ff33 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 118 (99.4% on the final engine)
    ['dv', 0.96, 0.94, 0],
    // DW (Duluth bell-ringer before a hockey game): graded once, untouched, on the final engine 0800b31 (97.3%): the last untouched batch of its session; then a first touch, tuned on in round 119 (97.9% on the final engine)
    // DW #36: full marks, and its writer names the misconception the flag reports: "the neuron will
    // become hyperpolarized, meaning its resting potential moves … up toward 0 mV" calls the drift
    // toward 0 mV hyperpolarization (more-negative fires on "hyperpolarized"). Counted as flagged.
    ['dw', 0.94, 0.9, 1],
    // DX (Cheyenne exit ticket before a rodeo-club trip): a first touch, graded once on 967127a (98.3%), then tuned on in round 120
    ['dx', 0.98, 0.96, 0],
    // DY (Pocatello warm-up after a wrestling tournament): a first touch, graded once on 5595bef (97.9%), then tuned on in round 121
    ['dy', 0.96, 0.94, 0],
    // DZ (Laramie bell-ringer before a ski-club trip): graded once, untouched, on the final engine 72e8b7c (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 122 (99.3% on the final engine)
    ['dz', 0.96, 0.92, 0],
    // EA (Bozeman exit ticket before a cross-country ski meet): a first touch, graded once on 7b64e35 (98.2%), then tuned on in round 123
    ['ea', 0.95, 0.92, 0],
    // EB (Rapid City warm-up after a basketball game): a first touch, graded once on 450ad1b (97.8%), then tuned on in round 124
    ['eb', 0.95, 0.9, 0],
    // EC (Grand Junction bell-ringer before a rock-climbing club trip): graded once, untouched, on the final engine 07df264 (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 125 (98.7% on the final engine)
    ['ec', 0.98, 0.96, 0],
    // ED (Bend exit ticket before a mountain-bike team practice): a first touch, graded once on faaf372 (97.7%), then tuned on in round 126
    ['ed', 0.96, 0.94, 0],
    // EE (Casper warm-up before a rodeo-club event): a first touch, graded once on 266644d (97.9%), then tuned on in round 127
    ['ee', 0.97, 0.94, 0],
    // EF (Fargo bell-ringer before a curling-club match): a first touch, graded once on a02eb0e (98.3%), then tuned on in round 128
    ['ef', 0.97, 0.92, 0],
    // EG (Sioux Falls exit ticket before a wrestling-team weigh-in): graded once, untouched, on the final engine 1e6279a (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 129 (99.2% on the final engine)
    ['eg', 0.96, 0.94, 0],
    // EH (Billings exit ticket before a speech-and-debate tournament): a first touch, graded once on 161f2dc (98.7%), then tuned on in round 130
    ['eh', 0.98, 0.96, 0],
    // EI (Idaho Falls warm-up before a marching-band rehearsal): a first touch, graded once on 8027c65 (98.0%), then tuned on in round 131
    ['ei', 0.98, 0.96, 0],
    // EJ (Great Falls bell-ringer before a rifle-club practice): a first touch, graded once on 652c7d2 (98.5%), then tuned on in round 132
    ['ej', 0.98, 0.96, 0],
    // EK (Grand Forks exit ticket before a robotics-club build night): graded once, untouched, on the final engine 2c64a67 (97.9%): the last untouched batch of its session; then a first touch, tuned on in round 133 (98.3% on the final engine)
    ['ek', 0.95, 0.9, 0],
    // EL (Minot warm-up before a wrestling dual meet): a first touch, graded once on 1972027 (98.1%), then tuned on in round 134
    // (EL pump-blocked #41 earns full marks and is flagged `pump-makes-atp`, which its writer names: "the cell can't make ATP anymore")
    ['el', 0.98, 0.96, 1],
    // EM (Kalispell exit ticket before a ski-team dryland practice): a first touch, graded once on 63cb9cd (98.0%), then tuned on in round 135
    ['em', 0.98, 0.96, 0],
    // EN (Twin Falls bell-ringer before an FFA livestock-judging trip): a first touch, graded once on 5520800 (98.4%), then tuned on in round 136
    ['en', 0.96, 0.92, 0],
    // EO (Scottsbluff warm-up before a volleyball away game): a first touch, graded once on 06acc16 (97.6%), then tuned on in round 137
    ['eo', 0.97, 0.96, 0],
    // EP (Gillette exit ticket before a speech-team practice): a first touch, graded once on 68a95d5 (97.8%), then tuned on in round 138
    ['ep', 0.97, 0.92, 0],
    // EQ (Aberdeen bell-ringer before a pheasant-festival pep assembly): a first touch, graded once on 548f45d (98.9%), then tuned on in round 139
    ['eq', 0.98, 0.96, 0],
    // ER (Helena warm-up before a Science Olympiad practice): graded once, untouched, on the final engine 17e7910 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 140 (99.0% on the final engine)
    ['er', 0.97, 0.94, 0],
    // ES (Ely exit ticket before a rodeo-club practice): a first touch, graded once on 447d708 (98.3%), then tuned on in round 141
    ['es', 0.99, 0.98, 0],
    // ET (Elko bell-ringer before a cross-country meet): the pre-registered last untouched batch, graded once on 3204335 (98.5%, two full-mark answers wrongly flagged); then tuned on in round 142
    ['et', 0.97, 0.96, 0],
    // EU (Winnemucca exit ticket before a 4-H livestock-club meeting): graded once, untouched, on the final engine f0e7232 (98.5%), written after ET's shortfall was seen; then a first touch, tuned on in round 143 (98.9% on the final engine)
    ['eu', 0.98, 0.96, 0],
    // EV (Rock Springs exit ticket before a wrestling weigh-in): a first touch, graded once on e154a93 (98.1%), then tuned on in round 144
    ['ev', 0.98, 0.96, 0],
    // EW (Miles City bell-ringer before a bucking-horse-sale planning meeting): graded once, untouched, on the final engine c16b84a (97.9%); then a first touch, tuned on in round 145 (98.3%)
    ['ew', 0.98, 0.96, 0],
    // EX (Dickinson warm-up before an FFA ranch-management contest): a first touch, graded once on a58813f (98.3%), then tuned on in round 146 (99.1%)
    ['ex', 0.96, 0.9, 0],
    // EZ (Jamestown homework check before a buffalo-museum field trip): a first touch, graded once on 4fdc457 (98.0%), then tuned on in round 147 (98.9%)
    ['ez', 0.95, 0.88, 0],
    // EY (Williston review quiz before a wrestling-dual bus trip): graded once, untouched, on the final engine 04a6f20 (98.5%), then a first touch, tuned on in round 148 (98.8%)
    ['ey', 0.98, 0.96, 0],
    // FA (Havre warm-up before a Hi-Line basketball tournament): a first touch, graded once on f1cb6d1 (98.3%), then tuned on in round 149 (98.7%)
    ['fa', 0.96, 0.94, 0],
    // FB (Glendive exit ticket before a paddlefish-season field trip): a first touch, graded once on 5782a93 (98.0%), then tuned on in round 150 (98.5%)
    ['fb', 0.96, 0.9, 0],
    // FD (Lewistown bell-ringer before a Winter Carnival snow-sculpture contest): a first touch, graded once on 56de748 (99.2%), then tuned on in round 151 (99.5%)
    ['fd', 0.98, 0.96, 1],
    // FE (Glasgow Friday quiz before a Fort Peck Dam science field trip): a first touch, graded once on c1a8454 (98.9%), then tuned on in round 152 (99.3%)
    ['fe', 0.95, 0.92, 0],
    // FC (Sheridan test-prep practice before a rodeo-week parade): graded once, untouched, on the final engine 447ea16 (98.2%), then a first touch, tuned on in round 153 (98.7%)
    ['fc', 0.96, 0.94, 0],
    // FF (Cut Bank review game before a school career fair): a first touch, graded once on 8acbaeb (99.1%), then tuned on in round 154 (99.4%)
    ['ff', 0.99, 0.98, 0],
    // FG (Wolf Point homework check before a holiday band concert): a first touch, graded once on ce891cc (98.0%), then tuned on in round 155 (98.4%)
    ['fg', 0.95, 0.92, 0],
    // FI (Spearfish practice test before a fish-hatchery field trip): graded once, untouched, on 9611586 (98.6%); never tuned on (round 156 changed none of its grades)
    ['fi', 0.98, 0.96, 0],
    // FJ (Rawlins warm-up quiz before a wildlife-refuge field trip): graded once, untouched, on the final engine c46b874 (98.9%); never tuned on
    ['fj', 0.98, 0.96, 0],
    // FK (Lander bell-ringer before a climbing-club trip to Sinks Canyon): graded once, untouched, on the final engine a4814ad (98.0%); never tuned on
    ['fk', 0.97, 0.96, 0],
    // FL (Torrington bell-ringer before a sugar-beet-harvest field day): graded once, untouched, on the final engine 8124981 (98.0%); never tuned on
    ['fl', 0.98, 0.98, 0],
    // FM (Worland warm-up before a sugar-factory tour): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 910a651 (97.5%); never tuned on
    ['fm', 0.97, 0.92, 0],
    // FN (Houlton last-period form after a potato-harvest break): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 7496048 (99.0%); never tuned on
    ['fn', 0.99, 0.98, 0],
    // FO (Rapid City Chromebook block after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine eaa8472 (98.0%); never tuned on
    ['fo', 0.98, 0.96, 0],
    // FP (Ardmore OK graded warm-up before a lake-shore cleanup day): named the session's first untouched batch before its writers started; graded once, untouched, on the final engine d664029 (97.5%)
    ['fp', 0.97, 0.94, 0],
    // FQ (Valdosta GA exit ticket before a homecoming pep rally): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 39f7d36 (99.0%); never tuned on
    ['fq', 0.98, 0.96, 0],
    // FR (Hattiesburg MS timed warm-up on a humid Monday after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 35d8db1 (99.5%); never tuned on
    ['fr', 0.99, 0.98, 0],
    // FS (Roswell NM graded bell-ringer before a dairy-farm field trip): named the session's last untouched batch before its writers started (after FR met every target); graded once, untouched, on the final engine 2dcfadc (98.0%); never tuned on
    ['fs', 0.97, 0.96, 0],
    // FT (Alamosa CO timed practice before a sand-dunes field trip): named the session's last untouched batch, whatever it showed, before its writers started; graded once, untouched, on the final engine 744e630 (97.5%); never tuned on
    ['ft', 0.97, 0.94, 0],
  ],
  'resting-potential-pump': [
    ['a', 0.97, 0.93, 0],
    ['b', 0.95, 0.91, 0],
    ['c', 0.96, 0.93, 0],
    ['d', 0.95, 0.9, 0],
    ['e', 0.94, 0.88, 1],
    ['f', 0.94, 0.91, 0],
    ['g', 0.95, 0.91, 0],
    ['h', 0.92, 0.85, 0],
    ['i', 0.93, 0.88, 0],
    ['j', 0.95, 0.93, 1],
    ['k', 0.96, 0.92, 0],
    ['l', 0.94, 0.87, 0],
    ['m', 0.94, 0.91, 0],
    ['n', 0.94, 0.92, 0],
    ['o', 0.94, 0.9, 0],
    ['p', 0.96, 0.91, 1],
    ['q', 0.9, 0.85, 0],
    ['r', 0.94, 0.92, 0],
    ['s', 0.96, 0.93, 0],
    ['t', 0.96, 0.94, 0],
    ['u', 0.96, 0.93, 0],
    ['v', 0.95, 0.93, 0],
    ['w', 0.96, 0.93, 0],
    ['x', 0.96, 0.93, 0],
    ['y', 0.98, 0.94, 0],
    ['z', 0.97, 0.93, 0],
    ['aa', 0.96, 0.93, 0],
    ['ab', 0.97, 0.93, 0],
    ['ac', 0.95, 0.92, 0],
    ['ad', 0.95, 0.88, 0],
    ['ae', 0.93, 0.88, 0],
    ['af', 0.96, 0.92, 0],
    ['ag', 0.95, 0.94, 0],
    ['ah', 0.97, 0.94, 0],
    ['ai', 0.96, 0.92, 0],
    ['aj', 0.97, 0.94, 0],
    ['ak', 0.98, 0.92, 0],
    ['al', 0.95, 0.92, 0],
    ['am', 0.97, 0.92, 0],
    ['an', 0.96, 0.92, 0],
    ['ao', 0.96, 0.9, 0],
    ['ap', 0.95, 0.88, 0],
    ['aq', 0.97, 0.94, 0],
    ['ar', 0.96, 0.92, 0],
    ['as', 0.94, 0.9, 0],
    ['at', 0.94, 0.88, 0],
    ['au', 0.97, 0.94, 0],
    ['av', 0.97, 0.94, 0],
    ['aw', 0.95, 0.92, 0],
    ['ax', 0.96, 0.9, 0],
    ['ay', 0.97, 0.94, 0],
    ['az', 0.98, 0.96, 0],
    ['ba', 0.95, 0.88, 1],
    ['bb', 0.93, 0.88, 0],
    ['bc', 0.97, 0.96, 0],
    ['bd', 0.96, 0.94, 0],
    ['be', 0.96, 0.94, 0],
    ['bf', 0.94, 0.9, 0],
    ['bg', 0.98, 0.94, 0],
    ['bh', 0.95, 0.92, 0],
    ['bi', 0.98, 0.94, 0],
    ['bj', 0.97, 0.94, 0],
    ['bk', 0.97, 0.94, 0],
    ['bl', 0.97, 0.94, 0],
    ['bm', 0.96, 0.92, 0],
    ['bn', 0.96, 0.9, 0],
    ['bo', 0.98, 0.96, 0],
    ['bp', 0.97, 0.94, 0],
    ['bq', 0.97, 0.94, 0],
    ['br', 0.97, 0.94, 0],
    ['bs', 0.97, 0.94, 0],
    ['bt', 0.98, 0.96, 0],
    ['bu', 0.97, 0.94, 0],
    // BV #5 (full marks, "3 K+ out and 2 Na+ in- wait no, I got that backwards. It's 3 Na+ OUT …") was
    // flagged untouched; round 73 takes "I got that backwards" as taking back what the sentence said.
    ['bv', 0.97, 0.92, 0],
    ['bw', 0.98, 0.96, 0],
    ['bx', 0.97, 0.94, 0],
    ['by', 0.98, 0.96, 0],
    ['bz', 0.98, 0.98, 0],
    // CA, the last untouched batch (graded once on the final engine of 4 Dec, left as found).
    ['ca', 0.98, 0.96, 0],
    // CB, graded once untouched on round 78's engine (96.8%), then tuned on in round 79.
    ['cb', 0.98, 0.96, 0],
    // CD, graded once untouched on the final engine of 4 Dec (96.0%), then tuned on in round 80.
    ['cd', 0.96, 0.92, 0],
    // CC, graded once untouched on the final engine of 4 Dec (96.6%), then tuned on in round 80.
    ['cc', 0.94, 0.9, 0],
    // CE: graded once untouched on round 80's engine (97.3%), then tuned on in round 81 (98.3%): floors under the tuned figures
    ['ce', 0.97, 0.94, 0],
    // CF: the last untouched batch of the session after rounds 80-81, graded once on the final engine (97.7%); never tuned on
    ['cf', 0.96, 0.92, 0],
    // CG (rural eastern Kentucky, timed practice test on Chromebooks): graded once untouched on round 82's engine 7347029 (98.3%), then tuned on in round 83
    ['cg', 0.97, 0.96, 0],
    // CH (Minneapolis magnet school, discussion-board homework): graded once, untouched, on the final engine f66c3f5 (97.7%): the last untouched batch of its session
    ['ch', 0.97, 0.96, 0],
    // CI (San Antonio bell-ringer quiz on Chromebooks): graded once untouched on round 84's engine 67dc8be (97.6%), then tuned on in round 85
    ['ci', 0.98, 0.96, 0],
    // CJ (Spokane take-home review over a snowy weekend): graded once untouched on round 85's engine 6b4a265 (97.0%), then tuned on in round 86
    ['cj', 0.98, 0.96, 0],
    // CK (Savannah timed warm-up after a school concert): graded once, untouched, on the final engine d5a0f7f (97.9%): the last untouched batch of its session; round 88 tuned on it
    ['ck', 0.95, 0.88, 1],
    // CL (Milwaukee ticket-in after a fire drill): graded once untouched on round 87's engine plus one synapse reading (97.8%), then tuned on in round 88
    ['cl', 0.98, 0.96, 0],
    // CM (Portland, Maine review day on shared tablets): graded once untouched on 6bc85f6, midway through round 88 (97.3%), then tuned on
    ['cm', 0.97, 0.94, 0],
    // CN (Tucson graded quiz before spring break): graded once, untouched, on 56008b0, the end of round 88 (97.5%), then tuned on in round 89
    ['cn', 0.97, 0.96, 0],
    // CO (Baton Rouge warm-up after a football game): graded once, untouched, on 338b19e, the end of round 89 (97.5%), then tuned on in round 90
    ['co', 0.95, 0.9, 1],
    // CP (Tacoma timed practice on a rainy Monday): graded once, untouched, on the final engine 4a4b289 (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cp', 0.97, 0.94, 0],
    // CQ (Duluth bell-ringer on a snowy Tuesday): graded once, untouched, on a97c7fa, the start of round 91 (98.0%), then tuned on in round 91
    ['cq', 0.97, 0.94, 0],
    // CR (Albuquerque exit ticket before a three-day weekend): graded once, untouched, on 39c71c3, the end of round 91 (96.9%), then tuned on in round 92
    ['cr', 0.97, 0.94, 0],
    // CS (Savannah do-now after a pep rally): graded once, untouched, on b664fc9, the end of round 92 (97.5%), then tuned on in round 93
    ['cs', 0.96, 0.94, 0],
    // CT (Fargo lab-day check during a blizzard warning): graded once, untouched, on f9ccd8e, the end of round 93 (98.2%), then tuned on in round 94
    ['ct', 0.96, 0.92, 0],
    // CU (Providence warm-up on a foggy Monday): graded once, untouched, on the final engine 226db3a (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cu', 0.97, 0.92, 0],
    // CV (Spokane bell-ringer the day after a playoff loss): graded once, untouched, on f4b0f6a (97.8%), then tuned on in round 95
    ['cv', 0.98, 0.96, 0],
    // CW (Tucson exit ticket on a hot Friday afternoon): graded once, untouched, on 8f373d6 (98.4%), then tuned on in round 96
    ['cw', 0.98, 0.94, 0],
    // CX (Burlington do-now after the first snow): graded once, untouched, on 2b530e1 (97.1%), then tuned on in round 97
    ['cx', 0.97, 0.94, 0],
    // CY (Omaha exit ticket before a test): graded once, untouched, on fe11483 (97.4%), then tuned on in round 98
    ['cy', 0.96, 0.94, 0],
    // CZ (Boise bell-ringer after a ski weekend): graded once, untouched, on a8d0d5c (98.1%), then tuned on in round 99
    ['cz', 0.98, 0.94, 0],
    // DA (Charleston exit ticket before a field trip): graded once, untouched, on a920f28 (96.9%), then tuned on in round 100
    ['da', 0.94, 0.88, 0],
    // DB (Madison warm-up before a winter concert): graded once, untouched, on the final engine eeed35e (97.7%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['db', 0.96, 0.92, 0],
    // DC (Duluth exit ticket after a hockey tournament): graded once, untouched, on 065c5b7 (96.6%), midway through round 101; then a first touch, tuned on in round 102
    ['dc', 0.96, 0.94, 0],
    // DD (Fargo do-now after a blizzard day off): graded once, untouched, on 4b16298 (97.7%) after round 102; then a first touch, tuned on in round 103
    ['dd', 0.98, 0.96, 0],
    // DE (Sioux Falls exit ticket before winter break): graded once, untouched, on 3d09e24 (97.1%) after round 103; then a first touch, tuned on in round 104
    ['de', 0.97, 0.94, 0],
    // DF (Rapid City bell-ringer after a wrestling tournament): graded once, untouched, on e3216f3 (96.4%) after round 104; then a first touch, tuned on in round 105
    ['df', 0.98, 0.96, 0],
    // DG (Bismarck exit ticket before a basketball tournament): graded once, untouched, on 1b39643 (97.9%) after round 105; then a first touch, tuned on in round 106
    ['dg', 0.98, 0.96, 0],
    // DH (Grand Forks warm-up after a hockey game): graded once, untouched, on the final engine c9a7a02 (97.5%): planned as the last untouched batch; then a first touch, tuned on in round 107
    ['dh', 0.96, 0.9, 0],
    // DI (Aberdeen exit ticket before a band concert): graded once, untouched, on the final engine 0181268 (96.5%): the last untouched batch of its session; tuned on in round 108 of the next
    ['di', 0.97, 0.94, 0],
    // DJ (Sioux City bell-ringer after a volleyball tournament): graded once on 7f5e4c5 when it arrived (98.3%), a first touch; tuned on in round 108
    ['dj', 0.99, 0.98, 0],
    // DK (Mankato exit ticket before a choir concert): written as the last untouched batch; graded once on 6d1d211 (96.8%), a first touch by amendment 1; tuned on in round 109
    ['dk', 0.97, 0.94, 0],
    // DL (Cedar Rapids warm-up after a wrestling meet): graded once on 448c8fe (97.4%), a first touch by amendment 2; tuned on in round 110
    ['dl', 0.97, 0.94, 0],
    // DM (Council Bluffs exit ticket before a football playoff game): graded once, untouched, on the final engine ef1a99e (97.2%): the last untouched batch of its session, then tuned on in round 111
    ['dm', 0.97, 0.96, 0],
    // DN (Grand Island bell-ringer after a basketball game): a first touch, graded once on ce84657 (97.6%), then tuned on in rounds 111–112
    ['dn', 0.98, 0.94, 0],
    // DO (Rochester exit ticket before a hockey game): a first touch, graded once on 5ead328 (96.5%), then tuned on in round 112
    ['do', 0.99, 0.98, 0],
    // DP (Sioux Falls warm-up after a wrestling dual): a first touch, graded once on d7ee19c (98.6%), then tuned on in round 113
    ['dp', 0.97, 0.94, 0],
    // DQ (Duluth exit ticket before a hockey game): graded once, untouched, on the final engine 5237f14 (97.5%): the last untouched batch of its session; then a first touch, tuned on in round 114 (98.3% after)
    ['dq', 0.96, 0.94, 0],
    // DR (Lewiston warm-up after a swim meet): graded once as a first touch on 0c5f445 (97.6%), tuned on in round 114
    ['dr', 0.98, 0.96, 0],
    // DS (Burlington exit ticket before a ski-club trip): graded once, untouched, on 6da5d0b (98.4%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 115 (98.5% after)
    ['ds', 0.98, 0.96, 0],
    // DT (Missoula warm-up after a basketball game): graded once, untouched, on a5958dc (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 116 (98.4% on the final engine)
    ['dt', 0.96, 0.94, 0],
    // DU (Eugene exit ticket before a cross-country meet): graded once, untouched, on da818b2 (97.5%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 117
    ['du', 0.98, 0.96, 0],
    // DV (Flagstaff warm-up after a track meet): graded once, untouched, on the final engine 5a0ff33 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 118 (99.4% on the final engine)
    ['dv', 0.98, 0.96, 0],
    // DW (Duluth bell-ringer before a hockey game): graded once, untouched, on the final engine 0800b31 (97.3%): the last untouched batch of its session; then a first touch, tuned on in round 119 (97.9% on the final engine)
    ['dw', 0.97, 0.94, 0],
    // DX (Cheyenne exit ticket before a rodeo-club trip): a first touch, graded once on 967127a (98.3%), then tuned on in round 120
    ['dx', 0.98, 0.96, 0],
    // DY (Pocatello warm-up after a wrestling tournament): a first touch, graded once on 5595bef (97.9%), then tuned on in round 121
    ['dy', 0.98, 0.96, 0],
    // DZ (Laramie bell-ringer before a ski-club trip): graded once, untouched, on the final engine 72e8b7c (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 122 (99.3% on the final engine)
    ['dz', 0.95, 0.9, 0],
    // EA (Bozeman exit ticket before a cross-country ski meet): a first touch, graded once on 7b64e35 (98.2%), then tuned on in round 123
    ['ea', 0.98, 0.96, 0],
    // EB (Rapid City warm-up after a basketball game): a first touch, graded once on 450ad1b (97.8%), then tuned on in round 124
    ['eb', 0.98, 0.96, 0],
    // EC (Grand Junction bell-ringer before a rock-climbing club trip): graded once, untouched, on the final engine 07df264 (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 125 (98.7% on the final engine)
    ['ec', 0.99, 0.98, 0],
    // ED (Bend exit ticket before a mountain-bike team practice): a first touch, graded once on faaf372 (97.7%), then tuned on in round 126
    ['ed', 0.98, 0.96, 0],
    // EE (Casper warm-up before a rodeo-club event): a first touch, graded once on 266644d (97.9%), then tuned on in round 127
    ['ee', 0.99, 0.98, 0],
    // EF (Fargo bell-ringer before a curling-club match): a first touch, graded once on a02eb0e (98.3%), then tuned on in round 128
    ['ef', 0.99, 0.98, 0],
    // EG (Sioux Falls exit ticket before a wrestling-team weigh-in): graded once, untouched, on the final engine 1e6279a (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 129 (99.2% on the final engine)
    ['eg', 0.98, 0.92, 0],
    // EH (Billings exit ticket before a speech-and-debate tournament): a first touch, graded once on 161f2dc (98.7%), then tuned on in round 130
    ['eh', 0.99, 0.98, 0],
    // EI (Idaho Falls warm-up before a marching-band rehearsal): a first touch, graded once on 8027c65 (98.0%), then tuned on in round 131
    ['ei', 0.97, 0.94, 0],
    // EJ (Great Falls bell-ringer before a rifle-club practice): a first touch, graded once on 652c7d2 (98.5%), then tuned on in round 132
    ['ej', 0.98, 0.96, 0],
    // EK (Grand Forks exit ticket before a robotics-club build night): graded once, untouched, on the final engine 2c64a67 (97.9%): the last untouched batch of its session; then a first touch, tuned on in round 133 (98.3% on the final engine)
    ['ek', 0.97, 0.94, 0],
    // EL (Minot warm-up before a wrestling dual meet): a first touch, graded once on 1972027 (98.1%), then tuned on in round 134
    ['el', 0.98, 0.96, 0],
    // EM (Kalispell exit ticket before a ski-team dryland practice): a first touch, graded once on 63cb9cd (98.0%), then tuned on in round 135
    ['em', 0.98, 0.94, 0],
    // EN (Twin Falls bell-ringer before an FFA livestock-judging trip): a first touch, graded once on 5520800 (98.4%), then tuned on in round 136
    ['en', 0.98, 0.96, 0],
    // EO (Scottsbluff warm-up before a volleyball away game): a first touch, graded once on 06acc16 (97.6%), then tuned on in round 137
    ['eo', 0.98, 0.96, 0],
    // EP (Gillette exit ticket before a speech-team practice): a first touch, graded once on 68a95d5 (97.8%), then tuned on in round 138
    ['ep', 0.97, 0.94, 0],
    // EQ (Aberdeen bell-ringer before a pheasant-festival pep assembly): a first touch, graded once on 548f45d (98.9%), then tuned on in round 139
    ['eq', 0.98, 0.94, 0],
    // ER (Helena warm-up before a Science Olympiad practice): graded once, untouched, on the final engine 17e7910 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 140 (99.0% on the final engine)
    ['er', 0.98, 0.94, 0],
    // ES (Ely exit ticket before a rodeo-club practice): a first touch, graded once on 447d708 (98.3%), then tuned on in round 141
    ['es', 0.98, 0.96, 0],
    // ET (Elko bell-ringer before a cross-country meet): the pre-registered last untouched batch, graded once on 3204335 (98.5%, two full-mark answers wrongly flagged); then tuned on in round 142
    ['et', 0.98, 0.96, 0],
    // EU (Winnemucca exit ticket before a 4-H livestock-club meeting): graded once, untouched, on the final engine f0e7232 (98.5%), written after ET's shortfall was seen; then a first touch, tuned on in round 143 (98.9% on the final engine)
    ['eu', 0.98, 0.96, 0],
    // EV (Rock Springs exit ticket before a wrestling weigh-in): a first touch, graded once on e154a93 (98.1%), then tuned on in round 144
    ['ev', 0.98, 0.96, 0],
    // EW (Miles City bell-ringer before a bucking-horse-sale planning meeting): graded once, untouched, on the final engine c16b84a (97.9%); then a first touch, tuned on in round 145 (98.3%)
    ['ew', 0.97, 0.92, 0],
    // EX (Dickinson warm-up before an FFA ranch-management contest): a first touch, graded once on a58813f (98.3%), then tuned on in round 146 (99.1%)
    ['ex', 0.97, 0.94, 0],
    // EZ (Jamestown homework check before a buffalo-museum field trip): a first touch, graded once on 4fdc457 (98.0%), then tuned on in round 147 (98.9%)
    ['ez', 0.96, 0.9, 0],
    // EY (Williston review quiz before a wrestling-dual bus trip): graded once, untouched, on the final engine 04a6f20 (98.5%), then a first touch, tuned on in round 148 (98.8%)
    ['ey', 0.99, 0.98, 0],
    // FA (Havre warm-up before a Hi-Line basketball tournament): a first touch, graded once on f1cb6d1 (98.3%), then tuned on in round 149 (98.7%)
    ['fa', 0.98, 0.94, 0],
    // FB (Glendive exit ticket before a paddlefish-season field trip): a first touch, graded once on 5782a93 (98.0%), then tuned on in round 150 (98.5%)
    ['fb', 0.98, 0.96, 0],
    // FD (Lewistown bell-ringer before a Winter Carnival snow-sculpture contest): a first touch, graded once on 56de748 (99.2%), then tuned on in round 151 (99.5%)
    ['fd', 0.98, 0.96, 0],
    // FE (Glasgow Friday quiz before a Fort Peck Dam science field trip): a first touch, graded once on c1a8454 (98.9%), then tuned on in round 152 (99.3%)
    ['fe', 0.98, 0.94, 0],
    // FC (Sheridan test-prep practice before a rodeo-week parade): graded once, untouched, on the final engine 447ea16 (98.2%), then a first touch, tuned on in round 153 (98.7%)
    ['fc', 0.97, 0.94, 0],
    // FF (Cut Bank review game before a school career fair): a first touch, graded once on 8acbaeb (99.1%), then tuned on in round 154 (99.4%)
    ['ff', 0.98, 0.96, 0],
    // FG (Wolf Point homework check before a holiday band concert): a first touch, graded once on ce891cc (98.0%), then tuned on in round 155 (98.4%)
    ['fg', 0.98, 0.96, 0],
    // FI (Spearfish practice test before a fish-hatchery field trip): graded once, untouched, on 9611586 (98.6%); never tuned on (round 156 changed none of its grades)
    ['fi', 0.97, 0.94, 0],
    // FJ (Rawlins warm-up quiz before a wildlife-refuge field trip): graded once, untouched, on the final engine c46b874 (98.9%); never tuned on
    ['fj', 0.98, 0.96, 0],
    // FK (Lander bell-ringer before a climbing-club trip to Sinks Canyon): graded once, untouched, on the final engine a4814ad (99.3%); never tuned on
    ['fk', 0.98, 0.96, 0],
    // FL (Torrington bell-ringer before a sugar-beet-harvest field day): graded once, untouched, on the final engine 8124981 (98.3%); never tuned on
    ['fl', 0.98, 0.96, 0],
    // FM (Worland warm-up before a sugar-factory tour): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 910a651 (99.0%); never tuned on
    ['fm', 0.99, 0.98, 0],
    // FN (Houlton last-period form after a potato-harvest break): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 7496048 (99.3%); never tuned on
    ['fn', 0.99, 0.96, 0],
    // FO (Rapid City Chromebook block after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine eaa8472 (100.0%); never tuned on
    ['fo', 0.99, 0.98, 0],
    // FP (Ardmore OK graded warm-up before a lake-shore cleanup day): named the session's first untouched batch before its writers started; graded once, untouched, on the final engine d664029 (98.7%); its one flagged full-mark answer (note form "kicks out 3 na+ brings in 2 k+ … 3 pos out 2 pos in" read as reversed directions) counted as found; round 273 (after FP) took it away
    ['fp', 0.98, 0.98, 1],
    // FQ (Valdosta GA exit ticket before a homecoming pep rally): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 39f7d36 (98.7%); never tuned on
    ['fq', 0.98, 0.96, 0],
    // FR (Hattiesburg MS timed warm-up on a humid Monday after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 35d8db1 (96.7%); never tuned on
    ['fr', 0.96, 0.92, 0],
    // FS (Roswell NM graded bell-ringer before a dairy-farm field trip): named the session's last untouched batch before its writers started (after FR met every target); graded once, untouched, on the final engine 2dcfadc (98.0%); never tuned on
    ['fs', 0.97, 0.98, 0],
    // FT (Alamosa CO timed practice before a sand-dunes field trip): named the session's last untouched batch, whatever it showed, before its writers started; graded once, untouched, on the final engine 744e630 (99.0%); never tuned on
    ['ft', 0.98, 0.96, 0],
  ],
  'synapse-neurotoxin': [
    ['a', 0.96, 0.93, 0],
    ['b', 0.95, 0.9, 0],
    ['c', 0.96, 0.93, 0],
    ['d', 0.95, 0.91, 0],
    ['e', 0.95, 0.91, 0],
    ['f', 0.97, 0.93, 0],
    ['g', 0.95, 0.91, 0],
    ['h', 0.96, 0.93, 0],
    ['i', 0.95, 0.91, 0],
    ['j', 0.93, 0.87, 0],
    ['k', 0.96, 0.94, 0],
    ['l', 0.94, 0.9, 0],
    ['m', 0.95, 0.92, 0],
    ['n', 0.96, 0.94, 0],
    ['o', 0.93, 0.89, 1],
    ['p', 0.95, 0.94, 1],
    ['q', 0.91, 0.86, 0],
    ['r', 0.96, 0.88, 0],
    ['s', 0.96, 0.94, 0],
    ['t', 0.97, 0.94, 1],
    ['u', 0.97, 0.93, 0],
    ['v', 0.96, 0.94, 0],
    ['w', 0.94, 0.86, 0],
    ['x', 0.95, 0.9, 0],
    ['y', 0.97, 0.94, 0],
    ['z', 0.96, 0.91, 0],
    ['aa', 0.96, 0.93, 0],
    ['ab', 0.97, 0.97, 0],
    // AC #12 earns every point and then adds a wrong fact its writer labelled ("the sodium potassium
    // pump will stop working"); round 37's toxin-stops-pump names it rightly, so one full-mark flag here.
    ['ac', 0.97, 0.94, 1],
    ['ad', 0.96, 0.94, 0],
    ['ae', 0.97, 0.94, 0],
    ['af', 0.95, 0.92, 0],
    ['ag', 0.96, 0.92, 0],
    ['ah', 0.96, 0.92, 0],
    ['ai', 0.97, 0.96, 0],
    ['aj', 0.95, 0.92, 0],
    ['ak', 0.97, 0.94, 0],
    ['al', 0.96, 0.94, 0],
    // AM #7 earns every point, then adds "the presynaptic neuron will stop releasing ACh", which the
    // prompt rules out; its writer labelled no misconception, toxin-stops-release names it rightly.
    ['am', 0.97, 0.94, 1],
    ['an', 0.97, 0.92, 0],
    ['ao', 0.97, 0.94, 0],
    ['ap', 0.97, 0.94, 0],
    ['aq', 0.97, 0.94, 0],
    ['ar', 0.94, 0.9, 0],
    ['as', 0.97, 0.94, 0],
    ['at', 0.94, 0.86, 0],
    ['au', 0.97, 0.94, 0],
    ['av', 0.95, 0.9, 0],
    ['aw', 0.95, 0.9, 0],
    ['ax', 0.97, 0.94, 0],
    ['ay', 0.98, 0.96, 0],
    ['az', 0.96, 0.9, 2],
    ['ba', 0.97, 0.92, 0],
    ['bb', 0.95, 0.92, 0],
    ['bc', 0.97, 0.96, 1],
    ['bd', 0.97, 0.94, 0],
    ['be', 0.96, 0.9, 0],
    ['bf', 0.97, 0.92, 0],
    ['bg', 0.97, 0.92, 0],
    ['bh', 0.96, 0.9, 0],
    ['bi', 0.96, 0.92, 0],
    ['bj', 0.97, 0.92, 0],
    ['bk', 0.95, 0.9, 0],
    ['bl', 0.95, 0.92, 0],
    ['bm', 0.96, 0.88, 0],
    // BN #41 (full marks) was flagged untouched: "the Na+/K+ pump keep working normally" read as
    // the neuron firing anyway; round 65 excludes the pump and channels.
    ['bn', 0.95, 0.84, 0],
    ['bo', 0.98, 0.96, 0],
    ['bp', 0.97, 0.92, 0],
    ['bq', 0.98, 0.94, 0],
    ['br', 0.96, 0.92, 0],
    ['bs', 0.95, 0.88, 0],
    ['bt', 0.94, 0.88, 0],
    ['bu', 0.95, 0.92, 0],
    ['bv', 0.96, 0.94, 0],
    ['bw', 0.97, 0.94, 0],
    ['bx', 0.94, 0.9, 0],
    ['by', 0.98, 0.96, 0],
    ['bz', 0.95, 0.9, 0],
    // CA, the last untouched batch (graded once on the final engine of 4 Dec, left as found).
    ['ca', 0.95, 0.9, 0],
    // CB, graded once untouched on round 78's engine (96.8%), then tuned on in round 79.
    ['cb', 0.95, 0.86, 0],
    // CD, graded once untouched on the final engine of 4 Dec (96.0%), then tuned on in round 80.
    ['cd', 0.94, 0.9, 0],
    // CC, graded once untouched on the final engine of 4 Dec (96.6%), then tuned on in round 80.
    ['cc', 0.94, 0.92, 0],
    // CE: graded once untouched on round 80's engine (97.3%), then tuned on in round 81 (98.3%): floors under the tuned figures
    ['ce', 0.95, 0.92, 0],
    // CF: the last untouched batch of the session after rounds 80-81, graded once on the final engine (97.7%); never tuned on
    ['cf', 0.96, 0.92, 0],
    // CG (rural eastern Kentucky, timed practice test on Chromebooks): graded once untouched on round 82's engine 7347029 (98.3%), then tuned on in round 83
    ['cg', 0.97, 0.92, 0],
    // CH (Minneapolis magnet school, discussion-board homework): graded once, untouched, on the final engine f66c3f5 (97.7%): the last untouched batch of its session
    ['ch', 0.96, 0.94, 0],
    // CI (San Antonio bell-ringer quiz on Chromebooks): graded once untouched on round 84's engine 67dc8be (97.6%), then tuned on in round 85
    ['ci', 0.95, 0.86, 0],
    // CJ (Spokane take-home review over a snowy weekend): graded once untouched on round 85's engine 6b4a265 (97.0%), then tuned on in round 86
    ['cj', 0.94, 0.9, 1],
    // CK (Savannah timed warm-up after a school concert): graded once, untouched, on the final engine d5a0f7f (97.9%): the last untouched batch of its session; round 88 tuned on it
    ['ck', 0.93, 0.88, 0],
    // CL (Milwaukee ticket-in after a fire drill): graded once untouched on round 87's engine plus one synapse reading (97.8%), then tuned on in round 88
    ['cl', 0.95, 0.86, 0],
    // CM (Portland, Maine review day on shared tablets): graded once untouched on 6bc85f6, midway through round 88 (97.3%), then tuned on
    ['cm', 0.97, 0.94, 0],
    // CN (Tucson graded quiz before spring break): graded once, untouched, on 56008b0, the end of round 88 (97.5%), then tuned on in round 89
    ['cn', 0.95, 0.9, 0],
    // CO (Baton Rouge warm-up after a football game): graded once, untouched, on 338b19e, the end of round 89 (97.5%), then tuned on in round 90
    ['co', 0.96, 0.9, 0],
    // CP (Tacoma timed practice on a rainy Monday): graded once, untouched, on the final engine 4a4b289 (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cp', 0.97, 0.94, 0],
    // CQ (Duluth bell-ringer on a snowy Tuesday): graded once, untouched, on a97c7fa, the start of round 91 (98.0%), then tuned on in round 91
    ['cq', 0.98, 0.94, 0],
    // CR (Albuquerque exit ticket before a three-day weekend): graded once, untouched, on 39c71c3, the end of round 91 (96.9%), then tuned on in round 92
    ['cr', 0.97, 0.94, 0],
    // CS (Savannah do-now after a pep rally): graded once, untouched, on b664fc9, the end of round 92 (97.5%), then tuned on in round 93
    ['cs', 0.96, 0.92, 0],
    // CT (Fargo lab-day check during a blizzard warning): graded once, untouched, on f9ccd8e, the end of round 93 (98.2%), then tuned on in round 94
    ['ct', 0.97, 0.94, 0],
    // CU (Providence warm-up on a foggy Monday): graded once, untouched, on the final engine 226db3a (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['cu', 0.96, 0.92, 0],
    // CV (Spokane bell-ringer the day after a playoff loss): graded once, untouched, on f4b0f6a (97.8%), then tuned on in round 95
    ['cv', 0.95, 0.92, 0],
    // CW (Tucson exit ticket on a hot Friday afternoon): graded once, untouched, on 8f373d6 (98.4%), then tuned on in round 96
    ['cw', 0.98, 0.96, 0],
    // CX (Burlington do-now after the first snow): graded once, untouched, on 2b530e1 (97.1%), then tuned on in round 97
    ['cx', 0.96, 0.94, 0],
    // CY (Omaha exit ticket before a test): graded once, untouched, on fe11483 (97.4%), then tuned on in round 98
    ['cy', 0.97, 0.96, 0],
    // CZ (Boise bell-ringer after a ski weekend): graded once, untouched, on a8d0d5c (98.1%), then tuned on in round 99
    ['cz', 0.95, 0.92, 0],
    // DA (Charleston exit ticket before a field trip): graded once, untouched, on a920f28 (96.9%), then tuned on in round 100
    ['da', 0.95, 0.94, 0],
    // DB (Madison warm-up before a winter concert): graded once, untouched, on the final engine eeed35e (97.7%): the last untouched batch of its session; then a first touch, tuned on in round 101 (98.3% after)
    ['db', 0.97, 0.94, 0],
    // DC (Duluth exit ticket after a hockey tournament): graded once, untouched, on 065c5b7 (96.6%), midway through round 101; then a first touch, tuned on in round 102
    ['dc', 0.96, 0.92, 0],
    // DD (Fargo do-now after a blizzard day off): graded once, untouched, on 4b16298 (97.7%) after round 102; then a first touch, tuned on in round 103
    ['dd', 0.97, 0.94, 0],
    // DE (Sioux Falls exit ticket before winter break): graded once, untouched, on 3d09e24 (97.1%) after round 103; then a first touch, tuned on in round 104
    ['de', 0.97, 0.96, 0],
    // DF (Rapid City bell-ringer after a wrestling tournament): graded once, untouched, on e3216f3 (96.4%) after round 104; then a first touch, tuned on in round 105
    ['df', 0.97, 0.94, 0],
    // DG (Bismarck exit ticket before a basketball tournament): graded once, untouched, on 1b39643 (97.9%) after round 105; then a first touch, tuned on in round 106
    ['dg', 0.99, 0.98, 0],
    // DH (Grand Forks warm-up after a hockey game): graded once, untouched, on the final engine c9a7a02 (97.5%): planned as the last untouched batch; then a first touch, tuned on in round 107
    ['dh', 0.98, 0.96, 0],
    // DI (Aberdeen exit ticket before a band concert): graded once, untouched, on the final engine 0181268 (96.5%): the last untouched batch of its session; tuned on in round 108 of the next
    ['di', 0.96, 0.92, 0],
    // DJ (Sioux City bell-ringer after a volleyball tournament): graded once on 7f5e4c5 when it arrived (98.3%), a first touch; tuned on in round 108
    ['dj', 0.97, 0.9, 0],
    // DK (Mankato exit ticket before a choir concert): written as the last untouched batch; graded once on 6d1d211 (96.8%), a first touch by amendment 1; tuned on in round 109
    ['dk', 0.95, 0.92, 0],
    // DL (Cedar Rapids warm-up after a wrestling meet): graded once on 448c8fe (97.4%), a first touch by amendment 2; tuned on in round 110
    ['dl', 0.97, 0.92, 0],
    // DM (Council Bluffs exit ticket before a football playoff game): graded once, untouched, on the final engine ef1a99e (97.2%): the last untouched batch of its session, then tuned on in round 111
    ['dm', 0.97, 0.94, 0],
    // DN (Grand Island bell-ringer after a basketball game): a first touch, graded once on ce84657 (97.6%), then tuned on in rounds 111–112
    ['dn', 0.95, 0.9, 0],
    // DO (Rochester exit ticket before a hockey game): a first touch, graded once on 5ead328 (96.5%), then tuned on in round 112
    ['do', 0.96, 0.9, 0],
    // DP (Sioux Falls warm-up after a wrestling dual): a first touch, graded once on d7ee19c (98.6%), then tuned on in round 113
    ['dp', 0.98, 0.96, 0],
    // DQ (Duluth exit ticket before a hockey game): graded once, untouched, on the final engine 5237f14 (97.5%): the last untouched batch of its session; then a first touch, tuned on in round 114 (98.3% after)
    ['dq', 0.95, 0.9, 0],
    // DR (Lewiston warm-up after a swim meet): graded once as a first touch on 0c5f445 (97.6%), tuned on in round 114
    ['dr', 0.97, 0.92, 0],
    // DS (Burlington exit ticket before a ski-club trip): graded once, untouched, on 6da5d0b (98.4%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 115 (98.5% after)
    ['ds', 0.97, 0.94, 0],
    // DT (Missoula warm-up after a basketball game): graded once, untouched, on a5958dc (97.8%): the last untouched batch of its session; then a first touch, tuned on in round 116 (98.4% on the final engine)
    ['dt', 0.95, 0.92, 0],
    // DU (Eugene exit ticket before a cross-country meet): graded once, untouched, on da818b2 (97.5%), meant as the last untouched batch; then a first touch by a written amendment, tuned on in round 117
    ['du', 0.97, 0.94, 0],
    // DV (Flagstaff warm-up after a track meet): graded once, untouched, on the final engine 5a0ff33 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 118 (99.4% on the final engine)
    ['dv', 0.97, 0.94, 0],
    // DW (Duluth bell-ringer before a hockey game): graded once, untouched, on the final engine 0800b31 (97.3%): the last untouched batch of its session; then a first touch, tuned on in round 119 (97.9% on the final engine)
    ['dw', 0.95, 0.88, 0],
    // DX (Cheyenne exit ticket before a rodeo-club trip): a first touch, graded once on 967127a (98.3%), then tuned on in round 120
    ['dx', 0.99, 0.98, 0],
    // DY (Pocatello warm-up after a wrestling tournament): a first touch, graded once on 5595bef (97.9%), then tuned on in round 121
    ['dy', 0.98, 0.96, 0],
    // DZ (Laramie bell-ringer before a ski-club trip): graded once, untouched, on the final engine 72e8b7c (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 122 (99.3% on the final engine)
    ['dz', 0.97, 0.94, 0],
    // EA (Bozeman exit ticket before a cross-country ski meet): a first touch, graded once on 7b64e35 (98.2%), then tuned on in round 123
    ['ea', 0.97, 0.94, 0],
    // EB (Rapid City warm-up after a basketball game): a first touch, graded once on 450ad1b (97.8%), then tuned on in round 124
    ['eb', 0.97, 0.92, 0],
    // EC (Grand Junction bell-ringer before a rock-climbing club trip): graded once, untouched, on the final engine 07df264 (98.1%): the last untouched batch of its session; then a first touch, tuned on in round 125 (98.7% on the final engine)
    ['ec', 0.97, 0.94, 0],
    // ED (Bend exit ticket before a mountain-bike team practice): a first touch, graded once on faaf372 (97.7%), then tuned on in round 126
    ['ed', 0.96, 0.88, 0],
    // EE (Casper warm-up before a rodeo-club event): a first touch, graded once on 266644d (97.9%), then tuned on in round 127
    ['ee', 0.98, 0.96, 0],
    // EF (Fargo bell-ringer before a curling-club match): a first touch, graded once on a02eb0e (98.3%), then tuned on in round 128
    ['ef', 0.97, 0.94, 0],
    // EG (Sioux Falls exit ticket before a wrestling-team weigh-in): graded once, untouched, on the final engine 1e6279a (98.3%): the last untouched batch of its session; then a first touch, tuned on in round 129 (99.2% on the final engine)
    ['eg', 0.98, 0.96, 0],
    // EH (Billings exit ticket before a speech-and-debate tournament): a first touch, graded once on 161f2dc (98.7%), then tuned on in round 130
    ['eh', 0.97, 0.94, 0],
    // EI (Idaho Falls warm-up before a marching-band rehearsal): a first touch, graded once on 8027c65 (98.0%), then tuned on in round 131
    ['ei', 0.96, 0.94, 0],
    // EJ (Great Falls bell-ringer before a rifle-club practice): a first touch, graded once on 652c7d2 (98.5%), then tuned on in round 132
    ['ej', 0.97, 0.96, 0],
    // EK (Grand Forks exit ticket before a robotics-club build night): graded once, untouched, on the final engine 2c64a67 (97.9%): the last untouched batch of its session; then a first touch, tuned on in round 133 (98.3% on the final engine)
    ['ek', 0.96, 0.92, 0],
    // EL (Minot warm-up before a wrestling dual meet): a first touch, graded once on 1972027 (98.1%), then tuned on in round 134
    ['el', 0.95, 0.88, 0],
    // EM (Kalispell exit ticket before a ski-team dryland practice): a first touch, graded once on 63cb9cd (98.0%), then tuned on in round 135
    ['em', 0.97, 0.9, 0],
    // EN (Twin Falls bell-ringer before an FFA livestock-judging trip): a first touch, graded once on 5520800 (98.4%), then tuned on in round 136
    ['en', 0.97, 0.94, 0],
    // EO (Scottsbluff warm-up before a volleyball away game): a first touch, graded once on 06acc16 (97.6%), then tuned on in round 137
    ['eo', 0.96, 0.92, 0],
    // EP (Gillette exit ticket before a speech-team practice): a first touch, graded once on 68a95d5 (97.8%), then tuned on in round 138
    ['ep', 0.97, 0.94, 0],
    // EQ (Aberdeen bell-ringer before a pheasant-festival pep assembly): a first touch, graded once on 548f45d (98.9%), then tuned on in round 139
    ['eq', 0.98, 0.96, 0],
    // ER (Helena warm-up before a Science Olympiad practice): graded once, untouched, on the final engine 17e7910 (98.7%): the last untouched batch of its session; then a first touch, tuned on in round 140 (99.0% on the final engine)
    ['er', 0.97, 0.9, 0],
    // ES (Ely exit ticket before a rodeo-club practice): a first touch, graded once on 447d708 (98.3%), then tuned on in round 141
    ['es', 0.98, 0.96, 0],
    // ET (Elko bell-ringer before a cross-country meet): the pre-registered last untouched batch, graded once on 3204335 (98.5%, two full-mark answers wrongly flagged); then tuned on in round 142
    ['et', 0.97, 0.94, 0],
    // EU (Winnemucca exit ticket before a 4-H livestock-club meeting): graded once, untouched, on the final engine f0e7232 (98.5%), written after ET's shortfall was seen; then a first touch, tuned on in round 143 (98.9% on the final engine)
    ['eu', 0.97, 0.94, 0],
    // EV (Rock Springs exit ticket before a wrestling weigh-in): a first touch, graded once on e154a93 (98.1%), then tuned on in round 144
    ['ev', 0.96, 0.94, 0],
    // EW (Miles City bell-ringer before a bucking-horse-sale planning meeting): graded once, untouched, on the final engine c16b84a (97.9%); then a first touch, tuned on in round 145 (98.3%)
    ['ew', 0.95, 0.9, 0],
    // EX (Dickinson warm-up before an FFA ranch-management contest): a first touch, graded once on a58813f (98.3%), then tuned on in round 146 (99.1%)
    ['ex', 0.97, 0.96, 0],
    // EZ (Jamestown homework check before a buffalo-museum field trip): a first touch, graded once on 4fdc457 (98.0%), then tuned on in round 147 (98.9%)
    ['ez', 0.96, 0.9, 0],
    // EY (Williston review quiz before a wrestling-dual bus trip): graded once, untouched, on the final engine 04a6f20 (98.5%), then a first touch, tuned on in round 148 (98.8%)
    ['ey', 0.97, 0.92, 0],
    // FA (Havre warm-up before a Hi-Line basketball tournament): a first touch, graded once on f1cb6d1 (98.3%), then tuned on in round 149 (98.7%)
    ['fa', 0.97, 0.94, 0],
    // FB (Glendive exit ticket before a paddlefish-season field trip): a first touch, graded once on 5782a93 (98.0%), then tuned on in round 150 (98.5%)
    ['fb', 0.97, 0.9, 0],
    // FD (Lewistown bell-ringer before a Winter Carnival snow-sculpture contest): a first touch, graded once on 56de748 (99.2%), then tuned on in round 151 (99.5%)
    ['fd', 0.97, 0.94, 0],
    // FE (Glasgow Friday quiz before a Fort Peck Dam science field trip): a first touch, graded once on c1a8454 (98.9%), then tuned on in round 152 (99.3%)
    ['fe', 0.97, 0.94, 0],
    // FC (Sheridan test-prep practice before a rodeo-week parade): graded once, untouched, on the final engine 447ea16 (98.2%), then a first touch, tuned on in round 153 (98.7%)
    ['fc', 0.98, 0.96, 0],
    // FF (Cut Bank review game before a school career fair): a first touch, graded once on 8acbaeb (99.1%), then tuned on in round 154 (99.4%)
    ['ff', 0.97, 0.94, 0],
    // FG (Wolf Point homework check before a holiday band concert): a first touch, graded once on ce891cc (98.0%), then tuned on in round 155 (98.4%)
    ['fg', 0.97, 0.96, 0],
    // FI (Spearfish practice test before a fish-hatchery field trip): graded once, untouched, on 9611586 (98.6%); never tuned on (round 156 changed none of its grades)
    ['fi', 0.97, 0.96, 0],
    // FJ (Rawlins warm-up quiz before a wildlife-refuge field trip): graded once, untouched, on the final engine c46b874 (98.9%); never tuned on
    ['fj', 0.97, 0.92, 0],
    // FK (Lander bell-ringer before a climbing-club trip to Sinks Canyon): graded once, untouched, on the final engine a4814ad (98.8%); never tuned on
    ['fk', 0.98, 0.94, 0],
    // FL (Torrington bell-ringer before a sugar-beet-harvest field day): graded once, untouched, on the final engine 8124981 (98.4%); never tuned on
    ['fl', 0.98, 0.96, 0],
    // FM (Worland warm-up before a sugar-factory tour): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 910a651 (97.2%); never tuned on
    ['fm', 0.97, 0.92, 0],
    // FN (Houlton last-period form after a potato-harvest break): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 7496048 (98.4%); never tuned on
    ['fn', 0.98, 0.96, 0],
    // FO (Rapid City Chromebook block after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine eaa8472 (99.2%); never tuned on
    ['fo', 0.99, 0.98, 0],
    // FP (Ardmore OK graded warm-up before a lake-shore cleanup day): named the session's first untouched batch before its writers started; graded once, untouched, on the final engine d664029 (99.6%)
    ['fp', 0.99, 0.98, 0],
    // FQ (Valdosta GA exit ticket before a homecoming pep rally): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 39f7d36 (98.8%); never tuned on
    ['fq', 0.98, 0.96, 0],
    // FR (Hattiesburg MS timed warm-up on a humid Monday after a long weekend): named the session's last untouched batch before its writers started; graded once, untouched, on the final engine 35d8db1 (98.8%); never tuned on
    ['fr', 0.98, 0.96, 0],
    // FS (Roswell NM graded bell-ringer before a dairy-farm field trip): named the session's last untouched batch before its writers started (after FR met every target); graded once, untouched, on the final engine 2dcfadc (99.2%); never tuned on
    ['fs', 0.99, 0.98, 0],
    // FT (Alamosa CO timed practice before a sand-dunes field trip): named the session's last untouched batch, whatever it showed, before its writers started; graded once, untouched, on the final engine 744e630 (98.4%); never tuned on
    ['ft', 0.98, 0.92, 0],
  ],
};

function agreement(id: string, answers: readonly Labelled[]) {
  const rubric = bank.rubrics.get(id);
  if (!rubric) throw new Error(`${id} did not load`);
  let agree = 0;
  let total = 0;
  const perPoint = new Map<string, [number, number]>();
  const fullMarkFlagged: string[] = [];
  for (const a of answers) {
    const g = grade(rubric, a.text);
    const earned = new Set(g.points.filter((p) => p.earned).map((p) => p.id));
    for (const [point, label] of Object.entries(a.points)) {
      const ok = earned.has(point) === label;
      const [k, n] = perPoint.get(point) ?? [0, 0];
      perPoint.set(point, [k + (ok ? 1 : 0), n + 1]);
      agree += ok ? 1 : 0;
      total++;
    }
    if (Object.values(a.points).every(Boolean) && g.misconceptions.length > 0) fullMarkFlagged.push(a.text);
  }
  return { overall: agree / total, perPoint, fullMarkFlagged, total };
}

describe('blind batches for the pack FRQs', () => {
  for (const [id, batches] of Object.entries(FLOORS)) {
    for (const [batch, floor, pointFloor, flagged] of batches) {
      const file = join(import.meta.dirname, 'blind', `${id}-${batch}.json`);
      it(`${id}, batch ${batch.toUpperCase()}: ≥ ${floor * 100}% of point decisions, every point ≥ ${pointFloor * 100}%, at most ${flagged} full-mark answer(s) flagged`, () => {
        expect(existsSync(file)).toBe(true);
        const answers = JSON.parse(readFileSync(file, 'utf8')) as Labelled[];
        expect(answers.length).toBeGreaterThanOrEqual(40);
        const points = bank.rubrics.get(id)?.points.map((p) => p.id) ?? [];
        for (const a of answers) expect(Object.keys(a.points).sort()).toEqual([...points].sort());
        const r = agreement(id, answers);
        expect(r.overall).toBeGreaterThanOrEqual(floor);
        for (const [point, [k, n]] of r.perPoint) expect(k / n, point).toBeGreaterThanOrEqual(pointFloor);
        expect(r.fullMarkFlagged.length).toBeLessThanOrEqual(flagged);
      });
    }
  }
});
