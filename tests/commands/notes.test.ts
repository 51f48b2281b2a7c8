import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { marked, type Token } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINEER } from '../helpers/assess-home.js';
import { careers } from '../helpers/fake-io.js';

let dir: string;
const env = () => ({ CAREERS_HOME: path.join(dir, 'data') });
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-notes-'));
  fs.writeFileSync(path.join(dir, 'me.json'), JSON.stringify(ENGINEER));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const topHeadings = (tokens: Token[]) =>
  tokens
    .filter((t): t is Token & { type: 'heading'; depth: number; text: string } => t.type === 'heading' && (t as { depth: number }).depth === 1)
    .map((t) => t.text);

describe('appending to a notes file', () => {
  it('gives one level-1 heading per block, and no front-matter read as text, whatever the sequence', async () => {
    const steps = [
      ['careers read statement-of-purpose', 'How should I write a statement of purpose?'],
      ['careers read statement-of-purpose', 'How should I write a statement of purpose?'],
      ['careers read cv --no-front-matter', 'How do I write an academic CV?'],
      ['careers assess --answers me.json --format markdown', /^My careers plan \(\d{4}-\d{2}-\d{2}\)$/],
      ['careers plan', /^My careers plan/],
      ['careers read sop cv', 'How should I write a statement of purpose?'],
      ['careers timeline --intake 2027 --region us --target phd --today 2026-11-20', /^Timeline: /],
    ] as const;
    // As `careers … >> notes.md || exit 1` in a shell: each command's stdout appended in turn, stopping at the first failure.
    let stderr = '';
    let code = 0;
    for (const [command] of steps) {
      const result = await careers(command.split(' ').slice(1), { cwd: dir, env: env() });
      stderr += result.stderr;
      code = result.code;
      if (code !== 0) break;
      fs.appendFileSync(path.join(dir, 'notes.md'), result.stdout);
    }
    expect({ code, stderr: stderr.replace(/^careers: saved in .*\n/m, '') }).toEqual({ code: 0, stderr: '' });
    const note = fs.readFileSync(path.join(dir, 'notes.md'), 'utf8');
    const tokens = marked.lexer(note);
    const headings = topHeadings(tokens);
    // `read sop cv` is two blocks: the statement of purpose, then the CV.
    expect(headings).toHaveLength(steps.length + 1);
    steps.forEach(([, title], i) => expect(headings[i + (i >= 6 ? 1 : 0)]).toMatch(title));
    expect(tokens[0]?.type).toBe('heading');
    // A YAML header in the middle of a file would parse as a rule and a heading holding "id: ...".
    expect(tokens.some((t) => t.type === 'heading' && /\b(id|title|source):/.test((t as { text: string }).text))).toBe(false);
    expect(note).not.toMatch(/^---\n(id|title):/m);
  });

  it('adds the YAML header only when asked, at the top of a note of its own', async () => {
    const { stdout } = await careers(['read', 'cv', '--front-matter']);
    expect(stdout).toMatch(/^---\nid: academic-cv\n/);
    expect((await careers(['read', 'cv'])).stdout).toMatch(/^# How do I write an academic CV\?\n/);
  });
});

describe('old results', () => {
  const runs = async () => JSON.parse((await careers(['history', '--format', 'json'], { env: env() })).stdout) as Array<{ date: string; file: string }>;

  it('saves a run and says where on stderr, then shows any run by number or date', async () => {
    const first = await careers(['assess', '--answers', path.join(dir, 'me.json'), '--format', 'json'], { env: env() });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^careers: saved in .*runs\/.*\.json; careers plan shows it again/);
    const second = await careers(['assess', '--set', 'skills.ml=3', '--set', 'interests=implementation,policy', '--format', 'json'], { env: env() });
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as { answers: { skills: { ml: number }; interests: string[] } }).answers).toMatchObject({
      skills: { ml: 3, software: 4 },
      interests: ['implementation', 'policy'],
    });

    const saved = await runs();
    expect(saved.length).toBeGreaterThanOrEqual(2);
    const byNumber = JSON.parse((await careers(['plan', '1', '--format', 'json'], { env: env() })).stdout) as { answers: { skills: { ml: number } } };
    expect(byNumber.answers.skills.ml).toBe(1);
    const latest = saved.at(-1)?.date ?? '';
    const byDate = JSON.parse((await careers(['plan', latest.slice(0, 10), '--format', 'json'], { env: env() })).stdout) as {
      answers: { skills: { ml: number } };
    };
    expect(byDate.answers.skills.ml).toBe(3);
    const missing = await careers(['plan', '99'], { env: env() });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/^careers: no run number 99; careers history numbers runs 1 to \d+\n$/) });
  });

  it('compares two runs: the answers that changed and how the roles moved', async () => {
    const diff = await careers(['history', '--diff', '--format', 'json'], { env: env() });
    expect(diff.code).toBe(0);
    const parsed = JSON.parse(diff.stdout) as { answers: Array<{ key: string; from: unknown; to: unknown }>; roles: unknown[] };
    expect(parsed.answers).toContainEqual({ key: 'skills.ml', from: 1, to: 3 });
    expect(parsed.answers.map((a) => a.key)).not.toContain('stage');
    const n = (await runs()).length;
    const text = await careers(['history', '--diff', String(n - 1), String(n)], { env: env() });
    // Levels as the menu named them (1 to 5); the JSON above keeps 0 to 4.
    expect(text.stdout).toMatch(/ML implementation rating: Standard models, level 2 of 5 -> Reproduced a paper, level 4 of 5/);
    expect((await careers(['history', '--diff', '1', '2', '3'], { env: env() })).code).toBe(2);
    expect((await careers(['history', '1'], { env: env() })).code).toBe(2);
  });

  it('takes a saved run file as answers', async () => {
    const file = (await runs())[0]?.file ?? '';
    const { code, stdout } = await careers(['assess', '--answers', file, '--no-save', '--format', 'json'], { env: env() });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { answers: { stage: string } }).answers.stage).toBe('industry');
  });

  it('refuses a --set that is not an answer, or out of range, in one line with exit 2', async () => {
    expect(await careers(['assess', '--set', 'skils.ml=3'], { env: env() })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^careers: "skils\.ml" is not an answer; expected one of .*skills\.ml/),
    });
    expect(await careers(['assess', '--set', 'skills.ml=9'], { env: env() })).toMatchObject({
      code: 2,
      stderr: 'careers: skills.ml must be an integer from 0 to 4 (got "9")\n',
    });
  });
});

describe('topics in plain words', () => {
  const headings = async (args: string[]) => {
    const { code, stdout, stderr } = await careers(['read', ...args]);
    return { code, stderr, titles: topHeadings(marked.lexer(stdout)) };
  };

  it.each([
    [['statement', 'of', 'purpose'], ['How should I write a statement of purpose?']],
    [['research', 'experience'], ['Getting research experience']],
    [['how', 'to', 'write', 'a', 'cv'], ['How do I write an academic CV?']],
    [
      ['sop', 'cv'],
      ['How should I write a statement of purpose?', 'How do I write an academic CV?'],
    ],
    [['sop', 'statement-of-purpose', 'sop'], ['How should I write a statement of purpose?']],
  ])('careers read %j reads %j, each once', async (args, titles) => {
    expect(await headings(args)).toEqual({ code: 0, stderr: '', titles });
  });

  it('lists the candidates of an ambiguous phrase, and a stop word alone names nothing', async () => {
    expect(await careers(['read', 'how', 'to', 'write'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^careers: "how to write" matches several topics: .*academic-cv.*statement-of-purpose/),
    });
    expect(await careers(['read', 'the'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^careers: no topic "the"/) });
    expect(await careers(['read', 'the', 'zebras'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^careers: no topic "zebras"/) });
  });
});

describe('search output', () => {
  it('says which words matched nothing, and still shows the rest', async () => {
    const { code, stdout, stderr } = await careers(['search', 'residency', 'xyzzyq']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/residenc/i);
    expect(stderr).toBe('careers: nothing matched "xyzzyq"; these results are for the other words\n');
  });

  it('shows passages that end at a sentence or after a word', async () => {
    const { stdout } = await careers(['search', 'recommendation', 'letters', '--format', 'text']);
    const passages = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(passages.length).toBeGreaterThan(0);
    // A whole sentence ends in its punctuation; a sentence too long to show ends in an ellipsis after a whole word.
    for (const line of passages) expect(line.trim()).toMatch(/([.!?:;)"”]|[A-Za-z0-9]…)$/);
  });
});

describe('help', () => {
  it('suggests a command for an unknown help topic and exits 2', async () => {
    expect(await careers(['help', 'reed'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^careers: no help for "reed"; did you mean read\?/),
    });
  });

  it('lists the environment variables with careers help environment', async () => {
    const { code, stdout } = await careers(['help', 'environment']);
    expect(code).toBe(0);
    for (const name of ['CAREERS_HOME', 'CAREERS_GUIDE', 'PAGER', 'NO_COLOR', 'FORCE_COLOR', 'CAREERS_DEBUG', 'XDG_CACHE_HOME', 'LANG'])
      expect(stdout).toContain(name);
  });

  it("shows a command's help with careers help COMMAND", async () => {
    expect(await careers(['help', 'read'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: careers read/) });
  });
});

describe('comparing runs with too few saved', () => {
  it('exits 1, as for any saved plan that is not there', async () => {
    const empty = { CAREERS_HOME: path.join(dir, 'no-runs') };
    expect(await careers(['history', '--diff'], { env: empty })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^careers: --diff needs two saved runs; there are none/),
    });
  });
});
