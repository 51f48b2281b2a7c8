// Bundles the CLI into dist/ with esbuild, as CommonJS (an ES module entry
// makes Node start its ES module loader, a few milliseconds every run):
//  - dist/commands/<name>.js: one command, and the quick parser that takes
//    a plain command line naming it first (most do) without Commander: one
//    file to read. Any other line loads the Commander CLI, dist/lazy/cli.js.
//  - dist/main.js: the Commander CLI with no command built in, for
//    everything else (help, global options first, completion).
//  - dist/lazy/: the commands and the heavy modules (renderer, prompts,
//    parser), each a file of its own with everything it uses, loaded only
//    when needed. Shared code is repeated between files rather than split
//    into shared chunks: a command then reads one to three files instead of
//    fifteen, each with its own cache to check and load.
// Then the built-in guide is precompiled to dist/guide-index.json, and the
// common commands are run once so that V8 code caches of what they compiled
// can be saved beside each file (see bin/careers.js).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { PassThrough, Writable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

/** Modules imported only with a dynamic import(), each built as its own file in dist/lazy/. */
const LAZY = [
  'commands/assess.ts', 'commands/plan.ts', 'commands/history.ts', 'commands/list.ts', 'commands/read.ts', 'commands/search.ts', 'commands/validate.ts',
  'render/terminal.ts', 'prompts/pick-topic.ts', 'prompts/ask-question.ts', 'guide/load.ts', 'cli.ts',
].map((file) => path.join(src, file));
const MAIN = path.join(src, 'main.ts');
/** The Commander CLI: built into dist/main.js, a file of its own for the command bundles (which parse plain lines without it). */
const CLI = path.join(src, 'cli.ts');
/** Packages imported only with a dynamic import() (js-yaml: answers files in YAML), each built as its own file too. */
const LAZY_PACKAGES = { 'js-yaml': path.join(dist, 'lazy', 'vendor', 'js-yaml.js') };
/** Where a source entry is built to. */
const outFile = (entry) => (entry === MAIN ? path.join(dist, 'main.js') : path.join(dist, 'lazy', path.relative(src, entry).replace(/\.ts$/, '.js')));
/** The commands with a bundle of their own: dist/commands/<name>.js, bin/careers.js picks it by the first argument. */
const COMMANDS = LAZY.filter((entry) => path.dirname(entry) === path.join(src, 'commands'));
const commandBundle = (command) => path.join(dist, 'commands', path.basename(command).replace(/\.ts$/, '.js'));
const launcherCommands = require('../bin/careers.js').COMMAND_BUNDLES;
const builtCommands = COMMANDS.map((command) => path.basename(command, '.ts'));
if ([...launcherCommands].sort().join() !== [...builtCommands].sort().join()) {
  throw new Error(`build: bin/careers.js starts bundles for ${launcherCommands.join(', ')}, but the build makes them for ${builtCommands.join(', ')}`);
}

/**
 * marked-terminal imports a syntax highlighter (highlight.js with every
 * language, ~1.5 MB) and an emoji table at load time. The guide has no code
 * to highlight and emoji shortcodes are off, so both are replaced by stand-ins:
 * code blocks print as written.
 * chalk guesses a colour level from process.stdout at load time, which loads
 * Node's tty and os modules; every chalk we use is given its level by our
 * colour rule (src/render/color.ts), so the guess is replaced by "none".
 * supports-hyperlinks creates process.stdout at load time to guess whether
 * links may be terminal hyperlinks; our renderer prints every link itself,
 * by src/render/hyperlinks.ts, so the guess is replaced by "no".
 */
const STUBS = {
  'cli-highlight': 'export function highlight(code) { return code; }',
  'node-emoji': 'export function get() { return undefined; }',
  '#supports-color': 'export default { stdout: false, stderr: false };',
  'supports-hyperlinks': 'export default { supportsHyperlink: () => false, stdout: false, stderr: false };',
};
const stubHeavyModules = {
  name: 'stub-heavy-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(STUBS).join('|')})$`) }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
  },
};

/**
 * js-yaml 3 defines a `!!js/function` type that, at load time, looks for the
 * esprima parser with a require() hidden from bundlers: a search of every
 * node_modules folder up the tree on each start, and, if some esprima is
 * found, a parser for code in YAML. We only ever load YAML as data (safe
 * schemas), so the type is replaced by one that never matches.
 */
const noYamlFunctions = {
  name: 'no-yaml-functions',
  setup(b) {
    b.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, () => ({
      contents: "var Type = require('../../type'); module.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });",
      loader: 'js',
    }));
  },
};

/**
 * @inquirer/prompts re-exports every prompt; the ones we do not use (the
 * editor prompt pulls in iconv-lite and chardet) are dropped only if esbuild
 * may treat the prompt packages as free of side effects, which they are.
 */
const treeShakePrompts = {
  name: 'tree-shake-prompts',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\// }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      return { ...result, sideEffects: false };
    });
  },
};

/**
 * A dynamic import of one of our modules becomes a require() of its own
 * built file, relative to the file being built; but `builtIn`, the command
 * of a command bundle, is bundled.
 */
const lazyImportsExternal = (building, builtIn) => ({
  name: 'lazy-imports-external',
  setup(b) {
    const external = (built) => {
      const relative = path.relative(path.dirname(building), built).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    };
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      if (!LAZY.includes(target)) throw new Error(`build: ${args.path} is imported lazily but is not in LAZY`);
      return target === builtIn ? undefined : external(outFile(target));
    });
    b.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|')})$`) }, (args) =>
      args.kind === 'dynamic-import' && building !== LAZY_PACKAGES[args.path] ? external(LAZY_PACKAGES[args.path]) : undefined,
    );
  },
});

/**
 * Commander loads node:child_process (and with it dgram and net) at start-up
 * for executable subcommands, which careers does not have; it gets a
 * stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * Commander's index makes a ready-made program, `new Command()`, when it is
 * loaded; careers makes its own, so that one is made only if asked for. Its
 * ES module entry (esm.mjs) copies every export, program included, so the
 * CommonJS index is bundled instead.
 */
const commanderProgramOnDemand = {
  name: 'commander-program-on-demand',
  setup(b) {
    b.onResolve({ filter: /^commander$/ }, () => ({ path: require.resolve('commander') }));
    b.onLoad({ filter: /[\\/]commander[\\/]esm\.mjs$/ }, (args) => {
      throw new Error(`build: ${args.path} would make Commander's program on every start; bundle commander/index.js`);
    });
    b.onLoad({ filter: /[\\/]commander[\\/]index\.js$/ }, (args) => {
      const eager = 'exports.program = new Command();';
      const code = fs.readFileSync(args.path, 'utf8');
      if (!code.includes(eager)) throw new Error(`build: ${args.path} no longer has "${eager}"; check commanderProgramOnDemand`);
      const onDemand = "let program; Object.defineProperty(exports, 'program', { enumerable: true, get: () => (program ??= new Command()) });";
      return { contents: code.replace(eager, onDemand), loader: 'js' };
    });
  },
};

/**
 * Our code imports node:fs and node:path as default imports; bundled as
 * CommonJS, each such import copies every property of the module into an
 * ES module namespace object at start-up (esbuild's __toESM). The modules
 * are taken as plain values instead. A named import from them would fail
 * the build here ("No matching export"), not at run time.
 */
const builtinsAsValues = {
  name: 'builtins-as-values',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|path)$/ }, (args) => (args.importer.startsWith(src) ? { path: args.path, namespace: 'builtin-value' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'builtin-value' }, (args) => ({ contents: `export default process.getBuiltinModule(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // import() becomes require(), so that lazy files load through bin/careers.js with their code caches.
  supported: { 'dynamic-import': false },
  // Less to parse at every start; names are kept so CAREERS_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

fs.rmSync(dist, { recursive: true, force: true });
const bundle = (entry, { outfile = outFile(entry), builtIn, ...options } = {}) => build({
  ...common,
  format: 'cjs',
  entryPoints: [entry],
  outfile,
  plugins: [lazyImportsExternal(outfile, builtIn), stubHeavyModules, treeShakePrompts, noYamlFunctions, builtinsAsValues, lazyChildProcess, commanderProgramOnDemand],
  ...options,
});
// The renderer first: saved renderings (src/store/render-cache.ts) are keyed by its code, so a new renderer never reuses them.
const renderer = path.join(src, 'render', 'terminal.ts');
await bundle(renderer);
// The quick parser's spec, read from the Commander program itself (src/build-quick-spec.ts).
const specFile = path.join(dist, '.quick-spec.js');
await bundle(path.join(src, 'build-quick-spec.ts'), { outfile: specFile });
const spec = require(specFile).commandLineSpec();
fs.rmSync(specFile);
// A command the spec leaves out would load Commander for every line: a slowdown no test would notice, so the build stops.
for (const command of builtCommands) {
  if (!spec.commands[command]) throw new Error(`build: the quick parser would take no command line of ${command}: its definition in src/cli.ts uses something src/command-line/spec.ts leaves to Commander`);
}
const define = {
  CAREERS_RENDERER_BUILD: JSON.stringify(createHash('sha256').update(fs.readFileSync(outFile(renderer))).digest('hex').slice(0, 16)),
  // As the text of its JSON: esbuild would make an object define a module of its own, initialised by every other.
  CAREERS_QUICK_SPEC: JSON.stringify(JSON.stringify(spec)),
};
await Promise.all([
  // No spec for dist/main.js: bin/careers.js starts it only for lines that do not begin with a command, which the quick parser declines.
  bundle(MAIN, { define: { ...define, CAREERS_QUICK_SPEC: 'undefined' }, builtIn: CLI }),
  ...LAZY.filter((entry) => entry !== renderer).map((entry) => bundle(entry, { define })),
  ...COMMANDS.map((command) => bundle(MAIN, { outfile: commandBundle(command), builtIn: command, define })),
  ...Object.entries(LAZY_PACKAGES).map(([name, outfile]) => bundle(require.resolve(name), { outfile })),
]);
// Every built file must load through bin/careers.js (no ES module syntax left) and know the renderer build.
for (const file of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  if (/\bimport\(|import\.meta/.test(code)) throw new Error(`build: dist/${file} still has an ES module import`);
  if (/CAREERS_(RENDERER_BUILD|QUICK_SPEC)/.test(code)) throw new Error(`build: dist/${file} does not know the renderer build or the quick parser's spec`);
  // The point of a command bundle: a plain command line runs without loading Commander (it is in dist/lazy/cli.js).
  if (file.startsWith(`commands${path.sep}`) && code.includes('CommanderError')) throw new Error(`build: dist/${file} has Commander built in`);
}

// Precompile the built-in guide, and check its assessment, with the same code the CLI uses.
const indexer = path.join(dist, '.build-index.js');
await build({ ...common, format: 'cjs', entryPoints: [path.join(src, 'build-index.ts')], outfile: indexer, plugins: [noYamlFunctions] });
const count = require(indexer).buildGuideIndex(path.join(root, 'guide'), { index: path.join(dist, 'guide-index.json'), assessment: path.join(dist, 'assessment.json') });
fs.rmSync(indexer);
if (!count) throw new Error('build: the built-in guide has no sections');

await saveCodeCaches();

/**
 * Runs the commands people use most, in this process and with a throwaway
 * home, through the same loader as bin/careers.js; then saves what V8
 * compiled for them beside each file. A command that fails here fails the build.
 */
async function saveCodeCaches() {
  const { loadBundle, writeCodeCaches, bundleFor } = require('../bin/careers.js');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-build-'));
  const answers = path.join(home, 'answers.json');
  const yamlAnswers = path.join(home, 'answers.yaml');
  fs.writeFileSync(yamlAnswers, [
    'stage: masters', 'skills: { software: 2, ml: 3, research: 3, theory: 1 }', 'numerical: true', 'publications: 1',
    'research_experience: some', 'interests: [ideas]', 'phd: yes', 'region: uk', '',
  ].join('\n'));
  fs.writeFileSync(answers, JSON.stringify({
    stage: 'undergrad', top_institution: false, skills: { software: 3, ml: 2, research: 2, theory: 2 }, numerical: true,
    publications: 0, research_experience: 'none', interests: ['implementation', 'policy'], phd: 'maybe', region: 'us',
  }));
  const commands = [
    ['list'], ['list', '--format', 'json'], ['read', 'skills'], ['read', 'sop', '--format', 'json'],
    ['read', 'skills', 'phd', '--format', 'terminal', '--color', 'always'], ['read', 'cv', '--format', 'terminal'],
    ['search', 'residency'], ['assess', '--answers', answers, '--format', 'json', '--no-save'],
    ['assess', '--answers', yamlAnswers, '--format', 'json', '--no-save'],
    ['assess', '--answers', answers, '--format', 'markdown'], ['plan'], ['history'],
    // dist/main.js: the overview, and a command line that starts with a global option.
    [], ['--color', 'never', 'read', 'skills'],
    // dist/lazy/cli.js, which a command bundle loads for a line the quick parser leaves to Commander.
    ['read', '--help'],
  ];
  // The prompts (dist/lazy/prompts), answered with Enter, in a pretend terminal: the interactive assessment (the main job) and the topic picker.
  const prompted = [['assess', '--no-save'], ['read']];
  try {
    for (const argv of [...commands, ...prompted]) {
      // Through the bundle bin/careers.js would start for this command line, so that each is cached.
      const { run } = loadBundle(bundleFor(root, argv));
      const failures = [];
      const sink = { write: () => {} };
      const io = {
        stdout: sink, stderr: { write: (text) => failures.push(text) }, stdin: undefined, stdoutIsTTY: false,
        columns: undefined, rows: undefined, cwd: home, platform: process.platform, env: { HOME: home, XDG_CACHE_HOME: path.join(home, 'cache'), XDG_DATA_HOME: path.join(home, 'data') },
        builtinGuideDir: path.join(root, 'guide'), builtinGuideIndex: path.join(dist, 'guide-index.json'), builtinAssessment: path.join(dist, 'assessment.json'), now: () => new Date(),
      };
      const code = await (prompted.includes(argv) ? answeredWithEnter(io, argv, () => run(argv, io)) : run(argv, io));
      if (code !== 0) throw new Error(`build: careers ${argv.join(' ')} exited ${code}: ${failures.join('')}`);
    }
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
  writeCodeCaches();
}

/**
 * Runs `command` as in a terminal (80 by 24, a pager that shows nothing)
 * whose keyboard presses Enter every few milliseconds, taking every default.
 */
async function answeredWithEnter(io, argv, command) {
  const input = new PassThrough();
  Object.assign(io, { stdoutIsTTY: true, columns: 80, rows: 24, page: async () => {} });
  io.prompt = { input, output: new Writable({ write: (_chunk, _encoding, done) => done() }) };
  const enter = setInterval(() => input.write('\r'), 2);
  let stuck = false;
  // Ending the input cancels the prompt, so a question Enter cannot answer fails the build instead of hanging it.
  const guard = setTimeout(() => {
    stuck = true;
    input.end();
  }, 10_000);
  try {
    const code = await command();
    if (stuck) throw new Error(`build: careers ${argv.join(' ')} asked a question that Enter does not answer; training its code cache gave up after 10 s`);
    return code;
  } finally {
    clearInterval(enter);
    clearTimeout(guard);
  }
}
