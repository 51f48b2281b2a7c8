// Start-up benchmark: each scenario against bare `node -e 0` of the same
// Node, alternating runs in one process so both see the same machine state.
// Prints medians, their ratio and which budgets hold. The budgets are for
// Node 24, installed from the npm registry into a temp folder (as .ci/run
// does) unless --node names one; --also-node20 adds the same table for
// Node 20, for information. The interactive assessment is timed in a
// pseudo-terminal until its first question shows, against node printing a
// word in one. Large custom guides (1,000 and 10,000 sections) are generated
// in a temp folder. A script, not a test: timing on a shared machine is too
// noisy to assert in CI. Budgets are in docs/performance.md.
//
// usage: npm run bench [-- --runs 41] [--only <text in a scenario's name>] [--node PATH] [--also-node20]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'careers.js');
const arg = (name, fallback) => (process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback) : fallback);
// 41 by default: on a shared machine the median of 25 still moved by 0.05 to 0.1 between runs; an odd count has a middle run.
const RUNS = Math.max(5, Number(arg('--runs', 41)) || 41);
const ONLY = arg('--only', '');
const WARMUP = 3;
const MEMORY_RUNS = 3;

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-bench-'));

/** A Node of this major version from the npm registry, in the temp folder; the Node running the bench when it is that version. */
const installNode = (major) => {
  if (process.versions.node.split('.')[0] === String(major)) return process.execPath;
  const name = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(temp, `node${major}`);
  const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `${name}@${major}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (npm.status !== 0) throw new Error(`could not install Node ${major} from the npm registry (npm exited ${npm.status})`);
  return path.join(prefix, 'node_modules', name, 'bin', 'node');
};
const nodes = [{ exec: arg('--node', undefined) ?? installNode(24), budgeted: true }];
if (process.argv.includes('--also-node20')) nodes.push({ exec: installNode(20), budgeted: false });
const guide1k = path.join(temp, 'guide-1000');
const guide10k = path.join(temp, 'guide-10000');
generateGuide(guide1k, 1000);
generateGuide(guide10k, 10_000);
// Sections that test the renderer's bounds: 1 MiB of nested quotes and emphasis (shown as plain text), and 250 KB of ordinary markdown (rendered).
const hostileGuide = path.join(temp, 'guide-hostile');
fs.mkdirSync(hostileGuide);
const front = (title) => `---\ntitle: ${title}\nsummary: For the bench\n---\n\n`;
fs.writeFileSync(
  path.join(hostileGuide, 'huge.md'),
  front('Huge') + `${'> '.repeat(2000)}deep\n\n${'*a'.repeat(400_000)}\n\n${'1. '.repeat(100_000)}\n`.slice(0, 1024 * 1024 - 200),
);
fs.writeFileSync(
  path.join(hostileGuide, 'long.md'),
  front('Long') +
    Array.from(
      { length: 1500 },
      (_, i) => `## Part ${i}\n\nA paragraph with **bold**, *emphasis* and a [link](https://example.org/${i}).\n\n- one\n- two\n  - nested\n`,
    ).join('\n'),
);
const answers = path.join(temp, 'answers.json');
fs.writeFileSync(
  answers,
  JSON.stringify({
    stage: 'industry',
    top_institution: false,
    skills: { software: 4, ml: 2, research: 1, theory: 1 },
    numerical: true,
    publications: 0,
    research_experience: 'none',
    interests: ['implementation'],
    phd: 'maybe',
    region: 'us',
  }),
);
/**
 * A two-page statement of purpose (about 900 words, written for the bench)
 * for the `check` rows, as the tests' DraftSource: paragraphs with `{cite:N}`
 * marks and a list of references.
 */
const BENCH_SOP = {
  paragraphs: [
    'My research so far has been on how language models represent the rules of simple games. During my final undergraduate year I trained small transformers on records of board games and probed their hidden states for the positions of the pieces, following the linear probing method {cite:1}. I found that a probe could read the board from the middle layers long before the model predicted legal moves well, and I wrote this up as a short report for my department.',
    'I want to pursue a PhD because I want to spend several years on one hard question, with the freedom to follow it where it leads. The probing project showed me how much slower and more careful real research is than coursework, and how much I enjoy that pace. A doctorate is the place to learn to choose good questions, not only to answer the ones I am given.',
    'I am interested in interpretability, and in particular in methods that tell us whether a model has learned the concept we hoped for or a shortcut that merely correlates with it. I would like to study how reliable probing results are when the probe itself is powerful, and whether causal interventions on hidden states give firmer evidence than correlation does {cite:2}. I am also curious about how these methods scale from toy games to models trained on natural text.',
    'These questions matter because more and more decisions rest on models that nobody can inspect. I would like the tools that engineers use to check a model to be as well understood as the tests they use to check a bridge.',
    "Professor Okafor's group at this university is where I would most like to do this work. Her recent paper on causal probing {cite:3} asks the question my own project left open, and the group's habit of releasing small reproducible models fits the way I like to work.",
    'Alongside the probing project I spent a summer as a research intern at a small robotics company, where I built the data pipeline for a grasp detection model and ran the ablations that decided which sensor inputs to keep. The work taught me to write experiment code that a colleague can rerun a year later, to keep a lab notebook of every run, and to say plainly when a result did not hold up. Two of my ablations contradicted what the team expected, and rerunning them on fresh data before reporting them was the most useful lesson of the summer.',
    'I have also taught. For two terms I was a teaching assistant for the second-year course on probability, where I ran weekly problem classes for twenty students and wrote the solutions to the assignments. Explaining the same idea five different ways until it lands has made me a clearer writer, and marking hundreds of proofs has made me quicker at spotting the step where an argument quietly goes wrong. Both habits have carried over into how I read papers and review my own drafts.',
    'Outside my coursework I organise a reading group on machine learning with six other students. Each fortnight one of us presents a recent paper, and we try to reproduce one small result from it on a laptop. The reproductions fail more often than they succeed, and working out why has taught me more than any lecture about the gap between a method as written and a method as run. One of those failures, a probe that only worked with a particular random seed, is what made me doubt the confidence of my own early results.',
    'My degree is in mathematics with a minor in computer science. I took graduate courses in statistical learning theory and in optimisation, and my grades in them were the highest in my cohort. I chose the minor late, after a first programming course showed me that I enjoyed building things as much as proving things, and the combination has served me well: I can follow the theory behind a method and also make it run.',
    'In graduate school I would like to build on the probing work by asking when a model that passes every probe still fails on inputs that differ from its training data. I expect the answer to depend on how the probe was trained as much as on the model, and I would like to test that carefully before claiming anything general. I know that my first ideas are likely to change, and I look forward to learning which parts of them survive contact with better-informed colleagues.',
    'Away from research I have volunteered for three years with a charity that teaches programming to secondary school pupils in my town. I started by helping in weekly sessions and now plan the term for the other volunteers, which means deciding what fifteen-year-olds can learn in ten evenings and cutting everything else. It is a useful discipline for research too: a project with too many goals finishes none of them. The charity has grown from one school to four since I joined, and I have trained most of the new volunteers myself, writing a short guide to running a session that the other towns now use.',
  ],
  references: [
    '[1] G. Alain and Y. Bengio. Understanding intermediate layers using linear classifier probes. ICLR workshop, 2017.',
    '[2] A. Geiger et al. Causal abstractions of neural networks. NeurIPS, 2021.',
    '[3] C. Okafor and D. Reyes. Causal probing of board-game models. Workshop on interpretability, 2024.',
  ],
};
// The draft as markdown, LaTeX and PDF, rendered by the tests' own code (tests/check/drafts.ts, bundled for plain Node).
const drafts = await (async () => {
  const bundled = await build({ entryPoints: [path.join(root, 'tests', 'check', 'drafts.ts')], bundle: true, platform: 'node', format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`);
})();
const sop = { md: drafts.toMarkdown(BENCH_SOP), tex: drafts.toLatex(BENCH_SOP), pdf: drafts.toPdf(BENCH_SOP) };
for (const [extension, contents] of Object.entries(sop)) fs.writeFileSync(path.join(temp, `sop.${extension}`), contents);
const checkSop = (extension) => ['check', 'sop', path.join(temp, `sop.${extension}`), '--region', 'us'];
// The floor for any script: an empty CommonJS file.
const emptyScript = path.join(temp, 'empty.cjs');
fs.writeFileSync(emptyScript, '');

/** Rewrites one section of the 1,000-section guide, so the next run finds one file changed. */
let edits = 0;
const editOneFile = () => {
  const file = path.join(guide1k, 'topic-500.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/edit \d+|$/, `edit ${++edits}`));
};

/*
 * Each scenario: the command line, its budget (ratio of medians to bare
 * node, or to the scenario named by `against`), and how each run is set up.
 */
const scenarios = [
  { name: '(floor: an empty script)', script: emptyScript, args: [] },
  { name: '--version', args: ['--version'], budget: 1.8 },
  { name: 'read skills (piped)', args: ['read', 'skills'], budget: 1.8 },
  // As a person rereads a section: the shared cache folder holds its rendering after the warm-up runs.
  { name: 'read skills (rendered)', args: ['read', 'skills', '--format', 'terminal', '--color', 'always'], budget: 1.8 },
  // A new cache folder for every run: the first rendering of a section, for information (no budget).
  { name: 'read skills (rendered, first time)', args: ['read', 'skills', '--format', 'terminal', '--color', 'always'], coldCache: true },
  { name: 'list (piped)', args: ['list'], budget: 1.8 },
  { name: 'assess --answers (json)', args: ['assess', '--answers', answers, '--format', 'json', '--no-save'], budget: 2.0 },
  { name: 'search residency', args: ['search', 'residency'], budget: 2.5 },
  { name: 'assess in a terminal, first question', args: ['assess', '--no-save'], terminal: true, budget: 2.5 },
  { name: 'list, 1,000 sections', args: ['list', '--guide', guide1k], budget: 2.5 },
  { name: 'read, 1,000 sections', args: ['read', 'topic-500', '--guide', guide1k], budget: 2.5 },
  { name: 'search, 1,000 sections', args: ['search', 'residency', '--guide', guide1k], budget: 3.0 },
  // Issue 28: validate reads the folder through the cache list made, then checks every section's links.
  { name: 'validate, 1,000 sections', args: ['validate', guide1k], against: 'list, 1,000 sections', budget: 3 },
  // Issue 27: a two-page draft reviewed on every save.
  { name: 'check sop, two-page markdown', args: checkSop('md'), budget: 4 },
  { name: 'check sop, two-page LaTeX', args: checkSop('tex'), budget: 4 },
  { name: 'check sop, two-page PDF', args: checkSop('pdf'), budget: 6 },
  // Not ratios: the bound that matters is a reader waiting, under 2 s for a 1 MiB section of any shape.
  { name: 'read a 1 MiB hostile section, rendered', args: ['read', 'huge', '--guide', hostileGuide, '--format', 'terminal'], maxMs: 2000 },
  {
    name: 'read 250 KB of markdown, rendered, first time',
    args: ['read', 'long', '--guide', hostileGuide, '--format', 'terminal'],
    coldCache: true,
    maxMs: 2000,
  },
  { name: 'list, 1,000 sections, one file changed', args: ['list', '--guide', guide1k], before: editOneFile, against: 'list, 1,000 sections', budget: 3 },
  {
    name: 'search, 1,000 sections, one file changed',
    args: ['search', 'residency', '--guide', guide1k],
    before: editOneFile,
    against: 'search, 1,000 sections',
    budget: 3,
  },
];

/** Peak memory (MB) of commands on the 10,000-section guide, with an empty cache (cold) and then warm. */
const MEMORY_BUDGET_MB = 1024;
const memoryScenarios = [
  { name: 'list, 10,000 sections', args: ['list', '--guide', guide10k] },
  { name: 'read, 10,000 sections', args: ['read', 'topic-5000', '--guide', guide10k] },
  { name: 'search, 10,000 sections', args: ['search', 'residency', '--guide', guide10k] },
];

const env = { PATH: process.env.PATH, HOME: temp, LANG: 'C.UTF-8', XDG_CACHE_HOME: path.join(temp, 'cache') };
const bare = ['-e', '0'];
/** A new, empty cache folder for each run of a `coldCache` scenario; the shared one (warm after the warm-up) otherwise. */
const envFor = (scenario) => (scenario?.coldCache ? { ...env, XDG_CACHE_HOME: fs.mkdtempSync(path.join(temp, 'cache-')) } : env);
const timeOnce = (exec, args, scenario) => {
  const runEnv = envFor(scenario);
  const start = process.hrtime.bigint();
  const result = spawnSync(exec, args, { env: runEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
};
/** Terminal output as plain text with no spaces: a prompt is styled and wrapped to the terminal's width. */
const plainText = (text) => text.replace(/\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007]*\u0007|\s+/g, '');
const TERMINAL_TIMEOUT_MS = 10_000;
/**
 * Milliseconds until `marker` shows on a pseudo-terminal running node with
 * `args`; util-linux `script` makes the terminal. Ctrl-C then ends the run.
 * `script` runs the command with `sh -c` (env has no SHELL), so each word is
 * single-quoted.
 */
const timeInTerminal = (exec, args, marker) =>
  new Promise((resolve, reject) => {
    const quote = (word) => `'${word.replaceAll("'", "'\\''")}'`;
    const wanted = plainText(marker);
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfc', [exec, ...args].map(quote).join(' '), '/dev/null'], {
      env: { ...env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
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
      else
        reject(
          new Error(`"${marker}" did not show in a terminal within ${TERMINAL_TIMEOUT_MS / 1000} s; it showed: ${JSON.stringify(plainText(seen).slice(-200))}`),
        );
    });
  });
/** The first question the assessment asks anyone (one with no condition), from the guide's data. */
const firstQuestion = (() => {
  const { questions } = parseYaml(fs.readFileSync(path.join(root, 'guide', 'assess', 'questions.yaml'), 'utf8'));
  const question = questions.find((q) => !q.when)?.message;
  if (!question) throw new Error('the guide has no question that is always asked');
  return question;
})();
/** Times one run of a scenario's command line, or of bare node (`args` undefined) beside it. */
const timeScenario = (exec, scenario, args) => {
  if (args) scenario.before?.();
  if (!scenario.terminal) return timeOnce(exec, args ?? bare, scenario);
  return args ? timeInTerminal(exec, args, firstQuestion) : timeInTerminal(exec, ['-e', "process.stdout.write('ready')"], 'ready');
};
const hasScript = () => spawnSync('script', ['--version']).status === 0;
const peakMb = (exec, args, runEnv) => {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', exec, ...args], { env: runEnv, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(result.stderr.trim().split('\n').pop()) / 1024;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(
  `careers start-up vs bare node of the same version: ${RUNS} alternating runs each after ${WARMUP} warm-up runs (NODE_EXTRA_CA_CERTS unset on both sides)`,
);
console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${os.platform()} ${os.release()}, ${new Date().toISOString().slice(0, 10)}`);
const selected = scenarios.filter((s) => s.name.includes(ONLY));
const skipped = hasScript() ? [] : selected.filter((s) => s.terminal);
// Peak memory needs GNU time; without it those rows are left out, with a line saying so.
const hasTime = fs.existsSync('/usr/bin/time');
let missed = 0;
try {
  for (const node of nodes) missed += await benchNode(node.exec, node.budgeted);
} catch (error) {
  // One line, as from the CLI; the temp folder (with its large guides) is removed all the same.
  console.error(`bench: ${error.message}`);
  fs.rmSync(temp, { recursive: true, force: true });
  process.exit(1);
}
for (const scenario of skipped) console.log(`${scenario.name}: skipped, no util-linux \`script\` to make a terminal`);
if (!hasTime) console.log('peak memory: not measured, no /usr/bin/time');
console.log(`\n${missed ? `${missed} budget(s) missed on Node 24` : 'all budgets hold on Node 24'}`);
fs.rmSync(temp, { recursive: true, force: true });

/** Every selected scenario under one Node; prints its table and returns how many budgets it missed (none when `budgeted` is false: figures for information). */
async function benchNode(exec, budgeted) {
  const version = spawnSync(exec, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\nnode ${version}${budgeted ? '' : ' (for information: budgets are for Node 24)'}`);
  const rows = [];
  let missedHere = 0;
  const medians = new Map();
  for (const scenario of selected.filter((s) => !skipped.includes(s))) {
    const args = [scenario.script ?? bin, ...scenario.args];
    for (let i = 0; i < WARMUP; i++) {
      await timeScenario(exec, scenario);
      await timeScenario(exec, scenario, args);
    }
    const base = [];
    const ours = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await timeScenario(exec, scenario));
      ours.push(await timeScenario(exec, scenario, args));
    }
    medians.set(scenario.name, median(ours));
    // Against another scenario (warm), when it ran in this bench; else against bare node.
    const against = scenario.against && medians.get(scenario.against);
    const ratio = median(ours) / (against ?? median(base));
    const holds = (scenario.budget === undefined || ratio <= scenario.budget) && (scenario.maxMs === undefined || median(ours) <= scenario.maxMs);
    if (!holds && budgeted) missedHere++;
    const budget = scenario.budget !== undefined ? `≤ ${scenario.budget}` : scenario.maxMs !== undefined ? `≤ ${scenario.maxMs} ms` : undefined;
    rows.push([
      scenario.name,
      median(base).toFixed(1),
      median(ours).toFixed(1),
      `${ratio.toFixed(2)}${against ? ' of warm' : ''}`,
      budget === undefined ? '-' : `${budget} ${holds ? 'holds' : 'MISSED'}`,
    ]);
  }
  for (const scenario of memoryScenarios.filter((s) => hasTime && s.name.includes(ONLY))) {
    const coldEnv = () => ({ ...env, XDG_CACHE_HOME: fs.mkdtempSync(path.join(temp, 'cache-')) });
    const args = [bin, ...scenario.args];
    const cold = median(Array.from({ length: MEMORY_RUNS }, () => peakMb(exec, args, coldEnv())));
    peakMb(exec, args, env);
    const warm = median(Array.from({ length: MEMORY_RUNS }, () => peakMb(exec, args, env)));
    const holds = Math.max(cold, warm) <= MEMORY_BUDGET_MB;
    if (!holds && budgeted) missedHere++;
    rows.push([
      `peak memory: ${scenario.name}`,
      '',
      '',
      `${cold.toFixed(0)} MB cold, ${warm.toFixed(0)} MB warm`,
      `≤ ${MEMORY_BUDGET_MB} MB ${holds ? 'holds' : 'MISSED'}`,
    ]);
  }
  const header = ['scenario', 'node ms', 'careers ms', 'ratio', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  return missedHere;
}

function generateGuide(dir, count) {
  fs.mkdirSync(dir, { recursive: true });
  const words = ['research', 'engineering', 'residency', 'publication', 'statement', 'advisor', 'internship', 'theory', 'policy', 'safety'];
  for (let i = 0; i < count; i++) {
    const w = (k) => words[(i * 7 + k) % words.length];
    const body = Array.from(
      { length: 12 },
      (_, p) => `Paragraph ${p} about ${w(p)} and ${w(p + 3)}: notes on topic ${i}, with **bold** and a list.\n\n- item on ${w(p + 1)}\n- item on ${w(p + 2)}`,
    ).join('\n\n');
    fs.writeFileSync(
      path.join(dir, `topic-${i}.md`),
      `---\ntitle: Generated topic ${i} on ${w(0)}\nsummary: A generated section about ${w(1)} for the benchmark\ntags: [${w(2)}, generated]\norder: ${1000 + i}\n---\n\n## In short\n\n${body}\n`,
    );
  }
}
