import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionResult, SandboxUser } from '../../src/sandbox/index.js';
import { bootBot, type Harness, memoryLogger } from './harness.js';

/**
 * The permission matrix: every teacher action × {admin, teacher, teacher-role holder, student,
 * member of another server}, slash commands and a button alike. Refusals are ephemeral, say why,
 * and carry a precondition identifier in the log; allowed calls are never refused by permission.
 */
describe('/class permission matrix', () => {
  let h: Harness;
  const log = memoryLogger();
  const CHANNEL = '#bio-period-1';

  const refusedBy = (result: InteractionResult): string | undefined =>
    log.lines().find((l) => l.interactionId === result.interactionId && l.msg === 'precondition refused')
      ?.precondition as string | undefined;

  let actors: Record<string, SandboxUser>;

  beforeAll(async () => {
    h = await bootBot({ logger: log.logger });
    const { sandbox } = h;
    const teacher = sandbox.user('ms-rivera', { teacher: true, channel: CHANNEL });
    const setup = await teacher.slash('class', { 'teacher-role': 'Teacher' }, { subcommand: 'setup' });
    expect(setup.reply?.content).toMatch(/as a class/);
    // From now on the teacher has no Manage Server: she passes as the class's teacher only.
    sandbox.user('ms-rivera', { teacher: false });
    actors = {
      admin: sandbox.user('principal', { teacher: true, channel: CHANNEL }),
      teacher,
      'role holder': sandbox.user('sam', { roles: ['Teacher'], channel: CHANNEL }),
      student: sandbox.user('stu', { channel: CHANNEL }),
      'other server': sandbox.user('olga', { server: 'other' }),
    };
  });

  afterAll(async () => {
    await h?.close();
  });

  const allowed = new Set(['admin', 'teacher', 'role holder']);

  /** Each teacher action as a slash command; `close` needs an open assignment, so each actor assigns first. */
  const actions: [string, (u: SandboxUser) => Promise<InteractionResult>][] = [
    ['setup', (u) => u.slash('class', { 'teacher-role': 'Teacher' }, { subcommand: 'setup' })],
    [
      'assign',
      (u) => u.slash('class', { question: 'nmj-depolarization', due: '1h' }, { subcommand: 'assign' }),
    ],
    ['close', (u) => u.slash('class', {}, { subcommand: 'close' })],
    ['results', (u) => u.slash('class', {}, { subcommand: 'results' })],
    ['report', (u) => u.slash('class', {}, { subcommand: 'report' })],
    ['questions', (u) => u.slash('class', {}, { subcommand: 'questions' })],
    [
      'schedule',
      (u) =>
        u.slash(
          'class',
          { time: '07:30', timezone: 'UTC' },
          { subcommandGroup: 'schedule', subcommand: 'daily' },
        ),
    ],
    ['schedule off', (u) => u.slash('class', {}, { subcommandGroup: 'schedule', subcommand: 'off' })],
  ];

  for (const [action, run] of actions) {
    for (const who of ['admin', 'teacher', 'role holder', 'student', 'other server']) {
      it(`/class ${action} by ${who}: ${allowed.has(who) ? 'allowed' : 'refused'}`, async () => {
        const user = actors[who] as SandboxUser;
        if (action === 'close' && allowed.has(who)) {
          await user.slash('class', { question: 'nmj-depolarization', due: '1h' }, { subcommand: 'assign' });
        }
        const result = await run(user);
        const reply = result.reply;
        if (allowed.has(who)) {
          expect(refusedBy(result), reply?.content).toBeUndefined();
          expect(result.failed).toBeUndefined();
        } else {
          expect(refusedBy(result)).toBe(
            who === 'student' ? 'teacherOfClass:not-teacher' : 'teacherOfClass:not-a-class',
          );
          expect(reply?.ephemeral).toBe(true);
          expect(reply?.content).toMatch(/Only this class's teacher|not a class yet/);
        }
        expect(h.sandbox.errors).toEqual([]);
      });
    }
  }

  it('the import attachment command is guarded like the rest', async () => {
    const file = h.sandbox.upload('q.yaml', Buffer.from('id: x\n'));
    expect(file.id).toBeTruthy();
    const result = await (actors.student as SandboxUser).slash('class', {}, { subcommand: 'questions' });
    expect(refusedBy(result)).toBe('teacherOfClass:not-teacher');
  });

  it('the public "Close now" button: students and role-less members are refused, the role holder closes', async () => {
    const teacher = actors.teacher as SandboxUser;
    const post = (
      await teacher.slash('class', { question: 'nmj-depolarization', due: '2h' }, { subcommand: 'assign' })
    ).reply;
    if (!post) throw new Error('no assignment post');
    const byStudent = await (actors.student as SandboxUser).click(post, 'Close now (teacher)');
    expect(refusedBy(byStudent)).toBe('teacherOfClass:not-teacher');
    expect(byStudent.reply?.ephemeral).toBe(true);
    // A member of another server cannot even see the post.
    await expect((actors['other server'] as SandboxUser).click(post, 'Close now (teacher)')).rejects.toThrow(
      /another server/,
    );
    const byRole = await (actors['role holder'] as SandboxUser).click(post, 'Close now (teacher)');
    expect(refusedBy(byRole)).toBeUndefined();
    expect(byRole.reply?.content).toMatch(/Closed assignment/);
    // Closing disabled the post's buttons for everyone.
    await expect((actors.student as SandboxUser).click(post, 'Answer')).rejects.toThrow(/disabled/);
    expect(h.sandbox.errors).toEqual([]);
  });

  it('the command is registered for Manage Server and guild-only, and still checked on every call', () => {
    const command = h.sandbox.registeredCommands(h.sandbox.guildId).find((c) => c.name === 'class');
    expect(command?.default_member_permissions).toBe(String(1 << 5));
    expect(command?.contexts).toEqual([0]);
  });
});
