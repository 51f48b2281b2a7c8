import { describe, expect, it } from 'vitest';
import { parseSection } from '../../src/guide/parse.js';

const parse = (text: string) => parseSection(text, 'guide/x.md', 'test', 'x');
const valid = '---\ntitle: A title\nsummary: One line\n---\n\nBody text.\n';

describe('parseSection', () => {
  it('reads front-matter and body, with defaults and the id from the file name', () => {
    const { section, problems } = parse(valid);
    expect(problems).toEqual([]);
    expect(section).toMatchObject({ id: 'x', title: 'A title', summary: 'One line', order: 1000, tags: [], related: [], body: 'Body text.' });
  });

  it('takes an explicit id over the file name', () => {
    expect(parse('---\nid: other\ntitle: T\nsummary: S\n---\n').section?.id).toBe('other');
  });

  it.each(['js', 'javascript', 'coffee', 'JS', 'toml'])('refuses ---%s front-matter without evaluating it', (language) => {
    const marker = `__careers_pwned_${language}`;
    const text = `---${language}\n{ title: (globalThis.${marker} = true, "t"), summary: "s" }\n---\nbody\n`;
    const { section, problems } = parse(text);
    expect(section).toBeUndefined();
    expect(problems[0]?.message).toMatch(/only YAML/);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('names the line of invalid YAML', () => {
    const { problems } = parse('---\ntitle: ok\nsummary: [unclosed\n---\n');
    expect(problems[0]?.message).toMatch(/not valid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['a list', '---\n- a\n- b\n---\n'],
    ['a scalar', '---\njust text\n---\n'],
  ])('rejects front-matter that is %s', (_, text) => {
    expect(parse(text).problems[0]?.message).toMatch(/must be a YAML mapping/);
  });

  it('names a missing required field', () => {
    const { problems } = parse('---\nsummary: S\n---\n');
    expect(problems[0]).toMatchObject({ field: 'title', message: 'missing required field "title"' });
  });

  it('names a bad field and its line', () => {
    const { problems } = parse('---\ntitle: T\nsummary: S\nstages: [undergrad, wizard]\n---\n');
    expect(problems[0]).toMatchObject({ field: 'stages[1]', line: 4 });
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const { section } = parse(`\uFEFF${valid.replace(/\n/g, '\r\n')}`);
    expect(section?.title).toBe('A title');
    expect(section?.body).toBe('Body text.');
  });

  it('keeps unquoted dates in change notes as ISO strings', () => {
    const { section } = parse('---\ntitle: T\nsummary: S\nchanged:\n  - name: N\n    note: n\n    source: s\n    as_of: 2026-11-26\n---\n');
    expect(section?.changed[0]?.as_of).toBe('2026-11-26');
  });

  it('removes control sequences from titles, summaries and bodies', () => {
    const { section } = parse(
      '---\ntitle: "Bad\\e[31m title"\nsummary: "x\\e]52;c;aGk=\\u0007y"\n---\nText \u001B]8;;http://evil\u0007link\u001B]8;;\u0007 \u009B2J done\n',
    );
    expect(section?.title).toBe('Bad title');
    expect(section?.summary).toBe('xy');
    expect(section?.body).toBe('Text link 2J done');
  });
});
