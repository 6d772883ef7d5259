import { type ChatInputCommandInteraction, Events, SlashCommandBuilder, Status } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.js';
import { DID_NOT_RESPOND } from '../../src/sandbox/pending.js';
import { bootBot, type Harness, memoryLogger, replyOf } from './harness.js';

/**
 * The bot against a sandbox that misbehaves as Discord does. Every test counts what was lost (never times).
 */

let held: ChatInputCommandInteraction | undefined;
/** Test-only command: keeps its interaction for a late follow-up, or answers with half an emoji. */
const probe = {
  data: new SlashCommandBuilder()
    .setName('probe')
    .setDescription('test probe')
    .addStringOption((o) => o.setName('what').setDescription('what to do').setRequired(true)),
  async execute(interaction) {
    const what = interaction.options.getString('what', true);
    if (what === 'hold') {
      held = interaction;
      await interaction.reply({ content: 'held' });
    } else {
      // "x" and the first half of 😀: what a cut by UTF-16 index leaves.
      await interaction.reply({ content: `x${'😀'.slice(0, 1)}` });
    }
  },
} satisfies Command;

/** Waits (bounded) until `check` holds: the bot's retry may land after the sandbox has settled the result. */
async function until(check: () => boolean, what: string, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never happened: ${what}`);
}

const errorLines = (lines: () => Record<string, unknown>[]) =>
  lines()
    .filter((l) => Number(l.level) >= 50)
    .map((l) => l.msg);

describe('REST faults on interaction callbacks', () => {
  let h: Harness;
  const log = memoryLogger();
  beforeAll(async () => {
    h = await bootBot({
      logger: log.logger,
      extraCommands: [probe],
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a reply whose response was lost (502 after Discord accepted it) is shown once and logged as no error', async () => {
    h.sandbox.faults.set({ rest: [{ route: 'callback', lost: true, times: 1 }] });
    const result = await h.sandbox.user('ana').slash('ping');
    h.sandbox.faults.set({});
    await until(
      () => log.lines().some((l) => String(l.msg).includes('reached Discord before its answer was lost')),
      'the bot retried and recognised "already acknowledged"',
    );
    expect(h.sandbox.faults.injected.get('callback lost')).toBe(1);
    expect(result.failed).toBeUndefined();
    expect(replyOf(result).content).toBe('Pong!');
    expect(result.followUps).toEqual([]);
    expect(errorLines(log.lines)).toEqual([]);
    // The retry met "already acknowledged", which the sandbox notes; nothing else went wrong.
    expect(h.sandbox.errors.filter((e) => !e.includes('already been acknowledged'))).toEqual([]);
    h.sandbox.errors.length = 0;
  });

  it('four 503s in a row on a callback are retried within the 3-second window: nothing lost', async () => {
    h.sandbox.faults.set({ rest: [{ route: 'callback', status: 503, times: 4 }] });
    const result = await h.sandbox.user('ana').slash('define', { term: 'osmosis' });
    h.sandbox.faults.set({});
    expect(h.sandbox.faults.injected.get('callback 503')).toBe(4);
    expect(result.failed).toBeUndefined();
    expect(replyOf(result).embeds[0]?.title).toMatch(/osmosis/i);
    expect(errorLines(log.lines)).toEqual([]);
    expect(h.sandbox.errors).toEqual([]);
  });

  it('a 429 with retry-after 1 s on a callback is retried inside the window', async () => {
    h.sandbox.faults.set({ rest: [{ route: 'callback', status: 429, retryAfterS: 1, times: 1 }] });
    const result = await h.sandbox.user('ana').slash('ping');
    h.sandbox.faults.set({});
    expect(h.sandbox.faults.injected.get('callback 429')).toBe(1);
    expect(replyOf(result).content).toBe('Pong!');
    expect(h.sandbox.errors).toEqual([]);
  });

  it('the sandbox refuses half an emoji in a reply, as Discord does', async () => {
    const result = await h.sandbox.user('ana').slash('probe', { what: 'half-emoji' });
    expect(h.sandbox.errors.some((e) => e.includes('unpaired UTF-16 surrogate'))).toBe(true);
    // The refused reply is reported to the member instead of silence.
    expect(result.failed).toBeUndefined();
    h.sandbox.errors.length = 0;
  });

  it('a /define term long enough to be cut right after an emoji is cut between characters', async () => {
    const term = `${'a'.repeat(78)}😀😀`;
    const result = await h.sandbox.user('ana').slash('define', { term });
    expect(result.failed).toBeUndefined();
    expect(h.sandbox.errors).toEqual([]);
    const text = JSON.stringify(replyOf(result));
    expect(text).not.toMatch(/\\ud83d(?!\\ude00)/i);
  });

  it('an interaction token accepts follow-ups for 15 minutes and then is refused', async () => {
    await h.sandbox.user('ana').slash('probe', { what: 'hold' });
    if (!held) throw new Error('the probe kept no interaction');
    // The sandbox's shared clock: time moves only when the test says so.
    await h.sandbox.advance(14 * 60 * 1000);
    await expect(held.followUp({ content: 'still in time' })).resolves.toBeDefined();
    await h.sandbox.advance(61 * 1000);
    await expect(held.followUp({ content: 'too late' })).rejects.toMatchObject({ code: 50027 });
    expect(h.sandbox.errors.some((e) => e.includes('expired after 15 minutes'))).toBe(true);
    h.sandbox.errors.length = 0;
  });
});

describe('a half-open gateway', () => {
  let h: Harness;
  const log = memoryLogger();
  beforeAll(async () => {
    // A 1-second heartbeat, so "one interval plus a margin" is short; the rule is the same at 41.25 s.
    h = await bootBot({ logger: log.logger, sandbox: { heartbeatIntervalMs: 1_000 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is noticed, logged and resumed; an interaction sent meanwhile "did not respond", later ones are answered', async () => {
    const user = h.sandbox.user('ana');
    expect(replyOf(await user.slash('ping')).content).toBe('Pong!');
    h.sandbox.halfOpen();
    const during = await user.slash('ping');
    expect(during.failed).toBe(DID_NOT_RESPOND);
    // discord.js alone needs two missed beats and then a 30-second close handshake the dead path never answers.
    await h.sandbox.waitForBot(15_000);
    expect(log.lines().some((l) => String(l.msg).includes('gateway connection is silent'))).toBe(true);
    let lost = 0;
    for (let i = 0; i < 5; i++) if ((await user.slash('ping')).reply?.content !== 'Pong!') lost++;
    expect(lost).toBe(0);
  }, 30_000);

  it('missing heartbeat ACKs are noticed, and the bot resumes once they come back', async () => {
    // Either the watchdog or discord.js's own check (a beat whose ACK never came) drops the connection.
    let reconnects = 0;
    h.app.bot.client.on(Events.ShardReconnecting, () => reconnects++);
    h.sandbox.faults.set({ gateway: { dropAcks: true } });
    await until(() => reconnects > 0, 'the missing ACKs were noticed', 1_000);
    let acks = 0;
    h.app.bot.client.on(Events.Debug, (line) => {
      if (line.includes('Heartbeat acknowledged')) acks++;
    });
    h.sandbox.faults.set({});
    // Resumed and beating again: two acknowledged heartbeats on the connection.
    await until(() => acks >= 2 && h.app.bot.client.ws.status === Status.Ready, 'the bot resumed', 1_000);
    const user = h.sandbox.user('ana');
    let lost = 0;
    for (let i = 0; i < 5; i++) if ((await user.slash('ping')).reply?.content !== 'Pong!') lost++;
    expect(lost).toBe(0);
  }, 30_000);
});
