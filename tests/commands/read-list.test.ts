import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANSI, careers, runCli } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { FRONT_MATTER_FIELDS } from '../helpers/json-fields.js';

const { tempDir, folder } = useTempFolders('read-list');
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const linky = () => folder({ 'linky.md': '---\ntitle: Links\nsummary: A section with a link\n---\nSee [the guide](https://example.org/g).\n' });

describe('careers list', () => {
  it('prints one tab-separated line a topic when piped', async () => {
    const { code, stdout, stderr } = await careers(['list']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    for (const row of rows) expect(row).toHaveLength(3);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['about', 'skills', 'research-engineering']));
    expect(stdout).not.toMatch(ANSI);
  });

  it('lines up ids and summaries in a terminal, without colour under NO_COLOR', async () => {
    const { code, stdout } = await runCli(['list'], { stdoutIsTTY: true, columns: 100, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^about\s{2,}\S/m);
    expect(stdout).not.toMatch(/\t/);
    expect(stdout).not.toMatch(ANSI);
  });

  it('prints JSON with where each section came from', async () => {
    const { code, stdout } = await careers(['list', '--format', 'json', '--guide', fixture('custom-guide')]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Array<{ id: string; origin: string; title: string }>;
    expect(list.find((s) => s.id === 'about')?.origin).toBe('built-in');
    expect(list.find((s) => s.id === 'skills')).toMatchObject({ origin: '--guide', title: 'My own skills notes' });
  });

  it('filters by tag', async () => {
    const { stdout } = await careers(['list', '--tag', 'custom', '--guide', fixture('custom-guide')]);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(['skills', 'extra-topic'].sort((a, b) => stdout.indexOf(a) - stdout.indexOf(b)));
  });

  it('warns in one line about the folder, lists every file from what it can read, and never runs front-matter code', async () => {
    const cwd = tempDir();
    const result = await careers(['list', '--guide', fixture('broken-guide')], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('fine\tStill fine');
    // The ---js block is refused, not run; the file is listed from its name and body. A missing title is no problem for a note.
    expect(result.stdout).toMatch(/^evil\tevil\t/m);
    expect(result.stdout).toMatch(/^no-title\tno-title\t/m);
    expect(result.stderr).toMatch(/^careers: warning: 1 file in \S+broken-guide was read in part: careers validate \S+broken-guide shows why\n$/);
    // The payload writes PWNED relative to the process's folder, which in-process is not the command's.
    for (const dir of [cwd, process.cwd()]) expect(fs.existsSync(path.join(dir, 'PWNED'))).toBe(false);
  });
});

describe('careers read', () => {
  it('prints clean markdown with a front-matter header when asked', async () => {
    const { code, stdout, stderr } = await careers(['read', 'skills', '--front-matter']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [, header, body] = stdout.split(/^---\n/m);
    expect(parse(header ?? '')).toEqual({ id: 'skills', title: expect.any(String), tags: expect.any(Array), source: expect.stringMatching(/Adam Gleave/) });
    expect(body).toMatch(/^\n# /);
    expect(stdout).not.toMatch(ANSI);
  });

  it('leaves out the front-matter when piped, so it appends cleanly (--no-front-matter still works)', async () => {
    for (const extra of [[], ['--no-front-matter']]) {
      const { code, stdout } = await careers(['read', 'skills', ...extra]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^# Skills within technical AI research\n/);
    }
  });

  it('renders for a terminal when asked, with colour only when allowed', async () => {
    const coloured = await careers(['read', 'skills', '--format', 'terminal', '--color', 'always']);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout).not.toMatch(/^---/);
    const plain = await careers(['read', 'skills', '--format', 'terminal'], { env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(ANSI);
    const forced = await careers(['read', 'skills', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
  });

  it('never prints hyperlink escapes without colour, even in a terminal that supports them', async () => {
    const { stdout } = await careers(['read', 'linky', '--guide', linky(), '--format', 'terminal', '--color', 'never'], { env: { FORCE_HYPERLINK: '1' } });
    expect(stdout).not.toContain('\u001B');
    expect(stdout).toContain('the guide (https://example.org/g)');
  });

  it('prints terminal hyperlinks only when colour is on and the terminal supports them (by our rule, not a guess at stdout)', async () => {
    const args = ['read', 'linky', '--guide', linky(), '--format', 'terminal', '--color', 'always'];
    const forced = await careers(args, { env: { FORCE_HYPERLINK: '1' } });
    const piped = await careers(args);
    expect(forced.stdout).toContain('\u001B]8;;https://example.org/g\u0007');
    expect(piped.stdout).not.toContain('\u001B]8;;');
    expect(piped.stdout).toContain('(\u001B[36m\u001B[4mhttps://example.org/g');
  });

  it('reuses a rendering only while the section, width and colour are the same', async () => {
    const dir = tempDir();
    const cache = path.join(dir, 'cache');
    const file = path.join(dir, 'guide', 'note.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '---\ntitle: Note\nsummary: A note\n---\nFirst **version** of a note long enough to wrap at thirty columns.\n');
    const read = async (...extra: string[]) =>
      (
        await careers(['read', 'note', '--guide', path.dirname(file), '--format', 'terminal', '--color', 'always', ...extra], {
          env: { XDG_CACHE_HOME: cache },
        })
      ).stdout;
    const first = await read();
    expect(fs.readdirSync(path.join(cache, 'careers', 'rendered'))).toHaveLength(1);
    expect(await read()).toBe(first);
    expect(await read('--width', '30')).not.toBe(first);
    fs.writeFileSync(file, '---\ntitle: Note\nsummary: A note\n---\nSecond **version**.\n');
    const edited = await read();
    expect(edited).toContain('Second');
    expect(edited).not.toContain('First');
  });

  it('wraps rendered text and tables to --width', async () => {
    const { stdout } = await careers(['read', 'research-engineering', 'skills', '--format', 'terminal', '--width', '50']);
    const long = stdout.split('\n').filter((l) => l.length > 50);
    expect(stdout).toMatch(/┌/); // tables too
    expect(long).toEqual([]);
  });

  it('prints JSON', async () => {
    const { stdout } = await careers(['read', 'about', '--format', 'json']);
    const parsed = JSON.parse(stdout) as { sections: Array<{ id: string; body: string }> };
    expect(parsed.sections[0]?.id).toBe('about');
    expect(parsed.sections[0]?.body.length).toBeGreaterThan(100);
  });

  it('prints the whole guide in order with --all', async () => {
    const all = await careers(['read', '--all']);
    expect(all.code).toBe(0);
    expect(all.stdout.indexOf('# ')).toBe(0);
  });

  it('uses a custom folder that overrides a built-in section', async () => {
    const { stdout } = await careers(['read', 'skills', '--guide', fixture('custom-guide')]);
    expect(stdout).toContain('# My own skills notes');
    const viaEnv = await careers(['read', 'extra'], { env: { CAREERS_GUIDE: fixture('custom-guide') } });
    expect(viaEnv.stdout).toContain('# Extra topic from a custom folder');
    expect(viaEnv.stdout).toContain('## See also\n\n- `skills` (careers read skills)\n- `research` (careers read research)');
  });

  it('prints the same listing for a folder parsed fresh and one read back from the cache', async () => {
    const env = { XDG_CACHE_HOME: tempDir() };
    for (const args of [['list', '--format', 'json'], ['list'], ['list', '--tags'], ['list', '--tag', 'custom']]) {
      const fresh = await careers([...args, '--guide', fixture('custom-guide')], { env: { XDG_CACHE_HOME: tempDir() } });
      await careers([...args, '--guide', fixture('custom-guide')], { env }); // writes the cache
      expect((await careers([...args, '--guide', fixture('custom-guide')], { env })).stdout).toBe(fresh.stdout);
    }
  });

  it('prints the same JSON for a section parsed fresh and one read back from the cache', async () => {
    const env = { XDG_CACHE_HOME: tempDir() };
    const args = ['read', 'skills', '--format', 'json', '--guide', fixture('custom-guide')];
    const fresh = await careers(args, { env });
    expect(fs.readdirSync(path.join(env.XDG_CACHE_HOME, 'careers', 'guides'))).toHaveLength(1); // the second run reads this
    expect((await careers(args, { env })).stdout).toBe(fresh.stdout);
    expect(Object.keys((JSON.parse(fresh.stdout) as { sections: object[] }).sections[0] ?? {})).toEqual([...FRONT_MATTER_FIELDS, 'body', 'origin']);
  });

  it.each([
    [['read', 'sklls'], 1, /^careers: no topic "sklls"; did you mean skills\?\n$/],
    [['read', '../../etc/passwd'], 1, /^careers: no topic "\.\.\/\.\.\/etc\/passwd"/],
    [['read'], 2, /^careers: which topic\?/],
    [['read', 'skills', '--format', 'html'], 2, /argument 'html' is invalid. Allowed choices are terminal, markdown, json/],
    [['read', 'skills', '--width', 'wide'], 2, /--width must be a whole number/],
    [['read', 'skills', '--color', 'sometimes'], 2, /--color.*sometimes.*invalid|Allowed choices/i],
    [['lsit'], 2, /unknown command 'lsit'[\s\S]*Did you mean list\?/],
    [['list', '--bogus'], 2, /unknown option '--bogus'/],
  ])('careers %j exits %i with one clear message', async (args, code, message) => {
    const result = await careers(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('strips control sequences from a topic echoed in an error', async () => {
    const { stderr } = await careers(['read', 'x\u001B]52;c;aGk=\u0007y']);
    expect(stderr).not.toContain('\u001B');
  });
});

describe('global options', () => {
  it('mean the same before the command as after it', async () => {
    for (const args of [
      ['read', 'skills'],
      ['list', '--format', 'json'],
      ['read', 'no-such-topic'],
      ['search', 'phd', '--limit', '1'],
    ]) {
      const after = await careers([...args, '--color', 'never']);
      expect(after.stdout.length + after.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expect(await careers(['--color', 'never', ...args]), args.join(' ')).toEqual(after);
    }
  });
});

describe('help', () => {
  it('prints an overview pointing to the main commands when run alone', async () => {
    const { code, stdout } = await careers([]);
    expect(code).toBe(0);
    expect(stdout).toContain('careers read <topic>');
    expect(stdout).toContain('Exit codes');
  });

  it('shows examples in command help', async () => {
    const { code, stdout } = await careers(['read', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('>> notes.md');
  });
});

describe('careers validate on data files', () => {
  it.each([
    ['a timeline plan', 'timeline', 'phd-uk.yaml', /timeline\/mine\.yaml:\d+: items\[\d+\]\.section: no section "no-such-section" in the guide/],
    ['a file of check rules', 'checks', 'cv.yaml', /checks\/mine\.yaml:\d+: rules\[\d+\]\.section: no section "no-such-section" in the guide/],
  ])('reports %s that points at a section the guide does not have, with its file and line', async (_, kind, model, problem) => {
    const text = fs.readFileSync(new URL(`../../guide/${kind}/${model}`, import.meta.url), 'utf8');
    const dir = folder({ [`${kind}/mine.yaml`]: text.replace(/^(\s+section: )[a-z-]+$/m, '$1no-such-section') });
    const { code, stdout } = await careers(['validate', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(problem);
  });
});
