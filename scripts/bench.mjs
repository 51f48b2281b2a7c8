// Start-up benchmark: each scenario against bare `node -e 0`, alternating runs
// in one process so both see the same machine state. Prints medians, their
// ratio and peak memory, and which targets hold. The interactive assessment
// is timed in a pseudo-terminal until its first question shows, against node
// printing a word in one. A script, not a test: timing on shared machines is
// too noisy to assert in CI.
//
// usage: npm run bench [-- --runs 61] [--only <text in a scenario's name>]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'careers.js');
const runsArg = process.argv.indexOf('--runs');
// 41 by default: on a shared machine the median of 25 still moved by 0.05 to 0.1 between runs; an odd count has a middle run.
const RUNS = Math.max(10, Number(runsArg > 0 ? process.argv[runsArg + 1] : 41) || 41);
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] ?? '' : '';
const WARMUP = 3;
const MEMORY_RUNS = 5;

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-bench-'));
const bigGuide = path.join(temp, 'guide-2000');
generateGuide(bigGuide, 2000);
const answers = path.join(temp, 'answers.json');
fs.writeFileSync(answers, JSON.stringify({
  stage: 'industry', top_institution: false, skills: { software: 4, ml: 2, research: 1, theory: 1 }, numerical: true,
  publications: 0, research_experience: 'none', interests: ['implementation'], phd: 'maybe', region: 'us',
}));

// The floor for any script: an empty CommonJS file (an ES module one costs more: Node starts its module loader).
const emptyScript = path.join(temp, 'empty.cjs');
fs.writeFileSync(emptyScript, '');

const scenarios = [
  { name: '(floor: an empty script)', script: emptyScript, args: [] },
  { name: '--version', args: ['--version'], target: 1.15 },
  { name: 'list (piped)', args: ['list'] },
  { name: 'read skills (piped)', args: ['read', 'skills'], target: 1.25, memoryTarget: 1.3 },
  { name: 'read skills (rendered)', args: ['read', 'skills', '--format', 'terminal', '--color', 'always'], target: 1.5 },
  // The same with an empty cache folder each run: the first reading of a section at a width, which renders it.
  { name: 'read skills (rendered, first time)', args: ['read', 'skills', '--format', 'terminal', '--color', 'always'], coldCache: true },
  { name: 'search residency', args: ['search', 'residency'] },
  { name: 'assess --answers (json)', args: ['assess', '--answers', answers, '--format', 'json', '--no-save'], target: 1.5 },
  { name: 'list, 2,000 sections', args: ['list', '--guide', bigGuide], target: 2.5 },
  { name: 'search, 2,000 sections', args: ['search', 'residency', '--guide', bigGuide], target: 2.5 },
  // The main job: in a terminal, until the first question shows (then Ctrl-C); against node printing a word there.
  { name: 'assess in a terminal, first question', args: ['assess', '--no-save'], terminal: true },
];

const env = { PATH: process.env.PATH, HOME: temp, LANG: 'C.UTF-8' };
const bare = ['-e', '0'];
/** A new, empty cache folder for each run of a `coldCache` scenario; the shared one (warm after the warm-up) otherwise. */
const envFor = (scenario) => (scenario?.coldCache ? { ...env, XDG_CACHE_HOME: fs.mkdtempSync(path.join(temp, 'cache-')) } : env);
const timeOnce = (args, scenario) => {
  const runEnv = envFor(scenario);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
};
/** Terminal output as plain text with no spaces: a prompt is styled and wrapped to the terminal's width. */
const plainText = (text) => text.replace(/\u001B\[[0-9;?]*[ -\/]*[@-~]|\u001B\][^\u0007]*\u0007|\s+/g, '');
const TERMINAL_TIMEOUT_MS = 10_000;
/**
 * Milliseconds until `marker` shows on a pseudo-terminal running node with
 * `args`; util-linux `script` makes the terminal. Ctrl-C then ends the run.
 * `script` runs the command with `sh -c` (env has no SHELL), so each word is
 * single-quoted.
 */
const timeInTerminal = (args, marker) => new Promise((resolve, reject) => {
  const quote = (word) => `'${word.replaceAll("'", "'\\''")}'`;
  const wanted = plainText(marker);
  const start = process.hrtime.bigint();
  const child = spawn('script', ['-qfc', [process.execPath, ...args].map(quote).join(' '), '/dev/null'], { env: { ...env, TERM: 'xterm-256color' }, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdout.setEncoding('utf8');
  let seen = '';
  let ms;
  const giveUp = setTimeout(() => child.kill('SIGKILL'), TERMINAL_TIMEOUT_MS);
  child.stdout.on('data', (chunk) => {
    seen += chunk;
    if (ms !== undefined || !plainText(seen).includes(wanted)) return;
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    child.stdin.write('\x03');
  });
  child.stdin.on('error', () => {}); // the run may have ended already
  child.on('error', reject);
  child.on('close', () => {
    clearTimeout(giveUp);
    if (ms !== undefined) resolve(ms);
    else reject(new Error(`"${marker}" did not show in a terminal within ${TERMINAL_TIMEOUT_MS / 1000} s; it showed: ${JSON.stringify(plainText(seen).slice(-200))}`));
  });
});
/** Times one run of a scenario's command line, or of bare node (`args` undefined) beside it. */
const timeScenario = (scenario, args) => {
  if (!scenario?.terminal) return timeOnce(args ?? bare, scenario);
  return args ? timeInTerminal(args, firstQuestion()) : timeInTerminal(['-e', "process.stdout.write('ready')"], 'ready');
};
const hasScript = () => spawnSync('script', ['--version']).status === 0;
/** The first question the assessment asks anyone (one with no condition), read once from the built assessment. */
let firstQuestionText;
function firstQuestion() {
  if (firstQuestionText) return firstQuestionText;
  const built = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'assessment.json'), 'utf8'));
  firstQuestionText = built.data.questions.find((question) => !question.when)?.message;
  if (!firstQuestionText) throw new Error('the built assessment has no question that is always asked');
  return firstQuestionText;
}
const peakKb = (args, scenario) => {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { env: envFor(scenario), encoding: 'utf8' });
  return Number(result.stderr.trim().split('\n').pop());
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const hasTime = fs.existsSync('/usr/bin/time');
console.log(`careers start-up vs bare node: ${RUNS} alternating runs each after ${WARMUP} warm-up runs`);
console.log(`node ${process.version} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${os.platform()} ${os.release()}, ${new Date().toISOString().slice(0, 10)}\n`);
const header = ['scenario', 'node ms', 'careers ms', 'ratio', 'target', 'node MB', 'careers MB', 'mem ratio'];
const rows = [];
let failures = 0;
// A terminal scenario needs util-linux `script`; without it, it is skipped with a line saying so.
const selected = scenarios.filter((s) => s.name.includes(ONLY));
const skipped = selected.some((s) => s.terminal) && !hasScript() ? selected.filter((s) => s.terminal) : [];
try {
  for (const scenario of selected.filter((s) => !skipped.includes(s))) {
    const args = [scenario.script ?? bin, ...scenario.args];
    for (let i = 0; i < WARMUP; i++) { await timeScenario(scenario); await timeScenario(scenario, args); }
    const base = [];
    const ours = [];
    for (let i = 0; i < RUNS; i++) { base.push(await timeScenario(scenario)); ours.push(await timeScenario(scenario, args)); }
    const ratio = median(ours) / median(base);
    const row = [scenario.name, median(base).toFixed(1), median(ours).toFixed(1), ratio.toFixed(2)];
    const holds = scenario.target === undefined || ratio <= scenario.target;
    row.push(scenario.target === undefined ? '-' : `≤ ${scenario.target} ${holds ? 'holds' : 'MISSED'}`);
    if (!holds) failures++;
    if (scenario.terminal) row.push('-', '-', 'not measured in a terminal');
    else if (hasTime) {
      const baseMem = median(Array.from({ length: MEMORY_RUNS }, () => peakKb(bare)));
      const ourMem = median(Array.from({ length: MEMORY_RUNS }, () => peakKb(args, scenario)));
      const memRatio = ourMem / baseMem;
      const memHolds = scenario.memoryTarget === undefined || memRatio <= scenario.memoryTarget;
      if (!memHolds) failures++;
      row.push((baseMem / 1024).toFixed(1), (ourMem / 1024).toFixed(1), `${memRatio.toFixed(2)}${scenario.memoryTarget ? ` (≤ ${scenario.memoryTarget} ${memHolds ? 'holds' : 'MISSED'})` : ''}`);
    } else row.push('-', '-', 'no /usr/bin/time');
    rows.push(row);
  }
} catch (error) {
  // One line, as from the CLI; the temp folder (with its 2,000-file guide) is removed all the same.
  console.error(`bench: ${error.message}`);
  fs.rmSync(temp, { recursive: true, force: true });
  process.exit(1);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const scenario of skipped) console.log(`${scenario.name}: skipped, no util-linux \`script\` to make a terminal`);
console.log(`\n${failures ? `${failures} target(s) missed` : 'all targets hold'}`);
fs.rmSync(temp, { recursive: true, force: true });

function generateGuide(dir, count) {
  fs.mkdirSync(dir, { recursive: true });
  const words = ['research', 'engineering', 'residency', 'publication', 'statement', 'advisor', 'internship', 'theory', 'policy', 'safety'];
  for (let i = 0; i < count; i++) {
    const w = (k) => words[(i * 7 + k) % words.length];
    const body = Array.from({ length: 12 }, (_, p) => `Paragraph ${p} about ${w(p)} and ${w(p + 3)}: notes on topic ${i}, with **bold** and a list.\n\n- item on ${w(p + 1)}\n- item on ${w(p + 2)}`).join('\n\n');
    fs.writeFileSync(path.join(dir, `topic-${i}.md`), `---\ntitle: Generated topic ${i} on ${w(0)}\nsummary: A generated section about ${w(1)} for the benchmark\ntags: [${w(2)}, generated]\norder: ${1000 + i}\n---\n\n## In short\n\n${body}\n`);
  }
}
