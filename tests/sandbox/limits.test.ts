import { ButtonStyle, ComponentType, InteractionResponseType, TextInputStyle } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { checkChoices, checkMessageBody, checkModal } from '../../src/sandbox/limits.js';
import { startTinyBot } from './tiny-bot.js';

const button = (id: string) => ({
  type: ComponentType.Button,
  style: ButtonStyle.Primary,
  label: id,
  custom_id: id,
});
const row = (n: number, prefix: string) => ({
  type: ComponentType.ActionRow as const,
  components: Array.from({ length: n }, (_, i) => button(`${prefix}${i}`)),
});
const input = (id: string) => ({
  type: ComponentType.ActionRow,
  components: [{ type: ComponentType.TextInput, custom_id: id, label: id, style: TextInputStyle.Short }],
});

describe('Discord limits', () => {
  it('given content of 2001 characters, the message is refused', () => {
    expect(checkMessageBody({ content: 'x'.repeat(2000) })).toEqual([]);
    expect(checkMessageBody({ content: 'x'.repeat(2001) }).map((v) => v.path)).toEqual(['content']);
  });

  it('given an embed over its title, field, count or total limits, each is reported', () => {
    const fields = Array.from({ length: 26 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const paths = checkMessageBody({
      embeds: [{ title: 't'.repeat(257), description: 'd'.repeat(4097), fields }],
    }).map((v) => v.path);
    expect(paths).toEqual(
      expect.arrayContaining(['embeds.0.title', 'embeds.0.description', 'embeds.0.fields']),
    );
    const bigField = checkMessageBody({
      embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v'.repeat(1025) }] }],
    });
    expect(bigField.map((v) => v.path)).toEqual(['embeds.0.fields.0.name', 'embeds.0.fields.0.value']);
    const total = checkMessageBody({
      embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }],
    });
    expect(total.map((v) => v.path)).toEqual(['embeds']);
  });

  it('given six rows, six buttons in a row, a long or duplicate custom_id, each is reported', () => {
    expect(checkMessageBody({ components: Array.from({ length: 5 }, (_, i) => row(5, `r${i}-`)) })).toEqual(
      [],
    );
    expect(
      checkMessageBody({ components: Array.from({ length: 6 }, (_, i) => row(1, `r${i}-`)) }),
    ).not.toEqual([]);
    expect(checkMessageBody({ components: [row(6, 'a')] }).map((v) => v.path)).toContain(
      'components.0.components',
    );
    const long = { type: ComponentType.ActionRow as const, components: [button('x'.repeat(101))] };
    expect(checkMessageBody({ components: [long] }).map((v) => v.path)).toContain(
      'components.0.components.0.custom_id',
    );
    const dup = { type: ComponentType.ActionRow as const, components: [button('same'), button('same')] };
    expect(
      checkMessageBody({ components: [dup] })
        .map((v) => v.message)
        .join(),
    ).toMatch(/Duplicate/);
  });

  it('given a modal with six inputs or an overlong label, it is refused', () => {
    const ok = { title: 'Answer', custom_id: 'm', components: [input('a')] };
    expect(checkModal(ok)).toEqual([]);
    const six = { ...ok, components: ['a', 'b', 'c', 'd', 'e', 'f'].map(input) };
    expect(checkModal(six).map((v) => v.path)).toEqual(['components']);
    const longLabel = { ...ok, components: [input('l'.repeat(46))] };
    expect(checkModal(longLabel).map((v) => v.path)).toContain('components.0.components.0.label');
  });

  it('given 26 autocomplete choices, they are refused', () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    expect(checkChoices(choices.slice(0, 25))).toEqual([]);
    expect(checkChoices(choices).map((v) => v.path)).toEqual(['choices']);
  });
});

describe('violations observed from a real bot', () => {
  let sandbox: Sandbox;
  let bot: { stop(): Promise<void> };

  beforeAll(async () => {
    sandbox = await startSandbox({ ackTimeoutMs: 1000 });
    bot = await startTinyBot(sandbox);
  });

  afterAll(async () => {
    await bot?.stop();
    await sandbox?.close();
  });

  it('given a bot that never answers, the interaction fails like the Discord client shows', async () => {
    const before = sandbox.errors.length;
    const result = await sandbox.user('ana').slash('silent');
    expect(result.callbackType).toBe('none');
    expect(result.failed).toBe('The application did not respond');
    expect(sandbox.errors.slice(before).join('\n')).toMatch(
      /\/silent by ana: The application did not respond/,
    );
  });

  it('given a reply over 2000 characters, the bot gets a 400 and the violation is recorded', async () => {
    const before = sandbox.errors.length;
    const result = await sandbox.user('ana').slash('toolong');
    // The bot caught the DiscordAPIError and answered within the window instead.
    expect(result.reply?.content).toBe('that was too long');
    expect(sandbox.errors.slice(before).join('\n')).toMatch(/data\.content: Must be 2000 or fewer/);
  });

  it('given 30 autocomplete choices, the response is refused and recorded', async () => {
    const before = sandbox.errors.length;
    const choices = await sandbox.user('ana').autocomplete('many', 'q', 'x');
    expect(choices).toEqual([]);
    expect(sandbox.errors.slice(before).join('\n')).toMatch(/At most 25 choices/);
  });

  it('given an unknown route or a missing token, the call fails visibly', async () => {
    const before = sandbox.errors.length;
    const unknown = await fetch(`${sandbox.restUrl}/v10/nowhere`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 0 });
    const noAuth = await fetch(`${sandbox.restUrl}/v10/gateway/bot`);
    expect(noAuth.status).toBe(401);
    expect(sandbox.errors.slice(before)).toEqual([
      'unknown route GET /api/v10/nowhere',
      'GET /api/v10/gateway/bot: missing or wrong bot token',
    ]);
  });

  it('given a callback with a token the sandbox never issued, it is refused as an unknown interaction', async () => {
    const result = await sandbox.user('ana').slash('ping');
    const before = sandbox.errors.length;
    const again = await fetch(
      `${sandbox.restUrl}/v10/interactions/${result.interactionId}/whatever/callback`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { content: 'x' },
        }),
      },
    );
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ message: 'Unknown interaction' });
    expect(sandbox.errors.length).toBe(before + 1);
  });
});
