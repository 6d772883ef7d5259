import type { Client, MessageCreateOptions, User } from 'discord.js';
import { renderStandingsChart } from '../challenges/chart.js';
import {
  answersOf,
  type Challenge,
  type ChallengeDeps,
  currentQuestion,
  expireInvite,
  type OpenQuestion,
  openChallenges,
  revealQuestion,
  setChallengeMessage,
  setQuestionMessage,
  standingsOf,
} from '../challenges/index.js';
import type { AppContext } from '../context.js';
import type { Job } from '../jobs/scheduler.js';
import { asWholeMessage } from './reply.js';
import { inviteClosedView } from './views/challenge-messages.js';
import { duelQuestionPostView, roundQuestionView } from './views/challenge-question.js';
import { duelResultView, finalView, revealView } from './views/challenge-results.js';
import { safeUserText } from './views/escape.js';
import type { MessageView } from './views/payload.js';

const CHART_NAME = 'standings.png';

/**
 * The kind of every challenge job on the app's job scheduler (`ctx.jobs`): `q:<challenge>` is the
 * reveal of the challenge's question in play (one at a time), `invite:<challenge>` a duel
 * invitation's lapse.
 */
export const CHALLENGE_JOB = 'challenge';

/**
 * The part of challenges that acts on its own: posting questions, revealing them when their time is
 * up, posting the podium, and lapsing duel invitations. The truth is in the store; its timers are
 * jobs on the app's scheduler (`ctx.jobs`, as for classes), which re-arms them from the store when
 * the bot starts, so a restart loses nothing: a question whose time passed while the bot was down is
 * revealed at once and play goes on. One per client.
 */
export class ChallengeRuntime {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly client: Client,
    private readonly ctx: AppContext,
  ) {}

  /** What the challenge service needs, from the app context. */
  get deps(): ChallengeDeps {
    const { store, clock, random } = this.ctx;
    return { store, clock, random, questions: this.ctx.content.questions };
  }

  /** Remembers how a member is called, for reveals and charts (in memory only; never stored). */
  noteName(user: Pick<User, 'id' | 'displayName'>): void {
    this.names.set(user.id, user.displayName);
  }

  /** A member's display name, escaped; a mention (shown as the name by Discord, never a ping) if unknown. */
  readonly nameOf = (userId: string): string => {
    const name = this.names.get(userId);
    return name ? safeUserText(name, 40) : `<@${userId}>`;
  };

  /**
   * Every pending challenge job, read from the store: an invitation's lapse, or the reveal of the
   * question in play (due at once when its post never went out).
   */
  pending(): Job[] {
    const now = this.ctx.clock.now().getTime();
    return openChallenges(this.deps).flatMap((challenge): Job[] => {
      if (challenge.status === 'invited')
        return [{ kind: CHALLENGE_JOB, key: `invite:${challenge.id}`, at: challenge.inviteExpiresAt ?? now }];
      const open = currentQuestion(this.deps, challenge.id);
      if (!open) return [];
      const at = open.question.messageId === null ? now : (open.question.deadline ?? now);
      return [{ kind: CHALLENGE_JOB, key: questionKey(challenge.id), at }];
    });
  }

  /**
   * Runs a due job; idempotent, because the store decides whether there is still work: a question
   * whose time is not up yet is re-armed, and an invitation already answered is left alone.
   */
  async run(job: Job): Promise<void> {
    const [what, id] = job.key.split(':');
    if (what === 'invite') return this.expire(Number(id));
    const open = currentQuestion(this.deps, Number(id));
    if (!open) return;
    const now = this.ctx.clock.now().getTime();
    if ((open.question.deadline ?? now) <= now) {
      this.ctx.logger.info(
        { challenge: open.challenge.id, index: open.question.index },
        'time is up: revealing',
      );
      await this.reveal(open.challenge.id, open.question.index);
    } else if (open.question.messageId === null) {
      // Opened but never posted (the bot stopped in between): post it now, with the time it has left.
      await this.announce(open);
    } else {
      this.ctx.jobs.arm({ ...job, at: open.question.deadline ?? now });
    }
  }

  /** The public message of an opened question: the question itself (round) or its Show-question post (duel). */
  questionPost(open: OpenQuestion): MessageView {
    const { challenge } = open;
    return challenge.mode === 'round'
      ? roundQuestionView(open)
      : duelQuestionPostView(open, [
          this.nameOf(challenge.starterId),
          this.nameOf(challenge.opponentId ?? ''),
        ]);
  }

  /** Notes the message an opened question went out in (as an interaction reply) and arms its reveal. */
  opened(open: OpenQuestion, messageId: string | undefined): void {
    if (messageId) setQuestionMessage(this.deps, open.challenge.id, open.question.index, messageId);
    this.ctx.jobs.arm({
      kind: CHALLENGE_JOB,
      key: questionKey(open.challenge.id),
      at: open.question.deadline ?? this.ctx.clock.now().getTime(),
    });
  }

  /** Posts an opened question in the channel and arms its reveal. */
  async announce(open: OpenQuestion): Promise<void> {
    this.opened(open, await this.post(open.challenge.channelId, this.questionPost(open)));
  }

  /**
   * Reveals question `index` of a challenge (if nobody did yet), then posts the next question or the
   * final results. Safe to call from a timer and an early reveal at once: the store lets one through.
   */
  async reveal(challengeId: number, index: number): Promise<void> {
    this.ctx.jobs.cancel(CHALLENGE_JOB, questionKey(challengeId));
    const result = revealQuestion(this.deps, challengeId, index);
    if (!result) return;
    await this.post(result.challenge.channelId, revealView(result, this.nameOf));
    if (result.next) await this.announce(result.next);
    else if (result.finished) await this.postResults(result.challenge, false);
  }

  /** Posts the final results: a round's podium and chart, or a duel's winner. */
  async postResults(challenge: Challenge, stopped: boolean, stoppedBy?: string): Promise<void> {
    const { view, files } = await this.results(challenge, stopped, stoppedBy);
    await this.post(challenge.channelId, view, files);
  }

  /** The final results as a message with its files (the standings chart), to post or to reply with. */
  async results(
    challenge: Challenge,
    stopped: boolean,
    stoppedBy?: string,
  ): Promise<{ view: MessageView; files: { attachment: Buffer; name: string }[] }> {
    this.ctx.jobs.cancel(CHALLENGE_JOB, questionKey(challenge.id));
    const answers = answersOf(this.deps, challenge.id);
    if (challenge.mode === 'duel') {
      const players = [challenge.starterId, challenge.opponentId ?? ''];
      return { view: duelResultView(challenge, standingsOf(answers, players), this.nameOf), files: [] };
    }
    const standings = standingsOf(answers);
    const chart = standings.length > 0 ? await this.chart(standings) : undefined;
    const view = finalView(challenge, standings, this.nameOf, {
      stopped,
      ...(stoppedBy ? { stoppedBy } : {}),
      ...(chart ? { chartName: CHART_NAME } : {}),
    });
    return { view, files: chart ? [{ attachment: chart, name: CHART_NAME }] : [] };
  }

  private async chart(standings: Parameters<typeof renderStandingsChart>[0]): Promise<Buffer | undefined> {
    try {
      return await renderStandingsChart(standings, this.nameForChart);
    } catch (error) {
      // The podium matters more than its picture: post the results without the chart.
      this.ctx.logger.error({ err: error }, 'could not draw the standings chart');
      return undefined;
    }
  }

  /** Plain names for the chart (no Markdown escapes: it is a picture). */
  private readonly nameForChart = (userId: string): string =>
    this.names.get(userId) ?? `member …${userId.slice(-4)}`;

  /** Arms a duel invitation's lapse. */
  armInvite(challenge: Challenge): void {
    const at = challenge.inviteExpiresAt ?? this.ctx.clock.now().getTime();
    this.ctx.jobs.arm({ kind: CHALLENGE_JOB, key: inviteKey(challenge.id), at });
  }

  /** Closes an invitation nobody answered: the buttons go, the text says it expired. */
  async expire(challengeId: number): Promise<void> {
    const expired = expireInvite(this.deps, challengeId);
    if (expired) await this.closeInvite(expired);
  }

  /** Replaces the invitation's buttons with what happened to it. */
  async closeInvite(challenge: Challenge): Promise<void> {
    this.ctx.jobs.cancel(CHALLENGE_JOB, inviteKey(challenge.id));
    if (!challenge.messageId) return;
    try {
      const channel = await this.client.channels.fetch(challenge.channelId);
      if (channel?.isTextBased())
        await channel.messages.edit(
          challenge.messageId,
          asWholeMessage(inviteClosedView(challenge, this.nameOf)),
        );
    } catch (error) {
      this.ctx.logger.warn({ err: error, challenge: challenge.id }, 'could not update a duel invitation');
    }
  }

  /** Notes the invitation's message so it can be closed later. */
  invitePosted(challenge: Challenge, messageId: string): void {
    setChallengeMessage(this.deps, challenge.id, messageId);
    this.armInvite({ ...challenge, messageId });
  }

  /** Sends a message in a channel; returns its id, or undefined when the channel is gone. */
  private async post(
    channelId: string,
    view: MessageView,
    files: NonNullable<MessageCreateOptions['files']> = [],
  ): Promise<string | undefined> {
    const channel = await this.client.channels.fetch(channelId);
    if (!channel?.isSendable()) {
      this.ctx.logger.warn({ channelId }, 'cannot post a challenge message in this channel');
      return undefined;
    }
    const message = await channel.send({ ...view, files, allowedMentions: { parse: [] } });
    return message.id;
  }
}

const runtimes = new WeakMap<Client, ChallengeRuntime>();

/** The job key of a challenge's question in play (one at a time, so a new question replaces it). */
const questionKey = (challengeId: number): string => `q:${challengeId}`;
/** The job key of a duel invitation's lapse. */
const inviteKey = (challengeId: number): string => `invite:${challengeId}`;

/**
 * Registers the challenge job kind on the app's scheduler: pending reveals and invitation lapses
 * are read from the store, so on start-up every timer is re-armed and whatever fell due while the
 * bot was down runs at once.
 */
export function registerChallengeJobs(client: Client, ctx: AppContext): void {
  const runtime = challengeRuntime(client, ctx);
  ctx.jobs.register({
    kind: CHALLENGE_JOB,
    pending: () => runtime.pending(),
    run: (job) => runtime.run(job),
  });
}

/** The challenge runtime of a client (one per bot), created on first use. */
export function challengeRuntime(client: Client, ctx: AppContext): ChallengeRuntime {
  let runtime = runtimes.get(client);
  if (!runtime) {
    runtime = new ChallengeRuntime(client, ctx);
    runtimes.set(client, runtime);
  }
  return runtime;
}
