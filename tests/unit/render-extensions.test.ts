import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/terminal/render-markdown.js';
import { toAscii } from '../../src/text/ascii.js';

const render = (markdown: string, width = 80) => renderTerminal(markdown, { width, colorLevel: 0, hyperlinks: 'off' });
const lines = (text: string) => text.split('\n');

/** One sample of each construct, in the shapes notes apps and sites write them. */
const SAMPLES: Record<string, string> = {
  tasks: '- [ ] send the application\n- [x] ask for **references**\n\n1. [ ] loose item\n\n2. [x] second loose item\n',
  html: '<div class="note">\nSome <b>html</b> in a block\n</div>\nAfter the HTML block\n\n# Heading after\n',
  alert: '> [!NOTE]\n> Deadlines move: check the page before you plan around one.\n',
  callout: '> [!info] Where this comes from\n> Notes from a reading group.\n',
  quote: `> ${'A plain quote that goes on long enough to wrap several times at forty columns. '.repeat(2)}\n`,
  footnotes: 'Funding is common[^1] and so are visas[^visa].\n\n[^1]: For PhD students in most fields.\n[^visa]: Depending on the country.\n',
  image: '![A chart of applications by year](https://example.org/chart.png)\n',
  math: 'Before.\n\n$$\nE = mc^2 \\\\\na + b\n$$\n\nAfter.\n',
};

describe('notes rendered for a terminal', () => {
  it('prints one box per task, ticked or not, in tight and loose lists', () => {
    const out = render(SAMPLES.tasks!);
    expect(out.match(/[☐☑]/g)).toHaveLength(4);
    expect(out).toContain('☐ send the application');
    expect(out).toContain('☑ ask for references');
    expect(out).not.toContain('[ ]');
    expect(toAscii(out)).toContain('[ ] send the application');
    expect(toAscii(out)).toContain('[x] ask for references');
  });

  it('drops HTML tags, keeps their text and starts the next block on a line of its own', () => {
    const out = render(SAMPLES.html!);
    expect(out).not.toMatch(/<\/?(div|b)\b/);
    expect(lines(out)).toContain('After the HTML block');
    expect(lines(out)).toContain('Some html in a block');
    expect(render('<script>alert(1)</script>\n\n<!-- hidden -->\n\nText.\n')).toBe('Text.\n');
  });

  it('labels GitHub alerts and Obsidian callouts, with the title on its own line', () => {
    const alert = lines(render(SAMPLES.alert!));
    expect(alert[0]).toBe('│ Note');
    expect(alert[1]).toMatch(/^│ Deadlines move/);
    const callout = lines(render(SAMPLES.callout!));
    expect(callout.slice(0, 2)).toEqual(['│ Info: Where this comes from', '│ Notes from a reading group.']);
    expect(render('> [!tip] Title only\n')).toBe('│ Tip: Title only\n');
  });

  it('keeps the bar and the style on every wrapped line of a quote, within the width', () => {
    const out = lines(render(SAMPLES.quote!, 40).trimEnd());
    expect(out.length).toBeGreaterThan(3);
    for (const line of out) {
      expect(line).toMatch(/^│ \S/);
      expect(line.length).toBeLessThanOrEqual(40);
    }
    const coloured = renderTerminal(SAMPLES.quote!, { width: 40, colorLevel: 1, hyperlinks: 'off' });
    for (const line of lines(coloured.trimEnd())) expect(line).toContain('\u001B[3m');
  });

  it('numbers footnotes in the text and lists them at the end, from 1 in every document', () => {
    const renderOne = (md: string) => renderTerminal(md, { width: 80, colorLevel: 0, hyperlinks: 'off' });
    const out = renderOne(SAMPLES.footnotes!);
    expect(out).toContain('common[1] and so are visas[2].');
    expect(out.trimEnd().split('\n\n').slice(-2)).toEqual(['[1] For PhD students in most fields.', '[2] Depending on the country.']);
    expect(out).not.toContain('[^');
    expect(render('A reference[^x] with no note.\n')).toBe('A reference[^x] with no note.\n');
  });

  it('numbers footnotes from 1 again in each document one renderer draws', async () => {
    const { terminalRenderer } = await import('../../src/terminal/render-markdown.js');
    const renderer = terminalRenderer({ width: 80, colorLevel: 0, hyperlinks: 'off' });
    renderer(SAMPLES.footnotes!);
    expect(renderer('One[^a].\n\n[^a]: Only note.\n')).toContain('One[1].');
  });

  it('shows an image as its alt text and address', () => {
    expect(render(SAMPLES.image!)).toBe('A chart of applications by year (https://example.org/chart.png)\n');
  });

  it('shows display math as a block with its lines as written', () => {
    const out = lines(render(SAMPLES.math!));
    expect(out).toContain('  E = mc^2 \\\\');
    expect(out).toContain('  a + b');
    expect(out.join('\n')).not.toContain('$$');
  });
});

/** Words, lower-cased: what pandoc's plain output and ours must say, whatever marks each draws. */
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const isSubsequence = (part: string[], whole: string[]) => {
  let i = 0;
  for (const word of whole) if (word === part[i]) i++;
  return i === part.length;
};

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;

// CI installs pandoc: there a missing pandoc fails this test rather than skipping it.
describe.skipIf(!pandoc && !process.env.CI)('the same notes as pandoc prints them in plain text', () => {
  it.each(Object.keys(SAMPLES))('%s: every word pandoc prints, in its order, and no markup pandoc hides', (name) => {
    expect(pandoc, 'pandoc is not installed').toBe(true);
    const markdown = SAMPLES[name]!;
    const theirs = spawnSync('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none'], { input: markdown, encoding: 'utf8' }).stdout;
    const ours = render(markdown, 200);
    expect(isSubsequence(words(theirs), words(ours)), `pandoc:\n${theirs}\nours:\n${ours}`).toBe(true);
    expect(ours).not.toMatch(/\[\^|!\[|<\/?[a-z]+[ >]|\$\$|\[!\w+\]/i);
    expect(ours.match(/[☐☑]/g)?.length ?? 0).toBe(theirs.match(/[☐☒]/g)?.length ?? 0);
  });
});
