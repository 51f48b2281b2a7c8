import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionsToMarkdown } from '../../src/render/markdown.js';
import { sectionMarkdown } from '../../src/render/section-markdown.js';
import { renderTerminal } from '../../src/terminal/render-markdown.js';
import type { Section } from '../../src/guide/types.js';

const section: Section = {
  id: 'skills', title: 'Skills', summary: 'The four skill sets', order: 1, tags: ['skills', 'roles'], aliases: [], related: [],
  roles: [], stages: [], skills: [], regions: [], file: 'skills.md', origin: 'built-in',
  changed: [{ name: 'Google Brain', mentions: [], note: 'Merged into Google DeepMind.', source: 'Google, 2023-04-20', as_of: '2026-11-26' }],
  body: '## In short\n\n- a **bold** item\n- an *em* item\n  - nested **deep**\n\n| Role | A |\n| --- | --- |\n| RE | **some** |\n\nSee [the source](https://example.org).',
};

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
      expect(renderTerminal(link, { width: 80, colorLevel: 1, hyperlinks: 'off' })).toContain('the source (\u001B[34m\u001B[4mhttps://example.org/a+b\u001B[24m\u001B[39m\u001B[34m)');
    });
    it('print as OSC 8 hyperlinks (with + encoded, as marked-terminal does) when the mode says so', () => {
      const out = renderTerminal(link, { width: 80, colorLevel: 1, hyperlinks: 'osc8' });
      expect(out).toContain('\u001B]8;;https://example.org/a%20b\u0007\u001B[34m\u001B[4mthe source\u001B[24m\u001B[39m\u001B[34m\u001B]8;;\u0007');
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
  const md = sectionsToMarkdown([section], { withFrontMatter: true });
  it('starts with the title and ends with one newline unless a header is asked for, so blocks append cleanly', () => {
    const plain = sectionsToMarkdown([section, { ...section, id: 'other' }]);
    expect(plain).toMatch(/^# Skills\n/);
    expect(plain).toMatch(/[^\n]\n$/);
  });
  it('starts with a front-matter header naming id, title, tags and source when asked', () => {
    const [, header, body] = md.split(/^---\n/m);
    expect(parse(header ?? '')).toEqual({ id: 'skills', title: 'Skills', tags: ['skills', 'roles'], source: expect.stringMatching(/Careers in Beneficial AI Research.*Adam Gleave.*2020-07-06/) });
    expect(body).toMatch(/^\n# Skills\n/);
  });
  it('keeps the markdown as written, with the title and dated change notes', () => {
    expect(md).toContain('# Skills\n');
    expect(md).toContain('- a **bold** item');
    expect(md).toContain('> - **Google Brain**: Merged into Google DeepMind. (checked 2026-11-26; source: Google, 2023-04-20)');
  });
  it('lists every id in the header when several sections are printed', () => {
    const [, header] = sectionsToMarkdown([section, { ...section, id: 'other' }], { withFrontMatter: true }).split(/^---\n/m);
    expect(parse(header ?? '')).toMatchObject({ id: ['skills', 'other'] });
  });
});

describe('what changed since the source', () => {
  const changed = [
    { name: 'Google Brain Residency', mentions: [], note: 'Renamed in 2018.', source: 'A blog post', as_of: '2026-11-30' },
    { name: 'Google Brain', mentions: [], note: 'Merged in 2023.', source: 'A blog post', as_of: '2026-11-30' },
    { name: 'FHI', mentions: ['FHI'], note: 'Closed in 2024.', source: 'A news report', as_of: '2026-11-30' },
  ];
  const md = sectionMarkdown({ ...section, changed, body: '## In short\n\n| Google | Google Brain Residency |\n| Oxford | home of FHI (FHI takes no students) |\n\nGoogle Brain and FHIs too.\n\nRead [the skills](skills) or [a page](https://example.org).' });

  it('puts the dated notes in a box above the text', () => {
    expect(md.indexOf('> **Changed since the source')).toBeLessThan(md.indexOf('## In short'));
    expect(md).toContain('> - **FHI**: Closed in 2024. (checked 2026-11-30; source: A news report)');
  });

  it('marks the first mention of each changed name on a line, the longest name first, whole words only', () => {
    expect(md).toContain('| Google | Google Brain Residency *(changed)* |');
    expect(md).toContain('| Oxford | home of FHI *(changed)* (FHI takes no students) |');
    expect(md).toContain('Google Brain *(changed)* and FHIs too.');
  });

  it('turns a link to a section into the command that reads it, and keeps addresses', () => {
    expect(md).toContain('Read the skills (`careers read skills`) or [a page](https://example.org).');
  });
});
