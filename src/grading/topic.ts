import type { AnswerDoc, RawMatch, TopicView } from './answer-doc.js';
import { conditionIsNextStep } from './hedge.js';
import { rawMatches } from './match-phrase.js';
import type { Node } from './nodes.js';
import { ionKind } from './note-form.js';
import type { Token } from './tokenize.js';

/**
 * What a statement is said about. A question may name its subjects (the phases of an action
 * potential, the two kinds of transport, ...); a fact found in the answer is said of the subject
 * the student tied it to:
 *
 * 1. a subject named inside the matched words themselves ("depolarization makes it positive");
 * 2. else the nearest one before it in its segment (the clause cut at "and"/"or"), then after it
 *    in its segment ("Na+ flows in during depolarization and K+ flows out during
 *    repolarization"), then the same in its clause; a parenthesis right after belongs to the
 *    clause ("osmosis (passive)"). A subject that opens its own statement, or is named right after
 *    "and"/"or"/"but" by a noun ("… on its own and active transport the cell has to use ATP"), heads
 *    what follows it and is never looked for after; a "when"/"during" clause (2b) or a "so" clause
 *    (2c: "K+ leaks out so it repolarizes") right after, naming a subject, says which step it is;
 * 3. else the nearest one before it in its sentence ("Depolarization: Na+ in, inside positive"),
 *    unless that one is a bracketed label of an earlier item or a clause opened by "then" stands
 *    between them (the next step), then after it in the sentence;
 * 3b. else, when the next sentence is a short one pointing back ("That would be active."), the
 *    subject it names;
 * 4. else the last one named in an earlier sentence (a heading carries over: "Passive: ... . ..."),
 *    unless both sentences open with "if" (one supposed case is no heading for the next).
 *
 * Otherwise the statement is about nothing in particular (-1). Mentions are found once per
 * answer; each look-up is two binary searches, so the cost stays linear.
 */
export class Topics implements TopicView {
  /** Mentions sorted by start. */
  private readonly byStart: Mention[];
  /** The same mentions sorted by end. */
  private readonly byEnd: Mention[];
  // The per-token tables are plain arrays, every entry written: a typed array of a short
  // answer's size is allocated off-heap, which cost more than filling it (made per answer).
  /** Per token: [lo, hi) of its topic unit (a clause, with a following parenthesis). */
  private readonly unitLo: number[];
  private readonly unitHi: number[];
  /** Per token: the number of the latest sentence (up to its own) that opens a new step, or -1. */
  private readonly stepSent: number[];
  /** Per token: the first token of the latest clause of its sentence (up to its own) that opens a new step, or -1. */
  private readonly stepClause: number[];
  /** Per token: the end of a "both"/"neither" subject earlier in its clause ("they both …"), or -1. */
  private readonly bothEnd: number[] | undefined;
  /** Per token: true when that group subject is "one (of them)", which names no subject in particular. */
  private readonly bothIsOne: boolean[] | undefined;
  /** Sentence → whether it is an overview naming more than one subject (made when first asked). */
  private overviews: Map<number, boolean> | undefined;
  /** The sentences that open with "if" (made when the first is found). */
  private ifSents: Set<number> | undefined;
  /** Sentence → the subject a short "That would be active." sentence names for the sentence before it. */
  private backRefs: Map<number, number> | undefined;
  /** Ion kind → the subject it was tied to and the sentence of the tie (made when first asked). */
  private ties: Map<string, { subject: number; sent: number }> | undefined;

  constructor(
    private readonly doc: AnswerDoc,
    subjects: readonly Node[],
  ) {
    const all: Mention[] = [];
    subjects.forEach((node, subject) => {
      for (const m of rawMatches(doc, node)) {
        const first = doc.tokens[m.s] as Token;
        const last = doc.tokens[m.e - 1] as Token;
        // "… returns it to negative just after the depolarization phase": a subject named as a
        // time reference ("after", "before", "following", "than") is not what is being described.
        if (m.s > 0 && TIME_REFERENCE.has(wordBefore(doc.tokens, m.s))) continue;
        // A bracketed name, or one written on a drawing's arrow ("Na+ arrows pointing inside, labeled
        // \"depol\""; blind batch AZ), labels the item before it.
        // So does a bracket that opens with the name (not a verb: "na+ enters (depolarizes, inside
        // goes positive)" says what happens) and goes on with a short list ("… through a carrier
        // protein (passive, facilitated diffusion)"; blind batch ES).
        const label =
          (opensParen(doc.text, first.start) &&
            (closesParen(doc.text, last.end) ||
              (!VERB_ENDINGS.test(last.info.norm) && listClosesParen(doc.text, last.end)))) ||
          LABELLED.has(wordBefore(doc.tokens, m.s));
        // Not a name that says when the fact before it happens, even with a verb after it: "Na+ going
        // in during depolarization and K+ going out during repolarization are both diffusion"
        // (blind batch BY): "repolarization" there is the time of "K+ going out", not a subject.
        // Nor an adverb after its clause's subject ("the sodium-potassium pump actively moves sodium
        // out"; blind batch ER): it says how that subject acts, and heads nothing after it.
        const opens =
          !adverbAfterSubject(doc.tokens, m) &&
          ((opensStatement(doc.text, doc.tokens, m.e) && !saysWhen(doc.tokens, m.s)) ||
            headsClause(doc.tokens, m.s));
        const trails = trailsStatement(doc.tokens, m.s);
        all.push({ s: m.s, e: m.e, subject, label, opens, trails });
      }
    });
    addOrdinalMentions(doc.text, doc.tokens, all);
    dropTitlePairs(doc.tokens, all);
    this.byStart = all.slice().sort((a, b) => a.s - b.s || a.e - b.e);
    this.byEnd = all.sort((a, b) => a.e - b.e || a.s - b.s);
    for (const m of this.byStart) {
      const sent = (doc.tokens[m.s] as Token).sent;
      if (namesSentenceBefore(doc.tokens, m.s) && !this.backRefs?.has(sent)) {
        this.backRefs ??= new Map();
        this.backRefs.set(sent, m.subject);
      }
    }
    // "Thats depolarization then repolarization." names a sequence, not one label for the sentence before.
    if (this.backRefs !== undefined)
      for (const m of this.byStart) {
        const sent = (doc.tokens[m.s] as Token).sent;
        const named = this.backRefs.get(sent);
        if (named !== undefined && named !== m.subject) this.backRefs.delete(sent);
      }
    const n = doc.n;
    this.stepSent = new Array<number>(n);
    let step = -1;
    for (let i = 0; i < n; i++) {
      const t = doc.tokens[i] as Token;
      const opens = i === 0 || (doc.tokens[i - 1] as Token).sent !== t.sent;
      if (opens && t.info.norm === 'if') {
        this.ifSents ??= new Set();
        this.ifSents.add(t.sent);
      }
      // "If potassium channels then opened, K+ would leave …" (blind batches CC, CD): a condition
      // opening its sentence and marked as the next step moves on as a sentence opened by "Then" does.
      if (
        opens &&
        (NEXT_STEP.has(t.info.norm) || (CONDITIONS.has(t.info.norm) && conditionIsNextStep(doc.tokens, i)))
      )
        step = t.sent;
      this.stepSent[i] = step;
    }
    // "Na+ floods in during depolarization, then K+ leaks out": a clause opened by "then" inside a
    // sentence is the next step too, so the phase named before it is no heading for it.
    // Not a "then" that answers the condition right before it ("When it depolarizes then Na+ goes
    // in …"; blind batch BF): that clause says what happens in the step the condition named. An
    // "and then" goes on to the next step ("depolarization is when the gates open … and then …").
    this.stepClause = new Array<number>(n);
    let stepAt = -1;
    let conditionClause = -1;
    for (let i = 0; i < n; i++) {
      const t = doc.tokens[i] as Token;
      const prev = doc.tokens[i - 1];
      if (prev === undefined || prev.sent !== t.sent) stepAt = -1;
      const opensClause = prev === undefined || prev.clause !== t.clause;
      if (
        prev !== undefined &&
        prev.sent === t.sent &&
        opensClause &&
        NEXT_STEP.has(t.info.norm) &&
        !(t.info.norm === 'then' && prev.clause === conditionClause && prev.info.norm !== 'and')
      )
        stepAt = i;
      // "Passive transport keeps moving things down their gradient, but the cell couldn't move anything
      // from low to high" (blind batch CF): a "but" clause with a subject of its own sets something
      // against the subject named before it; it is no longer that subject's statement.
      if (prev !== undefined && prev.sent === t.sent && opensClause && contrastsNewSubject(doc.tokens, i))
        stepAt = i;
      // Only a condition that opens its sentence ("If it depolarizes then …"): "Na+ comes in when
      // it depolarizes, then K+ leaves" names the phase after the fact, and its "then" moves on.
      const opensSentence = prev === undefined || prev.sent !== t.sent;
      if (opensClause) conditionClause = opensSentence && CONDITIONS.has(t.info.norm) ? t.clause : -1;
      this.stepClause[i] = stepAt;
    }
    // Most answers have no "both", "neither" or "one": no tables for them (made per answer).
    if (hasGroupWord(doc.tokens)) {
      this.bothIsOne = new Array<boolean>(n).fill(false);
      this.bothEnd = groupSubjects(doc.tokens, this.byStart, this.bothIsOne);
    }
    this.unitLo = new Array<number>(n);
    this.unitHi = new Array<number>(n);
    let lo = 0;
    for (let i = 1; i <= n; i++) {
      const t = doc.tokens[i];
      const prev = doc.tokens[i - 1];
      const boundary =
        i === n ||
        (t !== undefined &&
          prev !== undefined &&
          t.clause !== prev.clause &&
          !(t.sent === prev.sent && opensParen(doc.text, t.start)));
      if (!boundary) continue;
      for (let j = lo; j < i; j++) {
        this.unitLo[j] = lo;
        this.unitHi[j] = i;
      }
      lo = i;
    }
  }

  /**
   * Whether the match at token s stands in the first clause of sentence `sent`, which opens with
   * "It", and the sentence before names one subject only, the one `before` names.
   */
  private itOfSentenceBefore(before: Mention, s: number, sent: number): boolean {
    const tokens = this.doc.tokens;
    if (tokens[before.s]?.sent !== sent - 1) return false;
    let k = s;
    while (k > 0 && tokens[k - 1]?.sent === sent) k--;
    // Linking words and interjections may stand before it: "actually wait, it needs a little ATP"
    // (blind batch ED).
    // So may "I think": "actually wait I think it does need a little ATP" (blind batch EH).
    for (;;) {
      if (k < s && IT_OPENERS.has(tokens[k]?.info.norm ?? '')) k++;
      else if (k + 1 < s && tokens[k]?.info.norm === 'i' && THINKING.has(tokens[k + 1]?.info.norm ?? ''))
        k += 2;
      else break;
    }
    const it = tokens[k];
    if (it?.info.norm !== 'it' || tokens[s]?.clause !== it.clause) return false;
    for (let i = upperBound(this.byEnd, before.s, endOf) - 1; i >= 0; i--) {
      const m = this.byEnd[i] as Mention;
      if (tokens[m.s]?.sent !== sent - 1) break;
      if (m.subject !== before.subject) return false;
    }
    return true;
  }

  /** Where the first subject named after token `from` begins, or -1. */
  firstNamedAfter(from: number): number {
    return this.byStart[lowerBound(this.byStart, from + 1, startOf)]?.s ?? -1;
  }

  /** True when a subject is named wholly after token `from` and before token `to`. */
  namedBetween(from: number, to: number): boolean {
    const m = this.byStart[lowerBound(this.byStart, from + 1, startOf)];
    return m !== undefined && m.e <= to;
  }

  /** The subject a match [s, e) is said of, or -1; `carry`: also look in earlier sentences (rule 4). */
  of(m: RawMatch, carry = true): number {
    const { s, e } = m;
    // "One needs energy" names no subject even when the answer names none at all.
    if (this.byStart.length === 0) return this.bothIsOne?.[s] ? SOME_SUBJECT : -1;
    // 1. Named inside the match.
    const first = lowerBound(this.byStart, s, startOf);
    const inside = this.byStart[first];
    if (inside !== undefined && inside.e <= e) return inside.subject;
    // 1b. "They both go from high to low", "Neither one uses ATP", "passive and active both use
    //     proteins": said of every subject, unless one is named between that subject and the match.
    const both = this.bothEnd?.[s] ?? -1;
    if (both >= 0 && !this.namedBetween(both - 1, s))
      return this.bothIsOne?.[s] ? SOME_SUBJECT : EVERY_SUBJECT;
    // The nearest mention ending at or before s, and the nearest starting at or after e.
    const before = this.byEnd[upperBound(this.byEnd, s, endOf) - 1];
    // A subject that opens its own statement ("… against the gradient and for proteins passive
    // uses channels", dictated without punctuation) names what follows it, not what went before.
    const next = this.byStart[lowerBound(this.byStart, e, startOf)];
    const tokens = this.doc.tokens;
    // So does one that opens a new part after "and" ("… moving down the gradient on its own and
    // active transport the cell has to use ATP"): it heads what follows.
    const after = next?.opens || (next !== undefined && leadsAfterLink(tokens, next, s)) ? undefined : next;
    // 1c. "O2 diffusing in is passive, the Na+/K+ pump (3 Na+ out, 2 K+ in) is active" (blind batch
    //     BN): a subject right after "is"/"are" (an aside between skipped) is what the match is.
    if (next !== undefined && isPredicate(this.doc.text, tokens, e, next.s)) return next.subject;
    const lo = this.unitLo[s] as number;
    const hi = this.unitHi[Math.max(s, e - 1)] as number;
    // 2. In the match's own segment (a clause cut at "and"/"or": "Na+ flows in during
    //    depolarization and K+ flows out during repolarization"), then in the clause.
    const seg = tokens[s]?.seg;
    // "na goes in for depolarization k goes out for repolarization" (blind batch FC): in a run-on of
    // statements each followed by "for"/"during" and its subject, the name after a statement is
    // its time, so the statement between two such names is the later one's.
    const runOn =
      before?.trails === true && after?.trails === true && tokens[before.e]?.sent === tokens[s]?.sent;
    if (inSegment(tokens, before, seg) && before.s >= lo && !(runOn && inSegment(tokens, after, seg)))
      return before.subject;
    if (inSegment(tokens, after, seg) && after.e <= hi && tokens[e - 1]?.seg === seg) return after.subject;
    // "O2 going into your cells is passive and the sodium potassium pump sending 3 sodium out and
    // 2 potassium in is active" (blind batch BY): two statements "X is A and Y … is B" in one
    // clause; the subject before the match is said of what came before it ("is passive"), the one
    // after ("is active") of the match.
    if (
      before !== undefined &&
      after !== undefined &&
      before.s >= lo &&
      after.e <= hi &&
      afterCopula(tokens, before.s) &&
      afterCopula(tokens, after.s) &&
      tokens[before.e]?.info.norm === 'and'
    )
      return after.subject;
    // "Na+ goes in when it depolarizes and K+ goes out when it repolarizes" (blind batch ET): after
    // "and" inside a "when" clause that follows a statement, a statement followed by a "when" clause
    // of its own naming a subject is that subject's; the first "when" said when the statement before
    // it happened. ("During depolarization K+ flows out and the inside becomes negative; during …"
    // opens with its phase: both statements are that phase's.)
    if (
      before !== undefined &&
      after !== undefined &&
      before.s >= lo &&
      !inSegment(tokens, before, seg) &&
      whenAfterStatement(tokens, lo) &&
      tokens[after.s]?.sent === tokens[s]?.sent
    ) {
      const next = tokens[hi];
      if (next !== undefined && WHEN.has(next.info.norm) && tokens[after.s]?.clause === next.clause)
        return after.subject;
    }
    // A bracketed label of the item before ("transporter (passive) and the pump …") is no
    // heading for the rest of its clause.
    if (before !== undefined && before.s >= lo && !(before.label && !inSegment(tokens, before, seg)))
      return before.subject;
    if (after !== undefined && after.e <= hi) return after.subject;
    // 2b. "K+ leaves when it repolarizes": a "when"/"during" clause right after says when — unless
    //     a subject before it in the sentence already does ("When it depolarizes, Na+ moves in;
    //     when it repolarizes, K+ moves out": the Na+ clause is depolarization's).
    const sent = tokens[s]?.sent;
    // A clause opened by "then" between the subject before and the match: the next step.
    const stepped = before !== undefined && (this.stepClause[s] as number) >= before.e;
    const tiedBefore = before !== undefined && !before.label && !stepped && tokens[before.s]?.sent === sent;
    if (!tiedBefore && after !== undefined && tokens[after.s]?.sent === sent) {
      const next = tokens[hi];
      if (next !== undefined && WHEN.has(next.info.norm) && tokens[after.s]?.clause === next.clause)
        return after.subject;
    }
    // 2c. "…, K+ leaks out so it repolarizes": a result clause right after that names a subject
    //     within its first words says which step the statement is, whatever came before.
    if (after !== undefined && tokens[after.s]?.sent === sent) {
      const next = tokens[hi];
      if (next?.info.norm === 'so' && tokens[after.s]?.clause === next.clause && after.s - hi <= 3)
        return after.subject;
    }
    // 3. In the sentence. A subject in brackets names the item before it ("osmosis (passive),
    //    proton pump"): it is no heading for the clauses after.
    if (tiedBefore) return before.subject;
    // "Na+ rushes in (depol) making it less negative": a participle right after a bracketed
    // label goes on with the statement the label names (blind batch AU).
    if (before?.label && participleAfterLabel(tokens, before, s)) return before.subject;
    // A bracketed label later in the sentence names only the clause right before it: in "… making
    // it less negative; K+ leaves (repol)" the "(repol)" is K+'s, not the clause before that.
    // Nor one a later clause names after "in"/"for": "The pump protein is like the point guard …;
    // in passive stuff can go through open channels", "… is like the pump protein, and the chute is
    // like a channel protein for passive" (blind batches AJ, CT): that clause is about another item.
    if (
      after !== undefined &&
      tokens[after.s]?.sent === sent &&
      !(after.label && !labelsClauseOf(tokens, after, e)) &&
      !(tokens[after.s]?.clause !== tokens[s]?.clause && FRAMING.has(wordBefore(tokens, after.s)))
    )
      return after.subject;
    if (stepped) return -1;
    // 3b. "If the cell wanted more glucose, it would have to spend ATP to pull it in … . That would be
    //     active." (blind batch DJ): a sentence opened by "That would be"/"That's"/"This is" and a
    //     subject names the sentence before it, before any heading carried from further back.
    const named = carry && sent !== undefined ? this.backRefs?.get(sent + 1) : undefined;
    if (named !== undefined) return named;
    // 4. Carried over from an earlier sentence, unless a sentence in between starts a new step
    //    of a sequence ("Then K+ channels open ...": not about the phase named before).
    // 3c. "Passive transport does not use energy. It moves substances from low concentration to
    //     high" (blind batch EC): even where nothing carries (a misconception), a sentence that opens
    //     with "It" is said of the one subject the sentence right before names.
    if (
      !carry &&
      before !== undefined &&
      !before.label &&
      sent !== undefined &&
      this.itOfSentenceBefore(before, s, sent)
    )
      return before.subject;
    if (!carry || before === undefined || before.label || sent === undefined) return -1;
    const from = tokens[before.s]?.sent ?? 0;
    if ((this.stepSent[s] as number) > from) return -1;
    // "If a cell needed to get glucose in …, it would have to use active transport … . If there was
    // more glucose outside, it could just let it in … with no energy spent" (blind batch DI): a
    // subject named in one supposed case is no heading for the next case supposed.
    if (this.ifSents?.has(sent) && this.ifSents.has(from)) return -1;
    // "First the membrane depolarizes and then it repolarizes. When the neuron is stimulated …, Na+
    // diffuses into the cell" (blind batch CX): a sentence that names both subjects is an
    // overview; the one it names last is no heading for what follows (an ion tied earlier still is).
    if (this.isOverview(before, from)) {
      const tied = this.ionTie(s, e, sent);
      return tied >= 0 ? tied : -1;
    }
    // 4b. "The main ion in depolarization is sodium and the main ion in repolarization is potassium.
    //     Sodium goes in and potassium goes out." (stored batch AA; blind batch CG): an ion the
    //     answer tied to one subject earlier carries that subject, not the one named last.
    const tied = this.ionTie(s, e, sent);
    return tied >= 0 ? tied : before.subject;
  }

  /**
   * Whether sentence `sent` (where mention `m` stands) is an overview: it tells a sequence and
   * names a subject other than m's. Found once per sentence, so the look-ups stay linear.
   */
  private isOverview(m: Mention, sent: number): boolean {
    this.overviews ??= new Map();
    let v = this.overviews.get(sent);
    if (v === undefined) {
      v = tellsSequence(this.doc.tokens, m.s) && this.namesOtherSubject(m, sent);
      this.overviews.set(sent, v);
    }
    return v;
  }

  /** True when sentence `sent`, where mention `m` stands, also names a subject other than m's. */
  private namesOtherSubject(m: Mention, sent: number): boolean {
    const tokens = this.doc.tokens;
    const at = lowerBound(this.byStart, m.s, startOf);
    for (let k = at - 1; k >= 0; k--) {
      const o = this.byStart[k] as Mention;
      if (tokens[o.s]?.sent !== sent) break;
      if (o.subject !== m.subject) return true;
    }
    for (let k = at + 1; k < this.byStart.length; k++) {
      const o = this.byStart[k] as Mention;
      if (tokens[o.s]?.sent !== sent) break;
      if (o.subject !== m.subject) return true;
    }
    return false;
  }

  /**
   * The subject that the ion named in match [s, e) (or, failing that, the nearest ion before it in
   * its segment) was tied to in an earlier sentence, or -1. The ties are found once per answer.
   */
  private ionTie(s: number, e: number, sent: number): number {
    const tokens = this.doc.tokens;
    let ion = '';
    for (let k = s; k < e; k++) {
      const kind = ionKind((tokens[k] as Token).info.norm);
      if (kind === '') continue;
      if (ion !== '' && ion !== kind) return -1;
      ion = kind;
    }
    // "Sodium makes the membrane more positive": else the ion that the match's segment opens with.
    const seg = (tokens[s] as Token).seg;
    for (let k = s - 1; ion === '' && k >= 0 && k >= s - ION_REACH && (tokens[k] as Token).seg === seg; k--) {
      const kind = ionKind((tokens[k] as Token).info.norm);
      if (kind !== '') ion = kind;
    }
    if (ion === '') return -1;
    this.ties ??= ionTies(tokens, this.byStart, this.doc);
    const tie = this.ties.get(ion);
    return tie !== undefined && tie.sent < sent ? tie.subject : -1;
  }
}

/**
 * True when mention `m`, a name rather than a verb ("active transport", not "… and repolarizes
 * the membrane", which says what the statement before it does), comes right after an
 * "and"/"or"/"but" that starts a segment other than token `from`'s: it leads a new part.
 */
function leadsAfterLink(tokens: readonly Token[], m: Mention, from: number): boolean {
  const link = tokens[m.s - 1];
  const last = tokens[m.e - 1]?.info.norm ?? '';
  return (
    link !== undefined &&
    !VERB_ENDINGS.test(last) &&
    LINKS.has(link.info.norm) &&
    link.seg !== tokens[from]?.seg &&
    link.sent === tokens[from]?.sent
  );
}

/** True when the clause of token s starts right after bracketed label `label` with an -ing word. */
function participleAfterLabel(tokens: readonly Token[], label: Mention, s: number): boolean {
  const first = tokens[label.e];
  const at = tokens[s];
  return (
    first !== undefined &&
    at !== undefined &&
    first.sent === at.sent &&
    first.clause === at.clause &&
    first.info.norm.length > 4 &&
    first.info.norm.endsWith('ing')
  );
}

/** True when bracketed label `label` comes right after the clause of the match ending at token e. */
function labelsClauseOf(tokens: readonly Token[], label: Mention, e: number): boolean {
  // ", labeled "repol"": the clause before the "labeled".
  const k = LABELLED.has(tokens[label.s - 1]?.info.norm ?? '') ? label.s - 2 : label.s - 1;
  const before = tokens[k];
  return before !== undefined && before.clause === tokens[e - 1]?.clause;
}

/** The topic of a statement said of every subject at once ("both …", "neither …"). */
export const EVERY_SUBJECT = -2;
/**
 * The topic of a statement said of one subject without saying which ("One of them needs an input of
 * energy", blind batch BO): it earns no subject's point and is no subject's misconception.
 */
export const SOME_SUBJECT = -3;

/** Words that say "all of the subjects" when they stand as the subject of a clause. */
const GROUP_WORDS = new Set(['both', 'neither']);
/** Words that may follow "both"/"neither" and still name the subjects: "both of them", "neither one". */
const GROUP_FILLERS = new Set([
  'of',
  'them',
  'these',
  'those',
  'the',
  'two',
  'one',
  'ones',
  'types',
  'kinds',
  'processes',
  'transport',
  'transports',
  'phases',
  'and',
  'nor',
  'type',
  'kind',
  'process',
  'phase',
]);
/** Words that may stand before a "both" in its clause: "so they both …", "and passive and active both …". */
const GROUP_LEADERS = new Set([
  // "(a) yes one needs energy" (blind batch BO)
  'yes',
  // "i think one of them goes against the gradient and one doesnt" (blind batch DC): a hedge
  // before the group word leaves it the subject.
  'i',
  'think',
  'guess',
  'believe',
  'maybe',
  'probably',
  'they',
  'so',
  'and',
  'but',
  'also',
  'then',
  'because',
  'since',
  'while',
  'whereas',
  'the',
  'transport',
  'transports',
  'types',
  'kinds',
  'of',
  'processes',
  'phases',
]);
/**
 * Words that, right after the group subject, show it is the subject of a statement ("both use …"),
 * not a pair of things ("both Na+ and K+ move").
 */
const GROUP_VERBS = new Set(
  'is are was were be use uses used need needs needed require requires required move moves moved go goes went do does did dont doesnt not cannot can could will would may might must should involve involves involved have has had take takes rely relies depend depends make makes happen happens occur occurs work works get gets spend spends cost costs let lets allow allows carry carries transport transports pass passes cross crosses flow flows diffuse diffuses also just still only usually always'.split(
    ' ',
  ),
);

/** Whether any token is "both", "neither" or "one" (the only words that open a group subject). */
function hasGroupWord(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    const w = t.info.norm;
    if (w === 'one' || GROUP_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * Per token at or after a group subject in its clause ("both …", "neither …", "one (of them) …"):
 * the end (exclusive) of that subject; else -1. `isOne` is set for the tokens of a "one" subject.
 * The group word must open its clause (after "they", "so", "and", or the subjects' own names:
 * "passive and active both …"), and be followed by a verb, so "both Na+ and K+ move" and "active
 * moves both ions" are not group subjects.
 */
function groupSubjects(tokens: readonly Token[], mentions: readonly Mention[], isOne: boolean[]): number[] {
  const n = tokens.length;
  const out = new Array<number>(n).fill(-1);
  const mentionAt = new Map<number, number>();
  const mentionEnds = new Set<number>();
  for (const m of mentions) {
    if (!mentionAt.has(m.s)) mentionAt.set(m.s, m.e);
    mentionEnds.add(m.e);
  }
  // The two latest subjects named before each token: a bare "both" must follow two different ones.
  let last = -1;
  let lastBut = -1;
  let nextMention = 0;
  let ok = true; // only leaders and subject names so far in this clause
  let end = -1;
  let start = -1;
  let one = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (prev === undefined || prev.clause !== t.clause) {
      ok = true;
      end = -1;
      start = -1;
    }
    while (nextMention < mentions.length && (mentions[nextMention] as Mention).s < i) {
      const m = mentions[nextMention] as Mention;
      if (m.subject !== last) {
        lastBut = last;
        last = m.subject;
      }
      nextMention++;
    }
    if (end < 0 && ok) {
      const me = mentionAt.get(i);
      // Not "passive one", "the active one": a named subject's "one" is that subject. Only in its
      // own sentence: "Maybe thats active. One of them goes against …" (blind batch FF) names none.
      const afterName = i > 0 && mentionEnds.has(i) && prev?.sent === t.sent;
      if (GROUP_WORDS.has(t.info.norm) || (t.info.norm === 'one' && !afterName)) {
        let k = i + 1;
        let named = false;
        while (k < n && (tokens[k] as Token).clause === t.clause) {
          const kn = (tokens[k] as Token).info.norm;
          const mk = mentionAt.get(k);
          if (mk !== undefined && mk > k) {
            k = mk;
            named = true;
          } else if (GROUP_FILLERS.has(kn) && !GROUP_VERBS.has(kn)) k++;
          else break;
        }
        const v = tokens[k];
        // "Simple diffusion needs no ATP, facilitated diffusion does. Both go high to low": a
        // bare "both" after fewer than two different subjects means other things.
        // "One of them needs energy", "one needs energy": some subject, not named.
        const isOneWord = t.info.norm === 'one';
        const refers = isOneWord ? !named : named || (last >= 0 && lastBut >= 0);
        if (refers && v !== undefined && v.clause === t.clause && GROUP_VERBS.has(v.info.norm)) {
          // From the group word on ("Neither one uses ATP" may be matched whole).
          end = k;
          start = i;
          one = isOneWord;
        } else ok = false;
      } else if (me !== undefined && me > i) {
        // a subject's own name: skip over it (its tokens stay -1)
        i = me - 1;
        continue;
      } else if (!GROUP_LEADERS.has(t.info.norm) && !t.info.article) ok = false;
    }
    const at = start >= 0 && i >= start ? end : -1;
    out[i] = at;
    isOne[i] = at >= 0 && one;
  }
  return out;
}

/**
 * True when the text between the match's last token (before `e`) and token `at` is only a copula,
 * perhaps with an article and a bracketed aside before it: "… pump (3 Na+ out, 2 K+ in) is active".
 */
function isPredicate(text: string, tokens: readonly Token[], e: number, at: number): boolean {
  const last = tokens[e - 1];
  const first = tokens[at];
  if (last === undefined || first === undefined || first.sent !== last.sent || first.start - last.end > 80)
    return false;
  // Cheap first: the word before the subject (an article skipped) must be the copula, or an "="
  // must stand right before the subject.
  let k = at - 1;
  if (tokens[k]?.info.article) k--;
  const copula = k >= e && COPULA_WORDS.has(tokens[k]?.info.norm ?? '');
  if (!copula && !text.slice((tokens[at - 1] as Token).end, first.start).includes('=')) return false;
  const between = text.slice(last.end, first.start).replace(/\([^()]*\)/g, ' ');
  // "Na+/K+-ATPase (3 Na+ out / 2 K+ in) = active" (blind batch CV): an "=" puts the name on the
  // item before it as "is" does.
  return copula ? COPULA_BETWEEN.test(between) : EQUALS_BETWEEN.test(between);
}
const COPULA_WORDS = new Set(['is', 'are', 'was', 'were']);

/** True when the word before token `at` (an article skipped) is "is"/"are"/"was"/"were". */
function afterCopula(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.info.article) k--;
  return COPULA_WORDS.has(tokens[k]?.info.norm ?? '');
}
const COPULA_BETWEEN = /^\s*(is|are|was|were)\s+(an?\s+|the\s+)?$/i;
const EQUALS_BETWEEN = /^\s*=\s*(an?\s+|the\s+)?$/i;

/** True when the sentence of token `at` tells a sequence ("first …", "… and then …"). */
function tellsSequence(tokens: readonly Token[], at: number): boolean {
  const sent = (tokens[at] as Token).sent;
  let k = at;
  while (k > 0 && (tokens[k - 1] as Token).sent === sent) k--;
  for (; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (w === 'first' || w === 'then' || w === 'followed') return true;
  }
  return false;
}

/** Prepositions before a subject that frame a statement about another item ("in passive …", "… for passive"). */
/** Words that may open a sentence before the "It" that points back ({@link Topics.itOfSentenceBefore}). */
const IT_OPENERS = new Set(['actually', 'wait', 'hmm', 'um', 'oh', 'ok', 'okay', 'so', 'and', 'but', 'also']);

/** Verbs of an "I think" that may stand before an "It" tied to the sentence before. */
const THINKING = new Set(['think', 'guess', 'believe', 'mean']);

const FRAMING = new Set(['in', 'for']);

/** Words that put a name on a drawn item: "… pointing inside, labeled depol". */
const LABELLED = new Set(['labeled', 'labelled', 'marked']);

const LINKS = new Set(['and', 'or', 'but']);
/** "depolarizes", "repolarize", "polarised": a subject named by its verb. */
const VERB_ENDINGS = /i[sz](e|es|ed|ing)$/;

/** Words that open a clause saying when ("… when it repolarizes"); not "while" or "as", which also contrast. */
const WHEN = new Set(['when', 'during', 'whenever']);

/** Words before a subject's name that make it a time or comparison reference. */
const TIME_REFERENCE = new Set(['after', 'before', 'following', 'than', 'preceding', 'until']);

/** The word before token `at` in its sentence, articles skipped: "after" in "just after the depolarization". */
function wordBefore(tokens: readonly Token[], at: number): string {
  let k = at - 1;
  while (k >= 0 && ((tokens[k] as Token).info.norm === 'the' || (tokens[k] as Token).info.norm === 'a')) k--;
  const t = tokens[k];
  return t !== undefined && t.sent === (tokens[at] as Token).sent ? t.info.norm : '';
}

/** Words that open a condition a following "then" answers ("if/when it depolarizes then …"). */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'once']);

/** Words that open a subject of its own right after a contrasting "but": "but the cell …", "but we …". */
const OWN_SUBJECT = new Set(['the', 'a', 'an', 'we', 'you', 'i', 'cells', 'your']);

/** True when token i is a "but" opening its clause with a subject of its own right after it. */
function contrastsNewSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    t.info.norm === 'but' && next !== undefined && next.clause === t.clause && OWN_SUBJECT.has(next.info.norm)
  );
}

/** Words that open a new step of a sequence when they start a sentence. */
const NEXT_STEP = new Set([
  'then',
  'next',
  'after',
  'afterward',
  'afterwards',
  'later',
  'finally',
  'second',
  'subsequently',
  'eventually',
]);

/** How far before a match its segment's ion may stand (bounded, so each look-up costs the same). */
const ION_REACH = 12;

/**
 * The ions an answer ties to one subject each: an ion named in the segment of a subject's mention
 * ("the main ion in depolarization is sodium", "depolarization involves sodium"; within
 * {@link ION_REACH} words of it), with no other ion there. An ion tied to two subjects is tied to
 * none. Kept: the first sentence of the tie.
 */
function ionTies(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  doc: AnswerDoc,
): Map<string, { subject: number; sent: number }> {
  const out = new Map<string, { subject: number; sent: number }>();
  const clash = new Set<string>();
  for (const m of mentions) {
    const first = tokens[m.s] as Token;
    let ion = '';
    let mixed = false;
    // An ion in words taken back ties nothing: "Depolarization: K+ flows in—wait no, Na+ flows in"
    // (blind batch CZ) does not tie K+ to depolarization. Nor one denied: "Depolarization does not
    // involve potassium" (blind batch EG) ties potassium to no phase.
    for (let k = m.s - 1; k >= 0 && k >= m.s - ION_REACH && (tokens[k] as Token).seg === first.seg; k--) {
      const kind = ionOf(doc, tokens, k);
      if (kind !== '' && ion !== '' && kind !== ion) mixed = true;
      if (kind !== '') ion = kind;
    }
    for (
      let k = m.e;
      k < tokens.length && k < m.e + ION_REACH && (tokens[k] as Token).seg === first.seg;
      k++
    ) {
      const kind = ionOf(doc, tokens, k);
      if (kind !== '' && ion !== '' && kind !== ion) mixed = true;
      if (kind !== '') ion = kind;
    }
    if (ion === '' || mixed || clash.has(ion)) continue;
    const had = out.get(ion);
    if (had === undefined) out.set(ion, { subject: m.subject, sent: first.sent });
    else if (had.subject !== m.subject) {
      out.delete(ion);
      clash.add(ion);
    }
  }
  return out;
}

/**
 * The kind of ion token k names, or '' when it names none or stands in words taken back or denied
 * (an ion there ties no subject). The ion is looked up first: most words are no ion, and the
 * negation check scans back.
 */
function ionOf(doc: AnswerDoc, tokens: readonly Token[], k: number): string {
  const kind = ionKind((tokens[k] as Token).info.norm);
  return kind === '' || doc.hedgedAt(k) || doc.negatedAt(k, NOTHING_EXCUSED) ? '' : kind;
}

const NOTHING_EXCUSED: ReadonlySet<string> = new Set();

/** True when token `lo` is a "when"/"whenever" that opens a clause after a statement of its sentence. */
function whenAfterStatement(tokens: readonly Token[], lo: number): boolean {
  const w = tokens[lo];
  const prev = tokens[lo - 1];
  return (
    w !== undefined &&
    (w.info.norm === 'when' || w.info.norm === 'whenever') &&
    prev !== undefined &&
    prev.sent === w.sent
  );
}

/** "the first"/"the former" and "the second"/"the latter": which of two subjects named before each is. */
const ORDINAL_REFS = new Map([
  ['first', 0],
  ['former', 0],
  ['second', 1],
  ['latter', 1],
]);

/** Words after which "the second" opens the next part of a sentence ("… and the second brings it back"). */
const ORDINAL_LINKS = new Set(['and', 'while', 'whereas', 'but']);

/**
 * Adds a mention for "the first … the second" (or "the former … the latter") opening a clause
 * right after a sentence that named exactly two subjects: "Depolarization is mainly sodium and
 * repolarization is mainly potassium. The first makes the membrane potential go up …" (blind
 * batch ER) says the first of them. One pass over the tokens, the mentions sorted at most once.
 */
function addOrdinalMentions(text: string, tokens: readonly Token[], all: Mention[]): void {
  if (all.length < 2) return;
  // Sorted only once an ordinal is found: most answers have none, and this runs on every answer.
  let named: Mention[] | undefined;
  let m = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const order = ORDINAL_REFS.get(t.info.norm);
    const the = tokens[i - 1] as Token;
    if (order === undefined || the.info.norm !== 'the' || the.clause !== t.clause) continue;
    const opener = tokens[i - 2];
    if (opener !== undefined && opener.clause === the.clause && !ORDINAL_LINKS.has(opener.info.norm))
      continue;
    named ??= all.slice().sort((a, b) => a.s - b.s);
    // The subjects named in the sentence before, in order of first mention.
    while (m < named.length && (tokens[(named[m] as Mention).s] as Token).sent < t.sent - 1) m++;
    const before: number[] = [];
    for (let k = m; k < named.length; k++) {
      const x = named[k] as Mention;
      if ((tokens[x.s] as Token).sent !== t.sent - 1) break;
      if (!before.includes(x.subject)) before.push(x.subject);
    }
    if (before.length !== 2) continue;
    const opens = opensStatement(text, tokens, i + 1);
    all.push({ s: i - 1, e: i + 1, subject: before[order] as number, label: false, opens, trails: false });
  }
}

/**
 * Removes the two mentions of a title "Depolarization vs. repolarization: Na+ flows in …" (two
 * subjects joined by "vs"/"versus"/"v"): it names both, so it heads none of what follows, and the
 * facts after it are not all said of the one named last. Mentions are few; a pass over them.
 */
function dropTitlePairs(tokens: readonly Token[], all: Mention[]): void {
  if (all.length < 2) return;
  const drop = new Set<Mention>();
  let byStart: Map<number, Mention[]> | undefined;
  for (const a of all) {
    if (!VERSUS.has(tokens[a.e]?.info.norm ?? '')) continue;
    // Made once a "vs" is found, so the pass stays linear.
    if (byStart === undefined) {
      byStart = new Map();
      for (const x of all) {
        const list = byStart.get(x.s);
        if (list === undefined) byStart.set(x.s, [x]);
        else list.push(x);
      }
    }
    const b = byStart.get(a.e + 1)?.find((x) => x.subject !== a.subject);
    if (b === undefined) continue;
    drop.add(a);
    drop.add(b);
  }
  if (drop.size === 0) return;
  const kept = all.filter((m) => !drop.has(m));
  all.length = 0;
  all.push(...kept);
}
const VERSUS: ReadonlySet<string> = new Set(['vs', 'versus', 'v']);

interface Mention {
  readonly s: number;
  readonly e: number;
  readonly subject: number;
  /** Alone in brackets ("(passive)"): a label for what stands before it. */
  readonly label: boolean;
  /** Followed by its own verb ("passive uses …", "active transport is …"): the subject of what follows. */
  readonly opens: boolean;
  /** After a statement and "during"/"for" ("K+ goes out for repolarization"): says when that statement happens. */
  readonly trails: boolean;
}

/**
 * Whether the subject named at token `at` is what a sentence pointing back names: it opens with
 * "that"/"this"/"that's" and a copula ("That would be passive (…)", "That's active transport.",
 * "This is an example of passive"), so it labels the sentence before it.
 */
function namesSentenceBefore(tokens: readonly Token[], at: number): boolean {
  const sent = (tokens[at] as Token).sent;
  if (sent === 0) return false;
  let i = at - 1;
  let copula = false;
  for (; i >= 0 && (tokens[i] as Token).sent === sent; i--) {
    const w = (tokens[i] as Token).info.norm;
    if (!BACK_REF_FILLER.has(w)) break;
    if (COPULAS.has(w)) copula = true;
  }
  const t = tokens[i];
  if (t === undefined || t.sent !== sent || (i > 0 && (tokens[i - 1] as Token).sent === sent)) return false;
  const w = t.info.norm;
  return w === 'thats' || ((w === 'that' || w === 'this') && copula);
}

const COPULAS = new Set(['is', 's', 'was', 'be']);
const BACK_REF_FILLER = new Set([
  ...COPULAS,
  'would',
  'will',
  'could',
  'a',
  'an',
  'the',
  'example',
  'of',
  'called',
]);

/** Verbs that, right after a subject's name, make it the subject of a new statement. */
/** Words for whatever is moved, after a kind of transport ("passive stuff can go …"). */
const GENERAL_MOVERS = new Set(['stuff', 'things', 'molecules', 'substances', 'particles']);

/** A colon or an equals sign right after a name (not "=>" or "=="): the name is a heading. */
const HEADING_MARK = /^ ?[:=](?![=>])/;

const STATEMENT_VERBS = new Set(
  'is are was were uses use used needs need needed requires require required does do did can cannot could will would has have had takes take moves move goes go means involves'.split(
    ' ',
  ),
);

/**
 * True when the words from token `at` ("transport" skipped) begin with a statement verb, with
 * nothing but spaces before it ("repol (goes negative)" is a label and its aside, not a subject).
 */
function opensStatement(text: string, tokens: readonly Token[], at: number): boolean {
  let k = at;
  const t = tokens[k];
  if (t !== undefined && (t.info.norm === 'transport' || t.info.norm === 'transports')) k++;
  // "…; passive stuff can go through channel proteins" (blind batch CX): the things moved, named
  // generally, are the same subject.
  else if (t !== undefined && GENERAL_MOVERS.has(t.info.norm)) k++;
  const v = tokens[k];
  const before = tokens[k - 1];
  // "passive = no energy … (hi to lo) active = needs ATP …" (blind batch FL): a name followed by
  // ":" or "=" is a heading in note form, whatever comes after it; it heads what follows even
  // with no stop before it.
  if (before !== undefined && HEADING_MARK.test(text.slice(before.end, before.end + 3))) return true;
  if (v === undefined || before === undefined || !STATEMENT_VERBS.has(v.info.norm)) return false;
  for (let j = before.end; j < v.start; j++) if (text.charCodeAt(j) !== 32) return false;
  return true;
}

/**
 * True when the mention is one adverb ("actively", "passively") with a word of its own clause
 * before it: "the pump actively moves …" says how the clause's subject acts.
 */
function adverbAfterSubject(tokens: readonly Token[], m: { s: number; e: number }): boolean {
  const t = tokens[m.s];
  const before = tokens[m.s - 1];
  return (
    m.e === m.s + 1 &&
    t !== undefined &&
    t.info.norm.endsWith('ly') &&
    before !== undefined &&
    before.clause === t.clause
  );
}

/**
 * True when the subject named at token `at` follows "during" inside a clause that began before
 * it, with no word opening a new part between ("K+ going out during repolarization"): the name
 * says when the words before it happen.
 */
function saysWhen(tokens: readonly Token[], at: number, preps: ReadonlySet<string> = DURING): boolean {
  const k = wordBeforeArticles(tokens, at);
  const prep = tokens[k];
  const before = tokens[k - 1];
  return (
    prep !== undefined &&
    preps.has(prep.info.norm) &&
    before !== undefined &&
    before.clause === prep.clause &&
    !PART_OPENERS.has(before.info.norm)
  );
}

/** The index of the word before token `at`, articles skipped ("during the repolarization"). */
function wordBeforeArticles(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && (tokens[k] as Token).info.article) k--;
  return k;
}

const DURING: ReadonlySet<string> = new Set(['during']);
/** Prepositions after which a subject's name may say when the statement before it happens. */
const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'for']);

/**
 * True when the subject named at token `at` follows "during"/"for" right after a statement's last
 * word ("K+ goes out for repolarization"), not after a linking word ("OK so for passive it …",
 * which heads what follows).
 */
function trailsStatement(tokens: readonly Token[], at: number): boolean {
  if (!saysWhen(tokens, at, TRAILING_PREPOSITIONS)) return false;
  const k = wordBeforeArticles(tokens, at);
  return !LINKERS.has(tokens[k - 1]?.info.norm ?? '');
}
/** Words that link on to what follows rather than end a statement. */
const LINKERS: ReadonlySet<string> = new Set([
  'so',
  'ok',
  'okay',
  'well',
  'also',
  'first',
  'like',
  'um',
  'as',
]);

/** Prepositions that put a subject at the head of its clause: "… and then for repolarization the K+ …". */
const HEADING_PREPOSITIONS = new Set(['for', 'in', 'during']);
/** Words after which a new part of a run-on sentence starts. */
const PART_OPENERS = new Set(['and', 'then', 'next', 'now', 'but']);

/**
 * True when the subject named at token `at` opens a new part of its sentence after a preposition:
 * "… the inside gets more positive and then for repolarization the potassium goes out", or right
 * after "and then" ("… and then repolarization the Na channels close"). Such a name heads what
 * follows it (blind batches BB, BC: run-on answers), like a subject followed by its verb;
 * "K+ leaves during repolarization" (a verb before the preposition) says when, and is not one.
 */
function headsClause(tokens: readonly Token[], at: number): boolean {
  const k = wordBeforeArticles(tokens, at);
  const prep = tokens[k];
  if (prep === undefined) return false;
  const before = tokens[k - 1];
  if (before === undefined || before.sent !== prep.sent) return false;
  // "… and then repolarization the Na channels close" (blind batch BC): no preposition at all.
  if (
    NEXT_WORDS.has(prep.info.norm) &&
    before.info.norm === 'and' &&
    !VERB_ENDINGS.test(tokens[at]?.info.norm ?? '')
  )
    return true;
  return HEADING_PREPOSITIONS.has(prep.info.norm) && PART_OPENERS.has(before.info.norm);
}

/** "and then" / "and next" before a subject's name: the next part of a run-on answer starts. */
const NEXT_WORDS = new Set(['then', 'next']);

/** True when the nearest non-space character before `at` is "(". */
function opensParen(text: string, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const c = text.charCodeAt(j);
    if (c === 40 /* ( */) return true;
    if (c !== 32) return false;
  }
  return false;
}

/** The most characters a bracketed list after a name runs before its ")" ("(passive, facilitated diffusion)"). */
const BRACKET_LIST_REACH = 40;

/**
 * True when a comma follows at `at` (spaces skipped) and the bracket closes within
 * {@link BRACKET_LIST_REACH} characters, with no other bracket, full stop or line break before it.
 */
function listClosesParen(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) !== 44 /* , */) return false;
  for (let k = j + 1; k < text.length && k <= j + BRACKET_LIST_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === 41 /* ) */) return true;
    if (c === 40 /* ( */ || c === 46 /* . */ || c === 10 /* \n */) return false;
  }
  return false;
}

/** True when the nearest non-space character at or after `at` is ")". */
function closesParen(text: string, at: number): boolean {
  for (let j = at; j < text.length && j <= at + 3; j++) {
    const c = text.charCodeAt(j);
    if (c === 41 /* ) */) return true;
    if (c !== 32) return false;
  }
  return false;
}

/**
 * Whether a mention starts in negation segment `seg`. Module functions here and below rather than
 * closures in {@link Topics.of}: one capturing its locals made V8 allocate a context at every call.
 */
function inSegment(tokens: readonly Token[], m: Mention | undefined, seg: number | undefined): m is Mention {
  return m !== undefined && tokens[m.s]?.seg === seg;
}

const startOf = (m: Mention): number => m.s;
const endOf = (m: Mention): number => m.e;

function lowerBound<T>(list: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound<T>(list: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
