import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config/index.js';
import { seededRandom } from '../../src/random.js';
import { cardRepo } from '../../src/store/cards.js';
import { MEMORY, openStore } from '../../src/store/index.js';
import { noteGiven } from '../../src/study/drafts.js';
import { recordAttempt } from '../../src/study/record.js';
import { NEW_PER_DAY, nextReview, pickForQuiz } from '../../src/study/review.js';
import { Rating, ratingFor } from '../../src/study/schedule.js';

const content = loadContent(parseConfig({}).CONTENT_DIR);
const catalog = content.questions;
const hasTerm = (id: string) => content.termIndex.get(id) !== undefined;
const key = { guildId: 'g1', userId: 'ana' };
const MINUTE = 60_000;

function setup() {
  const store = openStore(MEMORY);
  const clock = new ManualClock(Date.UTC(2026, 11, 1, 9));
  return { store, clock, random: seededRandom(1) };
}

function answer(
  deps: ReturnType<typeof setup>,
  questionId: string,
  score: number,
  max: number,
  source = 'quiz',
) {
  const q = catalog.get(questionId);
  if (!q) throw new Error(`no ${questionId}`);
  return recordAttempt(deps, {
    ...key,
    questionId,
    kind: q.kind,
    source: source as 'quiz',
    answer: 'x',
    score,
    max,
    termIds: q.topics.filter(hasTerm),
  });
}

describe('ratings from graded attempts', () => {
  it('full marks → Good (Easy when quick and first try), partial → Hard, nothing → Again', () => {
    expect(ratingFor(4, 4, false, true)).toBe(Rating.Good);
    expect(ratingFor(4, 4, true, true)).toBe(Rating.Easy);
    expect(ratingFor(4, 4, true, false)).toBe(Rating.Good);
    expect(ratingFor(2, 4, true, true)).toBe(Rating.Hard);
    expect(ratingFor(0, 4, true, true)).toBe(Rating.Again);
  });
});

describe('/review picking', () => {
  it('serves what is due first; a wrong answer comes due sooner than a right one', async () => {
    const deps = setup();
    const wrong = answer(deps, 'mcq-pump-energy', 0, 1);
    const right = answer(deps, 'mcq-hyperpolarization', 1, 1);
    expect(wrong.due).toBeLessThan(right.due);
    await deps.clock.advance(wrong.due - deps.clock.now().getTime());
    const item = nextReview(deps, catalog, hasTerm, key, 'due', deps.clock.now());
    expect(item).toMatchObject({ reason: 'due' });
    expect(item.kind === 'question' ? item.questionId : item.kind === 'term' ? item.termId : '').not.toBe(
      'mcq-hyperpolarization',
    );
  });

  it('a miss brings back the term cards the question depends on', () => {
    const deps = setup();
    answer(deps, 'mcq-pump-energy', 0, 1);
    const q = catalog.get('mcq-pump-energy');
    const terms = (q?.topics ?? []).filter(hasTerm);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect(deps.store.repo(cardRepo).get('g1', 'ana', 'term', t)).toBeDefined();
  });

  it(`with nothing due, serves new questions up to ${NEW_PER_DAY} a day`, () => {
    const deps = setup();
    const seen = new Set<string>();
    for (let i = 0; i < NEW_PER_DAY; i++) {
      const item = nextReview(deps, catalog, hasTerm, key, 'due', deps.clock.now());
      if (item.kind !== 'question') throw new Error(`expected a question, got ${item.kind}`);
      expect(item.reason).toBe('new');
      expect(seen.has(item.questionId)).toBe(false);
      seen.add(item.questionId);
      noteGiven(deps.store, key, item.questionId, deps.clock.now().getTime(), 'review');
      answer(deps, item.questionId, 1, 1, 'review');
    }
    const capped = nextReview(deps, catalog, hasTerm, key, 'due', deps.clock.now());
    expect(capped).toMatchObject({ kind: 'none', newCapReached: true });
  });

  it('mode mistakes serves only questions whose latest attempt missed something', () => {
    const deps = setup();
    answer(deps, 'mcq-pump-energy', 0, 1);
    answer(deps, 'mcq-hyperpolarization', 1, 1);
    answer(deps, 'mcq-receptor-blocked', 0, 1);
    answer(deps, 'mcq-receptor-blocked', 1, 1); // fixed since
    const item = nextReview(deps, catalog, hasTerm, key, 'mistakes', deps.clock.now());
    expect(item).toMatchObject({ kind: 'question', questionId: 'mcq-pump-energy', reason: 'mistake' });
  });

  it('/quiz without a topic prefers a due question, and never the one just given while another fits', async () => {
    const deps = setup();
    const wrong = answer(deps, 'mcq-pump-energy', 0, 1);
    await deps.clock.advance(wrong.due - deps.clock.now().getTime() + MINUTE);
    expect(pickForQuiz(deps, catalog, key, {}, deps.clock.now())?.id).toBe('mcq-pump-energy');
    noteGiven(deps.store, key, 'mcq-pump-energy', deps.clock.now().getTime());
    expect(pickForQuiz(deps, catalog, key, {}, deps.clock.now())?.id).not.toBe('mcq-pump-energy');
  });
});
