import { describe, expect, it } from 'vitest';
import { checkGuide } from '../../src/guide/check.js';
import type { Section } from '../../src/guide/types.js';

const make = (id: string, extra: Partial<Section> = {}): Section => ({
  id, title: id, summary: '', order: 0, tags: [], aliases: [], related: [], roles: [], stages: [], skills: [], regions: [], changed: [],
  body: '', file: `${id}.md`, origin: 'test', ...extra,
});

describe('checkGuide', () => {
  it('accepts a consistent guide', () => {
    const role = make('research-engineer', { roleBlock: {} });
    expect(checkGuide([make('a', { related: ['b'], roles: ['research-engineer'], aliases: ['x'] }), make('b'), role])).toEqual([]);
  });

  it('names dangling related ids, unknown roles and clashing aliases', () => {
    const problems = checkGuide([make('a', { related: ['nope'], roles: ['wizard'], aliases: ['b'] }), make('b')]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'a.md: related: no section with id "nope"',
      'a.md: roles: no role with id "wizard"',
      'a.md: aliases: "b" is already the id or an alias of "b"',
    ]);
  });
});
