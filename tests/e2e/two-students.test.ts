import { describe, expect, it } from 'vitest';
import { runTutor } from './run-tutor.js';

describe('docs/examples/two-students.play', () => {
  it('two students answer one posted question; Try again resends the pre-filled answer; a typed \\n is a line break', async () => {
    const { code, stdout } = await runTutor(['play', '--script', 'docs/examples/two-students.play']);
    expect(code, stdout).toBe(0);
    const submits = stdout.split(/^> /m).filter((s) => s.startsWith('submit'));
    expect(submits).toHaveLength(4);
    const [ana, ben, again, replaced] = submits as [string, string, string, string];
    // ana's block answer arrives as two lines; ben answered the same posted question (#1), not ana's feedback.
    expect(ana).toMatch(/#2 bot \(only you can see this\)/);
    expect(ana).toMatch(
      /> 1\. ACh binds its receptor and the channel opens\n.*> 2\. sodium rushes into the muscle cell/,
    );
    expect(ben).toMatch(/#3 bot \(only you can see this\)/);
    expect(ben).toContain('> sodium leaves the cell');
    // Try again sent the pre-filled answer unchanged, so it scores the same.
    expect(again).toContain('> 2. sodium rushes into the muscle cell');
    expect(again.match(/Score \d\/\d/)?.[0]).toBe(ana.match(/Score \d\/\d/)?.[0]);
    expect(replaced).toMatch(/> ACh opens the channel\n.*> Na\+ enters and the inside becomes less negative/);
    expect(stdout).not.toMatch(/sandbox error/);
  });
});
