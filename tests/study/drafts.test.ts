import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftRepo, RECENT_KEPT } from '../../src/store/drafts.js';
import { openStore } from '../../src/store/index.js';
import { DRAFT_TTL_MS, draftFor, noteGiven, saveDraft } from '../../src/study/index.js';

const dir = mkdtempSync(join(tmpdir(), 'drafts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ana = { guildId: 'g1', userId: 'ana' };
const t0 = Date.UTC(2026, 3, 1);

describe('drafts and recent questions in the store', () => {
  it('a draft survives closing and reopening the file (a restart), only for its own question and member', () => {
    const path = join(dir, 'restart.db');
    const first = openStore(path);
    saveDraft(first, ana, 'nmj', ['sodium rushes in', 'part b'], t0);
    first.close();
    const second = openStore(path);
    expect(draftFor(second, ana, 'nmj', t0 + 1000)).toEqual(['sodium rushes in', 'part b']);
    expect(draftFor(second, ana, 'other', t0)).toBeUndefined();
    expect(draftFor(second, { guildId: 'g1', userId: 'ben' }, 'nmj', t0)).toBeUndefined();
    expect(draftFor(second, { guildId: 'g2', userId: 'ana' }, 'nmj', t0)).toBeUndefined();
    second.close();
  });

  it('an old draft expires: not returned after the TTL, and deleted by the next save', () => {
    const store = openStore(join(dir, 'expiry.db'));
    saveDraft(store, ana, 'old', ['old words'], t0);
    expect(draftFor(store, ana, 'old', t0 + DRAFT_TTL_MS + 1)).toBeUndefined();
    saveDraft(store, ana, 'new', ['new words'], t0 + DRAFT_TTL_MS + 1);
    expect(store.db.prepare("SELECT count(*) AS n FROM drafts WHERE question_id = 'old'").get()).toEqual({
      n: 0,
    });
    store.close();
  });

  it(`keeps the latest ${RECENT_KEPT} questions given, most recent first, without duplicates`, () => {
    const store = openStore(join(dir, 'recent.db'));
    let at = t0;
    for (const id of ['a', 'b', 'a', 'c']) noteGiven(store, ana, id, at++);
    expect(store.repo(draftRepo).recent('g1', 'ana')).toEqual(['c', 'a', 'b']);
    for (let i = 0; i < RECENT_KEPT + 3; i++) noteGiven(store, ana, `q${i}`, at++);
    const recent = store.repo(draftRepo).recent('g1', 'ana');
    expect(recent).toHaveLength(RECENT_KEPT);
    expect(recent[0]).toBe(`q${RECENT_KEPT + 2}`);
    store.close();
  });
});
