import type { Pattern } from '../content/question-schema.js';
import type { LabelReader } from './label-reader.js';

/** Verbs of making or having an amount: "makes less ATP" is the ATP made, or the ATP there is. */
const MAKING = new Set(
  'make makes produce produces generate generates synthesize synthesizes yield yields have has get gets'.split(
    ' ',
  ),
);
/** Verbs of using an amount: "consumes less oxygen" is the oxygen used, not the oxygen there is. */
const USING = new Set(
  'use uses consume consumes take takes absorb absorbs need needs require requires'.split(' '),
);

/** Nouns for the amount made ("ATP production", "ATP levels"); optional after the thing. */
const MADE_NOUNS = 'production|output|synthesis|yield|level|levels|amount|supply|made|produced|generated';
/** Nouns for the amount used ("oxygen consumption", "O2 use", "O2 uptake"); required after the thing. */
const USED_NOUNS = 'use|usage|consumption|uptake|intake|used|consumed|absorption|absorbed|needed';

/** Words that join a second statement to the label's first. */
const LINKS = new Set('because since so when if and but while as which that'.split(' '));

const COMPARATIVES: Record<string, string> = { less: '@decrease', fewer: '@decrease', more: '@increase' };

/**
 * "The cell makes less ATP" is also said "ATP production decreases", "ATP goes down" and "cyanide
 * decreases ATP production"; "The cell consumes less oxygen" as "oxygen consumption drops" and "O2
 * use goes down" (teacher set 21's labels alone missed about forty of each): a comparative amount
 * after a verb of making or using, said instead as the thing changing. `words` are the label's
 * words in lower case; the thing is the one or two words after "less", "fewer" or "more", which
 * must end the label. A verb of using keeps its noun ("oxygen goes down" may be the oxygen left,
 * which rises when less is used); a verb of making may drop it. Empty when the label is not of
 * this shape.
 */
export function amountChangeAlternatives(words: readonly string[], reader: LabelReader): Pattern[] {
  const k = words.findIndex((w, i) => COMPARATIVES[w] !== undefined && i > 0);
  if (k < 0) return [];
  // Only a label that is that one statement: in "Photosynthesis decreases because the Calvin cycle
  // has less CO2" the amount is the reason, and "CO2 goes down" alone is not the point.
  if (words.slice(0, k).some((w) => LINKS.has(w))) return [];
  const verb = words[k - 1] as string;
  const making = MAKING.has(verb);
  if (!making && !USING.has(verb)) return [];
  const thingWords = words.slice(k + 1);
  if (thingWords.length === 0 || thingWords.length > 2 || thingWords.some((w) => !/^[a-z0-9]+$/.test(w)))
    return [];
  const thing = thingPhrase(thingWords.join(' '), reader);
  const change = COMPARATIVES[words[k] as string] as string;
  const noun = making ? `${MADE_NOUNS}?` : USED_NOUNS;
  const out: Pattern[] = [
    // "ATP production would drop sharply": the thing (and its noun), then the change, in one clause.
    { all: [`${thing} ${noun}`, change], ordered: true, scope: 'clause', within: 6 },
    // "decreases ATP production", "a drop in oxygen consumption".
    `${change} =in|=of? ${thing} ${noun}`,
  ];
  // Making none is making less: "it stops making isoleucine", "isoleucine production shuts off",
  // "no more isoleucine is made" (teacher set 22 wrote each as an accept: phrase). Each phrase
  // holds its own "stop" or "no", so the denial is the match, not a denial of it.
  // No gap between the thing and the verb: "ATP synthase stops" is not "ATP production stops".
  if (making && change === '@decrease')
    out.push(
      `${STOP_VERBS_ING} ${MAKING_ING} =any|=the|=more? ${thing}`,
      `${thing} ${MADE_NOUNS}? ${MAY} ${STOP_VERBS}`,
      `${thing} ${MADE_NOUNS}? ${MAY} =shut|=shuts|=turn|=turns|=turned =off|=down`,
      `=no =more|=longer? ${thing} =is|=are|=gets|=get|=being? =made|=produced|=synthesized|=generated`,
      // "the cell has enough isoleucine so it stops making it": the thing named just before.
      {
        all: [thing, `${STOP_VERBS_ING} ${MAKING_ING} =it|=them`],
        ordered: true,
        scope: 'answer',
        within: 20,
      },
    );
  return out;
}

/**
 * "Viral DNA production halts": production that stops is the thing no longer made, so "No viral
 * DNA is made", "the virus makes no DNA" and "the virus cannot make DNA" say it (set 26's teacher
 * found the label met none of thirteen trial answers). `words` are the plain words before the
 * label's verb of stopping; empty unless they end in a noun of making with the thing before it.
 */
export function productionStoppedAlternatives(words: readonly string[]): Pattern[] {
  if (words.length < 2 || !MAKING_NOUNS.has(words[words.length - 1] as string)) return [];
  const thing = words[words.length - 2] as string;
  return [
    { all: [`=no|without ..2 ${thing}`, MAKE_FORMS], scope: 'clause' },
    { all: [`=not|=never ..2 ${MAKE_FORMS}`, thing], ordered: true, scope: 'clause', within: 6 },
    { all: [thing, `=not|=never ..2 ${MADE_FORMS}`], ordered: true, scope: 'clause', within: 6 },
    `${MAKE_FORMS} =no ..1 ${thing}`,
  ];
}

/** Nouns of making itself: "DNA production halts" is DNA no longer made. */
const MAKING_NOUNS = new Set(['production', 'synthesis', 'formation', 'manufacture']);
/** Every form of the verbs of making, for a phrase ("the virus cannot make DNA"). */
const MAKE_FORMS =
  'make|makes|made|making|produce|produces|produced|producing|synthesize|synthesizes|synthesized|form|forms|formed';
/** Their passive forms ("the DNA is not made"). */
const MADE_FORMS = 'made|produced|synthesized|formed';

/** Verbs of coming to a stop, as said of the thing made ("isoleucine production stops"). */
const STOP_VERBS = 'stop|stops|stopped|halt|halts|halted|cease|ceases|ceased';
/** The same before a making verb, with "stopping" ("it is stopping making isoleucine"). */
const STOP_VERBS_ING = `${STOP_VERBS}|stopping`;

/** An optional auxiliary before the verb ("isoleucine production would stop"). */
const MAY = '=will|=would|=could|=can|=may|=might|=then|=just|=eventually|=completely|=gets|=is|=are?';

/** The making verbs as "-ing" forms ("stops making", "ceases producing"). */
const MAKING_ING = '=making|=producing|=generating|=synthesizing';

/**
 * The thing as the reader reads it ("oxygen" as `@oxygen`, which "O2" meets too), when one lexicon
 * concept covers all its words; else its words as written.
 */
function thingPhrase(text: string, reader: LabelReader): string {
  const { doc, spans } = reader.read(text);
  const whole = spans
    .filter((s) => s.s === 0 && s.e === doc.n && s.reading.kind === 'concept')
    .sort((a, b) => a.reading.size - b.reading.size)[0];
  return whole !== undefined && typeof whole.reading.pattern === 'string' ? whole.reading.pattern : text;
}
