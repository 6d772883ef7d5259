/**
 * One of two processes recording attempts into the same file at once, as two shards would:
 * opens the store (running migrations, perhaps racing the other process) and records COUNT
 * attempts for members named after TAG. Exits 0 when all went in, 1 with the error otherwise.
 */
import { SystemClock } from '../../../src/clock.js';
import { openStore } from '../../../src/store/index.js';
import { recordAttempt } from '../../../src/study/record.js';

const path = process.env.DATABASE_PATH ?? '';
const tag = process.env.TAG ?? 'w';
const count = Number(process.env.COUNT ?? 100);
try {
  const store = openStore(path);
  const clock = new SystemClock();
  for (let i = 0; i < count; i++) {
    recordAttempt(
      { store, clock },
      {
        guildId: '100000000000000001',
        userId: `${tag}-${i % 20}`,
        questionId: `q-${i % 7}`,
        kind: 'frq',
        source: 'quiz',
        answer: `answer ${i} from ${tag}`,
        score: i % 3,
        max: 2,
        points: [
          { id: 'a', earned: i % 2 === 0 },
          { id: 'b', earned: i % 3 === 0 },
        ],
        misconceptions: i % 5 === 0 ? ['m1'] : [],
      },
    );
  }
  store.close();
  process.exit(0);
} catch (error) {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
}
