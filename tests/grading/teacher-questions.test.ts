import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readQuestionFile } from '../../src/classes/import.js';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import type { CompiledRubric } from '../../src/grading/compile.js';
import { grade } from '../../src/grading/grade.js';

/*
 * Questions a teacher wrote for their own class, as plain-language points, graded on blind answers.
 *
 * The plain-language figure of the six pack FRQs measures labels on the questions the lexicon was
 * grown on. These measure what the issue promises a teacher: a question of their own, on another
 * topic, imported without learning the pattern language. Each set was written by a fresh helper
 * acting as a teacher, who read only the README, docs/rubric-language.md and docs/examples/, and
 * checked the file as the docs say (`tutor rubric explain --file`, `/class import` in the sandbox);
 * its notes are TEACHER-NOTES-<n>.md. Three fresh writers per question, each picturing a different
 * class, then wrote 40 answers and labelled every point, seeing only the prompt and the labels
 * (tests/grading/blind/WRITER-BRIEF.md, with 40 answers asked instead of 50).
 *
 * Set 1 (glucose-transport, epinephrine-signal; writers w1–w3: Riverton WY, Sidney MT, Belle
 * Fourche SD). First touch, measured once before any change (engine e0fa633): 84.3% of 1,200
 * point decisions (glucose-transport 84.0%, epinephrine-signal 84.7%); no full-mark answer
 * flagged. Round 157 then added general rules from it, so it is tuned on: 87.3% after.
 *
 * Set 2 (insulin-exocytosis, glucose-feedback; writers w4–w6: Powell WY, Chadron NE, Mobridge SD),
 * written after round 157 and graded once on the final engine (c5654bc), untouched: 85.3% of
 * 1,200 (insulin-exocytosis 87.0%, glucose-feedback 83.7%; lowest point vesicle-to-membrane 79.2%);
 * no full-mark answer flagged. The same set on the engine before round 157: 84.1%.
 *
 * Set 3 (surface-area-volume, checkpoint-failure; writers w7–w9: Lander WY, Ogallala NE, Pierre SD),
 * written by a third teacher after everything above and graded once on the same final engine,
 * untouched: 81.2% of 1,200 (surface-area-volume 84.8%, checkpoint-failure 77.5%; lowest point
 * mutations-inherited 72.5%; 214 decisions missed against 12 over-credited); no full-mark answer
 * flagged.
 *
 * Set 4 (enzyme-temperature, uncoupler-atp; writers w10–w12: Chamberlain SD, Alliance NE, Baker City
 * OR), written by a fourth teacher on the engine of 5c19297 and graded once on the session's final
 * engine (72ab70b), untouched: 89.5% of 1,200 (enzyme-temperature 91.2%, uncoupler-atp 87.8%;
 * lowest point active-site-shape 78.3%). That teacher put `accept:` phrases on all ten points; the
 * same answers read 89.5% on the engine the teacher checked against too. Its first drafts led to
 * round 158's label rules (tests/grading/round158-rules.test.ts).
 *
 * Set 5 (dcmu-leaf, estrogen-gene; writers w13–w18: Torrington WY, McCook NE, Huron SD, Laramie WY,
 * Kearney NE, Spearfish SD), written by a fifth teacher on the engine of 984cb4a (`accept:` on all
 * ten points) and graded once, untouched, before any change it led to: 89.0% of 1,200 on 984cb4a
 * and on ff58a23 alike (dcmu-leaf 87.7%, estrogen-gene 90.3%; lowest point electrons 76.7%, 25 of
 * its 28 disagreements missed credit); 3 of its 66 full-mark answers were flagged with the
 * teacher's surface-receptor misconception. Round 161 then took two of those flags away
 * ("you'd expect" after an "if", a denial over "or"), so set 5 is tuned on from there. The third
 * is left as found (KNOWN_FLAGGED).
 *
 * Set 6 (lac-operator-mutant, pesticide-resistance; writers w19–w24: Scottsbluff NE, Dodge City KS,
 * Ontario OR, Garden City KS, Yuma AZ, Grand Island NE), four points each, written by a sixth teacher
 * on the engine of 27ca5bd (`accept:` on all eight points) and graded once, untouched, before any
 * change it led to: 84.8% of 960 on 27ca5bd and on f0d071a alike (lac-operator-mutant 86.5%,
 * pesticide-resistance 83.1%; lowest points frequency 73.3%, no-repressor-binding 75.0%); 4 of its
 * 67 full-mark answers were flagged with the teacher's mutant-repressor misconception, "mutated
 * repressor" read over a comma or an arrow. Round 164 took all four away (a comma, or an arrow with
 * space around it, that ends a clause splits a phrase).
 *
 * Set 7 (trisomy-21-nondisjunction, fertilizer-fish-kill; writers w25–w30: Torrington WY, Valentine
 * NE, Lemmon SD, Glasgow MT, Burns OR, Kimball NE), four points each, written by a seventh teacher on
 * the engine of 65f1783 (`accept:` on all eight points, 252 answers of its own tried) and graded
 * once, untouched, before any change it led to: 89.8% of 960 (trisomy-21-nondisjunction 90.6%,
 * fertilizer-fish-kill 89.0%; lowest points zygote-three-copies 84.2%, oxygen-used 86.7%); none of
 * its 67 full-mark answers flagged. The same answers graded on its labels alone, every `accept:`
 * removed, read 65.6% (see the labels-only test below).
 *
 * Set 8 (sickle-r-group, deletion-frameshift; writers w31–w36: Rawlins WY, Broken Bow NE, Belle
 * Fourche SD, Miles City MT, Lakeview OR, Ogallala NE), Units 1 and 6, written by an eighth teacher
 * on the engine of 5495454 after rounds 167–173 (`accept:` on all eight points) and graded once,
 * untouched, on ea76b0a (the same grading): 87.0% of 960 (sickle-r-group 87.7%,
 * deletion-frameshift 86.3%; lowest points interactions 78.3%, codons 80.0%); on its labels alone
 * 62.2%. 8 of its 63 full-mark answers were flagged by its own misconceptions: round 174 took one
 * away ("does not just change one amino acid"); the seven left are in KNOWN_FLAGGED.
 *
 * Set 9 (otter-cascade, bottleneck-drift; writers w37–w42: Fort Bragg CA, Ketchikan AK, Atlanta GA,
 * Hilo HI, Tucson AZ, Presque Isle ME), five points each, Units 8 and 7, written by a ninth teacher
 * on the engine of 7468728 (`accept:` on nine points, a pattern on the tenth) and graded once,
 * untouched, on 7468728: 89.5% of 1200 (otter-cascade 83.2%, bottleneck-drift 95.8%; lowest point
 * predation-released 68.3%, "Otters no longer eat the urchins", whose "longer" had been read as a
 * word to say); on its labels alone 75.4%. 3 of its 64 full-mark answers are flagged by its own
 * misconception patterns ("more kelp" in "urchins eat more kelp"), left in KNOWN_FLAGGED. Round 180
 * (a label's "no longer") came from it.
 *
 * Set 10 (competitive-inhibitor, linked-genes-testcross; writers w43–w48: Durango CO, Baton Rouge LA,
 * Hazard KY, Bozeman MT, Cleveland OH, Santa Fe NM), four points each, Units 3 and 5, written by a
 * tenth teacher on the engine of bac9a01 (`accept:` on all eight points; it measured its drafts
 * with `rubric explain --answers`) and graded once, untouched, on bac9a01: 92.2% of 960
 * (competitive-inhibitor 92.5%, linked-genes-testcross 91.9%; lowest point inherited-together
 * 87.5%). On its labels alone 70.2%, with one label ("At high substrate concentration the drug is
 * outcompeted") compiling to nothing and counted as never earned; round 190 made it compile
 * (72.3%), round 191 read "18 percent" as "18%" or "0.18" (73.1%). 1 of its 65 full-mark answers is flagged: its "change … shape" is met by the induced-fit
 * aside "the active site changes shape a little when the substrate binds" (KNOWN_FLAGGED).
 *
 * Set 11 (yeast-no-oxygen, stomata-drought; writers w49–w54: Walla Walla WA, Yuma AZ, Raleigh NC,
 * three each), four points each, Units 3 and 8, written by an eleventh teacher on the engine of
 * 3abded1 (`accept:` on five points, its own patterns on three) and graded once, untouched, on
 * 3abded1: 89.9% of 960 (yeast-no-oxygen 95.0%, stomata-drought 84.8%; lowest point less-co2
 * 82.5%); on its labels alone (the three patterns kept) 73.7%, 76.8% after round 197 ("conserves
 * water" for "loses less water"). 2 of its 63 full-mark answers are
 * flagged by its own sentence-wide "ethanol … makes ATP" pattern (KNOWN_FLAGGED).
 *
 * Set 12 (xlinked-colorblind, allopatric-squirrels; writers w55–w60: Marquette MI, Oakland CA,
 * Pierre SD; Flagstaff AZ, Columbus OH, Baltimore MD, three each), five points each, Units 5 and 7,
 * written by a twelfth teacher on the engine of a4814ad (every point its label with `accept:`
 * phrases) and graded once, untouched, on a4814ad: 87.5% of 1200 (87.5% and 87.5%; lowest point
 * females-two-alleles 77.5%); on its labels alone 64.6%. None of its 65 full-mark answers is
 * flagged. Rounds 199–202 (a fraction at a sentence's end, a percentage said as "1/2", "half" or
 * "1 in 2", an "of" that names whose, "diff" and "freqs") took it to 88.7% (tuned on) and its labels
 * alone to 65.7%; rounds 203–204 (a genotype such as "XBXb" is a heterozygote, and a carrier too;
 * "boys", "guys", "mom" and "dad"; "one X" for "one X chromosome", "1" for "one") to 88.8% and 72.2%.
 *
 * Set 13 (gel-electrophoresis, sweat-cooling; writers w61–w66: Madison WI, Dodge City KS,
 * Richmond VA; Phoenix AZ, Atlanta GA, Anchorage AK, three each), five points each, Units 6 and 1,
 * written by a thirteenth teacher on d69ce67 (seven points with `accept:`, one label alone, two its
 * own patterns) and graded once, untouched, on d69ce67: 92.5% of 1200 (89.8% and 95.2%; lowest
 * point smaller-farther 85.8%); on its labels alone (the two patterns kept) 72.5%. None of its 61
 * full-mark answers is flagged. Rounds 206–207 (a charge is never the word left out; a comparison
 * whose sides share their noun) changed none of its grades with accept: phrases, and took its labels
 * alone to 74.4%; rounds 208–209 ("the + end"; "broken" for "break") to 93.0% and 75.8%.
 *
 * Set 14 (dna-lagging-strand, rabbit-logistic-growth; writers w67–w72: Raleigh NC, eastern Kentucky,
 * Singapore, Bozeman MT, Philadelphia PA, Minneapolis MN), the first teacher set in parts (a)–(c),
 * each answer one string per part. Written by a fourteenth teacher on b335608 (seven points label +
 * `accept:`, three patterns) and graded once, untouched, on b335608 before any change: 94.4% of
 * 1,200 (dna-lagging-strand 96.0%, rabbit-logistic-growth 92.8%; lowest point resources-plentiful
 * 86.7%); labels alone 79.8%; 1 of its 59 full-mark answers flagged by the teacher's own pattern
 * (KNOWN_FLAGGED). Rounds 212–214 came after (the teacher's notes, not the answers, led to 213–214):
 * 94.5%, labels alone 78.3% ("carrying capacity" read as one term leaves its reaching point two
 * words, neither of which may be left out).
 *
 * Set 15 (endosymbiosis-mitochondria, legume-nitrogen-fixation; writers w73–w78: Tucson AZ, northern
 * Maine, Frankfurt, Ames IA, Atlanta GA, Sacramento CA), written by a fifteenth teacher on 9847e34,
 * after rounds 212–216 (three points label + `accept:`, seven its own patterns), graded once,
 * untouched: 91.5% of 1,200 (endosymbiosis-mitochondria 92.0%, legume-nitrogen-fixation 91.0%;
 * lowest point plant-uses-nitrogen 84.2%); labels alone 86.5%; 2 of its 60 full-mark answers
 * flagged by its own patterns (KNOWN_FLAGGED). Nothing was changed after it until rounds 217–218
 * (a label keeps what it says of its subject; list items), which moved one of its decisions.
 *
 * Set 16 (cold-membrane-fluidity in parts (a)–(b), oxytocin-labor-feedback; writers w79–w84:
 * Minneapolis MN, eastern Oregon, Philadelphia PA, Houston TX, Atlanta GA, rural Mississippi),
 * written by a sixteenth teacher on 58053d7 (all ten points label + `accept:`, no patterns) and
 * graded once, untouched, on 58053d7 before any change: 93.2% of 1,200 (cold-membrane-fluidity
 * 91.2%, oxytocin-labor-feedback 95.2%; lowest point less-fluid 84.2%); labels alone 68.1%; none of
 * its 61 full-mark answers flagged.
 *
 * Set 17 (tay-sachs-lysosome in parts (a)–(b), abo-blood-type in parts (a)–(c); writers w85–w90:
 * Brooklyn NY, central Pennsylvania, Seattle WA, Columbus OH, Dallas TX, rural Georgia), written
 * by a seventeenth teacher on 818afdf (five points label + `accept:`, five its own patterns) and
 * graded once, untouched, on 818afdf: 94.6% of 1,200 (tay-sachs-lysosome 94.1%, abo-blood-type
 * 95.0%; lowest point lipid-accumulates 90.8%); labels alone 80.3%; none of its 62 full-mark
 * answers flagged. Rounds 229–230 came after (its notes, then its labels alone).
 *
 * Set 18 (transformation-ampicillin, thermoregulation-oxygen; writers w91–w96: Madison WI, rural New
 * Mexico, Chicago IL, Phoenix AZ, Charlotte NC, northern Minnesota), written by an eighteenth teacher
 * on ccd516a, the session's final engine (six points label + `accept:`, three its own patterns), and
 * graded once, untouched, on that engine: 89.9% of 1,080 (transformation-ampicillin 88.1%,
 * thermoregulation-oxygen 91.4%; lowest point control-killed 83.3%); labels alone 78.6%; 1 of its
 * 61 full-mark answers flagged by its own plasmid-in-nucleus pattern (KNOWN_FLAGGED). Rounds
 * 231–240 came after (its notes, then its labels alone).
 *
 * Set 19 (ethylene-ripening, phospholipid-bilayer in parts (a)–(b); writers w97–w102: Douglas WY,
 * North Platte NE, Chamberlain SD, Hermiston OR, Glendive MT, Scottsbluff NE), written by a
 * nineteenth teacher on 81543e8 (after rounds 231–237; seven points label + `accept:` or label
 * alone, two its own patterns) and graded once, untouched, on 81543e8 and on the engine of rounds
 * 238–240 alike: 88.2% of 1,080 (ethylene-ripening 86.3%, phospholipid-bilayer 89.8%; lowest points
 * releases-ethylene and ethylene-triggers 83.3%); labels alone 81.0%; none of its 66 full-mark
 * answers flagged.
 *
 * Set 20 (finch-beaks; phototropism-auxin in parts (a)–(b); writers w103–w108: Rolla MO, Ottumwa IA,
 * Pecos TX, Elko NV, Beloit WI, Yuma AZ), written by a twentieth teacher on 9903733 (six points
 * label + `accept:`, three its own patterns) and graded once, untouched, on 9903733: 89.5% of 1,080
 * (finch-beaks 90.0%, phototropism-auxin 89.2%; lowest point auxin-shaded 84.2%); labels alone
 * 74.9%; 1 of its 64 full-mark answers flagged by its own lit-side-grows pattern (KNOWN_FLAGGED).
 *
 * Set 21 (cyanide-etc; meiosis-variation in parts (a)–(c); writers w109–w114: Hays KS, Bemidji MN,
 * Deming NM, Pendleton OR, Ashtabula OH, Natchez MS), written by a twenty-first teacher on 6212158
 * (eight points label + `accept:`, one its own pattern) and graded once, untouched, on 6212158:
 * 93.7% of 1,080 (cyanide-etc 95.2%, meiosis-variation 92.5%; lowest point independent-assortment
 * 88.3%); labels alone 81.9%; 1 of its 61 full-mark answers flagged, rightly (KNOWN_FLAGGED).
 *
 * Set 22 (isoleucine-feedback; owl-energy-mercury in parts (a)–(c); writers w115–w120: Dodge City KS,
 * Houghton MI, Las Cruces NM, Klamath Falls OR, Meridian MS, Twin Falls ID), written by a
 * twenty-second teacher on bf406e6 (every point label + `accept:`) and graded once, untouched, on
 * bf406e6: 94.1% of 1,080 (isoleucine-feedback 90.8%, owl-energy-mercury 96.7%; lowest point
 * less-isoleucine 84.2%); labels alone 72.8%; 1 of its 63 full-mark answers flagged, rightly
 * (KNOWN_FLAGGED).
 *
 * Set 23 (hw-moths, Hardy-Weinberg in parts (a)–(c); pond-ice; writers w121–w126: Bemidji MN,
 * Natchitoches LA, Rapid City SD, Yakima WA, Bangor ME, Lubbock TX), written by a twenty-third
 * teacher on 3ede2bc (eight points label + `accept:`, one its own pattern) and graded once,
 * untouched, on 3ede2bc: 94.1% of 1,080 (hw-moths 94.5%, pond-ice 93.5%; lowest points p-value and
 * lattice 90.8%); labels alone 80.8%; none of its 65 full-mark answers flagged.
 *
 * Set 24 (pcr-cycle in parts (a)–(c); same-dna-different-cells; writers w127–w132: Ely NV,
 * Greenville NC, Marquette MI, Hilo HI, Laredo TX, Cheyenne WY), written by a twenty-fourth teacher
 * on 860615b (eight points label + `accept:`, one its own pattern) and graded once, untouched, on
 * 860615b: 91.7% of 1,080 (pcr-cycle 92.5%, same-dna-different-cells 90.6%; lowest point anneal
 * 85.8%); labels alone 73.1%; 3 of its 61 full-mark answers flagged by its own patterns, two
 * rightly (helicase in PCR, which their writers named) and one not (KNOWN_FLAGGED).
 *
 * Set 25 (cytochrome-c-relatedness; quorum-sensing-glow in parts (a)–(b); writers w133–w138:
 * Bemidji MN, Yuma AZ, Bangor ME, Pueblo CO, Mobile AL, Walla Walla WA), written by a twenty-fifth
 * teacher on af01d62 (seven points label + `accept:`, two its own patterns with local concepts) and
 * graded once, untouched, on af01d62: 87.9% of 1,080 (cytochrome-c-relatedness 86.3%,
 * quorum-sensing-glow 89.2%; lowest point yeast-farthest 81.7%); labels alone 74.8%; none of its
 * 62 full-mark answers flagged.
 *
 * Set 26 (mito-inheritance; hiv-reverse-transcriptase in parts (a)–(b); writers w139–w144: Sitka AK,
 * Brattleboro VT, Nacogdoches TX, Alpena MI, Hobbs NM, Escanaba MI), written by a twenty-sixth
 * teacher on ba84800 (eight points label + `accept:`, one its own pattern) and graded once,
 * untouched, on ba84800: 88.1% of 1,080 (mito-inheritance 85.2%, hiv-reverse-transcriptase 90.5%;
 * lowest point integration 77.5%, its own pattern); labels alone 71.0%; none of its 64 full-mark
 * answers flagged. Rounds 270–271 came from its notes.
 *
 * Set 27 (homology-analogy; calcitonin-splicing in parts (a)–(c); writers w145–w150: Winslow AZ,
 * Tupelo MS, Hagerstown MD, Bluefield WV, Keokuk IA, Minden LA), written by a twenty-seventh teacher
 * on 4eba6d0 (eight points label + `accept:`, two its own patterns) and graded once, untouched, on
 * 4eba6d0: 93.7% of 1,200 (homology-analogy 95.8%, calcitonin-splicing 91.5%; lowest point
 * alt-splicing 85.8%, its own pattern); labels alone 79.7%; 4 of its 61 full-mark answers flagged
 * by its own need-driven pattern (KNOWN_FLAGGED). Round 272 came from its notes.
 *
 * Set 28 (snapdragon-color in parts (a)–(b), incomplete dominance; lava-succession; writers
 * w151–w156: Paducah KY, Chillicothe OH, Beckley WV, Muskogee OK, Hibbing MN, Winona MN), written by a
 * twenty-eighth teacher on 2ba7197 (nine points label + `accept:`, one its own pattern) and graded
 * once, untouched, on 2ba7197: 94.5% of 1,200 (snapdragon-color 95.0%, lava-succession 94.0%;
 * lowest point half-pigment 91.7%); labels alone 76.6%; none of its 63 full-mark answers flagged.
 *
 * Set 29 (vaccine-memory; deforestation-carbon in parts (a)–(b); writers w157–w162: Cullman AL,
 * Kirksville MO, Lufkin TX, Sandpoint ID, Dubois WY, Ellsworth ME), written by a twenty-ninth teacher
 * on dc1276f (seven points label + `accept:`, two its own patterns) and graded once, untouched, on
 * dc1276f: 92.0% of 1,080 (vaccine-memory 92.5%, deforestation-carbon 91.7%; lowest point
 * burning-releases 81.7%); labels alone 81.7%; none of its 61 full-mark answers flagged.
 *
 * Floors sit a little under those figures, so a regression fails.
 */

interface Labelled {
  /** The answer; one string per part for a question in parts (set 14). */
  readonly text: string | readonly string[];
  readonly points: Record<string, boolean>;
  readonly misconception: string | null;
}

const here = join(import.meta.dirname, 'teacher-questions');
const bank = loadQuestionBank(join(import.meta.dirname, '..', '..', 'content'));

/**
 * Points a teacher wrote as a pattern rather than a label: set 9's "The population is too small
 * for Hardy-Weinberg equilibrium", whose label, with a word left out, was earned by "… so it is in
 * Hardy-Weinberg equilibrium" (TEACHER-NOTES-9.md).
 */
const WRITTEN_AS_PATTERN: Record<string, readonly string[]> = {
  'bottleneck-drift': ['hw-condition'],
  // Set 11's teacher: "the label alone was too loose or too narrow" (TEACHER-NOTES-11.md).
  'yeast-no-oxygen': ['glycolysis-atp', 'pyruvate-ethanol'],
  'stomata-drought': ['photosynthesis-decreases'],
  // Set 13's teacher: its labels were earned by "toward the negative electrode" and "high specific
  // heat" (TEACHER-NOTES-13.md; round 206 now keeps "positive" in the first).
  'gel-electrophoresis': ['toward-positive'],
  'sweat-cooling': ['high-heat-vaporization'],
  // Set 14's teacher: "DNA polymerase joins the fragments" earned "DNA ligase joins the fragments",
  // the enzyme's name being the word left out; "to 3'" was read as an optional place (TEACHER-NOTES-14.md).
  'dna-lagging-strand': ['five-to-three', 'primase', 'ligase'],
  // Set 15's teacher: "Mitochondria have a double membrane" compiled to "mitochondria", "fix" read
  // as "restore", and "The plant gives the bacteria sugar" was earned the wrong way round
  // (TEACHER-NOTES-15.md).
  'endosymbiosis-mitochondria': ['engulfed', 'double-membrane'],
  // Set 17's teacher: "The mutation changes the enzyme" earned "The mutated enzyme's shape changes",
  // "The lipid is used up" earned "The lipid builds up", "Only the dominant allele is expressed"
  // earned "Both alleles are expressed", and genotypes ("IAi") meant nothing (TEACHER-NOTES-17.md).
  'tay-sachs-lysosome': ['enzyme-shape', 'lipid-accumulates'],
  'abo-blood-type': ['both-expressed', 'mother-heterozygous', 'father-heterozygous'],
  // Set 18's teacher: "Cellular respiration in the mouse." earned "The mouse increases its cellular
  // respiration", and "The plasmid is all full" earned "take up the plasmid" (TEACHER-NOTES-18.md).
  'transformation-ampicillin': ['uptake', 'enzyme-action'],
  'thermoregulation-oxygen': ['mouse-respiration'],
  // Set 19's teacher: "the green bananas release ethylene" earned "The ripe banana releases
  // ethylene", and "The tails point inward" compiled to "in" alone (TEACHER-NOTES-19.md).
  'ethylene-ripening': ['releases-ethylene'],
  'phospholipid-bilayer': ['tails-inward'],
  // Set 20's teacher: "the finches evolved deeper beaks" earned "Some finches already had deeper
  // beaks", "auxin moves" earned "Auxin moves to the shaded side", and "the tip light is blocked"
  // earned "The tip detects the light" (TEACHER-NOTES-20.md).
  'finch-beaks': ['variation'],
  'phototropism-auxin': ['auxin-shaded', 'tip-senses'],
  // Set 21's teacher: "The sperm and egg combine" earned "Any sperm can fertilize any egg" once
  // "any" and the part's own word "fertilize" were gone (TEACHER-NOTES-21.md).
  'meiosis-variation': ['random-fertilization'],
  // Set 23's teacher: "any one of five conditions" needs a label that names the task for the
  // student's feedback, and a pattern that lists the conditions (TEACHER-NOTES-23.md).
  'hw-moths': ['condition'],
  // Set 24's teacher: '"2 copies per cycle" earned doubles', and accept: phrases cannot take credit away.
  'pcr-cycle': ['doubles'],
  // Set 25's teacher: "The chimpanzee is the closest relative of humans" compiled to "closest …
  // relative", earned by "The rhesus monkey is the closest relative" (TEACHER-NOTES-25.md).
  'cytochrome-c-relatedness': ['chimp-closest', 'yeast-farthest'],
  // Set 26's teacher: "The viral DNA is inserted into the host cell's chromosome" was earned by "the
  // viral RNA is copied into DNA", its verb being the word left out (TEACHER-NOTES-26.md).
  'hiv-reverse-transcriptase': ['integration'],
  // Set 27's teacher: "(convergent evolution)" compiled to "evolution", "Birds and butterflies evolved
  // their wings independently" to "evolved", and the part's "different" was read as its setting
  // (TEACHER-NOTES-27.md).
  'homology-analogy': ['wings-independent'],
  'calcitonin-splicing': ['alt-splicing'],
  // Set 28's teacher: "The F2 is 1 red to 2 pink to 1 white" compiled to little more than "1 red",
  // and "… appear in a 1:2:1 ratio" read "1:2:1" as a place (TEACHER-NOTES-28.md).
  'snapdragon-color': ['ratio'],
  // Set 29's teacher: "Memory cells are made" compiled to "make" ("the body makes antibodies" earned
  // it), and "Photosynthesis removes carbon dioxide" could be earned with "photosynthesis" left out
  // (TEACHER-NOTES-29.md).
  'vaccine-memory': ['memory-cells'],
  'deforestation-carbon': ['photosynthesis-fixes'],
  'legume-nitrogen-fixation': [
    'fixation',
    'plant-uses-nitrogen',
    'sugar-to-bacteria',
    'mutualism',
    'decomposers',
  ],
};

/** Per question: the floor of point agreement (%). */
const FLOORS: Record<string, number> = {
  'glucose-transport': 85.5,
  'epinephrine-signal': 86.5,
  'insulin-exocytosis': 86.0,
  'glucose-feedback': 82.5,
  'surface-area-volume': 84.0,
  'checkpoint-failure': 76.5,
  'enzyme-temperature': 90.5,
  'uncoupler-atp': 87.0,
  'dcmu-leaf': 87.0,
  'estrogen-gene': 89.5,
  'lac-operator-mutant': 86.0,
  'pesticide-resistance': 82.5,
  'trisomy-21-nondisjunction': 90.0,
  'fertilizer-fish-kill': 88.5,
  'sickle-r-group': 87.0,
  'deletion-frameshift': 86.0,
  'otter-cascade': 86.0,
  'bottleneck-drift': 95.0,
  'competitive-inhibitor': 92.0,
  'linked-genes-testcross': 91.0,
  'yeast-no-oxygen': 94.5,
  'stomata-drought': 84.0,
  'xlinked-colorblind': 87.5,
  'allopatric-squirrels': 88.0,
  'gel-electrophoresis': 90.0,
  'sweat-cooling': 94.5,
  'dna-lagging-strand': 95.5,
  'rabbit-logistic-growth': 92.5,
  'endosymbiosis-mitochondria': 91.5,
  'legume-nitrogen-fixation': 90.5,
  'cold-membrane-fluidity': 90.5,
  'oxytocin-labor-feedback': 94.5,
  'tay-sachs-lysosome': 93.5,
  'abo-blood-type': 94.5,
  'transformation-ampicillin': 87.5,
  'thermoregulation-oxygen': 91.0,
  'ethylene-ripening': 85.5,
  'phospholipid-bilayer': 89.0,
  'finch-beaks': 89.5,
  'phototropism-auxin': 88.5,
  'cyanide-etc': 95.0,
  'meiosis-variation': 92.0,
  'isoleucine-feedback': 90.5,
  'owl-energy-mercury': 96.5,
  'hw-moths': 94.0,
  'pond-ice': 93.0,
  'pcr-cycle': 92.0,
  'same-dna-different-cells': 90.0,
  'cytochrome-c-relatedness': 86.0,
  'quorum-sensing-glow': 89.0,
  // Set 26 read 85.2% and 90.5% untouched; rounds 270–271 took from it: 88.1% and 91.0%.
  'mito-inheritance': 87.5,
  'hiv-reverse-transcriptase': 90.5,
  // Set 27 read 95.8% and 91.5% untouched; round 272 took from it: 95.8% and 91.7%.
  'homology-analogy': 95.0,
  'calcitonin-splicing': 91.0,
  // Set 28 read 95.0% and 94.0% untouched.
  'snapdragon-color': 94.5,
  'lava-succession': 93.5,
  // Set 29 read 92.5% and 91.7% untouched.
  'vaccine-memory': 92.0,
  'deforestation-carbon': 91.5,
};

/**
 * Full-mark answers a question's own misconception still flags, left as found: the surface
 * receptor is said of "most hormones", in an analogy the estrogen answer then contrasts with; the
 * engine does not tie a misconception to the subject it is said of. Set 8's are the same: its
 * teacher's "valine … polar|hydrophilic|charged" in one clause is met by "glutamic acid is charged
 * … valine", and "a substitution only changes one amino acid" is said of the other mutation; one is
 * a slip repaired with "wait no" that the misconception still reads. Set 9's teacher's patterns
 * "more kelp" and "urchin* … decrease" (within four words) are met by "urchins eat more kelp" and
 * "eaten up by all the urchens and go down", said of the kelp.
 */
const KNOWN_FLAGGED: Record<string, readonly string[]> = {
  'estrogen-gene': [
    'Most hormones are stuck outside a locked door and have to ring the doorbell (a receptor on the membrane).',
  ],
  // Round 242 ("X is A and Y is B" is two statements) took three away: "The valine is hidrofobic
  // (no polar) and the glutamic acid is charged" no longer lends "valine" to "charged".
  'sickle-r-group': [
    'glutamic acid is charged so its hydrophilic and valine is nonpolar',
    'Valine is polar so it— wait no, valine is nonpolar',
    'If the charged glutamic acid is swapped for valine',
  ],
  'deletion-frameshift': ["Since it's a deletion and not a substitution, it's a frameshift."],
  'competitive-inhibitor': ['Enzymes are proteins that act as biological catalysts'],
  'yeast-no-oxygen': [
    'Without oxygen there is no final electron acceptor at the end of the electron transport chain',
    'ok so without oxygen the electron transport chain stops working',
  ],
  // Set 14's teacher's "3' … 5'" (no template word on either side) is met by a correct aside on
  // the partner strand, "one is 5'→3', the partner is 3'→5'".
  'dna-lagging-strand': ['The new strand is elongated in the 5 prime to 3 prime direction'],
  // Set 15's teacher's "plant … gets … air" (the plant fixing N2 itself) is met by "plant gets
  // nitrogen the bacteria fixed from the air", and "corn … less" in one sentence by "the corn needs
  // less fertilizer and grows better".
  // Set 18's teacher's "nucleus" pattern (bacteria have none) is met in an answer its writer gave
  // full marks, which says the plasmid "goes into the nucleus" of the bacteria.
  'transformation-ampicillin': ['The plasmid enters the bacteria and goes into the nucleus'],
  // Set 20's teacher's "lit side … grows … faster" in one clause is met by the side named after
  // "than": "more stretching on the shaded side than the sunny side means the shaded side grows faster".
  'phototropism-auxin': ['Think of auxin like the haul trucks at the mine'],
  // Not a false flag: this full-mark answer ends "Glycolysis would also stop because glycolysis
  // needs oxygen", and its writer recorded that error too ("glycolysis requires oxygen").
  'cyanide-etc': ['ATP production would go down. Cyanide stops cytochrome c oxidase'],
  // Not a false flag either: it calls the allosteric inhibitor "competitive", and its writer recorded
  // that error ("calls allosteric inhibition competitive inhibition").
  'isoleucine-feedback': ['Isoleucine is a competitive inhibitor that binds to the allosteric site'],
  // Set 24's teacher flags helicase in PCR on purpose, and the two writers named that error too; the
  // third is a false flag: a run-on with no punctuation ("the h bonds break 55 the primers … adds
  // nucleotides") puts "break" and "nucleotides" in one clause for its breaks-covalent pattern.
  // Set 27's teacher's "needed|wanted ..3 to" (Lamarck's "they needed to swim") is met by "natural
  // selection changed them for what each animal needed to do", said of selection, not of wanting.
  'homology-analogy': [
    'The forelimbs of humans, whales and cats are homologous structures. They have the same bon',
    'Think of it like the old houses downtown in Winslow',
    'The bones of human, whale and cat are the same, this is call homologous structures.',
    'so basically the human arm and the whale flipper and cat leg are homologous which means',
  ],
  'pcr-cycle': [
    'At 95 the helicase enzyme unzips the two strands apart',
    'At 95°C helicase unwinds the DNA and breaks it into 2 separate strands',
    '95 the dna strands come apart the h bonds break 55 the primers',
  ],
  'legume-nitrogen-fixation': [
    'symbiosis where both benefit - bacteria get carbs from the plant',
    'Think of the nodules like little fertilizer factories.',
  ],
  'otter-cascade': [
    'otters gone → urch pop ↑ (nothing eating them) → urch eat more kelp',
    'If the sea otters are removed, the sea urchin population will increase because they no longer have a predator',
    'the urchens would grow bc the otters arent eating them. the kelp forrest would get eaten up by all the urchens and go down.',
  ],
};

/** Every teacher set in the folder, in order (set-1.yaml, set-2.yaml, …). */
const SETS = readdirSync(here)
  .filter((f) => /^set-\d+\.yaml$/.test(f))
  .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));

/** A question's labelled answers: its three writers' files, 40 answers each. */
function answersOf(id: string): Labelled[] {
  const files = readdirSync(join(here, 'answers')).filter((f) => f.startsWith(`${id}-w`));
  expect(files).toHaveLength(3);
  return files.flatMap((f) => {
    const answers = JSON.parse(readFileSync(join(here, 'answers', f), 'utf8')) as Labelled[];
    expect(answers).toHaveLength(40);
    return answers;
  });
}

/** Point decisions agreeing with the writers, all decisions, and the full-mark answers flagged. */
function agreement(
  rubric: CompiledRubric,
  answers: readonly Labelled[],
): { agree: number; total: number; flaggedFull: string[] } {
  let agree = 0;
  let total = 0;
  const flaggedFull: string[] = [];
  for (const a of answers) {
    const result = grade(rubric, a.text);
    const earned = new Set(result.points.filter((p) => p.earned).map((p) => p.id));
    for (const [point, want] of Object.entries(a.points)) {
      total++;
      if (earned.has(point) === want) agree++;
    }
    if (Object.values(a.points).every(Boolean) && result.misconceptions.length > 0)
      flaggedFull.push(typeof a.text === 'string' ? a.text : a.text.join(' / '));
  }
  return { agree, total, flaggedFull };
}

describe('teacher-written plain-language questions', () => {
  for (const set of SETS) {
    const imported = readQuestionFile(readFileSync(join(here, set), 'utf8'), bank.lexicon, set);

    it(`${set} compiles as /class import compiles it, and its examples pass`, () => {
      expect(imported.questions).toHaveLength(2);
      for (const q of imported.questions) {
        expect(q.question.kind).toBe('frq');
        // Plain-language points only, but for the one point a teacher chose to write as a pattern.
        const points = q.question.kind === 'frq' ? q.question.parts.flatMap((p) => p.points) : [];
        expect(points.filter((p) => p.pattern !== undefined).map((p) => p.id)).toEqual(
          WRITTEN_AS_PATTERN[q.localId] ?? [],
        );
      }
      // Set 1's example 3 ("binds a G protein-coupled receptor" does not earn "The activated
      // receptor activates a G protein") failed from round 157 until round 159 kept a reading the
      // label says twice from being the one left out.
      expect(imported.problems).toEqual([]);
    });

    for (const q of imported.questions) {
      const id = q.localId;
      it(`${id}: agrees with the writers on at least ${FLOORS[id]}% of point decisions; no full-mark answer flagged`, () => {
        const rubric = q.rubric;
        if (!rubric) throw new Error(`${id} has no rubric`);
        const { agree, total, flaggedFull } = agreement(rubric, answersOf(id));
        // 40 answers from each of three writers, every answer labelled on every point.
        expect(total).toBe(120 * rubric.points.length);
        expect((100 * agree) / total).toBeGreaterThanOrEqual(FLOORS[id] as number);
        const known = KNOWN_FLAGGED[id] ?? [];
        expect(flaggedFull.filter((t) => !known.some((k) => t.startsWith(k)))).toEqual([]);
        expect(flaggedFull).toHaveLength(known.length);
      });
    }
  }
});

/*
 * The same questions on their labels alone: every `accept:` removed (and the examples, some of which
 * only the accepts passed), graded on the same answers. This is what a teacher who writes no
 * `accept:` gets on a topic of their own, and what the label rules (docs/rubric-language.md §0)
 * are for. Measured first at 65f1783 after round 167 (a label's words read as written): sets 1–7
 * 83.2%, 77.5%, 75.8%, 72.8%, 69.3%, 71.5%, 64.5% (73.8% of 7,920). Set 7's labels were never tuned
 * on before that; the others' had been read for rounds 157–166. Rounds 168–175 took label rules
 * from sets 5–7 (all tuned on now): 83.2%, 77.8%, 75.9%, 72.9%, 71.7%, 75.4%, 79.2%. Set 8, written
 * after them and graded once untouched: 62.2%, about what sets 5–7 read before they were tuned on:
 * the label rules help the labels they were taken from more than a new teacher's. Round 179 (a
 * "changes" said as "is different") took set 8 to 67.4%. Set 9, graded once untouched before it:
 * 75.4% (one of its ten points, hw-condition, is a pattern and stays); round 180 took it to 78.6%,
 * rounds 186–187 (growth and loss in students' words, "less diversity") to 83.2%.
 * Floors sit a little under the figures now, so a label rule that loses ground fails.
 */
const LABELS_ONLY_FLOORS: Record<string, number> = {
  'set-1.yaml': 82.5,
  'set-2.yaml': 77.0,
  'set-3.yaml': 75.0,
  'set-4.yaml': 72.0,
  'set-5.yaml': 71.0,
  'set-6.yaml': 75.0,
  'set-7.yaml': 78.5,
  'set-8.yaml': 67.0,
  'set-9.yaml': 82.5,
  'set-10.yaml': 72.5,
  'set-11.yaml': 76.0,
  'set-12.yaml': 71.5,
  'set-13.yaml': 75.0,
  'set-14.yaml': 77.5,
  'set-15.yaml': 86.0,
  'set-16.yaml': 73.5,
  'set-17.yaml': 86.0,
  // Set 18 read 78.6% untouched; rounds 231–240 took its label rules from it: 86.9%.
  'set-18.yaml': 86.0,
  'set-19.yaml': 80.5,
  'set-20.yaml': 74.0,
  // Set 21 read 81.9% untouched; round 254 (an amount made or used said as the thing changing) took from it: 88.1%.
  'set-21.yaml': 87.5,
  // Set 22 read 72.8% untouched; rounds 260–263 ("builds up" is accumulating, "20,000", not
  // wasting is saving, stopping is making less) took from it: 77.7%.
  'set-22.yaml': 77.0,
  // Set 23 read 80.8% untouched; round 262 (".4" is a number, "about" before one only rounds it) took from it: 85.9%.
  'set-23.yaml': 85.5,
  'set-24.yaml': 72.5,
  'set-25.yaml': 74.5,
  // Set 26 read 71.0% untouched; rounds 270–272 ("Fewer X are made" is "fewer X", "mito") took from
  // it: 75.4%.
  'set-26.yaml': 75.0,
  // Set 27 read 79.7% untouched; round 272 ("put on" adds, "cut out" removes, "A or a B") took from it: 84.3%.
  'set-27.yaml': 83.5,
  // Set 28 read 76.6% untouched.
  'set-28.yaml': 76.0,
  // Set 29 read 81.7% untouched.
  'set-29.yaml': 81.5,
};

/** A question file with every point's `accept:` and every example removed: its labels alone. */
function labelsOnly(text: string): string {
  const doc = parse(text) as unknown;
  const questions = (Array.isArray(doc) ? doc : [doc]) as {
    points?: { accept?: unknown }[];
    parts?: { points?: { accept?: unknown }[] }[];
    examples?: unknown;
  }[];
  for (const q of questions) {
    q.examples = [];
    for (const p of [...(q.points ?? []), ...(q.parts ?? []).flatMap((part) => part.points ?? [])])
      delete p.accept;
  }
  return stringify(doc);
}

describe('teacher-written questions on their labels alone (no accept: phrases)', () => {
  for (const set of SETS) {
    const floor = LABELS_ONLY_FLOORS[set];
    it(`${set}: at least ${floor}% of point decisions agree with the writers`, () => {
      // A new set needs its labels-alone figure measured and a floor here.
      expect(floor).toBeDefined();
      const imported = readQuestionFile(labelsOnly(readFileSync(join(here, set), 'utf8')), bank.lexicon, set);
      expect(imported.questions).toHaveLength(2);
      let agree = 0;
      let total = 0;
      for (const q of imported.questions) {
        if (!q.rubric) throw new Error(`${q.localId} has no rubric`);
        const one = agreement(q.rubric, answersOf(q.localId));
        agree += one.agree;
        total += one.total;
      }
      expect(total).toBe(imported.questions.reduce((n, q) => n + 120 * (q.rubric?.points.length ?? 0), 0));
      expect((100 * agree) / total).toBeGreaterThanOrEqual(floor as number);
    });
  }
});
