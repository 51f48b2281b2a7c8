import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionsToMarkdown } from '../../src/render/markdown.js';
import { sectionMarkdown } from '../../src/render/section-markdown.js';
import { renderTerminal } from '../../src/terminal/render-markdown.js';
import { makeSection } from '../helpers/sections.js';

const section = makeSection('skills', {
  title: 'Skills',
  summary: 'The four skill sets',
  order: 1,
  tags: ['skills', 'roles'],
  origin: 'built-in',
  changed: [{ name: 'Google Brain', mentions: [], note: 'Merged into Google DeepMind.', source: 'Google, 2023-04-20', as_of: '2026-11-26' }],
  body: '## In short\n\n- a **bold** item\n- an *em* item\n  - nested **deep**\n\n| Role | A |\n| --- | --- |\n| RE | **some** |\n\nSee [the source](https://example.org).',
});

describe('terminal rendering', () => {
  const plain = renderTerminal('- a **bold** and *em* item\n\n1. loose **one**\n\n2. loose *two*\n', { width: 80, colorLevel: 0, hyperlinks: 'off' });

  it('renders bold and italic inside list items instead of printing the markup (marked-terminal #304)', () => {
    expect(plain).toContain('a bold and em item');
    expect(plain).toContain('loose one');
    expect(plain).not.toMatch(/\*\*|\*em\*/);
  });

  it('styles list-item markup when colour is on', () => {
    const coloured = renderTerminal('- a **bold** item\n  - nested *deep*\n', { width: 80, colorLevel: 1, hyperlinks: 'off' });
    expect(coloured).toContain('\u001B[1mbold\u001B[22m');
    expect(coloured).toContain('\u001B[3mdeep\u001B[23m');
  });

  it('emits no escape codes at colour level 0', () => {
    const out = renderTerminal(sectionMarkdown(section), { width: 80, colorLevel: 0, hyperlinks: 'off' });
    expect(out).not.toContain('\u001B');
    expect(out).toContain('RE');
  });

  describe('links', () => {
    const link = 'See [the source](https://example.org/a+b).\n';
    it('print as text and address without hyperlinks, styled only with colour', () => {
      expect(renderTerminal(link, { width: 80, colorLevel: 0, hyperlinks: 'off' })).toBe('See the source (https://example.org/a+b).\n');
      expect(renderTerminal(link, { width: 80, colorLevel: 1, hyperlinks: 'off' })).toContain(
        'the source (\u001B[36m\u001B[4mhttps://example.org/a+b\u001B[24m\u001B[39m\u001B[36m)',
      );
    });
    it('print as OSC 8 hyperlinks (with + encoded, as marked-terminal does) when the mode says so', () => {
      const out = renderTerminal(link, { width: 80, colorLevel: 1, hyperlinks: 'osc8' });
      expect(out).toContain('\u001B]8;;https://example.org/a%20b\u0007\u001B[36m\u001B[4mthe source\u001B[24m\u001B[39m\u001B[36m\u001B]8;;\u0007');
    });
    it('are wrapped for tmux passthrough inside tmux', () => {
      const out = renderTerminal(link, { width: 80, colorLevel: 1, hyperlinks: 'osc8-tmux' });
      expect(out).toContain('\u001BPtmux;\u001B\u001B]8;;https://example.org/a%20b\u0007\u001B\\');
      expect(out).toContain('\u001BPtmux;\u001B\u001B]8;;\u0007\u001B\\');
    });
  });

  it('wraps paragraphs to the width', () => {
    const out = renderTerminal(`${'word '.repeat(60)}\n`, { width: 40, colorLevel: 0, hyperlinks: 'off' });
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('markdown output', () => {
  let md = '';
  beforeAll(async () => {
    md = await sectionsToMarkdown([section], { withFrontMatter: true });
  });
  it('starts with the title and ends with one newline unless a header is asked for, so blocks append cleanly', async () => {
    const plain = await sectionsToMarkdown([section, { ...section, id: 'other' }]);
    expect(plain).toMatch(/^# Skills\n/);
    expect(plain).toMatch(/[^\n]\n$/);
  });
  it('starts with a front-matter header naming id, title, tags and source when asked', () => {
    const [, header, body] = md.split(/^---\n/m);
    expect(parse(header ?? '')).toEqual({
      id: 'skills',
      title: 'Skills',
      tags: ['skills', 'roles'],
      source: expect.stringMatching(/Careers in Beneficial AI Research.*Adam Gleave.*2020-07-06/),
    });
    expect(body).toMatch(/^\n# Skills\n/);
  });
  it('keeps the markdown as written, with the title and dated change notes', () => {
    expect(md).toContain('# Skills\n');
    expect(md).toContain('- a **bold** item');
    expect(md).toContain('> - **Google Brain**: Merged into Google DeepMind. (checked 2026-11-26; source: Google, 2023-04-20)');
  });
  it('lists every id in the header when several sections are printed', async () => {
    const [, header] = (await sectionsToMarkdown([section, { ...section, id: 'other' }], { withFrontMatter: true })).split(/^---\n/m);
    expect(parse(header ?? '')).toMatchObject({ id: ['skills', 'other'] });
  });
});

describe('what changed since the source', () => {
  const changed = [
    { name: 'Google Brain Residency', mentions: [], note: 'Renamed in 2018.', source: 'A blog post', as_of: '2026-11-30' },
    { name: 'Google Brain', mentions: [], note: 'Merged in 2023.', source: 'A blog post', as_of: '2026-11-30' },
    { name: 'FHI', mentions: ['FHI'], note: 'Closed in 2024.', source: 'A news report', as_of: '2026-11-30' },
  ];
  const md = sectionMarkdown({
    ...section,
    changed,
    body: '## In short\n\n| Google | Google Brain Residency |\n| Oxford | home of FHI (FHI takes no students) |\n\nGoogle Brain and FHIs too.\n\nRead [the skills](skills) or [a page](https://example.org).',
  });

  it('puts the dated notes in a box above the text', () => {
    expect(md.indexOf('> **Changed since the source')).toBeLessThan(md.indexOf('## In short'));
    expect(md).toContain('> - **FHI**: Closed in 2024. (checked 2026-11-30; source: A news report)');
  });

  it('marks the first mention of each changed name on a line, the longest name first, whole words only', () => {
    expect(md).toContain('| Google | Google Brain Residency *(changed)* |');
    expect(md).toContain('| Oxford | home of FHI *(changed)* (FHI takes no students) |');
    expect(md).toContain('Google Brain *(changed)* and FHIs too.');
  });

  it('puts the mark after the whole name, possessive and all', () => {
    const marked = sectionMarkdown({ ...section, changed, body: "FHI's staff moved on; FHI’s library too." });
    expect(marked).toContain("FHI's *(changed)* staff moved on");
    expect(marked).not.toMatch(/FHI \*\(changed\)\*['’]s/);
  });

  it('turns a link to a section into the command that reads it, and keeps addresses', () => {
    expect(md).toContain('Read the skills (`careers read skills`) or [a page](https://example.org).');
  });
});

describe('the changed box in a terminal', () => {
  const note =
    'Its Agent Foundations team left in 2024 to carry on independently, and the institute now works mostly on policy and communications instead of research.';
  const boxed = sectionMarkdown({
    ...section,
    changed: [{ name: "MIRI's agenda", mentions: ['MIRI'], note, source: 'https://example.org/a-long-address-of-a-news-report', as_of: '2026-11-30' }],
    body: 'Plain text follows the box.',
  });
  const strip = (text: string) => text.replace(/\u001B\[[0-9;]*m/g, '');

  it.each([0, 1, 3] as const)('keeps its indent on every wrapped line at colour level %i, at every width', (colorLevel) => {
    for (const width of [20, 30, 40, 60, 80, 100]) {
      const lines = strip(renderTerminal(boxed, { width, colorLevel, hyperlinks: 'off' })).split('\n');
      const start = lines.findIndex((line) => line.includes('Changed since'));
      const end = lines.findIndex((line, i) => i > start && line.includes('Plain text'));
      expect(start).toBeGreaterThan(-1);
      expect(end).toBeGreaterThan(start);
      // Every line of the box, up to the text after it, keeps the quote's bar (the markdown branch draws quotes with one).
      for (const line of lines.slice(start, end).filter((l) => l.trim())) expect(line, `width ${width}: "${line}"`).toMatch(/^│ /);
    }
  });

  it('has a header that fits one line of 40 columns', () => {
    const lines = strip(renderTerminal(boxed, { width: 40, colorLevel: 1, hyperlinks: 'off' })).split('\n');
    expect(lines).toContain('│ Changed since the source (2020)');
  });
});

describe('tables in a narrow terminal', () => {
  const table = [
    '| Role | A | B | C | D |',
    '| --- | --- | --- | --- | --- |',
    '| Research engineer | some | a lot | | |',
    '| Researcher in other ML subfields | | | mostly | some |',
    '| 研究エンジニア and infrastructure | yes | | | |',
  ].join('\n');
  const displayWidth = (line: string) => [...line.replace(/\u001B\[[0-9;]*m/g, '')].reduce((n, ch) => n + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0);

  it.each([40, 30, 60])('fits %i columns by wrapping cells, and cuts no word short', (width) => {
    for (const colorLevel of [0, 1] as const) {
      const lines = renderTerminal(table, { width, colorLevel, hyperlinks: 'off' })
        .split('\n')
        .filter((line) => /[│┌└├]/.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      const text = lines.join('\n').replace(/\u001B\[[0-9;]*m/g, '');
      expect(text).not.toContain('…');
      // Every word of the first column is there, whole or broken across lines with a hyphen.
      const roles = text
        .split('\n')
        .filter((line) => line.startsWith('│'))
        .map((line) => line.split('│')[1]?.trim())
        .join(' ')
        .replace(/- /g, '');
      for (const word of ['Research', 'engineer', 'Researcher', 'subfields', '研究エンジニア', 'infrastructure']) expect(roles).toContain(word);
      expect(text).toContain('mostly');
    }
  });
});
