import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Events, GatewayIntentBits, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { parseLine } from '../../src/sandbox/terminal/parse.js';

const commands = [
  new SlashCommandBuilder().setName('whoami').setDescription('Where am I, with which roles'),
  new SlashCommandBuilder()
    .setName('upload')
    .setDescription('Reads an attached file')
    .addAttachmentOption((o) => o.setName('file').setDescription('A file').setRequired(true)),
  new SlashCommandBuilder().setName('post').setDescription('Posts in the channel on its own'),
];

describe('sandbox servers, channels, roles and attachments', () => {
  let sandbox: Sandbox;
  let client: Client;
  const urls: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-files-'));

  beforeAll(async () => {
    sandbox = await startSandbox({ settleMs: 20 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sandbox.restUrl } });
    client.on(Events.InteractionCreate, async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === 'whoami') {
        const roles = i.inCachedGuild()
          ? [...i.member.roles.cache.values()].map((r) => r.name).filter((n) => n !== '@everyone')
          : [];
        const admin = i.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
        await i.reply(
          `${i.guild?.name} #${i.channel && 'name' in i.channel ? i.channel.name : '?'} roles=${roles.join(',')} admin=${admin}`,
        );
      } else if (i.commandName === 'upload') {
        const file = i.options.getAttachment('file', true);
        urls.push(file.url);
        const text = await (await fetch(file.url)).text();
        await i.reply(`${file.name} ${file.size} ${file.contentType}: ${text.trim()}`);
      } else if (i.commandName === 'post') {
        const channel = await client.channels.fetch(i.channelId);
        if (channel?.isSendable()) await channel.send('posted on its own');
        await i.reply({ content: 'done', flags: 64 });
      }
    });
    await client.login(sandbox.token);
    await sandbox.waitForBot();
    for (const guild of sandbox.guilds) {
      await client.application?.commands.set(
        commands.map((c) => c.toJSON()),
        guild.id,
      );
    }
  });

  afterAll(async () => {
    await client?.destroy();
    await sandbox?.close();
  });

  it('gives the bot every server with its channels and roles', () => {
    expect(client.guilds.cache.map((g) => g.name).sort()).toEqual([
      'AP Bio Sandbox',
      'Other School (sandbox)',
    ]);
    const main = client.guilds.cache.get(sandbox.guildId);
    expect(main?.channels.cache.map((c) => c.name).sort()).toEqual([
      'bio-period-1',
      'bio-period-2',
      'study-hall',
    ]);
    expect(main?.roles.cache.map((r) => r.name).sort()).toEqual(['@everyone', 'Student', 'Teacher']);
  });

  it('a role holder is not an admin; an admin is; each acts in their own channel and server', async () => {
    const sam = sandbox.user('sam', { roles: ['Teacher'], channel: '#bio-period-1' });
    expect((await sam.slash('whoami')).reply?.content).toBe(
      'AP Bio Sandbox #bio-period-1 roles=Teacher admin=false',
    );
    const lee = sandbox.user('ms-lee', { teacher: true });
    expect((await lee.slash('whoami')).reply?.content).toBe('AP Bio Sandbox #study-hall roles= admin=true');
    const olga = sandbox.user('olga', { server: 'other' });
    const there = await olga.slash('whoami');
    expect(there.reply?.content).toBe('Other School (sandbox) #lounge roles= admin=false');
    expect(there.reply?.channelId).toBe(olga.channelId);
    // A member of the other server cannot press buttons or see messages of this one.
    const mine = (await lee.slash('whoami')).reply;
    if (!mine) throw new Error('no reply');
    await expect(olga.click(mine, '1')).rejects.toThrow(/another server/);
    expect(sandbox.errors).toEqual([]);
  });

  it('posts by the bot land in the channel it names', async () => {
    const ana = sandbox.user('ana').in('#bio-period-2');
    await ana.slash('post');
    expect(sandbox.channelMessages(ana.channelId).map((m) => m.content)).toContain('posted on its own');
    expect(sandbox.channelMessages().map((m) => m.content)).not.toContain('posted on its own');
  });

  it('serves an attached file from a signed URL that refuses tampering', async () => {
    const file = join(dir, 'q.yaml');
    writeFileSync(file, 'id: q1\n');
    const result = await sandbox.user('ana').slash('upload', { file });
    expect(result.reply?.content).toBe('q.yaml 7 application/x-yaml: id: q1');
    const url = urls.at(-1) as string;
    expect(url).toMatch(/\/attachments\/\d+\/\d+\/q\.yaml\?ex=[0-9a-f]+&is=[0-9a-f]+&hm=[0-9a-f]+/);
    expect((await fetch(url.replace(/hm=[0-9a-f]+/, 'hm=00'))).status).toBe(404);
    expect((await fetch(url.replace(/ex=[0-9a-f]+/, 'ex=ffffffff'))).status).toBe(404);
    const uploaded = sandbox.upload('notes.txt', Buffer.from('hello'));
    expect(await (await fetch(uploaded.url)).text()).toBe('hello');
    // Like Discord's CDN links, the link stops working a day later (on the sandbox's clock).
    await sandbox.advance(25 * 3_600_000);
    const expired = await fetch(uploaded.url);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toBe('This content is no longer available.');
  });

  it('reads the new play lines and keeps the old ones', () => {
    expect(parseLine('as sam teacher')).toEqual({ kind: 'as', name: 'sam', teacher: true });
    expect(parseLine('as sam role:Teacher')).toEqual({
      kind: 'as',
      name: 'sam',
      teacher: false,
      roles: ['Teacher'],
    });
    expect(parseLine('as olga server:other channel:#lounge')).toEqual({
      kind: 'as',
      name: 'olga',
      teacher: false,
      server: 'other',
      channel: '#lounge',
    });
    expect(parseLine('in #bio-period-1')).toEqual({ kind: 'in', channel: '#bio-period-1' });
    expect(parseLine('attach docs/examples/q.yaml')).toEqual({
      kind: 'attach',
      path: 'docs/examples/q.yaml',
    });
    expect(() => parseLine('as sam wizard')).toThrow(/role:Teacher/);
  });
});
