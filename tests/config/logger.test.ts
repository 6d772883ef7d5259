import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/logger.js';

describe('logger', () => {
  it('never writes the bot token, even when the whole config is logged', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const secret = 'MTIzNDU2Nzg5.secret.token-value';
    const config = parseConfig({ DISCORD_TOKEN: secret });
    const logger = createLogger({ level: 'info', destination: sink });
    logger.info({ config }, 'starting');
    logger.info(config, 'flat');
    logger.info({ token: secret }, 'nested');
    const out = lines.join('');
    expect(out).toContain('starting');
    expect(out).not.toContain(secret);
  });
});
