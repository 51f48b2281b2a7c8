import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { marked, type Token } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASTERS_STUDENT } from '../helpers/assess-home.js';
import { careers, careersShell } from '../helpers/spawn-cli.js';

/**
 * One notes file appended to by every command that prints markdown, in a
 * real shell with the built CLI, then read back by pandoc and careers view.
 * What search prints into notes is tested in-process in tests/commands/finding.test.ts.
 */
let dir: string;
const env = () => ({ CAREERS_HOME: path.join(dir, 'data') });
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-notes-file-'));
  fs.writeFileSync(path.join(dir, 'me.json'), JSON.stringify(MASTERS_STUDENT));
  // A short draft of our own, shaped like a statement of purpose.
  fs.writeFileSync(
    path.join(dir, 'draft.md'),
    "# Statement\n\nI want to study how reward models fail under distribution shift. In my master's project I reproduced a paper on reward hacking and found the effect shrank with more data.\n",
  );
  fs.writeFileSync(
    path.join(dir, 'mine.md'),
    '# Reading group\n\nWe met on Tuesday and read two papers.\n\n- one on **interpretability**\n- one on evaluations\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every command that prints markdown, appended to one note, and the title of the block each one adds. */
const BLOCKS = [
  ['careers read cv', /^How do I write an academic CV\?$/],
  ['careers search residency', /^Search: residency$/],
  ['careers assess --answers me.json', /^My careers plan/],
  ['careers plan', /^My careers plan/],
  ['careers timeline --intake 2027 --region uk --target phd --today 2026-12-06', /^Timeline: /],
  ['careers check sop draft.md --region uk', /./],
  ['careers view mine.md', /^Reading group$/],
  ['careers search fellowship', /^Search: fellowship$/],
] as const;

describe('a notes file built from every command that prints markdown', () => {
  let note = '';
  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'notes.md'), 'My own line at the top, with no heading.\n');
    const script = BLOCKS.map(([command]) => `${command} >> notes.md || exit 1`).join('\n');
    const { code, stderr } = careersShell(script, { cwd: dir, env: env() });
    expect({ code, stderr: stderr.replace(/^careers: saved in .*\n/m, '') }).toEqual({ code: 0, stderr: '' });
    note = fs.readFileSync(path.join(dir, 'notes.md'), 'utf8');
  });

  it('has one level-1 heading a block, each after a blank line, and ends with one newline', () => {
    const headings = marked
      .lexer(note)
      .filter((t): t is Token & { depth: number; text: string } => t.type === 'heading' && (t as { depth: number }).depth === 1);
    expect(headings).toHaveLength(BLOCKS.length);
    BLOCKS.forEach(([, title], i) => expect(headings[i]?.text).toMatch(title));
    // markdownlint's heading rules: a blank line above every heading (MD022), none indented (MD023).
    const lines = note.split('\n');
    lines.forEach((line, i) => {
      if (/^#{1,6} /.test(line) && i > 0) expect(lines[i - 1], `line ${i + 1}: ${line}`).toBe('');
    });
    expect(note).not.toMatch(/^ +#/m);
    expect(note.endsWith('\n') && !note.endsWith('\n\n')).toBe(true);
  });

  it('renders in pandoc with one <h1> a block and no markdown syntax left in the text', () => {
    // pandoc must be installed: a check that passes without its tool checks nothing.
    const html = execFileSync('pandoc', ['-f', 'gfm', '-t', 'html'], { input: note, encoding: 'utf8' });
    expect(html.match(/<h1[ >]/g)).toHaveLength(BLOCKS.length);
    const text = html.replace(/<code>[^<]*<\/code>/g, '').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/\*\*|^#+ |\]\(|^- \[ \]/m);
  });

  it('renders in careers view with every block and no markdown syntax left', () => {
    const { code, stdout } = careers(['view', path.join(dir, 'notes.md'), '--format', 'terminal', '--color', 'never', '--width', '100']);
    expect(code).toBe(0);
    for (const [, title] of BLOCKS) expect(stdout.split('\n').some((line) => title.test(line.trim()))).toBe(true);
    expect(stdout).not.toMatch(/\*\*|^#+ /m);
  });
});
