import { z } from 'zod';
import { idSchema } from './term-schema.js';

/*
 * The rubric language, as written in `content/questions/<id>.yaml` and `content/lexicon.yaml`.
 * docs/rubric-language.md is the author's guide; this file is the machine-checked shape.
 * Phrase syntax inside strings ("@sodium", "=a", "depolar*", "flows|rushes in", "..3") is
 * checked when a question is compiled (src/grading/compile.ts), which reports the YAML line.
 *
 * Stability promise: fields may be added; existing fields keep their meaning.
 */

const text = z.string().trim().min(1, 'must not be empty');

/** Where an all-of group must fit: one clause, one sentence, or anywhere in the answer (part). */
export const scopeSchema = z.enum(['clause', 'sentence', 'answer']);
export type Scope = z.output<typeof scopeSchema>;

/**
 * A concept pattern. A string is a phrase; a list is shorthand for any-of; objects are
 * `{any: [...]}` and `{all: [...], within?, scope?, ordered?}` whose items may be `{not: pattern}`.
 */
export type Pattern = string | Pattern[] | AnyPattern | AllPattern | AboutPattern;
/** Matches of `pattern` said of the question's subject `about` (or of no subject at all). */
export interface AboutPattern {
  about: string;
  pattern: Pattern;
}
/** Matches where any alternative matches. */
export interface AnyPattern {
  any: Pattern[];
}
/** An item of an all-of group: a pattern that must be present, or `{not: p}` that must be absent. */
export type AllItem = Pattern | NotItem;
/** Inside an all-of group: no affirmed match of `not` may stand in the group's region. */
export interface NotItem {
  not: Pattern;
}
/** Matches where every positive item matches, within the constraints given. */
export interface AllPattern {
  all: AllItem[];
  /** The whole match, first word of the first part to last word of the last part, is at most this many words. */
  within?: number | undefined;
  /** Default: `sentence`. */
  scope?: Scope | undefined;
  /** Parts must appear in the listed order (each after the previous one ends). Default false. */
  ordered?: boolean | undefined;
  /**
   * Set by the label compiler only (not part of the rubric language): the last part must open its
   * clause, as an item of a list after the first part does ("Mitochondria have circular DNA, their
   * own ribosomes, a double membrane").
   */
  listed?: boolean | undefined;
}

const phraseSchema = z.string().trim().min(1, 'a phrase must not be empty').max(400);

/** The zod schema of {@link Pattern}; recursive. */
export const patternSchema: z.ZodType<Pattern> = z.lazy(() =>
  z.union([
    phraseSchema,
    z.array(patternSchema).min(1, 'an any-of list needs at least one alternative'),
    z.object({ any: z.array(patternSchema).min(1) }).strict(),
    z
      .object({
        all: z.array(allItemSchema).min(1),
        within: z.number().int().min(1).max(60).optional(),
        scope: scopeSchema.optional(),
        ordered: z.boolean().optional(),
      })
      .strict(),
    z.object({ about: idSchema, pattern: patternSchema }).strict(),
  ]),
);

const allItemSchema: z.ZodType<AllItem> = z.lazy(() =>
  z.union([z.object({ not: patternSchema }).strict(), patternSchema]),
);

/** Concept names: kebab-case, like every other id. */
export const conceptNameSchema = idSchema;

/** A map from concept name to its pattern, as in `content/lexicon.yaml` or a question's `concepts:`. */
export const conceptMapSchema = z.record(conceptNameSchema, patternSchema);

/** One rubric point. */
export const pointSchema = z
  .object({
    id: idSchema,
    /** Short, shown in feedback next to ✅/❌ ("Na⁺ moves into the cell"). */
    label: text.max(120),
    value: z.number().int().min(0).max(10).default(1),
    /** Shown when the point is missed: a nudge, not the answer. */
    hint: text.max(300),
    /**
     * How the point is recognised. Optional: without it the point is a plain-language point,
     * compiled from its `label` (src/grading/label-compiler.ts; `tutor rubric explain` shows the result).
     */
    pattern: patternSchema.optional(),
    /** Extra ways to earn the point, in the rubric language, tried besides `pattern` or the label. */
    accept: z.array(patternSchema).min(1).optional(),
    /**
     * `respect` (default): a match in a negated clause ("sodium does not enter") does not count.
     * `ignore`: any match counts (for points whose wording is itself negative).
     */
    negation: z.enum(['respect', 'ignore']).default('respect'),
    /**
     * One of the question's `subjects`: the point's fact must be said of it ("during
     * depolarization ..."), not of another subject; a fact tied to no subject still counts.
     */
    about: idSchema.optional(),
  })
  .strict();
export type Point = z.output<typeof pointSchema>;

/** A wrong idea the grader recognises; it earns nothing and triggers a one-line correction. */
export const misconceptionSchema = z
  .object({
    id: idSchema,
    /** Optional short name for reports ("K⁺ enters"). */
    label: text.max(120).optional(),
    pattern: patternSchema.optional(),
    /**
     * Points (each with `about`) whose fact, said of a different subject, is this misconception:
     * "swaps the phases" is `misplaced: [depol-sodium-in, repol-potassium-out]`.
     */
    misplaced: z.array(idSchema).min(1).optional(),
    /**
     * Points this misconception takes back: when it is stated after the point's own evidence
     * (the answer's last word on the matter), the point is not earned.
     */
    contradicts: z.array(idSchema).min(1).optional(),
    /**
     * Points that cannot be earned from a sentence stating this misconception: there the point's
     * words are the wrong statement itself ("K⁺ leaks in and Na⁺ leaks out, and nothing pumps
     * them back" earns no leak point).
     */
    cancels: z.array(idSchema).min(1).optional(),
    /**
     * As `cancels`, but only where the misconception's own words share a negation segment (a clause
     * cut at "and"/"or") with the point's words: for a sentence that can state the point right
     * beside a neighbouring fact stated wrong ("3 Na⁺ out and 2 K⁺ out too").
     */
    cancelsInSegment: z.array(idSchema).min(1).optional(),
    /**
     * Read it in sentences that say something holds only at first ("at first", "right away"), which
     * a misconception about the outcome skips: for an error about what comes first ("At first, trees
     * grow on the bare rock"; teacher set 28).
     */
    atFirst: z.boolean().optional(),
    correction: text.max(300),
    /** Label of the part it applies to; default: every part. */
    part: text.max(20).optional(),
    negation: z.enum(['respect', 'ignore']).default('respect'),
  })
  .strict()
  .refine((m) => m.pattern !== undefined || m.misplaced !== undefined, {
    message: 'a misconception needs a `pattern`, `misplaced` points, or both',
  });
export type Misconception = z.output<typeof misconceptionSchema>;

/** One part of an FRQ: its own prompt and points. */
export const partSchema = z
  .object({
    /** "a", "b", ... ; may be empty for a single-part question. */
    label: z.string().trim().max(20).default(''),
    prompt: text.max(1500),
    points: z.array(pointSchema).min(1),
    modelAnswer: text.max(2000).optional(),
  })
  .strict();
export type Part = z.output<typeof partSchema>;

/**
 * How earned points become a score.
 * - `sum`: the sum of earned point values (default), optionally capped.
 * - `count`: the number of earned points looked up in `map` (the largest key ≤ count wins), optionally capped.
 */
export const scoringSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('sum'), cap: z.number().int().min(0).optional() }).strict(),
  z
    .object({
      rule: z.literal('count'),
      map: z
        .record(
          z.string().regex(/^\d+$/, 'keys are counts of earned points: 0, 1, 2, ...'),
          z.number().min(0),
        )
        .refine((m) => '0' in m, 'the map must say what 0 earned points score'),
      cap: z.number().int().min(0).optional(),
    })
    .strict(),
]);
export type Scoring = z.output<typeof scoringSchema>;

/** A worked example: the grader must agree with it, or `tutor content check` fails. */
export const exampleSchema = z
  .object({
    /** The student's answer: one string, or one string per part. */
    answer: z.union([z.string(), z.array(z.string()).min(1)]),
    /** Why this example exists (optional, for authors). */
    note: z.string().optional(),
    earns: z.array(idSchema).default([]),
    misses: z.array(idSchema).default([]),
    flags: z.array(idSchema).default([]),
    doesNotFlag: z.array(idSchema).default([]),
    score: z.number().min(0).optional(),
  })
  .strict();
export type Example = z.output<typeof exampleSchema>;

const commonFields = {
  id: idSchema,
  /** Short title for menus ("ACh at the neuromuscular junction"). */
  title: text.max(100).optional(),
  /** e.g. "Unit 4: Cell Communication and Cell Cycle" */
  unit: text.max(100).optional(),
  /** Topic tags (kebab-case) used by /quiz topic filters. */
  topics: z.array(idSchema).min(1),
  /** Where the item comes from, e.g. "ASAP-SAS item 6" or "original". */
  source: text.max(200).optional(),
};

/**
 * The most parts one FRQ may have: /quiz collects a whole answer in one Discord form, and a form
 * holds at most five text fields. Checked here so the loader names the file and line.
 */
export const MAX_PARTS = 5;

/** A free-response question, as written in YAML (single-part questions may put `points` at top level). */
export const frqFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('frq'),
    /** The scenario/stem shown before the parts (or the whole question when single-part). */
    prompt: text.max(2500),
    parts: z
      .array(partSchema)
      .min(1)
      .max(
        MAX_PARTS,
        `at most ${MAX_PARTS} parts (one answer form holds ${MAX_PARTS} fields); split the question`,
      )
      .optional(),
    points: z.array(pointSchema).min(1).optional(),
    concepts: conceptMapSchema.default({}),
    /**
     * What facts can be said of: the phases, parts or cells the question compares, each a
     * phrase-like pattern naming it. Points refer to them with `about`.
     */
    subjects: conceptMapSchema.optional(),
    misconceptions: z.array(misconceptionSchema).default([]),
    scoring: scoringSchema.default({ rule: 'sum' }),
    modelAnswer: text.max(3000),
    examples: z.array(exampleSchema).default([]),
  })
  .strict()
  .refine((q) => (q.parts === undefined) !== (q.points === undefined), {
    message: 'give either `parts` (each with its own points) or top-level `points`, not both and not neither',
  });

/** One MCQ choice with the reason it is right or wrong. */
export const choiceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]{1,8}$/, 'choice ids are short: a, b, c, ...'),
    text: text.max(300),
    correct: z.boolean().default(false),
    explanation: text.max(500),
  })
  .strict();
export type Choice = z.output<typeof choiceSchema>;

/** A multiple-choice question. */
export const mcqSchema = z
  .object({
    ...commonFields,
    kind: z.literal('mcq'),
    stem: text.max(1500),
    choices: z.array(choiceSchema).min(2).max(6),
    /** Choices are shown in a fresh order on each post unless false ("all of the above", ordered ranges). */
    shuffle: z.boolean().optional(),
  })
  .strict()
  .refine((q) => q.choices.filter((c) => c.correct).length === 1, {
    message: 'exactly one choice must have `correct: true`',
    path: ['choices'],
  })
  .refine((q) => new Set(q.choices.map((c) => c.id)).size === q.choices.length, {
    message: 'choice ids must be unique',
    path: ['choices'],
  });

/** Any question file. */
export const questionFileSchema = z.discriminatedUnion('kind', [frqFileSchema, mcqSchema]);

/** A validated FRQ, with the single-part shorthand expanded so `parts` is always present. */
export type FrqQuestion = Omit<z.output<typeof frqFileSchema>, 'points' | 'parts'> & { parts: Part[] };
/** A validated MCQ. */
export type McqQuestion = z.output<typeof mcqSchema>;
/** Any validated question. */
export type Question = FrqQuestion | McqQuestion;

/** Turns the YAML shape into the in-memory shape (always `parts`). */
export function normalizeQuestion(q: z.output<typeof questionFileSchema>): Question {
  if (q.kind === 'mcq') return q;
  const { points, parts, ...rest } = q;
  // The implicit single part has an empty prompt: the question's own prompt already says it all.
  return { ...rest, parts: parts ?? [{ label: '', prompt: '', points: points ?? [] }] };
}

/** A lowercase word of `content/words.yaml`. */
const lowerWord = z.string().regex(/^[a-z]+$/);
/** Correct word (or, for misspellings, a term like "k+") → the other forms read as it. */
const misspellingMap = z.record(z.string().regex(/^[a-z0-9+-]+$/), z.array(lowerWord).min(1));
/** English word → the Spanish (or Portuguese) words read as it. */
const translationMap = z.record(lowerWord, z.array(lowerWord).min(1));
const synonymGroups = z.array(z.array(text.max(80)).min(2));

/** `content/lexicon.yaml`: the shared concepts. */
export const lexiconFileSchema = z
  .object({
    concepts: conceptMapSchema,
    /** Groups of words and phrases that say the same thing; plain-language points use them (`content/words.yaml`). */
    synonyms: synonymGroups.optional(),
    /** Correct word → ways students misspell it, for words too short for edit distance (`content/words.yaml`). */
    misspellings: misspellingMap.optional(),
    /** Real words never read as a misspelling of another word (`content/words.yaml`). */
    words: z.array(lowerWord).optional(),
    /** English word → Spanish words bilingual students write in its place (`content/words.yaml`). */
    spanish: translationMap.optional(),
    /** English word → Portuguese words read the same way as the Spanish ones (`content/words.yaml`). */
    portuguese: translationMap.optional(),
    /** English word → Haitian Creole words read the same way (`content/words.yaml`). */
    haitian_creole: translationMap.optional(),
    /** English word → French words read the same way (`content/words.yaml`). */
    french: translationMap.optional(),
  })
  .strict();

/** `content/words.yaml`: synonym groups, curated misspellings and Spanish, Portuguese, Haitian Creole and French words shared by every question. */
export const wordsFileSchema = z
  .object({
    synonyms: synonymGroups.default([]),
    misspellings: misspellingMap.default({}),
    words: z.array(lowerWord).default([]),
    spanish: translationMap.default({}),
    portuguese: translationMap.default({}),
    haitian_creole: translationMap.default({}),
    french: translationMap.default({}),
  })
  .strict();
/** The shared concept lexicon. */
export type Lexicon = z.output<typeof lexiconFileSchema>;
