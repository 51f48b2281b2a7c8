import { describe, expect, it } from 'vitest';
import { checkGuide } from '../../src/guide/check.js';
import type { SectionWithBody } from '../../src/guide/types.js';

const make = (id: string, extra: Partial<SectionWithBody> = {}): SectionWithBody => ({
  id,
  title: id,
  summary: '',
  order: 0,
  tags: [],
  aliases: [],
  related: [],
  roles: [],
  stages: [],
  skills: [],
  regions: [],
  changed: [],
  body: '',
  file: `${id}.md`,
  origin: 'test',
  ...extra,
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

  it('accepts links to addresses and to sections, and names any other', () => {
    const body = 'See [a](https://example.org/x), [b](http://example.org), [c](b), [d](nope), [e](./notes.md) and [f](javascript:alert(1)).';
    const problems = checkGuide([make('a', { body }), make('b')]);
    expect(problems.map((p) => p.message)).toEqual([
      'body: link to "nope" is neither an http(s) address nor a section id',
      'body: link to "./notes.md" is neither an http(s) address nor a section id',
      'body: link to "javascript:alert(1)" is neither an http(s) address nor a section id',
    ]);
  });

  it('warns of a change note whose name the text never uses, since no mark would show', () => {
    const changed = [{ name: 'Old Lab', mentions: ['OL'], note: 'Closed.', source: 'A report', as_of: '2026-11-30' }];
    expect(checkGuide([make('a', { body: 'Work at OL.', changed })])).toEqual([]);
    expect(checkGuide([make('a', { body: 'Work elsewhere.', changed })]).map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'changed: "OL" is never mentioned in the text, so no mark shows where it is'],
    ]);
  });
});
