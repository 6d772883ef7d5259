import { describe, expect, it } from 'vitest';
import { canTeach } from '../../src/classes/permissions.js';
import { buildReportCsv, reportRowCount } from '../../src/classes/report.js';
import { summarize } from '../../src/classes/summary.js';
import type { ClassInfo, Submission } from '../../src/classes/types.js';

const points = [
  { id: 'cause', label: 'Na+ moves in' },
  { id: 'effect', label: 'Inside less negative' },
];

function sub(
  memberId: string,
  name: string,
  earned: [boolean, boolean],
  answer: string,
  extra: Partial<Submission> = {},
): Submission {
  return {
    assignmentId: 1,
    memberId,
    displayName: name,
    attempt: 1,
    submittedAt: Date.parse('2026-12-01T10:00:00Z'),
    score: earned.filter(Boolean).length,
    maxScore: 2,
    points: points.map((p, i) => ({ ...p, earned: earned[i] as boolean })),
    misconceptions: [],
    answer,
    ...extra,
  };
}

describe('class summary', () => {
  it('counts latest attempts only, with a distribution, most-missed points and misconceptions, no names', () => {
    const subs = [
      sub('1', 'Ana', [true, true], 'a'),
      sub('2', 'Ben', [true, false], 'b'),
      sub('3', 'Cy', [false, false], 'c', {
        misconceptions: [{ id: 'sodium-leaves', label: 'Sodium leaves' }],
      }),
      sub('2', 'Ben', [false, false], 'b0', { attempt: 0 }),
    ];
    const summary = summarize(subs, 2);
    expect(summary.submitted).toBe(3);
    expect(summary.distribution).toEqual([1, 1, 1]);
    expect(summary.mean).toBe(1);
    expect(summary.mostMissed).toEqual([
      { id: 'effect', label: 'Inside less negative', count: 2 },
      { id: 'cause', label: 'Na+ moves in', count: 1 },
    ]);
    expect(summary.misconceptions).toEqual([{ id: 'sodium-leaves', label: 'Sodium leaves', count: 1 }]);
    expect(JSON.stringify(summary)).not.toMatch(/Ana|Ben|Cy/);
  });

  it('points tied with the last of the top ones are listed too, not dropped without a word', () => {
    // Teacher set 6: four points each missed by 1 of 2 students, and the fourth went unmentioned.
    const subs = [sub('1', 'Ana', [false, false], 'a'), sub('2', 'Ben', [false, false], 'b')];
    expect(summarize(subs, 2, 1).mostMissed.map((m) => m.id)).toEqual(['cause', 'effect']);
    const uneven = [sub('1', 'Ana', [true, false], 'a'), sub('2', 'Ben', [false, false], 'b')];
    expect(summarize(uneven, 2, 1).mostMissed.map((m) => m.id)).toEqual(['effect']);
  });

  it('an assignment nobody answered still has a scale', () => {
    expect(summarize([], 3)).toMatchObject({ submitted: 0, distribution: [0, 0, 0, 0], mean: 0 });
  });
});

describe('CSV report', () => {
  it('starts with a BOM, quotes commas, quotes and newlines, and neutralises formulas', () => {
    const csv = buildReportCsv([
      {
        assignmentId: 1,
        questionId: 'nmj',
        points,
        submissions: [
          sub('1', 'Ana, "the best"', [true, false], 'line one\nline two, with "quotes"'),
          sub('2', '=HYPERLINK("x")', [false, true], '+1 then -2', {
            misconceptions: [{ id: 'sodium-leaves', label: 'x' }],
          }),
          sub('3', '@cy', [false, false], '\tTabbed'),
        ],
      },
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'member id,display name,submitted at,score,max score,point: cause,point: effect,misconceptions,answer',
    );
    expect(text).toContain('"Ana, ""the best"""');
    expect(text).toContain('"line one\nline two, with ""quotes"""');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain("'+1 then -2");
    expect(text).toContain("'@cy");
    expect(text).toContain("'\tTabbed");
    expect(text).toContain('2026-12-01T10:00:00.000Z,1,2,1,0,,');
  });

  it('counts one row per student, however many lines their answer has', () => {
    // Teacher set 23: "10 rows" was reported for two students whose answers ran over several lines.
    const sections = [
      {
        assignmentId: 1,
        questionId: 'nmj',
        points,
        submissions: [
          sub('1', 'Ana', [true, false], 'q = .4\np = .6\n2pq = 0.48\nso 480'),
          sub('2', 'Ben', [false, true], 'one\ntwo\nthree'),
        ],
      },
    ];
    expect(reportRowCount(sections)).toBe(2);
    expect(buildReportCsv(sections).toString('utf8').split('\n').length).toBeGreaterThan(4);
  });
});

describe('who may teach a class', () => {
  const cls: ClassInfo = {
    id: 1,
    guildId: 'g1',
    channelId: 'c1',
    teacherId: 't',
    teacherRoleId: 'r',
    createdAt: 0,
  };
  const actor = (over: Partial<Parameters<typeof canTeach>[0]>) => ({
    id: 'x',
    guildId: 'g1',
    roleIds: [],
    manageGuild: false,
    ...over,
  });
  it('admits Manage Server, the teacher and the teacher role; refuses students and other servers', () => {
    expect(canTeach(actor({ manageGuild: true }), cls).ok).toBe(true);
    expect(canTeach(actor({ id: 't' }), cls).ok).toBe(true);
    expect(canTeach(actor({ roleIds: ['r'] }), cls).ok).toBe(true);
    expect(canTeach(actor({}), cls)).toEqual({ ok: false, reason: 'not-teacher' });
    expect(canTeach(actor({ guildId: 'g2', manageGuild: true }), cls)).toEqual({
      ok: false,
      reason: 'other-server',
    });
    expect(canTeach(actor({ roleIds: ['r'] }), undefined)).toEqual({ ok: false, reason: 'not-a-class' });
  });
});
