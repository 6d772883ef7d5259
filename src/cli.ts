#!/usr/bin/env -S npx tsx
/**
 * The `tutor` command line: `npm run --silent tutor -- <subcommand>`. Subcommands live in
 * src/cli/ and are listed in src/cli/registry.ts.
 */
import { main } from './cli/main.js';

// When the reader of our output goes away (`tutor play --script x | head`, `tutor grade | head`),
// stop quietly as Unix tools do instead of dying with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
// Everything we started is closed by now; if a stray handle would keep Node alive, end anyway
// (unref'd, so a clean process exits at once and flushes piped output first).
setTimeout(() => process.exit(code), 2_000).unref();
