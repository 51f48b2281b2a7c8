import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePartialAnswers } from '../../src/assess/index.js';
import { answersArbitrary } from '../assess/arbitraries.js';
import { ALIAS_BOMB, answersFileArbitrary, CONTROL, ESCAPED_SECTION, ESCAPES, yamlQuoted as q } from '../helpers/hostile.js';
import { careers } from '../helpers/fake-io.js';
import { savedRun as savedRunOn } from '../helpers/saved-run.js';

/**
 * Every kind of bad input the CLI promises to survive, run in-process: what
 * it prints on stderr and the exit code. Fixtures are made here at test time
 * (a 5 MB file, a FIFO, a loop) rather than committed. What needs a process
 * of its own (pipes, terminals, shells, limits) is in tests/e2e/bad-inputs.test.ts.
 */

/** Any escape that is not an SGR colour code, or any other control but tab and newline: what styled output must never hold. */
const FOREIGN_ESCAPE = /\u001B(?!\[[0-9;]*m)|[\u0000-\u0008\u000B-\u001A\u001C-\u001F\u007F-\u009F]/;

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
const write = (file: string, content: string | Buffer) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};
const section = (title: string, extra = '') => `---\ntitle: ${title}\nsummary: About ${title}\n${extra}---\nBody of ${title}.\n`;

/** A guide folder holding good.md and whatever the case adds; returns its path. */
function guide(name: string, add: (dir: string) => void = () => {}): string {
  const dir = at('guides', name);
  write(path.join(dir, 'good.md'), section('Still good'));
  add(dir);
  return dir;
}

const VALID_ANSWERS =
  'stage: industry\ntop_institution: false\nskills: { software: 4, ml: 1, research: 0, theory: 1 }\nnumerical: true\npublications: 0\nresearch_experience: none\ninterests: [implementation]\nphd: no\nregion: us\n';
const env = () => ({ CAREERS_HOME: at('home'), XDG_CACHE_HOME: at('cache') });

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-bad-'));
  write(at('a-file'), 'not a folder');
  write(at('answers.yaml'), VALID_ANSWERS);
  write(at('escapes', 'esc.md'), ESCAPED_SECTION);
  write(at('escapes', 'bad\u001B[31mname.md'), section('Bad name'));
  // A C1 CSI in a file name: JSON.stringify leaves it raw, so list --format json (which prints paths) must escape it.
  write(at('escapes', 'c1\u009B2Jname.md'), section('C1 name', 'id: c1-name\n'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Case {
  name: string;
  /** Arguments, made after beforeAll has created the temp folder. */
  args: () => string[];
  code: number;
  stderr: RegExp;
  stdout?: RegExp;
  env?: () => Record<string, string>;
  input?: string;
  /** What `careers validate` prints about the --guide folder of the arguments. */
  validate?: RegExp;
}

/**
 * `careers list` over a guide folder with one bad thing in it: one warning
 * line counts the file for its folder, everything else is listed, and
 * `careers validate` names the file and what is wrong with it.
 */
const listWith = (name: string, validate: RegExp, add: (dir: string) => void, outcome: 'skipped' | 'read in part' = 'skipped'): Case => ({
  name,
  args: () => ['list', '--guide', guide(name.replace(/\W+/g, '-'), add)],
  code: 0,
  stderr: new RegExp(`^careers: warning: 1 file in \\S+ was ${outcome}: careers validate \\S+ shows why\n$`),
  stdout: /^about\t.*^good\tStill good\t/ms,
  validate,
});

/** `careers list` over a guide folder with a file that is a note like any other: listed, with no warning. */
const listsQuietly = (name: string, listed: RegExp, add: (dir: string) => void): Case => ({
  name,
  args: () => ['list', '--guide', guide(name.replace(/\W+/g, '-'), add)],
  code: 0,
  stderr: /^$/,
  stdout: listed,
});

/** A front-matter in another language whose payload would leave a file behind if it ran. */
const codeFence = (language: string) => (dir: string) =>
  write(
    path.join(dir, `${language}.md`),
    `---${language}\n{ title: (require('fs').writeFileSync(${JSON.stringify(at('PWNED'))}, 'x'), 'evil'), summary: 'evil' }\n---\nbody\n`,
  );

const GUIDE_FILES: Case[] = [
  listsQuietly('an empty file', /^empty\tempty\t/m, (d) => write(path.join(d, 'empty.md'), '')),
  listsQuietly('a BOM and CRLF line endings', /^bom\tWith a BOM\t/m, (d) =>
    write(path.join(d, 'bom.md'), `\uFEFF${section('With a BOM').replace(/\n/g, '\r\n')}`),
  ),
  listWith('a 5 MB file', /big\.md: file is too large \(over 1 MiB\); skipped/, (d) =>
    write(path.join(d, 'big.md'), section('Big') + 'x'.repeat(5 * 1024 * 1024)),
  ),
  listWith('a binary file', /binary\.md: file looks binary/, (d) =>
    write(path.join(d, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x89, 0x50])),
  ),
  listWith('invalid UTF-8', /latin1\.md: file is not valid UTF-8/, (d) =>
    write(path.join(d, 'latin1.md'), Buffer.from('---\ntitle: Caf\xe9\nsummary: s\n---\n', 'latin1')),
  ),
  listWith('a duplicate id', /other\.md:\d+: duplicate id "good" \(also in .*good\.md\)/, (d) =>
    write(path.join(d, 'other.md'), section('Impostor', 'id: good\n')),
  ),
  listsQuietly('a missing title', /^no-title\tno-title\t/m, (d) => write(path.join(d, 'no-title.md'), '---\nsummary: S\n---\n')),
  listWith(
    'YAML that is a list',
    /list\.md:1: front-matter must be a YAML mapping/,
    (d) => write(path.join(d, 'list.md'), '---\n- a\n- b\n---\n'),
    'read in part',
  ),
  listWith(
    'YAML that is a scalar',
    /scalar\.md:1: front-matter must be a YAML mapping/,
    (d) => write(path.join(d, 'scalar.md'), '---\njust words\n---\n'),
    'read in part',
  ),
  listWith(
    'invalid YAML',
    /broken\.md:\d+: front-matter is not valid YAML/,
    (d) => write(path.join(d, 'broken.md'), '---\ntitle: T\nsummary: [unclosed\n---\n'),
    'read in part',
  ),
  listWith('---js front-matter', /js\.md:1: front-matter in "js" is not allowed; only YAML and TOML are read/, codeFence('js'), 'read in part'),
  listWith('---javascript front-matter', /javascript\.md:1: front-matter in "javascript" is not allowed/, codeFence('javascript'), 'read in part'),
  listWith('---coffee front-matter', /coffee\.md:1: front-matter in "coffee" is not allowed/, codeFence('coffee'), 'read in part'),
  listWith(
    'an alias bomb in an extra key',
    /bomb\.md:1: front-matter stands for more than 20000 values/,
    (d) => write(path.join(d, 'bomb.md'), section('Bomb', `laughs:\n${ALIAS_BOMB}\n`)),
    'read in part',
  ),
  listWith(
    'an alias bomb in tags',
    /bomb\.md:1: front-matter stands for more than 20000 values/,
    (d) => write(path.join(d, 'bomb.md'), section('Bomb', `tags:\n${ALIAS_BOMB}\n`)),
    'read in part',
  ),
  listWith('a FIFO named like a section', /fifo\.md: not a regular file/, (d) => execFileSync('mkfifo', [path.join(d, 'fifo.md')])),
  listWith('a link out of the folder, to an endless device', /zero\.md: symbolic link leads outside the folder; skipped/, (d) =>
    fs.symlinkSync('/dev/zero', path.join(d, 'zero.md')),
  ),
  listWith('a dangling link (an unreadable file)', /dangling\.md: cannot read file: ENOENT/, (d) =>
    fs.symlinkSync(path.join(d, 'gone'), path.join(d, 'dangling.md')),
  ),
  listWith('a folder 50 deep', /folder is nested more than 12 deep; skipped/, (d) =>
    write(path.join(d, ...Array.from({ length: 50 }, (_, i) => `d${i}`), 'deep.md'), section('Deep')),
  ),
  listsQuietly('a symlink loop', /^about\t.*^good\tStill good\t/ms, (d) => fs.symlinkSync(d, path.join(d, 'loop'))),
  // The escape sequence is removed whole before the name becomes an id.
  listsQuietly('a file name with ESC in it', /^bad\tBad\t/m, (d) => write(path.join(d, 'bad\u001B]52;c;aGk=\u0007.md'), section('Bad'))),
  { name: '--guide naming a file', args: () => ['list', '--guide', at('a-file')], code: 1, stderr: /^careers: --guide \S+a-file: not a folder\n$/ },
  { name: '--guide naming nothing', args: () => ['list', '--guide', at('missing')], code: 1, stderr: /^careers: --guide \S+missing: no such folder\n$/ },
];

/** A run saved in the same millisecond as others, under the name saveRun gives it. */
const RUN_DATE = '2026-11-26T09-00-00-000Z';
const runFile = (n: number) => at('home-many', 'runs', `${RUN_DATE}${n ? `-${n}` : ''}.json`);
const savedRun = (stage: string) => savedRunOn('2026-11-26T09:00:00.000Z', stage);

const ROUND_TWO: Case[] = [
  listWith('a link to the root of the machine', /root: symbolic link leads outside the folder; skipped/, (d) => fs.symlinkSync('/', path.join(d, 'root'))),
  listWith('a section that is a link to /etc/passwd', /passwd\.md: symbolic link leads outside the folder; skipped/, (d) =>
    fs.symlinkSync('/etc/passwd', path.join(d, 'passwd.md')),
  ),
  listWith(
    'a tag that breaks the line',
    /tabs\.md:\d+: field "tags\[0\]" must be one line, with no tab/,
    (d) => write(path.join(d, 'tabs.md'), section('Tabs', `tags: [${q('a\n$(touch PWNED)\tb')}]\n`)),
    'read in part',
  ),
  // One problem, one line: the line break in the name is shown, not obeyed, by validate; list names only the folder.
  listWith(
    'a file name that forges a line',
    /^[^\n]*x\\nForged: careers: warning: all good\.md:\d+: front-matter is not valid YAML[^\n]*\n$/,
    (d) => write(path.join(d, 'x\nForged: careers: warning: all good\u001B[2J.md'), '---\ntitle: [\n---\nF.\n'),
    'read in part',
  ),
  {
    name: 'validate listing each link out of the folder',
    args: () => [
      'validate',
      guide('links-out', (d) => {
        fs.symlinkSync('/', path.join(d, 'root'));
        fs.symlinkSync('/etc/passwd', path.join(d, 'passwd.md'));
      }),
    ],
    code: 0,
    stderr: /sections? checked, no errors/,
    stdout: /passwd\.md: symbolic link leads outside the folder; skipped\n.*root: symbolic link leads outside the folder; skipped\n/,
  },
  {
    name: '--answers /dev/zero',
    args: () => ['assess', '--answers', '/dev/zero', '--no-save'],
    code: 2,
    stderr: /cannot read answers from \/dev\/zero: file is too large/,
  },
  {
    name: '--answers /dev/urandom',
    args: () => ['assess', '--answers', '/dev/urandom', '--no-save'],
    code: 2,
    stderr: /cannot read answers from \/dev\/urandom: file is too large/,
  },
  {
    name: 'publications of 1e400',
    args: () => {
      write(at('answers', 'huge.json'), '{"publications": 1e400}');
      return ['assess', '--answers', at('answers', 'huge.json'), '--no-save'];
    },
    code: 2,
    stderr: /publications must be an integer of 0 or more \(got a number out of range\)/,
  },
  {
    name: 'a search for a 50,000-letter word',
    args: () => ['search', 'a'.repeat(50_000)],
    code: 2,
    stderr: /a word of 50000 characters is longer than any in the guide/,
  },
  {
    name: 'a search of 100 words',
    args: () => ['search', ...Array.from({ length: 100 }, (_, i) => `w${i}`)],
    code: 2,
    stderr: /the search has 100 words; keep it to 20/,
  },
  {
    name: 'a FIFO in the runs folder',
    args: () => {
      fs.mkdirSync(at('home-fifo', 'runs'), { recursive: true });
      execFileSync('mkfifo', [at('home-fifo', 'runs', `${RUN_DATE}.json`)]);
      return ['history'];
    },
    env: () => ({ CAREERS_HOME: at('home-fifo'), XDG_CACHE_HOME: at('cache') }),
    code: 0,
    stderr: /saved run .* cannot be read \(not a regular file/,
  },
  {
    name: 'twelve runs saved in one millisecond',
    args: () => {
      for (let n = 0; n < 12; n++) write(runFile(n), savedRun(n === 11 ? 'masters' : 'undergrad'));
      return ['plan', '--format', 'json'];
    },
    env: () => ({ CAREERS_HOME: at('home-many'), XDG_CACHE_HOME: at('cache') }),
    code: 0,
    stderr: /^$/,
    // The last one saved (-11) is the one shown, not -9, which sorts last as text.
    stdout: /"stage": "masters"/,
  },
  {
    name: 'a saved run with a byte-order mark',
    args: () => {
      write(at('home-bom', 'runs', `${RUN_DATE}.json`), `\uFEFF${savedRun('masters')}`);
      return ['plan', '--format', 'json'];
    },
    env: () => ({ CAREERS_HOME: at('home-bom'), XDG_CACHE_HOME: at('cache') }),
    code: 0,
    stderr: /^$/,
    stdout: /"stage": "masters"/,
  },
];

/** A folder of `count` saved runs a minute apart, all damaged but the last: a command that reads them all moves the damaged ones aside and warns. */
const manyRuns = (name: string, count: number) => () => {
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    const answers = { stage: 'masters', region: 'us', phd: 'yes' };
    const run = JSON.parse(savedRun('masters')) as { result: object };
    const last = { ...run, date, answers, result: { ...run.result, answers } };
    write(at(name, 'runs', `${date.replace(/[:.]/g, '-')}.json`), i === count - 1 ? JSON.stringify(last) : 'damaged');
  }
  return { CAREERS_HOME: at(name), XDG_CACHE_HOME: at('cache') };
};

const ROUND_THREE: Case[] = [
  listWith(
    'a TOML dotted key of 20,000 parts',
    /deep\.md:1: front-matter .*nests more than 64 deep/,
    (d) => write(path.join(d, 'deep.md'), `+++\n${'a.'.repeat(19_999)}a = 1\n+++\nbody\n`),
    'read in part',
  ),
  listWith(
    'a YAML alias chain under integer keys',
    /chain\.md:1: front-matter .*nests more than 64 deep/,
    (d) =>
      write(
        path.join(d, 'chain.md'),
        ['---', 'chain:', '  - &a0 {1: x}', ...Array.from({ length: 3_000 }, (_, i) => `  - &a${i + 1} {${i + 1}: *a${i}}`), '---', 'body', ''].join('\n'),
      ),
    'read in part',
  ),
  listWith(
    'YAML mappings nested 5,000 deep',
    /nest\.md: front-matter is not valid YAML: it nests too deeply to read/,
    (d) => write(path.join(d, 'nest.md'), `---\nx: ${'{1: '.repeat(5_000)}1${'}'.repeat(5_000)}\n---\nb\n`),
    'read in part',
  ),
  {
    name: 'a timeline in the year 999',
    args: () => ['timeline', '--today', '0999-06-01', '--intake', '0999', '--region', 'us', '--target', 'phd', '--format', 'ics'],
    code: 2,
    stderr: /^careers: --today must be in the year 1000 or later \(got "0999-06-01"\)\n$/,
  },
  {
    name: 'a timeline whose plan starts before the year 1000',
    args: () => ['timeline', '--today', '1000-01-01', '--intake', '1000', '--region', 'us', '--target', 'phd', '--format', 'ics'],
    code: 2,
    stderr: /^careers: the plan for the 1000 intake starts before the year 1000; plan for a later intake\n$/,
  },
  {
    name: 'CAREERS_HOME under /proc',
    args: () => ['history'],
    env: () => ({ CAREERS_HOME: '/proc/self/careers', XDG_CACHE_HOME: at('cache') }),
    code: 1,
    stderr:
      /^careers: the data folder \/proc\/self\/careers \(from CAREERS_HOME\) is under \/proc, a folder of the system; set CAREERS_HOME to a folder of your own\n$/,
  },
  {
    name: 'HOME under /proc',
    args: () => ['read', 'phd-process'],
    env: () => ({ HOME: '/proc/self/home', XDG_CACHE_HOME: '' }),
    code: 1,
    stderr: /^careers: the cache folder \S+ \(from HOME\) is under \/proc, a folder of the system; set HOME to a folder of your own\n$/,
  },
  {
    name: 'XDG_CACHE_HOME under /sys',
    args: () => ['list'],
    env: () => ({ CAREERS_HOME: at('home'), XDG_CACHE_HOME: '/sys/cache' }),
    code: 1,
    stderr: /^careers: the cache folder \/sys\/cache\/careers \(from XDG_CACHE_HOME\) is under \/sys, a folder of the system/,
  },
  {
    name: 'a search of twenty one-letter words',
    args: () => ['search', ...'abcdefghijklmnopqrst'.split('')],
    code: 0,
    stderr: /^(careers: nothing matched .*\n)?$/,
    stdout: /\S/,
  },
  {
    name: 'plan with 500 saved runs, 499 of them damaged',
    args: () => ['plan', '--format', 'json'],
    env: manyRuns('home-500', 500),
    code: 0,
    stderr: /^$/,
    stdout: /"stage": "masters"/,
  },
  {
    name: 'timeline with 500 saved runs, 499 of them damaged',
    args: () => ['timeline', '--intake', '2027', '--format', 'json'],
    env: manyRuns('home-500t', 500),
    code: 0,
    stderr: /^$/,
  },
];

const PATHS: Case[] = [
  { name: 'read ../../etc/passwd', args: () => ['read', '../../etc/passwd'], code: 1, stderr: /^careers: no topic "\.\.\/\.\.\/etc\/passwd"/ },
  { name: 'read /etc/passwd', args: () => ['read', '/etc/passwd'], code: 1, stderr: /^careers: no topic "\/etc\/passwd"/ },
  {
    name: 'read with the path of a guide file',
    args: () => ['read', path.join(guide('path'), 'good.md'), '--guide', guide('path')],
    code: 1,
    stderr: /no topic ".*good\.md"/,
  },
  { name: 'a topic with escape sequences', args: () => ['read', `x${ESCAPES.clipboard}y`], code: 1, stderr: /^careers: no topic "xy"/ },
  { name: 'an unknown option with escape sequences', args: () => ['list', `--x${ESCAPES.wipe}`], code: 2, stderr: /^careers: unknown option '--x'/ },
];

/** `careers assess --answers FILE` with a bad file: exit 2 and a message naming what is wrong. */
const answers = (name: string, content: string | Buffer | undefined, stderr: RegExp, file = `${name.replace(/\W+/g, '-')}.yaml`): Case => ({
  name,
  args: () => {
    if (content !== undefined) write(at('answers', file), content);
    return ['assess', '--answers', at('answers', file), '--no-save', '--format', 'json'];
  },
  code: 2,
  stderr,
});

const ANSWERS: Case[] = [
  answers('answers that are a list', '- industry\n', /answers must be a mapping of stage, /),
  answers('answers that are a scalar', 'industry\n', /answers must be a mapping of stage, /),
  answers('an unknown key', 'stage: industry\nsalary: 100\n', /: "salary" is not an answer; expected one of stage, /),
  answers('a value out of range', 'skills: { ml: 9 }\n', /: skills\.ml must be an integer from 0 to 4 \(got 9\)/),
  answers('a value of the wrong type', 'publications: many\n', /: publications must be an integer of 0 or more \(got "many"\)/),
  answers('invalid YAML', 'stage: [industry\n', /answers in .* are not valid JSON or YAML/),
  answers('invalid JSON', '{"stage": ', /answers in .* are not valid JSON or YAML: /),
  answers('binary answers', Buffer.from([0, 1, 2, 0xff]), /are not valid JSON or YAML/),
  answers('a missing file', undefined, /cannot read answers from .*: no such file/),
  answers('a 300 KB file', `# ${'x'.repeat(300 * 1024)}\n`, /cannot read answers from .*: file is too large/),
  answers('an alias bomb', `interests:\n${ALIAS_BOMB}\n`, /: interests must be a list of any of .* \(got \[\["lol"/),
  answers('answers with escape sequences', `stage: ${q(`x${ESCAPES.clipboard}y`)}\n`, /: stage must be one of school, undergrad, .*\(got "x/),
  answers('a file name with escape sequences', 'stage: nope\n', /esc-name\.yaml: stage must be one of/, `esc${ESCAPES.csi}-name.yaml`),
  answers('answers that leave keys out', 'stage: industry\n', /the answers leave out skills\.software, /),
  {
    name: 'answers from a folder',
    args: () => ['assess', '--answers', root, '--no-save'],
    code: 2,
    stderr: /cannot read answers from .*: a folder, not a file/,
  },
  {
    name: 'bad answers on stdin',
    args: () => ['assess', '--answers', '-', '--no-save'],
    input: 'stage: [',
    code: 2,
    stderr: /answers in standard input are not valid JSON or YAML/,
  },
  {
    name: 'no terminal and no --answers',
    args: () => ['assess'],
    code: 2,
    stderr: /assess asks its questions in a terminal; .*\n.*careers assess --help lists the answer keys/,
  },
];

/** CAREERS_HOME under a regular file: mkdir fails with ENOTDIR, as a read-only data folder would fail for a normal user. */
const brokenHome = () => ({ CAREERS_HOME: at('a-file', 'careers'), XDG_CACHE_HOME: at('cache') });
const STORE: Case[] = [
  {
    name: 'a data folder that cannot be created',
    args: () => ['assess', '--answers', at('answers.yaml'), '--format', 'json'],
    env: brokenHome,
    code: 0,
    stderr: /^careers: warning: cannot save the result in .*a-file\/careers \(ENOTDIR\); it is printed below but not kept\n$/,
    stdout: /^\{\n {2}"version": 3,\n {2}"today": "[0-9-]+",\n {2}"roles": \[/,
  },
  {
    name: 'history with a data folder that cannot be read',
    args: () => ['history'],
    env: brokenHome,
    code: 0,
    stderr: /warning: cannot read .*a-file\/careers\/runs: ENOTDIR/,
  },
  {
    name: 'plan with a data folder that cannot be read',
    args: () => ['plan'],
    env: brokenHome,
    code: 1,
    stderr: /no saved assessment yet; run careers assess first/,
  },
  // Without a terminal --again has nothing to offer defaults to, so history is not read; saving still warns.
  {
    name: '--again with a data folder that cannot be read',
    args: () => ['assess', '--again', '--answers', at('answers.yaml'), '--format', 'json'],
    env: brokenHome,
    code: 0,
    stderr: /^careers: warning: cannot save the result in .*ENOTDIR[^\n]*\n$/,
  },
];

describe.each([
  ['odd guide files', GUIDE_FILES],
  ['path tricks and hostile arguments', PATHS],
  ['bad answers files', ANSWERS],
  ['a data folder that cannot be written', STORE],
  ['round two: links, forged lines, endless reads, queries and saved runs', ROUND_TWO],
  ['round three: deep front-matter, early years, system folders, broad searches and many saved runs', ROUND_THREE],
])('bad inputs: %s', (_, cases) => {
  it.each(cases)('$name', async ({ args, code, stderr, stdout, env: caseEnv, input, validate }) => {
    const argv = args();
    const result = await careers(argv, { env: (caseEnv ?? env)(), ...(input === undefined ? {} : { input }) });
    expect(result.stderr).toMatch(stderr);
    expect(result.code).toBe(code);
    if (stdout) expect(result.stdout).toMatch(stdout);
    if (code !== 0) expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(CONTROL);
    expect(result.stdout).not.toMatch(CONTROL);
    if (validate) {
      const checked = await careers(['validate', argv[argv.indexOf('--guide') + 1] ?? ''], { env: (caseEnv ?? env)() });
      expect(checked.stdout).toMatch(validate);
      expect(checked.stdout + checked.stderr).not.toMatch(CONTROL);
    }
  });
});

describe('front-matter code is never run', () => {
  it('leaves no trace of a ---js, ---javascript or ---coffee payload', async () => {
    for (const language of ['js', 'javascript', 'coffee'])
      await careers(['read', '--all', '--guide', guide(`payload-${language}`, codeFence(language))], { env: env() });
    expect(fs.existsSync(at('PWNED'))).toBe(false);
  });
});

describe('escape sequences in a guide never reach the terminal', () => {
  const withEscapes = () => ['--guide', at('escapes')];
  it.each([
    ['list as TSV', () => ['list', ...withEscapes()]],
    ['list --tags', () => ['list', '--tags', ...withEscapes()]],
    ['list as JSON', () => ['list', '--format', 'json', ...withEscapes()]],
    ['read as markdown', () => ['read', 'escaped', ...withEscapes()]],
    ['read --all as markdown', () => ['read', '--all', ...withEscapes()]],
    ['read as JSON', () => ['read', 'escaped', '--format', 'json', ...withEscapes()]],
    ['read rendered', () => ['read', 'escaped', '--format', 'terminal', '--color', 'never', ...withEscapes()]],
    ['search passages', () => ['search', 'hostile', ...withEscapes()]],
    ['search as JSON', () => ['search', 'hostile', '--format', 'json', ...withEscapes()]],
    ['validate', () => ['validate', at('escapes')]],
  ])('%s', async (_, args) => {
    const { stdout, stderr } = await careers(args(), { env: env() });
    expect(stdout).not.toBe('');
    expect(stdout).not.toMatch(CONTROL);
    expect(stderr).not.toMatch(CONTROL);
  });

  it('lists the file with ESC in its name by an id made of what is left of its name', async () => {
    const { stdout, stderr } = await careers(['list', ...withEscapes()], { env: env() });
    expect(stdout).toMatch(/^badname\tBad name\t/m);
    expect(stderr).toBe('');
  });

  it('keeps the text of every field in markdown, without the controls', async () => {
    const { stdout } = await careers(['read', 'escaped', '--front-matter', ...withEscapes()], { env: env() });
    for (const text of [
      'title: Escaped title',
      '# Escaped title',
      '*A summary with a link*',
      '- hostile',
      '- clipboard',
      '## Hostile body',
      'A hostile paragraph with a link, a clipboard write and 2Ja C1 wipe.',
      '**Name here**: The note 2Jtext. (checked 2026-01-01; source: https://example.org/)',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('emits only our own colour codes when styled', async () => {
    const { stdout } = await careers(['read', 'escaped', '--format', 'terminal', '--color', 'always', ...withEscapes()], { env: env() });
    expect(stdout).toMatch(/\u001B\[/);
    expect(stdout).not.toMatch(FOREIGN_ESCAPE);
  });
});

describe('random answers files', () => {
  /** Complete answers, the same with one key broken or left out, and anything at all. */
  const answersFile = fc.oneof(
    answersArbitrary,
    fc
      .tuple(answersArbitrary, answersFileArbitrary)
      .map(([good, noise]) => ({ ...good, ...(typeof noise === 'object' && noise && !Array.isArray(noise) ? noise : {}) })),
    fc
      .tuple(answersArbitrary, fc.constantFrom('stage', 'skills', 'phd', 'interests'))
      .map(([good, key]) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key))),
    answersFileArbitrary,
  );

  it('exit 0, or exit 2 with the message that names the key', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(answersFile, fc.boolean(), async (raw, asJson) => {
        const file = at('random', `${n++}.${asJson ? 'json' : 'yaml'}`);
        write(file, asJson ? JSON.stringify(raw) : stringify(raw));
        const { code, stdout, stderr } = await careers(['assess', '--answers', file, '--no-save', '--format', 'json'], { env: env() });
        const expected = validatePartialAnswers(raw);
        if ('error' in expected) {
          expect({ code, stderr }).toEqual({ code: 2, stderr: `careers: ${file}: ${expected.error.message}\n` });
        } else if (code === 0) {
          expect((JSON.parse(stdout) as { roles: unknown[] }).roles).toHaveLength(6);
        } else {
          expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/^careers: the answers leave out [a-z_.]+(, [a-z_.]+)*; /) });
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('bad inputs that need a second run', () => {
  it('rebuilds a hand-edited or damaged cache rather than trusting it', async () => {
    const dir = guide('cached', (d) => write(path.join(d, 'mine.md'), section('Mine')));
    const cacheEnv = { ...env(), XDG_CACHE_HOME: at('cache-edited') };
    const fresh = await careers(['list', '--guide', dir], { env: cacheEnv });
    const cacheDir = at('cache-edited', 'careers', 'guides');
    for (const damage of [
      (text: string) => text.replace('"title":"Mine"', `"title":"Mine${ESCAPES.clipboard}forged"`),
      (text: string) => text.replace('"tags":[]', '"tags":[42]'),
      () => Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
    ]) {
      for (const name of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, name), damage(fs.readFileSync(path.join(cacheDir, name), 'utf8')));
      const again = await careers(['list', '--guide', dir], { env: cacheEnv });
      expect(again).toEqual(fresh);
    }
  });

  it('never prints a saved rendering that holds escape codes of its own', async () => {
    const renderEnv = { ...env(), XDG_CACHE_HOME: at('cache-rendered') };
    const args = ['read', 'skills', '--format', 'terminal', '--color', 'always', '--width', '60'];
    const fresh = await careers(args, { env: renderEnv });
    const folder = at('cache-rendered', 'careers', 'rendered');
    for (const name of fs.readdirSync(folder)) {
      const entry = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as { key: string; text: string };
      fs.writeFileSync(path.join(folder, name), JSON.stringify({ ...entry, text: `${ESCAPES.clipboard}${entry.text}` }));
    }
    const again = await careers(args, { env: renderEnv });
    expect(again.stdout).toBe(fresh.stdout);
    expect(again.stdout).not.toContain('\u001B]52');
  });

  it('shows a section too deeply nested to render as plain text, with a warning, and renders the others', async () => {
    const dir = guide('nested', (d) => write(path.join(d, 'deep.md'), section('Deep', '') + `${'> '.repeat(2000)}deep\n\n${'*a'.repeat(20_000)}\n`));
    const result = await careers(['read', 'deep', 'good', '--format', 'terminal', '--color', 'never', '--guide', dir], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^careers: warning: .*deep\.md: shown as plain text, since it (nests more than \d+ deep|has more than [\d,]+ emphasis marks)\n$/,
    );
    expect(result.stdout).toContain('Body of Still good.');
    expect(result.stdout).not.toMatch(/Maximum call stack/);
  });
});
