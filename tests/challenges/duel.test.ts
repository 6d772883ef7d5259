import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { challengeRepo } from '../../src/challenges/index.js';
import type { SandboxMessage } from '../../src/sandbox/index.js';
import { challengeWorld, letter, modelAnswerValues, posts, text, type World } from './helpers.js';

let world: World;
let app: App;
beforeAll(async () => {
  world = await challengeWorld(5);
  app = await world.boot();
});
afterAll(async () => {
  await world?.close();
});

function duelArgs(member: string, questions = 3) {
  return [{ member, questions }, { subcommand: 'duel' }] as const;
}

describe('/challenge duel', () => {
  it('refuses a duel with yourself', async () => {
    const dana = world.sandbox.user('dana');
    // However the member is typed: a name, "@name" or a mention (the sandbox reads them as Discord's client does).
    for (const who of ['dana', '@dana', `<@${dana.id}>`]) {
      const result = await dana.slash('challenge', ...duelArgs(who));
      expect(text(result.reply), who).toContain('cannot duel yourself');
    }
  });

  it('offers Accept and Decline; only the invited member may answer; a decline closes it', async () => {
    const invite = await world.sandbox.user('dana').slash('challenge', ...duelArgs('eli'));
    const message = invite.reply as SandboxMessage;
    expect(text(message)).toContain('dana challenges eli to a duel');
    const busy = await world.sandbox.user('eli').slash('challenge', ...duelArgs('finn'));
    expect(text(busy.reply)).toContain('already have a duel');
    const intruder = await world.sandbox.user('finn').click(message, 'Accept');
    expect(text(intruder.reply)).toContain('Only eli can answer');
    await world.sandbox.user('eli').click(message, 'Decline');
    expect(message.content).toContain('eli declined the duel with dana');
    expect(message.components).toEqual([]);
  });

  it('expires an unanswered invitation after five minutes', async () => {
    const invite = await world.sandbox.user('dana').slash('challenge', ...duelArgs('gus'));
    const message = invite.reply as SandboxMessage;
    await world.sandbox.advance(5 * 60_000 + 1);
    expect(message.content).toContain('expired unanswered');
    const late = await world.sandbox
      .user('gus')
      .click(message, 'Accept')
      .catch((e: Error) => e.message);
    // The buttons are gone, so a client cannot press them any more.
    expect(String(late)).toContain('No button');
  });

  it('plays the accepted duel privately and announces the winner with both scores', async () => {
    const invite = await world.sandbox.user('dana').slash('challenge', ...duelArgs('eli'));
    const message = invite.reply as SandboxMessage;
    await world.sandbox.user('eli').click(message, 'Accept');
    expect(message.content).toContain('eli accepted');
    const challengeId = app.ctx.store.repo(challengeRepo).open().at(-1)?.id ?? 0;
    for (let index = 0; index < 3; index++) {
      await world.sandbox.settle();
      const post = world.sandbox
        .channelMessages()
        .filter((m) => m.content.includes('Duel · Question'))
        .at(-1) as SandboxMessage;
      expect(post.content).toContain(`Question ${index + 1} of 3`);
      const stored = app.ctx.store.repo(challengeRepo).question(challengeId, index);
      const content = app.ctx.content.questions.get(stored?.questionId ?? '');
      if (!content) throw new Error('no content');
      for (const [name, right] of [
        ['dana', true],
        ['eli', false],
      ] as const) {
        const shown = await world.sandbox.user(name).click(post, 'Show question');
        expect(shown.reply?.ephemeral).toBe(true);
        const privateQuestion = shown.reply as SandboxMessage;
        // The first of the two waits for the other by name; the second completes the question.
        const said = name === 'dana' ? 'or your opponent has answered' : 'Your opponent has answered too';
        if (content.kind === 'mcq') {
          const answered = await world.sandbox.user(name).click(privateQuestion, letter(content, right));
          expect(text(answered.reply)).toContain('Locked in');
          expect(text(answered.reply)).toContain(said);
        } else {
          const form = await world.sandbox.user(name).click(privateQuestion, 'Answer');
          const values = right
            ? modelAnswerValues(app, content.id)
            : { 'part-0': 'I do not know this one at all' };
          const answered = await world.sandbox
            .user(name)
            .submitModal(form.modal as never, values, privateQuestion);
          expect(text(answered.reply)).toContain('Locked in');
          expect(text(answered.reply)).toContain(said);
        }
      }
      const outsider = await world.sandbox.user('finn').click(post, 'Show question');
      expect(text(outsider.reply)).toContain('Only the two duelists');
    }
    await world.sandbox.settle();
    const result = posts(world.sandbox)
      .filter((m) => m.embeds[0]?.title === '⚔️ Duel result')
      .at(-1);
    expect(text(result)).toContain('dana wins the duel');
    expect(text(result)).toMatch(/dana: \d\.\d\d/);
    expect(text(result)).toMatch(/eli: \d\.\d\d/);
    expect(world.sandbox.errors).toEqual([]);
  });
});
