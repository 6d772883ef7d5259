import { describe, expect, it } from 'vitest';
import { coreTerms, termsByUnit } from '../../src/content/term-browse.js';
import { termSchema } from '../../src/content/term-schema.js';

const card = (id: string, unit: string | undefined, links: string[] = []) =>
  termSchema.parse({
    id,
    name: id[0]?.toUpperCase() + id.slice(1),
    ...(unit ? { unit } : {}),
    definition: `${id} defined`,
    explanation: `${id} explained`,
    keyPoints: ['one', 'two'],
    connections: links.map((l) => ({ id: l, why: 'related' })),
  });

describe('termsByUnit', () => {
  it('groups cards by unit in course order (Unit 2 before Unit 10), names A–Z, cards without a unit last', () => {
    const units = termsByUnit([
      card('zeta', 'Unit 10: Later'),
      card('beta', 'Unit 2: Cells'),
      card('alpha', 'Unit 2: Cells'),
      card('loose', undefined),
    ]);
    expect(units.map((u) => [u.unit, u.terms.map((t) => t.id)])).toEqual([
      ['Unit 2: Cells', ['alpha', 'beta']],
      ['Unit 10: Later', ['zeta']],
      ['Other terms', ['loose']],
    ]);
  });
});

describe('coreTerms', () => {
  it('orders cards by how many other cards connect to them, then by name', () => {
    const core = coreTerms([
      card('alpha', 'U', ['hub']),
      card('beta', 'U', ['hub', 'second']),
      card('hub', 'U', ['hub']),
      card('second', 'U'),
    ]);
    expect(core.map((t) => t.id)).toEqual(['hub', 'second', 'alpha', 'beta']);
  });
});
