import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadGuide } from '../../src/guide/load.js';
import { parseSection } from '../../src/guide/parse.js';
import { GuideFileError } from '../../src/guide/guide-file.js';
import { expandedSize, MAX_YAML_DEPTH, readYamlFile } from '../../src/guide/read-data-file.js';
import { foldLine, timelineIcs } from '../../src/render/timeline-ics.js';
import type { Timeline } from '../../src/timeline/plan.js';
import { runCli } from '../helpers/fake-io.js';
import { savedRun } from '../helpers/saved-run.js';
import { useTempFolders } from '../helpers/temp-folders.js';

/*
 * Round three of hostile input: front-matter nested thousands deep,
 * calendars of long or awkward text, data folders in system folders,
 * searches that would expand every word, thousands of saved runs.
 */

const { folder, tempDir } = useTempFolders('round-three');
const good = '---\ntitle: Good\nsummary: Still here\n---\nBody.\n';

/** A TOML dotted key of `parts` parts: each part one more level of tables. */
const dottedKey = (parts: number) => `+++\n${'a.'.repeat(parts - 1)}a = 1\ntitle = "Deep"\nsummary = "S"\n+++\nbody\n`;
/** YAML aliases chained under integer keys: each value holds the one before it. */
const aliasChain = (links: number) =>
  [
    '---',
    'title: Chain',
    'summary: S',
    'chain:',
    '  - &a0 {1: x}',
    ...Array.from({ length: links - 1 }, (_, i) => `  - &a${i + 1} {${i + 1}: *a${i}}`),
    '---',
    'body',
    '',
  ].join('\n');
/** YAML flow mappings nested `levels` deep. */
const nestedFlow = (levels: number) => `---\ntitle: Nest\nsummary: S\nx: ${'{1: '.repeat(levels)}1${'}'.repeat(levels)}\n---\nb\n`;

describe('front-matter nested thousands deep', () => {
  it.each([
    ['a TOML dotted key of 20,000 parts', dottedKey(20_000), /nests more than 64 deep/],
    ['a TOML dotted key of 3,000 parts (6 KB)', dottedKey(3_000), /nests more than 64 deep/],
    ['a YAML alias chain under integer keys', aliasChain(5_000), /nests more than 64 deep/],
    ['YAML flow mappings 5,000 deep', nestedFlow(5_000), /nests too deeply to read|nests more than 64 deep/],
  ])('reports %s once, and the rest of the folder loads', (_, text, message) => {
    const dir = folder({ 'good.md': good, 'deep.md': text });
    const guide = loadGuide([{ dir, origin: 'test' }]);
    expect(guide.sections.map((s) => s.id)).toContain('good');
    expect(guide.problems).toEqual([expect.objectContaining({ file: path.join(dir, 'deep.md'), message: expect.stringMatching(message) })]);
  });

  it('keeps front-matter nested as deep as the bound allows', () => {
    const deep = `---\ntitle: T\nsummary: S\nx: ${'{k: '.repeat(MAX_YAML_DEPTH - 2)}1${'}'.repeat(MAX_YAML_DEPTH - 2)}\n---\n`;
    expect(parseSection(deep, 'guide/x.md', 'test', 'x').problems).toEqual([]);
  });

  it('measures without recursion, and stops at the limit however far aliases would expand', () => {
    let chain: unknown = 1;
    for (let i = 0; i < 100_000; i++) chain = [chain];
    expect(expandedSize(chain)).toBe(Infinity);
    const shared = Array(9).fill(Array(9).fill(Array(9).fill(Array(9).fill(Array(9).fill('lol')))));
    expect(expandedSize(shared, 1_000)).toBe(1_001);
  });

  it.each([
    ['nested 5,000 deep', `x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`, /file nests too deeply to read/],
    [
      'an alias chain',
      ['chain:', '  - &a0 [x]', ...Array.from({ length: 3_000 }, (_, i) => `  - &a${i + 1} [*a${i}]`), ''].join('\n'),
      /nests more than 64 deep/,
    ],
  ])('refuses a guide data file %s with a GuideFileError', (_, yaml, message) => {
    const dir = folder({ 'plan.yaml': yaml });
    expect(() => readYamlFile(path.join(dir, 'plan.yaml'))).toThrow(GuideFileError);
    expect(() => readYamlFile(path.join(dir, 'plan.yaml'))).toThrow(message);
  });

  it('lists, reads and validates a folder with such a note, naming it once', async () => {
    const dir = folder({ 'good.md': good, 'deep.md': dottedKey(20_000) });
    const env = { env: { XDG_CACHE_HOME: path.join(dir, '.cache') } };
    for (const argv of [
      ['list', '--guide', dir],
      ['read', 'good', '--guide', dir],
      ['search', 'still', '--guide', dir],
    ]) {
      const result = await runCli(argv, env);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stderr).toMatch(/^careers: warning: 1 file in \S+ was read in part: careers validate \S+ shows why\n$/);
    }
    const validated = await runCli(['validate', dir], env);
    expect(validated.stdout).toMatch(/deep\.md:1: front-matter .*nests more than 64 deep/);
  });
});

/** A timeline of one step whose texts are whatever a test gives. */
const timeline = (text: { title?: string; do?: string; why?: string; plan?: string }): Timeline => ({
  plan: text.plan ?? 'phd-us',
  title: text.title ?? 'PhD',
  target: 'phd',
  region: 'us',
  intake: 2027,
  today: '2026-01-01',
  status: 'ok',
  steps: [
    { id: 'step', date: '2026-03-04', when: '2026-03-04', do: text.do ?? 'Do it', why: text.why ?? 'Because', section: 'phd-process', late: false, routes: [] },
  ],
  sources: [],
});
const parseIcs = (text: string) => new ICAL.Component(ICAL.parse(text));
const octets = (text: string) => text.split('\r\n').map((line) => Buffer.byteLength(line));

describe('calendars of hostile text', () => {
  const awkward = 'Commas, semicolons; back\\slashes, "quotes", a line\nbreak, é ✓ 日本 🎓 and a\r\nCRLF';

  it('escapes every text value, the calendar name too, so ical.js reads back exactly what was written', () => {
    const text = timelineIcs(timeline({ title: awkward, do: awkward, why: awkward, plan: 'p,l;an' }));
    const calendar = parseIcs(text);
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(awkward.replace(/\r\n/g, '\n'));
    expect(String(event.getFirstPropertyValue('description'))).toContain(`Why: ${awkward.replace(/\r\n/g, '\n')}`);
    expect(event.getFirstProperty('categories')?.getValues()).toEqual(['careers', 'p,l;an']);
    // ical.js keeps unknown X- properties raw: the name is read as the TEXT it is written as.
    const name = calendar
      .getFirstProperty('x-wr-calname')!
      .toICALString()
      .replace(/^X-WR-CALNAME:/, '');
    expect(ICAL.design.icalendar.value.text!.fromICAL!(name)).toBe(`Timeline: ${awkward.replace(/\r\n/g, '\n')}, 2027 intake`);
  });

  it('folds every line at 75 octets, never inside a character', () => {
    const text = timelineIcs(timeline({ do: '日本語の文章🎓é'.repeat(400), why: 'x'.repeat(5_000) }));
    expect(Math.max(...octets(text))).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/\uFFFD/);
    expect(parseIcs(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe('日本語の文章🎓é'.repeat(400));
  });

  it('folds a line of any length into pieces that join back to it', () => {
    for (const line of ['', 'x', 'a'.repeat(75), 'a'.repeat(76), 'é'.repeat(100), '🎓'.repeat(50), `a${'日'.repeat(40)}`]) {
      const folded = foldLine(line);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
      expect(Math.max(...octets(folded))).toBeLessThanOrEqual(75);
    }
  });

  it('writes a step of 900 KB (which ics alone did not finish)', () => {
    const text = timelineIcs(timeline({ do: 'word, '.repeat(150_000) }));
    expect(parseIcs(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe('word, '.repeat(150_000));
  });

  it.each([
    [['--today', '0999-06-01', '--intake', '0999'], /--today must be in the year 1000 or later/],
    [['--today', '0000-01-01', '--intake', '0000'], /--today must be in the year 1000 or later/],
    [['--today', '1000-01-01', '--intake', '1000'], /the plan for the 1000 intake starts before the year 1000/],
  ])('refuses a timeline before the year 1000 (%j), exit 2', async (args, message) => {
    const { code, stdout, stderr } = await runCli(['timeline', ...args, '--region', 'us', '--target', 'phd', '--format', 'ics'], {
      env: { CAREERS_HOME: tempDir() },
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('writes the first intake it allows as a calendar ical.js reads', async () => {
    const { code, stdout } = await runCli(['timeline', '--today', '1000-01-01', '--intake', '1001', '--region', 'us', '--target', 'phd', '--format', 'ics'], {
      env: { CAREERS_HOME: tempDir() },
    });
    expect(code).toBe(0);
    const starts = parseIcs(stdout)
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('dtstart')));
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) expect(start).toMatch(/^1\d{3}-\d{2}-\d{2}$/);
  });
});

describe('data and cache folders in system folders', () => {
  it.each([
    ['CAREERS_HOME', '/proc/self/careers', ['history']],
    ['XDG_DATA_HOME', '/sys/kernel', ['plan']],
    ['HOME', '/dev/shm/me', ['list']],
    ['XDG_CACHE_HOME', '/proc/1', ['read', 'phd-process']],
  ])('refuses %s under %s with one line, exit 1', async (variable, value, argv) => {
    const { code, stdout, stderr } = await runCli(argv, { env: { [variable]: value } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(
        `^careers: the (data|cache) folder \\S+ \\(from ${variable}\\) is under /(proc|sys|dev), a folder of the system; set ${variable} to a folder of your own\\n$`,
      ),
    );
  });

  it('creates nothing where a link leads into /proc, and says why the result was not saved', async () => {
    const dir = tempDir();
    fs.symlinkSync('/proc/self', path.join(dir, 'link'));
    const answers = path.join(dir, 'answers.yaml');
    fs.writeFileSync(
      answers,
      'stage: industry\ntop_institution: false\nskills: { software: 4, ml: 1, research: 0, theory: 1 }\nnumerical: true\npublications: 0\nresearch_experience: none\ninterests: [implementation]\nphd: no\nregion: us\n',
    );
    const { code, stderr } = await runCli(['assess', '--answers', answers, '--format', 'json'], {
      env: { CAREERS_HOME: path.join(dir, 'link', 'careers'), XDG_CACHE_HOME: path.join(dir, 'link', 'cache') },
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^careers: warning: cannot save the result in \S+ \(ESYSFOLDER\); it is printed below but not kept\n$/);
  });
});

describe('searches bounded in their work', () => {
  const notes = () =>
    folder({
      'a.md': '---\ntitle: Letter a\nsummary: About a\n---\nThe letter a alone.\n',
      'apple.md': '---\ntitle: Apples\nsummary: About apples\n---\nApple and apricot and avocado.\n',
      'long.md': '---\ntitle: Long\nsummary: About long words\n---\nabcdefghijklmnopqxyz\n',
    });
  const search = async (dir: string, ...words: string[]) => {
    const { code, stdout } = await runCli(['search', ...words, '--guide', dir, '--format', 'json', '--limit', '50'], {
      env: { XDG_CACHE_HOME: path.join(dir, '.cache') },
    });
    return code === 0 ? (JSON.parse(stdout) as Array<{ id: string; terms: string[] }>) : [];
  };

  it('does not expand a word of one or two letters into every word it starts', async () => {
    const hits = await search(notes(), 'a');
    expect(hits.flatMap((hit) => hit.terms)).not.toContain('apple');
    expect(hits.map((hit) => hit.id)).toContain('a');
  });

  it('still matches longer words from three letters', async () => {
    expect((await search(notes(), 'apr')).map((hit) => hit.id)).toContain('apple');
  });

  it('allows a long word at most two typos, where a fifth of its letters would be four', async () => {
    expect((await search(notes(), 'abcdefghijklmnopqabc')).map((hit) => hit.id)).not.toContain('long');
    expect((await search(notes(), 'abcdefghijklmnopqxzz')).map((hit) => hit.id)).toContain('long');
  });
});

describe('thousands of saved runs', () => {
  /** `count` runs a minute apart; all but the last `good` are damaged, so reading one moves it aside. */
  const store = (count: number, good: number) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const date = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      files[`runs/${date.replace(/[:.]/g, '-')}.json`] = i >= count - good ? savedRun(date, i === count - 1 ? 'masters' : 'undergrad') : 'damaged';
    }
    return folder(files);
  };
  const damagedLeft = (dir: string) =>
    fs.readdirSync(path.join(dir, 'runs')).filter((name) => name.endsWith('.json') && fs.readFileSync(path.join(dir, 'runs', name), 'utf8') === 'damaged')
      .length;

  it.each([
    ['plan', ['plan', '--format', 'json']],
    ['timeline', ['timeline', '--intake', '2027', '--format', 'json']],
    ['assess --again', ['assess', '--again', '--set', 'stage=industry', '--no-save', '--format', 'json']],
  ])('%s reads only the last run, not the 300 before it', async (_, argv) => {
    const dir = store(301, 1);
    const { code, stderr } = await runCli(argv, { env: { CAREERS_HOME: dir } });
    expect(stderr).not.toMatch(/damaged/);
    expect(code).not.toBe(1);
    expect(damagedLeft(dir)).toBe(300);
  });

  it('history lists the last 100 runs, by their numbers, and says how many it left out', async () => {
    const dir = store(250, 100);
    const { code, stdout, stderr } = await runCli(['history'], { env: { CAREERS_HOME: dir } });
    expect(code).toBe(0);
    expect(stderr).toBe('careers: the last 100 of 250 runs; careers history --all lists every one\n');
    expect(stdout.trim().split('\n')).toHaveLength(100);
    expect(damagedLeft(dir)).toBe(150);
  });

  it('plan by number reads that run alone', async () => {
    const dir = store(200, 200);
    const { code, stdout } = await runCli(['plan', '200', '--format', 'json'], { env: { CAREERS_HOME: dir } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/"stage": "masters"/);
  });
});
