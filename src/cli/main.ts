import { subcommands as defaultSubcommands } from './registry.js';
import { type CliIO, println, type Subcommand } from './types.js';

/** Picks the subcommand whose (possibly multi-word) name matches the start of argv. */
export function findSubcommand(
  argv: readonly string[],
  list: readonly Subcommand[],
): { command: Subcommand; args: string[] } | undefined {
  const byLength = [...list].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of byLength) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, args: argv.slice(words.length) };
  }
  return undefined;
}

/** The text of `tutor help`. */
export function helpText(list: readonly Subcommand[]): string {
  const rows = list.map((c) => [`tutor ${c.name}${c.usage ? ` ${c.usage}` : ''}`, c.summary] as const);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    'Usage: npm run --silent tutor -- <subcommand> [options]',
    '',
    ...rows.map(([left, summary]) => `  ${left.padEnd(width)}  ${summary}`),
    `  ${'tutor help'.padEnd(width)}  show this list`,
  ].join('\n');
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO, list = defaultSubcommands): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    println(io.stdout, helpText(list));
    return 0;
  }
  const found = findSubcommand(argv, list);
  if (!found) {
    println(
      io.stderr,
      `Unknown subcommand "${argv.join(' ')}". Run \`npm run --silent tutor -- help\` for the list.`,
    );
    return 2;
  }
  try {
    const module = await found.command.load();
    return await module.run(found.args, io);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      println(io.stderr, `${error.message}. Run \`npm run --silent tutor -- help\` for usage.`);
      return 2;
    }
    throw error;
  }
}
