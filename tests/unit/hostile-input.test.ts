import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePartialAnswers } from '../../src/assess/index.js';
import { formatProblem } from '../../src/cli/guide-context.js';
import { loadGuide } from '../../src/guide/load.js';
import { parseSection } from '../../src/guide/parse.js';
import { GuideFileError } from '../../src/guide/guide-file.js';
import { parseYamlData, readYamlFile } from '../../src/guide/read-data-file.js';
import { toJson } from '../../src/render/json.js';
import { loadHistory } from '../../src/history/store.js';
import { stripControls } from '../../src/text/sanitize.js';
import { runCli } from '../helpers/fake-io.js';
import { ALIAS_BOMB, CONTROL } from '../helpers/hostile.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder } = useTempFolders('hostile');

const parse = (text: string, fallbackId = 'x') => parseSection(text, `guide/${fallbackId}.md`, 'test', fallbackId);
const good = '---\ntitle: Good\nsummary: Still here\n---\nBody.\n';
const load = (dir: string) => loadGuide([{ dir, origin: 'test' }]);

describe('stripControls', () => {
  it.each([
    ['CSI colour', 'a\u001B[31mb\u001B[0m', 'ab'],
    ['CSI erase screen', 'a\u001B[2Jb', 'ab'],
    ['OSC 8 hyperlink ended by BEL', 'see \u001B]8;;https://evil.example\u0007here\u001B]8;;\u0007', 'see here'],
    ['OSC 8 hyperlink ended by ST', 'see \u001B]8;;https://evil.example\u001B\\here\u001B]8;;\u001B\\', 'see here'],
    ['OSC 52 clipboard write', 'x\u001B]52;c;cm0gLXJmIH4=\u0007y', 'xy'],
    ['OSC title change', '\u001B]0;pwned\u0007title', 'title'],
    ['C1 CSI', 'a\u009B2Jb', 'a2Jb'],
    ['C1 OSC', 'a\u009D0;x\u009Cb', 'a0;xb'],
    ['other C0 controls', 'a\u0000\u0007\u0008\r\u000B\u000Cb', 'ab'],
    ['DEL', 'a\u007Fb', 'ab'],
    ['an ESC at the very end', 'a\u001B', 'a'],
    ['a right-to-left override', 'file\u202Etxt.exe', 'filetxt.exe'],
    ['bidirectional embeddings, isolates and marks', 'a\u202A\u202B\u202C\u202Db\u2066\u2067\u2068\u2069c\u200E\u200F\u061Cd', 'abcd'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'abc'],
  ])('removes %s', (_, input, output) => {
    expect(stripControls(input)).toBe(output);
  });

  it('keeps tabs, newlines and ordinary Unicode', () => {
    expect(stripControls('a\tb\nc — é ✓ 日本')).toBe('a\tb\nc — é ✓ 日本');
  });
});

describe('parseSection with hostile content', () => {
  it('cleans change notes and tags, as it does titles and summaries', () => {
    const { section, problems } = parse(
      '---\ntitle: T\nsummary: S\ntags: ["t\\e[31mag"]\nchanged:\n  - name: "N\\e]52;c;aGk=\\a"\n    note: "note \\e[1m"\n    source: "src \\x9b2J"\n    as_of: "2020-01-02\\e[5m"\n---\n',
    );
    expect(problems).toEqual([]);
    expect(section?.tags).toEqual(['tag']);
    expect(section?.changed).toEqual([{ name: 'N', mentions: [], note: 'note', source: 'src 2J', as_of: '2020-01-02' }]);
  });

  it('refuses a title made only of control characters', () => {
    expect(parse('---\ntitle: "\\e[2J"\nsummary: S\n---\n').problems[0]?.message).toMatch(/title.*must not be empty/);
  });

  it('refuses a file name that is not an id, unless front-matter sets one', () => {
    const name = 'Bad\u001B[31mName';
    expect(parse(good, name).problems[0]).toMatchObject({ field: 'id', message: expect.stringMatching(/file name ".*" is not a valid id/) });
    expect(parse('---\nid: fine\ntitle: T\nsummary: S\n---\n', name).section?.id).toBe('fine');
  });

  it.each([
    ['an extra key', `laughs:\n${ALIAS_BOMB}\n`],
    ['tags', `tags:\n${ALIAS_BOMB}\n`],
    ['a role block', `laughs:\n${ALIAS_BOMB}\nrole: *i\n`],
  ])('rejects a YAML alias bomb in %s before expanding it', (_, yaml) => {
    // Expanded, the bomb is 9^9 strings: the message shows the count stopped at the limit, and the test's timeout guards against a hang.
    const { section, problems } = parse(`---\ntitle: T\nsummary: S\n${yaml}---\nbody\n`);
    expect(section).toBeUndefined();
    expect(problems[0]?.message).toMatch(/more than 20000 values once its YAML aliases are expanded/);
  });

  it('keeps small shared aliases, which are ordinary YAML', () => {
    const { section } = parse('---\ntitle: T\nsummary: S\ntags: &t [a, b]\nkeywords: *t\n---\n');
    expect(section?.tags).toEqual(['a', 'b']);
  });
});

describe('loadGuide with odd files', () => {
  it('skips a FIFO named like a section instead of blocking on it', () => {
    const dir = folder({ 'good.md': good });
    execFileSync('mkfifo', [path.join(dir, 'fifo.md')]);
    const guide = load(dir);
    expect(guide.sections.map((s) => s.id)).toEqual(['good']);
    expect(guide.problems).toEqual([expect.objectContaining({ file: path.join(dir, 'fifo.md'), message: expect.stringMatching(/not a regular file/) })]);
  });

  it('skips a link out of the folder (to an endless device) and a dangling link, naming each', () => {
    const dir = folder({ 'good.md': good });
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.md'));
    const messages = load(dir).problems.map((p) => `${path.basename(p.file)}: ${p.message}`);
    expect(messages).toEqual([expect.stringMatching(/^dangling\.md: cannot read file: ENOENT/), 'zero.md: symbolic link leads outside the folder; skipped']);
  });

  it('stops at a 50-deep folder with one warning and loads what is above the limit', () => {
    const deep = Array.from({ length: 50 }, (_, i) => `d${i}`);
    const dir = folder({ [path.join(...deep.slice(0, 5), 'shallow.md')]: good.replace('Good', 'Shallow'), [path.join(...deep, 'deep.md')]: good });
    const guide = load(dir);
    expect(guide.sections.map((s) => s.id)).toEqual(['shallow']);
    expect(guide.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/nested more than 12 deep/) })]);
  });

  it('does not hang on a loop through a parent folder', () => {
    const dir = folder({ 'a/b/good.md': good });
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'b', 'up'));
    fs.symlinkSync('..', path.join(dir, 'a', 'parent'));
    expect(load(dir).sections.map((s) => s.id)).toEqual(['good']);
  });
});

describe('data files and answers with alias bombs', () => {
  it('refuses an assessment data file that expands too far', () => {
    const dir = folder({ 'questions.yaml': `questions:\n${ALIAS_BOMB}\n` });
    expect(() => readYamlFile(path.join(dir, 'questions.yaml'))).toThrow(GuideFileError);
  });

  it('refuses a FIFO as an assessment data file', () => {
    const dir = folder();
    execFileSync('mkfifo', [path.join(dir, 'questions.yaml')]);
    expect(() => readYamlFile(path.join(dir, 'questions.yaml'))).toThrow(/not a regular file/);
  });

  it.each([
    ['a function', 'run: !!js/function "function () { return 1; }"'],
    ['a regular expression', 'match: !!js/regexp /a+/'],
    ['binary data', 'blob: !!binary aGk='],
    ['a date', 'when: !!timestamp 2024-01-02'],
    ['a tag of its own', 'thing: !careers/evil x'],
  ])('refuses YAML with %s in it, rather than making anything but plain data', (_, text) => {
    expect(() => parseYamlData(text)).toThrow(/Unresolved tag/);
    const { section, problems } = parseSection(`---\ntitle: T\nsummary: S\n${text}\n---\nbody\n`, 'x.md', 'test', 'x', { strict: true });
    expect(section).toBeUndefined();
    expect(problems[0]?.message).toMatch(/front-matter is not valid YAML: Unresolved tag/);
  });

  it('reads prototype keys as plain keys', () => {
    const data = parseYamlData('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n') as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
  });

  it('names the key of an answer that is an alias bomb, without expanding it', async () => {
    const answers = parseYamlData(`interests:\n${ALIAS_BOMB}\n`);
    const checked = validatePartialAnswers(answers);
    expect(checked).toEqual({ error: { key: 'interests', message: expect.stringMatching(/^interests must be a list .*\(got \[\["lol",.*…\)$/) } });
  });
});

describe('JSON output', () => {
  it('escapes DEL and C1 controls, which JSON.stringify leaves raw', () => {
    const text = toJson({ file: 'a\u009B2J\u007F\u001B.md' });
    expect(text).toBe('{\n  "file": "a\\u009b2J\\u007f\\u001b.md"\n}\n');
    expect(JSON.parse(text)).toEqual({ file: 'a\u009B2J\u007F\u001B.md' });
    expect(text).not.toMatch(CONTROL);
  });
});

describe('messages that echo hostile names', () => {
  it('formats a problem without the control characters of its file name or message', () => {
    expect(formatProblem({ file: 'x\u001B]52;c;aGk=\u0007.md', line: 3, severity: 'error', message: 'bad\u001B[2J' })).toBe('x.md:3: bad');
  });

  it('cleans everything a command writes to stderr', async () => {
    const { code, stderr } = await runCli(['read', 'no\u001B]52;c;aGk=\u0007pe\u009B2J']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^careers: no topic "nope2J"/);
    expect(stderr).not.toMatch(CONTROL);
  });

  it('makes an id of what is left of a file name with ESC in it, and cleans a problem that names it', async () => {
    const dir = folder({ 'good.md': good, 'bad\u001B[31m.md': good.replace('Good', 'Bad'), 'worse\u001B[31m.md': '---\ntitle: [\n---\n' });
    const env = { env: { XDG_CACHE_HOME: path.join(dir, '.cache') } };
    const listed = await runCli(['list', '--guide', dir], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^bad\tBad/m);
    expect(listed.stdout).toMatch(/^good\tGood/m);
    const checked = await runCli(['validate', dir], env);
    expect(checked.stdout).toMatch(/worse\.md:\d+: front-matter is not valid YAML/);
    expect(listed.stderr + checked.stdout + checked.stderr).not.toMatch(CONTROL);
  });

  it('drops control characters from a hand-edited saved run', () => {
    const dir = folder({
      'runs/2026-11-26T12-00-00-000Z.json': JSON.stringify({
        version: 1,
        date: '2026-11-26T12:00:00.000Z',
        answers: {},
        result: { title: 'a\u001B]52;c;aGk=\u0007b' },
      }),
    });
    expect(loadHistory(dir).entries[0]?.run.result).toEqual({ title: 'ab' });
  });
});
