import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/registry.js';
import { careers } from '../helpers/fake-io.js';
import { careersShell, cleanEnv } from '../helpers/spawn-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Every command line of the README's shell blocks, comments removed. */
const shellLines = [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => (m[1] ?? '').split('\n'))
  .map((line) => line.replace(/\s+#\s.*$/, '').trim())
  .filter(Boolean);
const examples = shellLines.filter((line) => /^(careers |source <\(careers )/.test(line));

/** Every example under every command's --help ("  $ careers read skills"). */
const COMMANDS = commands.map((command) => command.name);
const helps = await Promise.all(COMMANDS.map((name) => careers([name, '--help'])));
const helpExamples = helps.flatMap(({ stdout }) => [...stdout.matchAll(/^ {2}\$ (.+)$/gm)].map((m) => (m[1] ?? '').replace(/\s+#\s.*$/, '').trim()));

/** Examples that ask questions: with no terminal they exit 2, and tests/e2e/questionnaire.test.ts runs them at real prompts. */
const ASKS = new Set(['careers assess', 'careers assess >> notes.md', 'careers assess --again']);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-readme-'));
  // What the examples assume is there: an answers file, a notes file and a notes folder of one's own, two saved runs.
  fs.writeFileSync(
    path.join(dir, 'me.yaml'),
    'stage: industry\nskills: { software: 3, ml: 1, research: 0, theory: 0 }\nnumerical: false\npublications: 0\nresearch_experience: none\ninterests: [implementation]\nphd: maybe\nregion: us\n',
  );
  fs.writeFileSync(path.join(dir, 'notes.md'), (await careers(['read', 'skills'])).stdout);
  fs.mkdirSync(path.join(dir, 'my-careers-notes'));
  fs.writeFileSync(path.join(dir, 'my-careers-notes', 'mine.md'), '---\ntitle: My notes\nsummary: What I learned.\n---\nNotes.\n');
  fs.mkdirSync(path.join(dir, '.config', 'fish', 'completions'), { recursive: true });
  // Drafts for the careers check examples.
  fs.writeFileSync(path.join(dir, 'draft.md'), 'My research so far is on robust reinforcement learning [1].\n\nI want a PhD to lead research of my own.\n');
  fs.writeFileSync(
    path.join(dir, 'proposal.tex'),
    '\\documentclass{article}\n\\begin{document}\n\\section{Aims}\nThis project, agreed with Dr Ahmed, asks whether reward models can be robust \\cite{a}.\n\\end{document}\n',
  );
  fs.writeFileSync(path.join(dir, 'cv.md'), '# Ada Student\n\n## Research experience\n\n- Research assistant, 2024.\n');
  for (let i = 0; i < 3; i++)
    expect(
      (await careers(['assess', '--answers', path.join(dir, 'me.yaml'), '--format', 'json'], { env: { CAREERS_HOME: path.join(dir, 'data') } })).code,
    ).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A line a shell only splits into words, expands `~/` in and points stdout at a
 * file for (`> guide.md`, `>> notes.md`): no pipe, substitution or quotes.
 */
const SIMPLE = /^careers ([^|<>$;&`'"\\(){}*?]+?)(?: (>>?) (\S+))?$/;

/**
 * Runs a README line in the test folder, which is also home. A simple line
 * runs in-process, its words as the arguments and its output written or
 * appended to the file as the shell would (appending to a file and a reader
 * that stops early are tested with the built CLI in tests/e2e/notes-file.test.ts
 * and tests/e2e/bad-inputs.test.ts); any other line runs in a real bash with
 * `careers` the built CLI.
 */
const run = async (line: string) => {
  const options = { cwd: dir, env: { HOME: dir, CAREERS_HOME: path.join(dir, 'data') } };
  const simple = SIMPLE.exec(line);
  if (!simple) return careersShell(line, options);
  const home = (word: string) => word.replace(/^~(?=\/|$)/, dir);
  const args = (simple[1] ?? '').split(/\s+/).map(home);
  const [, , redirect, target] = simple;
  if (!redirect || !target) return careers(args, options);
  const file = path.resolve(dir, home(target));
  const appends = redirect === '>>' && fs.existsSync(file) && fs.statSync(file).size > 0;
  if (redirect === '>') fs.writeFileSync(file, '');
  const result = await careers(args, { ...options, stdoutAppends: appends });
  fs.appendFileSync(file, result.stdout);
  return { ...result, stdout: '' };
};

/** An example runs with exit 0 and nothing on stderr but where a run was saved, or validate's summary. */
async function expectSuccess(line: string) {
  // Plans are dated from today; an example keeps working after its intake has begun by being run as of the README's writing.
  const dated = line.startsWith('careers timeline') && !line.includes('--today') ? line.replace(/(?= >| \||$)/, ' --today 2026-11-30') : line;
  const result = await run(dated);
  const stderr = result.stderr.replace(/^careers: (saved in .*|\d+ sections? checked, no errors)\n/gm, '');
  expect({ code: result.code, stderr }).toEqual({ code: 0, stderr: '' });
}

describe('the README and help examples', () => {
  it('has the examples this test knows about', () => {
    expect(examples.length).toBeGreaterThan(20);
    for (const line of ASKS) expect(examples).toContain(line);
  });

  it.each(examples.filter((line) => !ASKS.has(line)))('%s', expectSuccess);

  it.each([...ASKS])('%s: asks in a terminal, and with none says how to pass answers (exit 2)', async (line) => {
    const result = await run(line);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^careers: assess asks its questions in a terminal/);
  });

  it('has help examples for every command', () => {
    for (const name of COMMANDS)
      expect(
        helpExamples.some((line) => line.includes(`careers ${name}`)),
        name,
      ).toBe(true);
  });

  it.each(helpExamples.filter((line) => !ASKS.has(line) && !examples.includes(line)))('help: %s', expectSuccess);

  it("puts careers on PATH with the install section's commands, and the examples run from there", () => {
    const install = shellLines.slice(shellLines.indexOf('npm link'), shellLines.indexOf('careers list') + 1);
    expect(install).toEqual(['npm link', 'careers list']);
    const prefix = path.join(dir, 'global');
    // Without the prepare script: the build is done (npm install made it, as npm test did), and building again would rewrite dist/ under the other tests.
    const linked = spawnSync(
      'bash',
      ['-c', `cd "${ROOT}" && npm link --ignore-scripts --no-audit --no-fund >/dev/null 2>&1 && careers list && careers read skills | head -1`],
      {
        encoding: 'utf8',
        env: {
          ...cleanEnv({ HOME: dir }),
          npm_config_prefix: prefix,
          PATH: `${path.join(prefix, 'bin')}:${path.dirname(process.execPath)}:${process.env.PATH}`,
        },
        timeout: 60_000,
      },
    );
    expect(linked.stderr).toBe('');
    expect(linked.status).toBe(0);
    expect(linked.stdout).toMatch(/^about\t/m);
    expect(linked.stdout).toMatch(/^# Skills within technical AI research$/m);
  }, 60_000);
});
