import { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { type Sandbox, type SandboxFile, startSandbox } from '../../src/sandbox/index.js';
import { renderMessage } from '../../src/sandbox/terminal/render.js';

/** A PNG-like payload of `size` bytes (content does not matter to the sandbox). */
const bytes = (size: number, fill = 7) => Buffer.alloc(size, fill);

describe('the sandbox keeps files the bot sends', () => {
  let sandbox: Sandbox;
  let rest: REST;
  const seen: SandboxFile[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ onFile: (file) => seen.push(file) });
    rest = new REST({ api: sandbox.restUrl, retries: 0 }).setToken(sandbox.token);
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('given a multipart message with files, keeps name, size, type and bytes, and lists them as attachments', async () => {
    const png = bytes(24 * 1024, 1);
    const api = (await rest.post(Routes.channelMessages(sandbox.channelId), {
      body: { content: 'your progress', attachments: [{ id: 0, filename: 'progress.png' }] },
      files: [{ name: 'progress.png', data: png, contentType: 'image/png' }],
    })) as { attachments: { filename: string; size: number; url: string }[] };
    const message = sandbox.channelMessages().at(-1);
    expect(message?.files).toHaveLength(1);
    const file = message?.files[0];
    expect(file).toMatchObject({ name: 'progress.png', size: png.length, contentType: 'image/png' });
    expect(file?.bytes.equals(png)).toBe(true);
    expect(seen.map((f) => f.name)).toContain('progress.png');
    expect(api.attachments[0]).toMatchObject({ filename: 'progress.png', size: png.length });
    const download = await fetch(api.attachments[0]?.url ?? '');
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
    expect(renderMessage(message as never)).toContain('📎 progress.png (24 KB)');
    expect(sandbox.errors).toEqual([]);
  });

  it('refuses more than 10 files on one message, as Discord does', async () => {
    const files = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: bytes(10) }));
    await expect(
      rest.post(Routes.channelMessages(sandbox.channelId), { body: { content: 'many' }, files }),
    ).rejects.toMatchObject({ status: 400 });
    sandbox.errors.length = 0;
  });

  it('refuses files over 10 MiB in total with 413', async () => {
    const files = [{ name: 'big.bin', data: bytes(10 * 1024 * 1024 + 1) }];
    await expect(
      rest.post(Routes.channelMessages(sandbox.channelId), { body: { content: 'big' }, files }),
    ).rejects.toMatchObject({ status: 413 });
  });

  it('an edit without an attachments list keeps old files and adds new ones; an empty list removes them', async () => {
    const created = (await rest.post(Routes.channelMessages(sandbox.channelId), {
      body: { content: 'a' },
      files: [{ name: 'one.txt', data: bytes(3) }],
    })) as { id: string };
    await rest.patch(Routes.channelMessage(sandbox.channelId, created.id), {
      body: { content: 'b' },
      files: [{ name: 'two.txt', data: bytes(4) }],
    });
    const message = sandbox.channelMessages().find((m) => m.id === created.id);
    expect(message?.files.map((f) => f.name)).toEqual(['one.txt', 'two.txt']);
    await rest.patch(Routes.channelMessage(sandbox.channelId, created.id), { body: { attachments: [] } });
    expect(message?.files).toEqual([]);
  });
});

describe('the sandbox clock', () => {
  it('advance fires due timers and waits for the REST traffic they cause', async () => {
    const clock = new ManualClock(Date.UTC(2026, 11, 24, 17));
    const sandbox = await startSandbox({ clock, settleMs: 20 });
    try {
      const rest = new REST({ api: sandbox.restUrl, retries: 0 }).setToken(sandbox.token);
      // Like a deadline timer: it fires, then posts without the test awaiting the post.
      clock.setTimer(10 * 60_000, () => {
        void rest.post(Routes.channelMessages(sandbox.channelId), { body: { content: 'closed' } });
      });
      await sandbox.advance(9 * 60_000);
      expect(sandbox.channelMessages()).toHaveLength(0);
      await sandbox.advance(2 * 60_000);
      expect(sandbox.channelMessages().map((m) => m.content)).toEqual(['closed']);
      expect(sandbox.clock.now().toISOString()).toBe('2026-12-24T17:11:00.000Z');
    } finally {
      await sandbox.close();
    }
  });
});
