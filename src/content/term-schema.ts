import { z } from 'zod';

/** Ids are lowercase kebab-case so they are stable in file names, custom_ids and links. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. "resting-potential"')
  .max(60);

const sentence = z.string().trim().min(1, 'must not be empty');

/** One term card, as written in `content/terms/<id>.yaml`. */
export const termSchema = z
  .object({
    id: idSchema,
    name: sentence.max(80),
    /** Other spellings, abbreviations and symbols that should find this card ("Na+/K+ ATPase"). */
    aliases: z.array(sentence.max(80)).default([]),
    course: sentence.default('AP Biology'),
    /** e.g. "Unit 2: Cell Structure and Function" */
    unit: sentence.optional(),
    /** e.g. "2.8 Tonicity and Osmoregulation" */
    topic: sentence.optional(),
    /** College Board essential-knowledge codes, e.g. "EK 2.8.A.1" */
    essentialKnowledge: z.array(sentence).default([]),
    /** One sentence: what a student should be able to say in an exam. */
    definition: sentence.max(400),
    /** A short paragraph or two in plain language. */
    explanation: sentence.max(1800),
    keyPoints: z.array(sentence.max(300)).min(2).max(8),
    connections: z.array(z.object({ id: idSchema, why: sentence.max(300) }).strict()).default([]),
    examTips: z.array(sentence.max(400)).default([]),
    comparisons: z
      .array(
        z
          .object({
            /** id of the other term */
            with: idSchema,
            /** how the two differ, in a sentence or two */
            summary: sentence.max(600),
          })
          .strict(),
      )
      .default([]),
    faqs: z.array(z.object({ q: sentence.max(200), a: sentence.max(700) }).strict()).default([]),
  })
  .strict();

/** A validated term card. */
export type Term = z.output<typeof termSchema>;
