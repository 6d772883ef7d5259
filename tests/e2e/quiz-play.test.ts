import { describe, expect, it } from 'vitest';
import { runTutor } from './run-tutor.js';

/** Runs `tutor play --script <file>` as `npm run play -- --script` does, stdin not a terminal. */
const play = (script: string) => runTutor(['play', '--script', script]);

describe('docs/examples/quiz.play', () => {
  it('answers the NMJ question in the sandbox: the good answer earns cause and effect, the reversed one names the misconception', async () => {
    const { code, stdout } = await play('docs/examples/quiz.play');
    expect(code, stdout).toBe(0);
    const steps = stdout.split(/^> /m);
    const submits = steps.filter((s) => s.startsWith('submit'));
    expect(submits).toHaveLength(2);
    const [good, reversed] = submits as [string, string];
    // Terminal lines start with "│ "; the point's quote is on the line under its label.
    expect(good).toMatch(
      /✅ Na⁺ \(positive ions\) move into the muscle cell\n[│ ]+You wrote: “sodium rushes in”/,
    );
    expect(good).toMatch(
      /✅ The inside of the cell becomes less negative.*\n[│ ]+You wrote: .*less negative”/,
    );
    expect(reversed).toMatch(/Score 0\//);
    expect(reversed).toMatch(/❌ Na⁺ \(positive ions\) move into the muscle cell/);
    expect(reversed).toMatch(/⚠️ Misconception: Na⁺ leaves the cell/);
    expect(stdout).toMatch(/Model answer · ACh at the neuromuscular junction/);
    // The MCQ is drawn at random from unit 4; whichever it is, pressing A gets a verdict.
    expect(stdout).toMatch(/(✅ Correct|❌ Not quite) · /);
    expect(stdout).not.toMatch(/sandbox error/);
  });
});
