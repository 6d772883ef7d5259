import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frqFileSchema, type McqQuestion } from '../../src/content/question-schema.js';
import { parseYamlSource, validateYaml } from '../../src/content/yaml-source.js';
import {
  loadQuestionCatalogOrThrow,
  MAX_QUIZ_PARTS,
  QuestionCatalog,
  suggestTopics,
  unitKey,
} from '../../src/quiz/index.js';

const contentDir = process.env.CONTENT_DIR ?? join(import.meta.dirname, '..', '..', 'content');

function mcq(id: string, topics: string[], unit?: string): McqQuestion {
  return {
    id,
    kind: 'mcq',
    title: `Title of ${id}`,
    topics,
    ...(unit ? { unit } : {}),
    stem: 'Which?',
    choices: [
      { id: 'a', text: 'yes', correct: true, explanation: 'because' },
      { id: 'b', text: 'no', correct: false, explanation: 'because not' },
    ],
  };
}

const UNIT_2 = 'Unit 2: Cell Structure and Function';
const UNIT_4 = 'Unit 4: Cell Communication and Cell Cycle';
const small = new QuestionCatalog(
  [
    mcq('pump-ratio', ['sodium-potassium-pump', 'active-transport'], UNIT_2),
    mcq('pump-energy', ['sodium-potassium-pump'], UNIT_2),
    mcq('ach-blocked', ['synapse'], UNIT_4),
  ],
  new Map(),
);

describe('topic targets', () => {
  it('a numbered unit gets a short key; anything else a kebab-case slug', () => {
    expect(unitKey(UNIT_4)).toBe('unit-4');
    expect(unitKey('Ecology & Evolution')).toBe('ecology-evolution');
  });

  it('lists units, then topics with most questions first, then single questions', () => {
    expect(small.targets.map((t) => `${t.kind}:${t.key}`)).toEqual([
      'unit:unit-2',
      'unit:unit-4',
      'topic:sodium-potassium-pump',
      'topic:active-transport',
      'topic:synapse',
      'question:ach-blocked',
      'question:pump-energy',
      'question:pump-ratio',
    ]);
  });

  it('given the same topic typed as words, in capitals or plural, it resolves to the tag', () => {
    expect(small.resolveTopic('Sodium Potassium Pump')?.key).toBe('sodium-potassium-pump');
    expect(small.resolveTopic('synapses')?.key).toBe('synapse');
    expect(small.resolveTopic('unit 4')?.key).toBe('unit-4');
    expect(small.resolveTopic(UNIT_2)?.key).toBe('unit-2');
    expect(small.resolveTopic('Title of pump-energy')?.key).toBe('pump-energy');
    expect(small.resolveTopic('photosynthesis')).toBeUndefined();
    expect(small.resolveTopic('  ')).toBeUndefined();
  });

  it('autocomplete with nothing typed offers units and topics, not single questions', () => {
    const keys = suggestTopics(small.targets, '', 25).map((t) => t.kind);
    expect(keys).not.toContain('question');
    expect(keys.length).toBe(5);
  });

  it('autocomplete puts names that start with the typed words before names that merely contain them', () => {
    const keys = suggestTopics(small.targets, 'pump', 25).map((t) => t.key);
    expect(keys[0]).toBe('pump-energy');
    expect(keys).toContain('sodium-potassium-pump');
    expect(keys.indexOf('pump-ratio')).toBeLessThan(keys.indexOf('sodium-potassium-pump'));
    expect(suggestTopics(small.targets, 'xyz', 25)).toEqual([]);
  });
});

describe('filtering questions', () => {
  it('given a topic, only questions tagged with it match', () => {
    expect(small.matching({ topic: 'sodium-potassium-pump' }).map((q) => q.id)).toEqual([
      'pump-energy',
      'pump-ratio',
    ]);
  });

  it('given a unit, every question of that unit matches', () => {
    expect(small.matching({ topic: 'unit-4' }).map((q) => q.id)).toEqual(['ach-blocked']);
  });

  it('given a kind with no questions of it, nothing matches and no topic is offered for it', () => {
    expect(small.matching({ kind: 'frq' })).toEqual([]);
    expect(small.topicsWith('frq')).toEqual([]);
    expect(small.topicsWith('mcq').length).toBe(5);
  });

  it('given a topic key nobody uses, nothing matches', () => {
    expect(small.matching({ topic: 'no-such-topic' })).toEqual([]);
  });
});

describe('the repository question bank', () => {
  const catalog = loadQuestionCatalogOrThrow(contentDir);

  it('loads with every FRQ compiled and offers both kinds', () => {
    const frq = catalog.frq('nmj-depolarization');
    expect(frq?.rubric.maxScore).toBeGreaterThan(0);
    expect(catalog.matching({ kind: 'frq' }).length).toBeGreaterThan(0);
    expect(catalog.matching({ kind: 'mcq' }).length).toBeGreaterThanOrEqual(15);
  });

  it('every FRQ fits one answer form and every key fits a custom_id', () => {
    for (const q of catalog.questions)
      if (q.kind === 'frq') expect(q.parts.length).toBeLessThanOrEqual(MAX_QUIZ_PARTS);
    for (const t of catalog.targets) expect(t.key).toMatch(/^[a-z0-9-]{1,60}$/);
  });
});

describe('quiz limits', () => {
  it(`given an FRQ with more than ${MAX_QUIZ_PARTS} parts, it is a content error naming the file and line`, () => {
    const part = (label: string) =>
      `  - label: ${label}\n    prompt: Say it\n    points:\n      - { id: p${label}, label: L, hint: H, pattern: sodium }\n`;
    const yaml = `id: six-parts\nkind: frq\ntopics: [x]\nprompt: p\nmodelAnswer: m\nparts:\n${'abcdef'
      .split('')
      .map(part)
      .join('')}`;
    const result = validateYaml(parseYamlSource('six-parts.yaml', yaml), frqFileSchema);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages).toEqual([expect.stringMatching(/^six-parts\.yaml:7: parts: at most 5 parts/)]);
  });
});
