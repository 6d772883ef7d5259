import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBot, buttonIds, buttonLabels, type Harness, replyOf, termIdOf } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await bootBot();
});
afterAll(async () => {
  await h?.close();
});

const nameOf = (id: string) => {
  const term = h.app.ctx.content.termIndex.get(id);
  if (!term) throw new Error(`the content pack has no card "${id}"`);
  return term.name;
};

describe('/define through the sandbox', () => {
  it('given a term name, posts its card publicly with definition, key points and section buttons', async () => {
    const result = await h.sandbox.user('ana').slash('define', { term: 'depolarization' });
    const embed = result.reply?.embeds[0];
    expect(result.failed).toBeUndefined();
    expect(result.reply?.ephemeral).toBe(false);
    expect(embed?.title).toBe(nameOf('depolarization'));
    expect(embed?.description).toContain(h.app.ctx.content.termIndex.get('depolarization')?.definition);
    expect(embed?.description).toContain('Key points');
    expect(buttonLabels(result.reply)).toContain('Explanation');
  });

  it('given a typo ("depolarizaton"), still shows the depolarization card', async () => {
    const result = await h.sandbox.user('ana').slash('define', { term: 'depolarizaton' });
    expect(result.reply?.embeds[0]?.title).toBe(nameOf('depolarization'));
  });

  it('given an alias ("Na/K pump"), shows the sodium-potassium pump card', async () => {
    const result = await h.sandbox.user('ana').slash('define', { term: 'Na/K pump' });
    expect(result.reply?.embeds[0]?.title).toBe(nameOf('sodium-potassium-pump'));
  });

  it('given an id picked from autocomplete, shows that card', async () => {
    const result = await h.sandbox.user('ana').slash('define', { term: 'action-potential' });
    expect(result.reply?.embeds[0]?.title).toBe(nameOf('action-potential'));
  });

  it('given a nonsense word, replies privately that it could not find it, with up to five suggestion buttons and no pings', async () => {
    const result = await h.sandbox.user('ana').slash('define', { term: 'xyzzy' });
    expect(result.reply?.ephemeral).toBe(true);
    expect(result.reply?.content).toContain("I couldn't find “xyzzy”");
    expect(buttonIds(result.reply).length).toBeLessThanOrEqual(5);
    expect(result.reply?.allowedMentions?.parse).toEqual([]);
  });

  it('given "@everyone" as the term, echoes it escaped and pings nobody', async () => {
    const result = await h.sandbox
      .user('mallory')
      .slash('define', { term: '@everyone <@123456789012345678>' });
    const content = result.reply?.content ?? '';
    expect(content).toContain("I couldn't find");
    expect(content).not.toContain('@everyone');
    expect(content).not.toContain('<@1');
    expect(result.reply?.allowedMentions?.parse).toEqual([]);
  });

  it('a suggestion button turns the "could not find" message into the chosen card', async () => {
    const user = h.sandbox.user('ana');
    const notFound = await user.slash('define', { term: 'memrbane' });
    const first = buttonIds(notFound.reply)[0];
    expect(first).toBeDefined();
    const picked = await user.click(replyOf(notFound), first ?? '');
    expect(picked.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(picked.reply?.content).toBe('');
    expect(picked.reply?.embeds[0]?.title).toBe(nameOf(termIdOf(first)));
  });

  it('a section button shows that section privately', async () => {
    const user = h.sandbox.user('ana');
    const card = await user.slash('define', { term: 'depolarization' });
    const section = await user.click(replyOf(card), 'Explanation');
    expect(section.reply?.ephemeral).toBe(true);
    expect(section.reply?.embeds[0]?.title).toContain('Explanation');
    expect(section.reply?.embeds[0]?.description).toBe(
      h.app.ctx.content.termIndex.get('depolarization')?.explanation,
    );
  });

  it('a connection button opens the connected card', async () => {
    const user = h.sandbox.user('ana');
    const card = await user.slash('define', { term: 'depolarization' });
    const links = await user.click(replyOf(card), 'Connections');
    const target = buttonIds(links.reply)[0];
    expect(target).toMatch(/^define:open:/);
    const opened = await user.click(replyOf(links), target ?? '');
    expect(opened.reply?.embeds[0]?.title).toBe(nameOf(termIdOf(target)));
  });
});

describe('autocomplete through the sandbox', () => {
  const cases: [typed: string, expectedFirst: string][] = [
    ['depolarizaton', 'depolarization'],
    ['depolarisation', 'depolarization'],
    ['sodium potassium pump', 'sodium-potassium-pump'],
    ['Na/K pump', 'sodium-potassium-pump'],
    ['membrane potental', 'membrane-potential'],
  ];
  for (const [typed, expected] of cases) {
    it(`puts "${expected}" first for "${typed}"`, async () => {
      const choices = await h.sandbox.user('ana').autocomplete('define', 'term', typed);
      expect(choices[0]?.value).toBe(expected);
      expect(choices.length).toBeLessThanOrEqual(25);
    });
  }

  it('offers choices for an empty field, names as labels and ids as values', async () => {
    const choices = await h.sandbox.user('ana').autocomplete('define', 'term', '');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name).toBe(nameOf(String(c.value)));
  });
});

describe('/help and /ping', () => {
  it('/help, in one private embed: the pack, every command with an example, the buttons, where a teacher starts', async () => {
    const result = await h.sandbox.user('ana').slash('help');
    expect(result.reply?.ephemeral).toBe(true);
    expect(result.reply?.embeds).toHaveLength(1);
    const embed = result.reply?.embeds[0];
    expect(embed?.description).toContain(`**${h.app.ctx.content.terms.length} terms**`);
    expect(embed?.description).toContain(`**${h.app.ctx.content.questions.questions.length} questions**`);
    const field = (name: string) => embed?.fields?.find((f) => f.name === name)?.value ?? '';
    const lines = field('Commands').split('\n');
    expect(lines).toHaveLength(h.app.commands.length);
    for (const command of h.app.commands) {
      expect(lines.some((l) => l.startsWith(`\`/${command.data.name}\`: `))).toBe(true);
    }
    expect(field('Commands')).toContain('`/define term:osmosis`');
    expect(field('Commands')).toContain('`/quiz topic:osmosis kind:mcq`');
    expect(field('Buttons')).toContain('Try again');
    expect(field('Buttons')).toContain('your first press counts');
    expect(field('For teachers')).toContain('/quiz topic:unit-4');
    // A teacher in Discord starts from /class, not from the bot's files.
    expect(field('For teachers')).toContain('/class setup');
    expect(field('For teachers')).not.toContain('content/');
  });

  it('/ping answers', async () => {
    expect((await h.sandbox.user('ana').slash('ping')).reply?.content).toBe('Pong!');
  });

  it('the bot broke no protocol rule during the run', () => {
    expect(h.sandbox.errors).toEqual([]);
  });
});
