import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINEER } from '../helpers/assess-home.js';
import { careers } from '../helpers/fake-io.js';

/**
 * A folder of notes in the shapes people keep them (tests/fixtures/notes):
 * an Obsidian vault with [[wiki links]], a template and a draft; a Hugo site
 * with TOML front-matter and repeated _index.md; a Jekyll site with Liquid
 * and repeated index.md; a file with no front-matter at all.
 */
const NOTES = fileURLToPath(new URL('../fixtures/notes', import.meta.url));
const guide = ['--guide', NOTES];
/** The one thing in the fixtures that is wrong: an Obsidian template whose {{title}} and {{date}} are not values. */
const TEMPLATE_WARNING = /^careers: warning: 1 file in \S+notes was read in part: careers validate \S+notes shows why\n$/;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-notes-folders-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const env = () => ({ XDG_CACHE_HOME: path.join(dir, 'cache'), CAREERS_HOME: path.join(dir, 'home') });

describe('a folder of notes as a guide', () => {
  it('is listed, every shape of file, with one warning line for the folder and no draft', async () => {
    const { code, stdout, stderr } = await careers(['list', ...guide], { env: env() });
    expect(code).toBe(0);
    expect(stderr).toMatch(TEMPLATE_WARNING);
    const listed = new Map(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => [line.split('\t')[0], line.split('\t')[1]]),
    );
    expect(
      Object.fromEntries(
        [
          'research-engineering-notes',
          'reading-list',
          'hugo/index',
          'hugo/usage/index',
          'jekyll/index',
          'jekyll/guide/index',
          'colophon',
          'plain',
          'daily-note',
        ].map((id) => [id, listed.get(id)]),
      ),
    ).toEqual({
      'research-engineering-notes': 'Notes on research engineering',
      'reading-list': 'Reading list',
      'hugo/index': 'Hugo site home',
      'hugo/usage/index': 'Using the widget',
      'jekyll/index': 'Jekyll site',
      'jekyll/guide/index': 'Guide page',
      colophon: 'Colophon',
      plain: 'plain',
      'daily-note': '{{title}}',
    });
    expect(listed.has('draft-idea')).toBe(false);
    expect(listed.get('skills')).toMatch(/Skills/);
  });

  it('lists drafts when asked', async () => {
    expect((await careers(['list', '--drafts', ...guide], { env: env() })).stdout).toMatch(/^draft-idea\tA half-formed idea about quokkas\t/m);
  });

  it('takes tags from a TOML list and from a space-separated string', async () => {
    const { stdout } = await careers(['list', '--tag', 'widget', ...guide], { env: env() });
    expect(stdout).toBe('hugo/usage/index\tUsing the widget\tdocs,widget\n');
    expect((await careers(['list', '--tag', 'meta', ...guide], { env: env() })).stdout).toMatch(/^colophon\t/);
  });

  it('reads a note by id, by its path id and by title words, with wiki links as text and as "See also"', async () => {
    const byTitle = await careers(['read', 'notes', 'on', 'research', 'engineering', ...guide], { env: env() });
    expect(byTitle.code).toBe(0);
    expect(byTitle.stdout).toMatch(/^# Notes on research engineering\n/);
    expect(byTitle.stdout).toContain('- Start from Reading list and the skills section of the guide.');
    expect(byTitle.stdout).not.toContain('[[');
    expect(byTitle.stdout).toMatch(/## See also\n\n- `reading-list` \(careers read reading-list\)\n- `skills` \(careers read skills\)\n$/);
    expect((await careers(['read', 'hugo/usage/index', ...guide], { env: env() })).stdout).toMatch(/^# Using the widget\n/);
    expect((await careers(['read', 'papers-to-read', ...guide], { env: env() })).stdout).toMatch(/^# Reading list\n/);
  });

  it('shows templating as text', async () => {
    const { stdout } = await careers(['read', 'jekyll/guide/index', ...guide], { env: env() });
    expect(stdout).toContain('{% include toc.html %}');
    expect(stdout).toContain('{% raw %}{{ page.title }}{% endraw %}');
  });

  it('finds a draft by its id, but not in --all without --drafts', async () => {
    expect((await careers(['read', 'draft-idea', ...guide], { env: env() })).stdout).toMatch(/^# A half-formed idea about quokkas/);
    expect((await careers(['read', '--all', ...guide], { env: env() })).stdout).not.toContain('quokkas');
    expect((await careers(['read', '--all', '--drafts', ...guide], { env: env() })).stdout).toContain('quokkas');
  });

  it('is searchable, drafts only when asked', async () => {
    const found = await careers(['search', 'renting', 'gpus', '--format', 'text', ...guide], { env: env() });
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^plain {2}plain\n/);
    expect((await careers(['search', 'quokkas', ...guide], { env: env() })).code).toBe(1);
    expect((await careers(['search', 'quokkas', '--drafts', ...guide], { env: env() })).stdout).toMatch(/^- .*\(`draft-idea`: /m);
  });

  it("puts a note tagged with a role and a stage in assess's reading list", async () => {
    const answers = path.join(dir, 'me.json');
    fs.writeFileSync(answers, JSON.stringify(ENGINEER));
    const { code, stdout } = await careers(['assess', '--answers', answers, '--no-save', '--format', 'json', ...guide], { env: env() });
    expect(code).toBe(0);
    const sections = (JSON.parse(stdout) as { sections: Array<{ id: string }> }).sections.map((s) => s.id);
    expect(sections).toContain('career-fit');
    expect(sections).not.toContain('draft-idea');
  });

  it("lets a draft into assess's reading list only with --drafts", async () => {
    const folder = path.join(dir, 'drafted');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, 'lab-notes.md'),
      '---\ndraft: true\ntitle: Labs I might apply to\nroles: [research-engineer]\nstages: [industry]\n---\nA list in progress.\n',
    );
    const answers = path.join(dir, 'engineer.json');
    fs.writeFileSync(answers, JSON.stringify(ENGINEER));
    const reading = async (...extra: string[]) =>
      (
        JSON.parse((await careers(['assess', '--answers', answers, '--no-save', '--format', 'json', '--guide', folder, ...extra], { env: env() })).stdout) as {
          sections: Array<{ id: string }>;
        }
      ).sections.map((s) => s.id);
    expect(await reading()).not.toContain('lab-notes');
    expect(await reading('--drafts')).toContain('lab-notes');
  });

  it('is validated with only its real problem reported, as file:line', async () => {
    const { code, stdout, stderr } = await careers(['validate', NOTES], { env: env() });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/Templates\/Daily note\.md:2: field "title" must be text$/),
      expect.stringMatching(/Templates\/Daily note\.md:3: field "date" must be a date$/),
      expect.stringMatching(/notes: 3 files use templates \(.*\), shown as written$/),
    ]);
    expect(stderr).toMatch(/^careers: 2 errors in /);
  });

  it('fails validate --strict, which holds files to the built-in schema', async () => {
    const { code, stdout } = await careers(['validate', '--strict', NOTES], { env: env() });
    expect(code).toBe(1);
    // A kind of problem in many files is one line with a count; --each gives every file its line.
    expect(stdout).toMatch(/^tests\/fixtures\/notes: 5 files: missing required field "title" \(.*\)$/m);
    const each = await careers(['validate', '--strict', '--each', NOTES], { env: env() });
    expect(each.stdout).toMatch(/plain\.md: missing required field "title"$/m);
  });
});

describe('careers view', () => {
  const notes = () => path.join(dir, 'notes.md');
  const appended = async () => {
    fs.rmSync(notes(), { force: true });
    for (const topic of ['statement-of-purpose', 'cv']) {
      const { stdout } = await careers(['read', topic], { env: env() });
      fs.appendFileSync(notes(), stdout);
    }
    return fs.readFileSync(notes(), 'utf8');
  };

  it('passes a notes file written by careers read >> notes.md through when piped', async () => {
    const written = await appended();
    const { code, stdout, stderr } = await careers(['view', notes()], { env: env() });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(written);
  });

  it('renders that file for a terminal with the renderer of read: headings without #, no markdown marks', async () => {
    await appended();
    const { code, stdout } = await careers(['view', notes(), '--format', 'terminal', '--color', 'never', '--width', '60'], { env: env() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^How should I write a statement of purpose\?\n/);
    expect(stdout).toMatch(/^How do I write an academic CV\?$/m);
    expect(stdout).not.toMatch(/^#/m);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('passes a file with front-matter through as it is, without control characters, ending in one newline', async () => {
    const file = path.join(dir, 'kept.md');
    fs.writeFileSync(file, '\n\n---\ntitle: Kept\n---\nText \u001B[31mred\u001B[0m.\n\n\n');
    expect((await careers(['view', file], { env: env() })).stdout).toBe('---\ntitle: Kept\n---\nText red.\n');
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await careers(['view', '-', '--format', 'terminal', '--color', 'never'], {
      env: env(),
      input: '# From stdin\n\nHello [[there]].\n',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^From stdin\n\nHello there\.\n$/);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.md'), /^careers: cannot show .*missing\.md: no such file\n$/],
    ['a device', () => '/dev/zero', /^careers: cannot show \/dev\/zero: not a regular file/],
    ['a folder', () => dir, /^careers: cannot show .*: not a regular file/],
    ['a binary file', () => (fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x23, 0, 1])), path.join(dir, 'bin.md')), /file looks binary/],
    [
      'a file over 1 MiB',
      () => (fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(1024 * 1024 + 1)), path.join(dir, 'big.md')),
      /file is too large \(over 1 MiB\)/,
    ],
  ])('refuses %s', async (_, file, message) => {
    const { code, stdout, stderr } = await careers(['view', file()], { env: env() });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(message);
  });

  it('refuses more than 1 MiB on standard input', async () => {
    const { code, stderr } = await careers(['view', '-'], { env: env(), input: 'x'.repeat(1024 * 1024 + 1) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot show standard input: file is too large/);
  });
});

describe('careers read with a topic that looks like a path', () => {
  it.each(['notes.md', './notes', '../../etc/passwd'])('%s: never opens it, and suggests careers view', async (topic) => {
    const { code, stderr } = await careers(['read', topic], { env: env() });
    expect(code).toBe(1);
    expect(stderr).toBe(`careers: no topic "${topic}"; to show a markdown file, run careers view ${topic}\n`);
  });
});
