import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINEER } from '../helpers/assess-home.js';
import { careers } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

/*
 * Issue 28's "done when": a notes file built as a person builds one, by
 * appending what the commands print to a pipe (`careers read x >> notes.md`),
 * shows in `careers view` without doubled or raw syntax.
 */
const { tempDir } = useTempFolders('appended-note');
const site = (name: string) => fileURLToPath(new URL(`../fixtures/sites/${name}`, import.meta.url));

/** A statement of purpose short enough to draw findings of every kind. */
const DRAFT = `# Statement of purpose

I want to study interpretability because it interests me. I have always loved computers. I spent three years at a company building data pipelines for a search team.
`;

/**
 * Markup a reader should never see as written: heading marks, strong
 * emphasis, task boxes, footnote marks, HTML comments and tags, link
 * syntax, callout markers, shortcodes and Liquid tags.
 */
const RAW: Array<[string, RegExp]> = [
  ['heading mark', /^ *#{1,6} /m],
  ['strong emphasis', /\*\*/],
  ['task box', /\[[ xX]\]/],
  ['footnote mark', /\[\^\w+\]/],
  ['HTML comment', /<!--|-->/],
  ['HTML tag', /<\/?[A-Za-z][\w-]*(?:\s[^>]*)?>/],
  ['link syntax', /\]\(/],
  ['callout marker', /\[![A-Za-z]+\]/],
  ['admonition marker', /^ *(?:!!!|\?\?\?) /m],
  ['template tag', /\{\{[<%]|[>%]\}\}|\{%/],
];

describe('careers view of a notes file that commands appended to', () => {
  it('shows every part once, with no markup left as written', async () => {
    const dir = tempDir();
    const env = { CAREERS_HOME: path.join(dir, 'data') };
    const answers = path.join(dir, 'me.json');
    fs.writeFileSync(answers, JSON.stringify({ ...ENGINEER, focus: ['interpretability'] }));
    const draft = path.join(dir, 'sop.md');
    fs.writeFileSync(draft, DRAFT);
    const runs = [
      ['assess', '--answers', answers, '--no-save', '--today', '2026-12-06'],
      ['read', 'skills'],
      ['timeline', '--intake', '2028', '--region', 'us', '--target', 'phd', '--today', '2026-12-06'],
      ['check', 'sop', draft, '--region', 'us'],
      // Notes of one's own folders: a callout, an embed and a footnote; admonitions, tasks and an HTML comment.
      ['read', 'interpretability-reading', '--guide', site('obsidian-vault')],
      ['read', 'briefings', '--guide', site('mkdocs-site')],
    ];
    let note = '';
    for (const args of runs) {
      const { code, stdout } = await careers(args, { env });
      expect(code, args.join(' ')).toBe(0);
      note += stdout;
    }
    // The note is made of markdown: what the renderer must not show as written is there to begin with.
    expect(note).toMatch(/^## Read next$/m);
    expect(note).toMatch(/^- \[ \] /m);
    expect(note).toContain('[^why]');
    expect(note).toContain('<!--');
    const file = path.join(dir, 'notes.md');
    fs.writeFileSync(file, note);

    const { code, stdout } = await careers(['view', file, '--format', 'terminal', '--color', 'never', '--width', '80', '--no-pager'], { env });
    expect(code).toBe(0);
    for (const [what, pattern] of RAW) expect(stdout, what).not.toMatch(pattern);
    // Nothing doubled: no heading, rule, box or line of text twice in a row.
    const lines = stdout.split('\n').filter((line) => line.trim());
    const doubled = lines.filter((line, i) => i > 0 && line === lines[i - 1] && !/^[├┌└│─┼┬┴┤┐┘ ]+$/.test(line));
    expect(doubled).toEqual([]);
    expect(stdout).not.toMatch(/☐ {0,2}☐|☑ {0,2}☑/);
    // Each part is there once: its heading, and what it is about.
    for (const heading of [
      'My careers plan',
      'Read next',
      'Skills within technical AI research',
      'Timeline: PhD in the United States',
      'Review of ',
      'Writing briefings',
    ]) {
      expect(
        lines.filter((line) => line.startsWith(heading)),
        heading,
      ).toHaveLength(1);
    }
    expect(stdout).toMatch(/^ *\* ☐ 2027-09: /m);
    expect(stdout).toContain('│ Tip: How to read them');
    expect(stdout).toContain('│ Warning: Check the dates');
    expect(stdout).toMatch(/^\[1\] One line is enough/m);
    // Seven commands in one test: more than the usual time on a loaded machine, never a bound on speed.
  }, 90_000);
});
