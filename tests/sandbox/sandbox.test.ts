import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { startTinyBot } from './tiny-bot.js';

describe('the sandbox with a real discord.js client', () => {
  let sandbox: Sandbox;
  let bot: { stop(): Promise<void> };
  const log: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: (line) => log.push(line) });
    bot = await startTinyBot(sandbox);
  });

  afterAll(async () => {
    await bot?.stop();
    await sandbox?.close();
  });

  it('lets the bot log in, receive READY and GUILD_CREATE, and register guild commands', () => {
    const names = sandbox.registeredCommands(sandbox.guildId).map((c) => c.name);
    expect(names).toContain('define');
    expect(sandbox.registeredCommands(sandbox.guildId).every((c) => /^\d+$/.test(c.id))).toBe(true);
    expect(sandbox.errors).toEqual([]);
  });

  it('given /ping, the reply is recorded with the interaction id', async () => {
    const result = await sandbox.user('ana').slash('ping');
    expect(result.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(result.reply?.content).toBe('pong');
    expect(result.reply?.interactionId).toBe(result.interactionId);
    expect(result.reply?.ephemeral).toBe(false);
    expect(sandbox.channelMessages().map((m) => m.id)).toContain(result.reply?.id);
  });

  it('given /define with an option, the reply carries an embed and buttons', async () => {
    const result = await sandbox.user('ana').slash('define', { term: 'osmosis' });
    expect(result.reply?.embeds[0]?.title).toBe('osmosis');
    expect(result.reply?.components).toHaveLength(1);
  });

  it('given autocomplete on a focused option, the choices come back', async () => {
    const choices = await sandbox.user('ana').autocomplete('define', 'term', 'polar');
    expect(choices.map((c) => c.value)).toEqual(['depolarization', 'repolarization', 'hyperpolarization']);
  });

  it('given a click on a button by label, UPDATE_MESSAGE changes that same message', async () => {
    const user = sandbox.user('ana');
    const card = (await user.slash('define', { term: 'diffusion' })).reply;
    if (!card) throw new Error('no card');
    const clicked = await user.click(card, 'exam tips');
    expect(clicked.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(clicked.reply?.id).toBe(card.id);
    expect(card.content).toBe('Tips for diffusion');
    expect(card.components).toEqual([]);
  });

  it('given a button that opens a modal, submitting it yields an ephemeral reply', async () => {
    const user = sandbox.user('ben');
    const card = (await user.slash('define', { term: 'osmosis' })).reply;
    if (!card) throw new Error('no card');
    const opened = await user.click(card, '2');
    expect(opened.callbackType).toBe(InteractionResponseType.Modal);
    if (!opened.modal) throw new Error('no modal');
    const submitted = await user.submitModal(opened.modal, { text: 'water moves' }, card);
    expect(submitted.reply?.content).toBe('You wrote: water moves');
    expect(submitted.reply?.ephemeral).toBe(true);
    expect(sandbox.channelMessages().map((m) => m.id)).not.toContain(submitted.reply?.id);
  });

  it('given a select menu, the chosen value reaches the bot', async () => {
    const user = sandbox.user('ana');
    const menu = (await user.slash('pick')).reply;
    if (!menu) throw new Error('no menu');
    const picked = await user.select(menu, ['Signalling']);
    expect(picked.reply?.content).toBe('You picked unit-4');
  });

  it('given a deferred reply, the result waits for the edit and collects the follow-up', async () => {
    const result = await sandbox.user('ana').slash('slow');
    expect(result.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(result.reply?.content).toBe('done thinking');
    expect(result.reply?.flags).toBe(MessageFlags.Ephemeral);
    expect(result.followUps.map((m) => m.content)).toEqual(['and one more thing']);
  });

  it('given a subcommand and a teacher, options and Manage Server reach the bot', async () => {
    const result = await sandbox
      .user('ms-lee', { teacher: true })
      .slash('class', { question: 'nmj', days: '3' }, { subcommand: 'assign' });
    expect(result.reply?.content).toBe('assign nmj in 3 days (teacher: true)');
    const student = await sandbox.user('ana').slash('class', { question: 'nmj' }, { subcommand: 'assign' });
    expect(student.reply?.content).toBe('assign nmj in 7 days (teacher: false)');
  });

  it('given an option the command does not define, the user is refused before the bot sees it', async () => {
    await expect(sandbox.user('ana').slash('define', { word: 'x' })).rejects.toThrow(/no option "word"/);
  });

  it('given a bot that posts in the channel and replies with a file and withResponse, all are recorded', async () => {
    const result = await sandbox.user('ana').slash('announce');
    const posted = sandbox.channelMessages().find((m) => m.content === 'Quiz at noon');
    expect(posted?.interactionId).toBeUndefined();
    expect(posted?.allowedMentions).toEqual({ parse: [] });
    expect(result.reply?.content).toBe('posted');
    // The multipart reply was understood, and the with_response body carried the reply's id back to discord.js.
    expect(result.followUps.map((m) => m.content)).toEqual([`reply id ${result.reply?.id}`]);
  });

  it('records no protocol errors for a well-behaved bot', () => {
    expect(sandbox.errors).toEqual([]);
  });
});
