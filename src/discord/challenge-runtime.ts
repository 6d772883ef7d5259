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
import type { TimerHandle } from '../clock.js';
import type { AppContext } from '../context.js';
import { asWholeMessage } from './reply.js';
import { inviteClosedView } from './views/challenge-messages.js';
import { duelQuestionPostView, roundQuestionView } from './views/challenge-question.js';
import { duelResultView, finalView, revealView } from './views/challenge-results.js';
import { safeUserText } from './views/escape.js';
import type { MessageView } from './views/payload.js';

const CHART_NAME = 'standings.png';

/** The kind of every challenge job (keys `q:<challenge>:<question>` and `invite:<challenge>`). */
export const CHALLENGE_JOB = 'challenge';

/** A challenge job: when a question's time is up, or when a duel invitation lapses. */
export interface ChallengeJob {
  readonly kind: string;
  readonly key: string;
  /** When it is due, ms UTC. */
  readonly at: number;
}

/**
 * The part of challenges that acts on its own: posting questions, revealing them when their time is
 * up, posting the podium, and lapsing duel invitations. The truth is in the store; the timers here
 * are only reminders, re-armed from the store when the bot starts (`resume`), so a restart loses
 * nothing: a question whose time passed while the bot was down is revealed at once and play goes on.
 * One per client; every timer reads `ctx.clock`, so tests and the sandbox can move time.
 */
export class ChallengeRuntime {
  private readonly timers = new Map<string, TimerHandle>();
  private readonly names = new Map<string, string>();
  private stopped = false;

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
   * question in play (due at once when its post never went out). Shaped like the classes room's
   * `JobKind.pending`, so the challenge jobs can move onto a shared scheduler unchanged.
   */
  pending(): ChallengeJob[] {
    const now = this.ctx.clock.now().getTime();
    return openChallenges(this.deps).flatMap((challenge): ChallengeJob[] => {
      if (challenge.status === 'invited')
        return [{ kind: CHALLENGE_JOB, key: `invite:${challenge.id}`, at: challenge.inviteExpiresAt ?? now }];
      const open = currentQuestion(this.deps, challenge.id);
      if (!open) return [];
      const at = open.question.messageId === null ? now : (open.question.deadline ?? now);
      return [{ kind: CHALLENGE_JOB, key: `q:${challenge.id}:${open.question.index}`, at }];
    });
  }

  /**
   * Runs a due job; idempotent, because the store decides whether there is still work: a question
   * already revealed (by an early reveal or another process) or an invitation already answered is
   * left alone.
   */
  async run(job: ChallengeJob): Promise<void> {
    const [what, id, index] = job.key.split(':');
    if (what === 'invite') return this.expire(Number(id));
    const open = currentQuestion(this.deps, Number(id));
    if (!open || open.question.index !== Number(index)) return;
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
      this.arm({ ...job, at: open.question.deadline ?? now });
    }
  }

  /** Re-arms every pending job at start-up: whatever fell due while the bot was down runs now. */
  async resume(): Promise<void> {
    const now = this.ctx.clock.now().getTime();
    for (const job of this.pending()) {
      try {
        if (job.at <= now) await this.run(job);
        else this.arm(job);
      } catch (error) {
        this.ctx.logger.error({ err: error, job: job.key }, 'could not resume a challenge');
      }
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
    this.arm({
      kind: CHALLENGE_JOB,
      key: `q:${open.challenge.id}:${open.question.index}`,
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
    this.cancel(`q:${challengeId}`);
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
    this.cancel(`q:${challenge.id}`);
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
    this.arm({ kind: CHALLENGE_JOB, key: `invite:${challenge.id}`, at });
  }

  /** Closes an invitation nobody answered: the buttons go, the text says it expired. */
  async expire(challengeId: number): Promise<void> {
    const expired = expireInvite(this.deps, challengeId);
    if (expired) await this.closeInvite(expired);
  }

  /** Replaces the invitation's buttons with what happened to it. */
  async closeInvite(challenge: Challenge): Promise<void> {
    this.cancel(`invite:${challenge.id}`);
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

  /** Cancels every timer; nothing fires afterwards (the store keeps the state for the next start). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  /** (Re-)arms a job on ctx.clock; one timer per challenge and purpose. */
  private arm(job: ChallengeJob): void {
    if (this.stopped) return;
    const slot = this.slotOf(job.key);
    this.cancel(slot);
    const handle = this.ctx.clock.setTimer(job.at - this.ctx.clock.now().getTime(), async () => {
      this.timers.delete(slot);
      if (this.stopped) return;
      try {
        await this.run(job);
      } catch (error) {
        this.ctx.logger.error({ err: error, job: job.key }, 'challenge timer failed');
      }
    });
    this.timers.set(slot, handle);
  }

  /** The timer slot of a job key: a challenge has at most one question timer and one invitation timer. */
  private slotOf(key: string): string {
    const [what, id] = key.split(':');
    return `${what}:${id}`;
  }

  private cancel(key: string): void {
    this.timers.get(key)?.cancel();
    this.timers.delete(key);
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

/** The challenge runtime of a client (one per bot), created on first use. */
export function challengeRuntime(client: Client, ctx: AppContext): ChallengeRuntime {
  let runtime = runtimes.get(client);
  if (!runtime) {
    runtime = new ChallengeRuntime(client, ctx);
    runtimes.set(client, runtime);
  }
  return runtime;
}
