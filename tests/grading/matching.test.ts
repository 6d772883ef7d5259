import { describe, expect, it } from 'vitest';
import { checkLexicon, RubricCompileError } from '../../src/grading/compile.js';
import { grade } from '../../src/grading/grade.js';
import { earns, lexicon, rubric } from './helpers.js';

const lex = lexicon(`
concepts:
  sodium: [sodium, Na+, na]
  potassium: [potassium, K+]
  enters: [enter, influx, "flow|rush|move in|into"]
  leaves: [leave, exit, "flow|rush|move out"]
  inside: [inside, intracellular]
  outside: [outside, extracellular]
  more-positive: ["more positive"]
  depolarize: [depolarize, depolarization]
  sodium-ion: ["@sodium ion|ions?"]
`);

describe('phrases', () => {
  it('match inflected forms through stemming', () => {
    const r = rubric('"@depolarize"', lex);
    for (const w of ['depolarizes', 'depolarized', 'depolarizing', 'depolarization', 'depolarised']) {
      expect(earns(r, `The membrane ${w}.`), w).toBe(true);
    }
  });

  it('tolerate misspellings in long words but not in short ones', () => {
    const r = rubric('"@depolarize"', lex);
    expect(earns(r, 'the cell depolarizaton')).toBe(true);
    expect(earns(r, 'the cell depolerizes')).toBe(true);
    expect(earns(r, 'the cell repolarizes')).toBe(false);
    const na = rubric('"@sodium"', lex);
    expect(earns(na, 'Na goes')).toBe(true);
    expect(earns(na, 'Ne goes')).toBe(false);
    expect(earns(na, 'sodiun goes')).toBe(true);
  });

  it('treat articles as transparent and support optional words', () => {
    const r = rubric('"moves into cell"', lex);
    expect(earns(r, 'it moves into the cell')).toBe(true);
    const opt = rubric('"@sodium ions? enter"', lex);
    expect(earns(opt, 'sodium ions enter')).toBe(true);
    expect(earns(opt, 'sodium enter')).toBe(true);
  });

  it('support alternatives, exact words, prefixes and gaps', () => {
    expect(earns(rubric('"flows|rushes in"', lex), 'it rushes in')).toBe(true);
    expect(earns(rubric('"=in"', lex), 'ins')).toBe(false);
    expect(earns(rubric('"=in"', lex), 'in')).toBe(true);
    expect(earns(rubric('"hyperpolar*"', lex), 'hyperpolarizing')).toBe(true);
    const gap = rubric('"moves ..2 into"', lex);
    expect(earns(gap, 'it moves very quickly into')).toBe(true);
    expect(earns(gap, 'it moves very very quickly into')).toBe(false);
  });

  it('never match across a sentence boundary', () => {
    expect(earns(rubric('"moves ..2 into"', lex), 'it moves. Into')).toBe(false);
  });

  it('use concepts inside phrases, and concepts may reference concepts', () => {
    expect(earns(rubric('"@sodium-ion"', lex), 'Na+ ions')).toBe(true);
  });
});

describe('combinators', () => {
  it('any-of earns on any alternative', () => {
    const r = rubric('["@sodium", "@potassium"]', lex);
    expect(earns(r, 'K+ is here')).toBe(true);
    expect(earns(r, 'chloride is here')).toBe(false);
  });

  it('all-of needs every item in the same scope unit', () => {
    const clause = rubric('{all: ["@sodium", "@enters"], scope: clause}', lex);
    expect(earns(clause, 'sodium flows in')).toBe(true);
    expect(earns(clause, 'sodium is outside, and then water flows in')).toBe(false);
    const sentence = rubric('{all: ["@sodium", "@enters"]}', lex);
    expect(earns(sentence, 'sodium is outside, water flows in')).toBe(true);
    expect(earns(sentence, 'sodium is outside. Water flows in')).toBe(false);
    const answer = rubric('{all: ["@sodium", "@enters"], scope: answer}', lex);
    expect(earns(answer, 'sodium is outside. Water flows in')).toBe(true);
  });

  it('within limits the whole match to N words', () => {
    const r = rubric('{all: ["@sodium", "@enters"], within: 4}', lex);
    expect(earns(r, 'sodium quickly flows in')).toBe(true);
    expect(earns(r, 'sodium which is positive and small flows in')).toBe(false);
  });

  it('ordered requires the listed order; unordered accepts either', () => {
    const ordered = rubric('{all: ["@sodium", "@enters"], ordered: true}', lex);
    expect(earns(ordered, 'sodium flows in')).toBe(true);
    expect(earns(ordered, 'influx of sodium')).toBe(false);
    const unordered = rubric('{all: ["@sodium", "@enters"]}', lex);
    expect(earns(unordered, 'influx of sodium')).toBe(true);
  });

  it('not excludes a match anywhere in the unit when unordered', () => {
    const r = rubric('{all: ["@more-positive", {not: "@outside"}], scope: clause}', lex);
    expect(earns(r, 'the inside becomes more positive')).toBe(true);
    expect(earns(r, 'the outside becomes more positive')).toBe(false);
  });

  it('not is positional when ordered', () => {
    const r = rubric(
      '{all: ["@inside", {not: "@outside"}, "@more-positive"], ordered: true, scope: clause}',
      lex,
    );
    expect(earns(r, 'the inside becomes more positive than the outside')).toBe(true);
    expect(earns(r, 'the inside and then the outside become more positive')).toBe(false);
  });

  it('not only counts affirmed matches', () => {
    const r = rubric('{all: ["@more-positive", {not: "@outside"}], scope: sentence}', lex);
    expect(earns(r, 'the inside, not the outside, becomes more positive')).toBe(true);
  });
});

describe('direction', () => {
  const cause = rubric('{all: ["@sodium", {not: "@leaves"}, "@enters"], ordered: true, within: 8}', lex);
  it('distinguishes entering from leaving', () => {
    expect(earns(cause, 'sodium flows in')).toBe(true);
    expect(earns(cause, 'sodium flows out')).toBe(false);
    expect(earns(cause, 'sodium flows out and water flows in')).toBe(false);
  });
});

describe('evidence', () => {
  it('quotes the exact words of the answer that earned the point, merging adjacent words', () => {
    const r = rubric('{all: ["@sodium", "@enters"], scope: clause}', lex);
    const text = 'First ACh binds. Then Na⁺ rushes  into the fibre.';
    const point = grade(r, text).points[0];
    expect(point?.earned).toBe(true);
    const ev = point?.evidence ?? [];
    expect(ev.map((e) => e.text)).toEqual(['Na⁺ rushes  into']);
    // Two words or fewer between the pieces are shown; more are cut with "…".
    const near = grade(r, 'Sodium ions quickly flow in').points[0]?.evidence ?? [];
    expect(near.map((e) => e.text)).toEqual(['Sodium ions quickly flow in']);
    const apart = grade(r, 'Sodium ions always very quickly flow in').points[0]?.evidence ?? [];
    expect(apart.map((e) => e.text)).toEqual(['Sodium', 'flow in']);
    for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('records the part index for multi-part answers', () => {
    const r = rubric('"@sodium"', lex, {
      points: undefined,
      parts: [
        { label: 'a', prompt: 'A?', points: [{ id: 'a1', label: 'a', hint: 'h', pattern: '@potassium' }] },
        { label: 'b', prompt: 'B?', points: [{ id: 'b1', label: 'b', hint: 'h', pattern: '@sodium' }] },
      ],
    });
    const result = grade(r, ['potassium', 'sodium']);
    expect(result.points.map((p) => [p.id, p.earned, p.evidence[0]?.part])).toEqual([
      ['a1', true, 0],
      ['b1', true, 1],
    ]);
    // Per part: sodium in part (a) does not earn part (b)'s point.
    expect(grade(r, ['sodium', 'potassium']).points.map((p) => p.earned)).toEqual([false, false]);
  });
});

describe('compile errors', () => {
  it('reports unknown concepts, bad syntax and cycles', () => {
    const cyc = lexicon('concepts:\n  a: ["@b"]\n  b: ["x @a"]\n');
    expect(
      checkLexicon(cyc)
        .map((i) => i.message)
        .join(),
    ).toMatch(/concept cycle/);
    expect(() => rubric('"@nope"', lex)).toThrow(/unknown concept "@nope"/);
    expect(() => rubric('".. sodium"', lex)).toThrow(/may not start or end with a gap/);
    expect(() => rubric('"a|b|c|d|e|f|g|h|i|j|k a2 a3 a4 a5 a6 a7 a8 a9 a10 a11"', lex)).toThrow(
      RubricCompileError,
    );
    expect(() => rubric('"@x"', lex, { concepts: { x: ['@y'], y: ['z @x'] } })).toThrow(
      /concept cycle: x → y → x/,
    );
  });
});

describe('list markers glued to words', () => {
  it('let the word before or after the marker earn its point', () => {
    const r = rubric('all: ["@sodium", "@enters"]', lex);
    expect(earns(r, '1.sodium enters2. the cell depolarizes')).toBe(true);
    expect(earns(r, 'step1: sodium2) enters')).toBe(false);
    expect(earns(r, 'the ion is sodium3: it enters')).toBe(false);
    const d = rubric('"@depolarize"', lex);
    expect(earns(d, 'sodium enters1. depolarization2.')).toBe(true);
  });
});

describe('phrase forms that could never match as written are compile errors', () => {
  const problems = (pattern: string): string[] => {
    try {
      rubric(JSON.stringify(pattern), lex);
      return [];
    } catch (error) {
      if (!(error instanceof RubricCompileError)) throw error;
      return error.issues.map((i) => i.message);
    }
  };

  it('"|" chooses between single words: "a|b c|d" is (a or b) then (c or d)', () => {
    const r = rubric('"moves|flows in|into"', lex);
    expect(earns(r, 'sodium flows into the cell')).toBe(true);
    expect(earns(r, 'sodium moves in')).toBe(true);
    // So an author's "nuclear pore|cell membrane" means nuclear, pore|cell, membrane.
    const np = rubric('"nuclear pore|cell membrane"', lex);
    expect(earns(np, 'through the nuclear pore')).toBe(false);
    expect(earns(np, 'the nuclear cell membrane')).toBe(true);
  });

  it('refuses brackets or quotes used to group a multi-word alternative', () => {
    for (const p of ['(nuclear pore|cell membrane)', '"nuclear pore"|"cell membrane"', 'x|[y z]']) {
      expect(problems(p).join('\n'), p).toMatch(/"\|" chooses between single words/);
    }
    // Without "|" brackets and quotes are harmless punctuation.
    expect(problems('sodium (Na+) enters')).toEqual([]);
  });

  it('refuses an alternative that is the word next to it ("sodium ion|potassium ion")', () => {
    expect(problems('sodium ion|potassium ion')).toEqual([
      expect.stringMatching(
        /^"ion\|potassium" in "sodium ion\|potassium ion": one alternative is the word next to it/,
      ),
    ]);
    expect(problems('ion|potassium ion')).toHaveLength(1);
    // Different words, or alternation beside alternation, are the ordinary use of "|".
    expect(problems('flow|rush|move in|into')).toEqual([]);
    expect(problems('go|goes up|up')).toEqual([]);
  });

  it('refuses empty alternatives, unknown concepts and "?" inside an alternative', () => {
    expect(problems('a||b')).toEqual(['"a||b": empty alternative around "|"']);
    expect(problems('sodium |potassium')).toEqual(['"|potassium": empty alternative around "|"']);
    expect(problems('@sodium|@sodum ions')).toEqual([
      'unknown concept "@sodum" (not in the question\'s concepts nor in the lexicon)',
    ]);
    expect(problems('sodium?|potassium ions')[0]).toMatch(/"\?" makes a whole element optional/);
  });

  it('refuses gaps written wrongly, which would otherwise be read as words or as nothing', () => {
    for (const p of ['sodium ..9 enters', 'sodium ..0 enters', 'sodium ... enters', 'sodium ..10 enters']) {
      expect(problems(p), p).toEqual([
        expect.stringMatching(/is not a gap: write "\.\." .* "\.\.1" to "\.\.8"/),
      ]);
    }
  });

  it('refuses a sentence end inside a phrase and chunks that fold to nothing', () => {
    for (const p of ['sodium. enters', 'e.g. sodium', 'sodium! enters']) {
      expect(problems(p).join(), p).toMatch(/ends a sentence inside the phrase/);
    }
    for (const p of ['sodium ? enters', 'sodium - enters', '1. sodium enters']) {
      expect(problems(p).join(), p).toMatch(/is not a word \(it folds to nothing\)/);
    }
    // A final full stop and ordinary punctuation are fine.
    expect(problems('sodium enters.')).toEqual([]);
    expect(problems('sodium, enters')).toEqual([]);
  });
});

describe('words glued at a case change', () => {
  it('let both words earn points, and quote each from the answer', () => {
    const r = rubric('"@sodium"', lex);
    const text = 'the ions move in: potassiumSodium rushes';
    const point = grade(r, text).points[0];
    expect(point?.earned).toBe(true);
    expect(point?.evidence.map((e) => e.text)).toEqual(['Sodium']);
    for (const e of point?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('read the glue as the end of a list item, so a sentence scope stops there', () => {
    const r = rubric('{all: ["@sodium", "@enters"], scope: sentence}', lex);
    expect(earns(r, 'potassium and sodium enter')).toBe(true);
    expect(earns(r, 'the ion is sodiumPotassium will enter')).toBe(false);
    expect(earns(r, 'potassium leavesSodium will enter')).toBe(true);
  });
});
