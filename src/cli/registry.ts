import type { Subcommand } from './types.js';

/**
 * Every `tutor` subcommand, in `tutor help` order. To add one, write `src/cli/<name>.ts` exporting
 * `async function run(args: string[], io: CliIO): Promise<number>` and add one line here.
 * (`help` is built in.)
 */
export const subcommands: readonly Subcommand[] = [
  {
    name: 'start',
    summary: 'run the bot (no DISCORD_TOKEN, in a terminal: the offline sandbox)',
    load: () => import('./start.js'),
  },
  {
    name: 'play',
    usage: '[--script <file>] [--save-files <dir>] [--faults <name>]',
    summary: 'try the bot offline in a local Discord (no token needed)',
    load: () => import('./play.js'),
  },
  {
    name: 'deploy',
    summary: 'register slash commands (guild-only when DISCORD_GUILD_ID is set)',
    load: () => import('./deploy.js'),
  },
  {
    name: 'content check',
    summary: 'validate the content pack; print each problem as file:line',
    load: () => import('./content-check.js'),
  },
  {
    name: 'grade',
    usage: '--question <id>',
    summary: 'grade JSON Lines answers ({"text": "..."}) from stdin; one JSON result per line',
    load: () => import('./grade.js'),
  },
  {
    name: 'eval',
    usage: '--question <id> --data <file.tsv> [--text-column C] [--score-column C] [--json]',
    summary: 'agreement with human scores: QWK, exact agreement, confusion matrix, worst disagreements',
    load: () => import('./eval.js'),
  },
  {
    name: 'rubric explain',
    usage:
      '--question <id> | --file <questions.yaml> [--question <id>] [--try "<answer>" ...] [--answers <graded.yaml>] [--summary]',
    summary: 'print what every rubric point matches (plain-language points: what the label compiles to)',
    load: () => import('./rubric-explain.js'),
  },
  {
    name: 'db backup',
    usage: '<file>',
    summary: "copy the database with SQLite's online backup (safe while the bot runs)",
    load: () => import('./db-backup.js'),
  },
  {
    name: 'db check',
    summary: 'integrity check, schema version and row counts of the database',
    load: () => import('./db-check.js'),
  },
  {
    name: 'bench',
    usage: '[--only <section>] [--json]',
    summary: 'measure latency, throughput and memory; print a report',
    load: () => import('./bench.js'),
  },
];
