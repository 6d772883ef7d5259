import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { resultsChart } from '../classes/chart.js';
import { IMPORTED_PREFIX, isImportedId, MAX_IMPORT_BYTES, validateImport } from '../classes/import.js';
import { importProblems, invalidateQuestions, lexiconOf, questionsFor } from '../classes/question-source.js';
import { classRepo } from '../classes/repo.js';
import { buildReportCsv, type ReportSection, reportRowCount } from '../classes/report.js';
import { assignmentQuestion, requireClass, submissionsOf, summaryOf } from '../classes/service.js';
import type { Assignment } from '../classes/types.js';
import type { AppContext } from '../context.js';
import { UserError } from '../errors.js';
import { suggestTopics } from '../quiz/topics.js';
import { plural } from '../text/plural.js';
import { questionsView, resultsView } from './views/class-results.js';

const MAX_CHOICES = 25;
const IMPORT_TIMEOUT_MS = 10_000;

function cut(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The class's assignment named by an option, or its latest; a UserError when there is none. */
function pickAssignment(ctx: AppContext, channelId: string, id: number | null): Assignment {
  const cls = requireClass(ctx, channelId);
  const list = ctx.store.repo(classRepo).classAssignments(cls.id);
  const found = id === null ? list[0] : list.find((a) => a.id === id);
  if (!found)
    throw new UserError(
      id === null ? 'This class has no assignments yet.' : `There is no assignment #${id} in this class.`,
    );
  return found;
}

/**
 * When the newest assignment, taken because none was named, has no answers yet: which one it was,
 * and the others to choose. The eleventh teacher's `/class report` gave a 0-row CSV of a new
 * assignment, which reads like lost data. Empty when an assignment was named or has answers.
 */
function emptyNewestHint(
  ctx: AppContext,
  channelId: string,
  picked: Assignment,
  named: boolean,
  answered: boolean,
): string {
  if (named || answered) return '';
  const cls = requireClass(ctx, channelId);
  const others = ctx.store
    .repo(classRepo)
    .classAssignments(cls.id)
    .filter((a) => a.id !== picked.id);
  const choose =
    others.length === 0
      ? ''
      : ` For another, add \`assignment:\` (${others
          .slice(0, 3)
          .map((a) => `#${a.id}`)
          .join(', ')}${others.length > 3 ? ', …' : ''}) or \`all\`.`;
  return `No one has answered the newest assignment, #${picked.id} (${picked.questionId}), yet.${choose}`;
}

/** Suggestions for /class options: questions of this server, its assignments, topics. */
export async function classAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: AppContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).toLowerCase().trim();
  const catalog = questionsFor(ctx, interaction.guildId);
  if (focused.name === 'question') {
    const choices = catalog.questions
      .filter((q) => q.kind === 'frq')
      .filter((q) => typed === '' || q.id.includes(typed) || (q.title ?? '').toLowerCase().includes(typed))
      // The server's own questions first, then by unit and title, as a teacher browses a syllabus.
      .sort(
        (a, b) =>
          Number(b.id.startsWith(IMPORTED_PREFIX)) - Number(a.id.startsWith(IMPORTED_PREFIX)) ||
          (a.unit ?? '').localeCompare(b.unit ?? '', 'en', { numeric: true }) ||
          (a.title ?? a.id).localeCompare(b.title ?? b.id, 'en'),
      )
      .slice(0, MAX_CHOICES)
      .map((q) => ({ name: cut(`${q.title ?? q.id} (${q.id})`), value: q.id }));
    await interaction.respond(choices);
    return;
  }
  if (focused.name === 'topic') {
    const targets = catalog.targets.filter((t) => t.kind !== 'question');
    await interaction.respond(
      suggestTopics(targets, typed, MAX_CHOICES).map((t) => ({ name: cut(t.name), value: t.key })),
    );
    return;
  }
  const cls = ctx.store.repo(classRepo).classByChannel(interaction.channelId ?? '');
  const list = cls ? ctx.store.repo(classRepo).classAssignments(cls.id) : [];
  const sub = interaction.options.getSubcommand();
  const wanted = sub === 'close' ? list.filter((a) => a.closedAt === null) : list;
  const rows = wanted
    .filter((a) => typed === '' || String(a.id).startsWith(typed) || a.questionId.includes(typed))
    .map((a) => ({
      name: cut(`#${a.id} ${a.questionId} (${a.closedAt === null ? 'open' : 'closed'})`),
      value: a.id,
    }));
  if (sub === 'report') {
    const all = { name: 'all assignments of this class', value: 'all' };
    await interaction.respond(
      [all, ...rows.map((r) => ({ ...r, value: String(r.value) }))].slice(0, MAX_CHOICES),
    );
    return;
  }
  await interaction.respond(rows.slice(0, MAX_CHOICES));
}

/** `/class results`: the summary (live while open) with a chart from the shared charting stack. */
export async function showResults(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const named = interaction.options.getInteger('assignment');
  const assignment = pickAssignment(ctx, interaction.channelId, named);
  const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
  if (!found) throw new UserError('The question of this assignment was removed.');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const summary = summaryOf(ctx, assignment);
  // An empty chart says nothing the text does not: none until the first answer is in.
  if (summary.submitted === 0) {
    const hint = emptyNewestHint(ctx, interaction.channelId, assignment, named !== null, false);
    await interaction.editReply({
      ...resultsView(assignment, found.question, summary),
      ...(hint === '' ? {} : { content: hint }),
      allowedMentions: { parse: [] },
    });
    return;
  }
  const name = `assignment-${assignment.id}-results.png`;
  const png = await resultsChart(summary, `Assignment #${assignment.id}`);
  await interaction.editReply({
    ...resultsView(assignment, found.question, summary, name),
    files: [{ attachment: png, name }],
    allowedMentions: { parse: [] },
  });
}

/** `/class report`: a CSV of one assignment or all of the class's, as an ephemeral file. */
export async function reportCsv(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const raw = interaction.options.getString('assignment')?.trim() ?? '';
  const cls = requireClass(ctx, interaction.channelId);
  const all = raw.toLowerCase() === 'all';
  const id = raw === '' || all ? null : Number(raw.replace(/^#/, ''));
  if (id !== null && !Number.isInteger(id))
    throw new UserError('Name an assignment by its number (e.g. 3), or choose all.');
  const assignments = all
    ? ctx.store.repo(classRepo).classAssignments(cls.id).reverse()
    : [pickAssignment(ctx, interaction.channelId, id)];
  if (assignments.length === 0) throw new UserError('This class has no assignments yet.');
  const sections: ReportSection[] = assignments.map((a) => {
    const found = assignmentQuestion(ctx, a.guildId, a.questionId);
    const points = (found?.question.parts ?? []).flatMap((p) =>
      p.points.map((x) => ({ id: x.id, label: x.label })),
    );
    return { assignmentId: a.id, questionId: a.questionId, points, submissions: submissionsOf(ctx, a) };
  });
  const csv = buildReportCsv(sections);
  const name = all ? `class-report-all.csv` : `class-report-${assignments[0]?.id}.csv`;
  // Not the CSV's lines: a multi-line answer had counted as several rows (teacher set 23's notes).
  const rows = reportRowCount(sections);
  const hint = all
    ? ''
    : emptyNewestHint(
        ctx,
        interaction.channelId,
        assignments[0] as Assignment,
        id !== null,
        (sections[0]?.submissions.length ?? 0) > 0,
      );
  await interaction.reply({
    content: `📄 ${name}: ${plural(rows, 'row')}, UTF-8 with formulas neutralised. Opens in any spreadsheet.${hint === '' ? '' : `\n${hint}`}`,
    files: [{ attachment: csv, name }],
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/**
 * `/class import`: size and type are checked before downloading; the link is fetched at once
 * (Discord's attachment links expire); the file is validated exactly like the content pack and
 * either every problem comes back as `line N: problem`, or every question is added.
 */
export async function importQuestions(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
): Promise<void> {
  const file = interaction.options.getAttachment('file', true);
  if (!/\.ya?ml$/i.test(file.name))
    throw new UserError(
      `${file.name} is not a .yaml file. Save your questions as YAML, like content/questions/.`,
    );
  if (file.contentType && /^(image|video|audio)\//.test(file.contentType)) {
    throw new UserError(`${file.name} is a ${file.contentType} file, not YAML text.`);
  }
  if (file.size > MAX_IMPORT_BYTES) {
    throw new UserError(
      `${file.name} is ${Math.ceil(file.size / 1024)} KB; the limit is ${MAX_IMPORT_BYTES / 1024} KB. Split it into smaller files.`,
    );
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let text: string;
  try {
    const response = await fetch(file.url, { signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    ctx.logger.warn({ err: error }, 'could not download an imported file');
    await interaction.editReply('I could not download that file from Discord. Attach it again and retry.');
    return;
  }
  const result = validateImport(text, lexiconOf(ctx), file.name);
  if (result.problems.length > 0) {
    const shown = result.problems.slice(0, 20);
    const more =
      result.problems.length > shown.length ? `\n…and ${result.problems.length - shown.length} more` : '';
    await interaction.editReply({
      content:
        `❌ Nothing was added: ${file.name} has ${plural(result.problems.length, 'problem')}.\n\`\`\`\n${shown.join('\n').replace(/```/g, "'''")}${more}\n\`\`\``.slice(
          0,
          1990,
        ),
      allowedMentions: { parse: [] },
    });
    return;
  }
  const guildId = interaction.guildId as string;
  const repo = ctx.store.repo(classRepo);
  const existing = new Set(repo.guildQuestions(guildId).map((q) => q.questionId));
  const at = ctx.clock.now().getTime();
  ctx.store.write(() => {
    for (const q of result.questions)
      repo.saveGuildQuestion(guildId, q.localId, q.yaml, interaction.user.id, at);
  });
  invalidateQuestions(ctx, guildId);
  const lines = result.questions.map(
    (q) => `• \`${q.question.id}\` ${q.question.title ?? ''}${existing.has(q.localId) ? ' (replaced)' : ''}`,
  );
  await interaction.editReply({
    content:
      `✅ Added ${plural(result.questions.length, 'question')} for this server only:\n${lines.join('\n')}\nAssign one with \`/class assign question:${result.questions[0]?.question.id}\`.`.slice(
        0,
        1990,
      ),
    allowedMentions: { parse: [] },
  });
}

/** `/class questions`: this server's imports with remove buttons. */
export async function listQuestions(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
): Promise<void> {
  await interaction.reply({
    ...questionsView(importedList(ctx, interaction.guildId as string)),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

function importedList(ctx: AppContext, guildId: string) {
  const catalog = questionsFor(ctx, guildId);
  const problems = importProblems(ctx, guildId);
  return ctx.store
    .repo(classRepo)
    .guildQuestions(guildId)
    .map((row) => {
      const q = catalog.get(`${IMPORTED_PREFIX}${row.questionId}`);
      return {
        localId: row.questionId,
        title: q?.title ?? row.questionId,
        kind: q?.kind ?? 'frq',
        problems: problems.get(row.questionId),
      };
    });
}

/** The remove button: deletes one imported question and updates the list in place. */
export async function removeQuestion(
  interaction: ButtonInteraction,
  localId: string,
  ctx: AppContext,
): Promise<void> {
  const guildId = interaction.guildId as string;
  if (isImportedId(localId)) localId = localId.slice(IMPORTED_PREFIX.length);
  const removed = ctx.store.write(() => ctx.store.repo(classRepo).removeGuildQuestion(guildId, localId));
  invalidateQuestions(ctx, guildId);
  const view = questionsView(importedList(ctx, guildId));
  await interaction.update({
    ...view,
    content:
      `${removed ? `Removed \`srv.${localId}\`.` : `\`srv.${localId}\` was already gone.`}\n\n${view.content ?? ''}`.slice(
        0,
        1990,
      ),
    components: view.components ?? [],
    allowedMentions: { parse: [] },
  });
}
