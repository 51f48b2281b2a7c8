import { describe, expect, it } from 'vitest';
import { checkGuide } from '../../src/guide/check.js';
import { makeSection } from '../helpers/sections.js';

describe('checkGuide', () => {
  it('accepts a consistent guide', () => {
    const role = makeSection('research-engineer', { roleBlock: {} });
    expect(checkGuide([makeSection('a', { related: ['b'], roles: ['research-engineer'], aliases: ['x'] }), makeSection('b'), role])).toEqual([]);
  });

  it('names dangling related ids, unknown roles and clashing aliases', () => {
    const problems = checkGuide([makeSection('a', { related: ['nope'], roles: ['wizard'], aliases: ['b'] }), makeSection('b')]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'a.md: related: no section with id "nope"',
      'a.md: roles: no role with id "wizard"',
      'a.md: aliases: "b" is already the id or an alias of "b"',
    ]);
  });

  it('accepts links to addresses and to sections, and names any other', () => {
    const body = 'See [a](https://example.org/x), [b](http://example.org), [c](b), [d](nope), [e](./notes.md) and [f](javascript:alert(1)).';
    const problems = checkGuide([makeSection('a', { body }), makeSection('b')]);
    expect(problems.map((p) => p.message)).toEqual([
      'body: link to "nope" is neither an http(s) address nor a section id',
      'body: link to "./notes.md" is neither an http(s) address nor a section id',
      'body: link to "javascript:alert(1)" is neither an http(s) address nor a section id',
    ]);
  });

  it('warns of a change note whose name the text never uses, since no mark would show', () => {
    const changed = [{ name: 'Old Lab', mentions: ['OL'], note: 'Closed.', source: 'A report', as_of: '2026-11-30' }];
    expect(checkGuide([makeSection('a', { body: 'Work at OL.', changed })])).toEqual([]);
    expect(checkGuide([makeSection('a', { body: 'Work elsewhere.', changed })]).map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'changed: "OL" is never mentioned in the text, so no mark shows where it is'],
    ]);
  });
});
