// Builds the CLI into dist/ with esbuild:
//  - dist/careers.js: all of our code, one CommonJS bundle (an ES module entry
//    would start Node's ES module loader, some milliseconds of every run).
//    Every module of ours is in it once, so it is instantiated once per
//    process, as in the tests.
//  - dist/workers/<name>.js: the worker threads' scripts of src/check/workers/.
//  - dist/vendor/<name>.js: each file of src/vendor/, the heavy libraries it
//    re-exports (renderer, prompts, YAML, search) in a bundle of its own,
//    required only when a module that imports it first runs.
// Then the built-in guide is parsed once into dist/guide-cache.json, with its
// search index, dist/search-index.json (see src/build-index.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

/**
 * The build's name: a hash of everything that goes into it. Caches record
 * the build that wrote them and are used by that build only.
 */
function buildHash() {
  const hash = createHash('sha256');
  const files = fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  // The build script too: its stand-ins change what is built.
  for (const file of [...files.map((f) => path.join(src, f)), path.join(root, 'scripts', 'build.mjs'), path.join(root, 'package-lock.json'), path.join(root, 'package.json')]) {
    hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * marked-terminal imports a syntax highlighter (highlight.js with every
 * language, ~1.5 MB) and an emoji table at load time. The guide has no code
 * to highlight and emoji shortcodes are off, so both are replaced by
 * stand-ins: code blocks print as written. chalk's and supports-hyperlinks'
 * guesses at the terminal create process.stdout at load time; every chalk we
 * use gets its level from our colour rule (src/terminal/color.ts), and every
 * link is printed by src/terminal/hyperlinks.ts, so the guesses are "none".
 */
const STUBS = {
  'cli-highlight': 'export function highlight(code) { return code; }',
  'node-emoji': 'export function get() { return undefined; }',
  '#supports-color': 'export default { stdout: false, stderr: false };',
  'supports-hyperlinks': 'export default { supportsHyperlink: () => false, stdout: false, stderr: false };',
};
const stubs = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(STUBS).join('|')})$`) }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
  },
};

/**
 * @inquirer/prompts re-exports every prompt; the ones we do not use (the
 * editor prompt pulls in iconv-lite and chardet) are left out only if
 * esbuild may treat the prompt packages as free of side effects, which they are.
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
 * Commander loads node:child_process (and with it net, dgram, tty and the
 * streams) at start-up, for executable subcommands, which careers does not
 * have; it gets a stand-in that loads the real module on first use.
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
 * js-yaml 3 defines a `!!js/function` type that, when js-yaml loads, looks
 * for the esprima parser (installed as its dependency): a search and a load
 * of esprima on every YAML parse, about 6 ms, for a type we never use (YAML
 * is only ever loaded as data, with safe schemas). The type is replaced by
 * one that never matches.
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

/** Our imports of src/vendor/ become requires of its bundles, next to the bundle being built. */
const vendor = path.join(src, 'vendor');
const vendorExternal = {
  name: 'vendor-external',
  setup(b) {
    b.onResolve({ filter: /[\\/]vendor[\\/][\w-]+\.js$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      return path.dirname(file) === vendor ? { path: `./vendor/${path.basename(file)}`, external: true } : undefined;
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Less to parse at every start; names are kept so CAREERS_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stubs, treeShakePrompts, lazyChildProcess, noYamlFunctions],
};

fs.rmSync(dist, { recursive: true, force: true });
const define = { CAREERS_BUILD: JSON.stringify(buildHash()) };
const vendorEntries = fs.readdirSync(vendor).filter((name) => name.endsWith('.ts'));
const workers = path.join(src, 'check', 'workers');
const workerEntries = fs.readdirSync(workers).filter((name) => name.endsWith('.ts'));
await Promise.all([
  build({ ...common, entryPoints: [path.join(src, 'main.ts')], outfile: path.join(dist, 'careers.js'), define, plugins: [...common.plugins, vendorExternal] }),
  ...vendorEntries.map((name) => build({ ...common, entryPoints: [path.join(vendor, name)], outfile: path.join(dist, 'vendor', name.replace(/\.ts$/, '.js')) })),
  ...workerEntries.map((name) => build({ ...common, entryPoints: [path.join(workers, name)], outfile: path.join(dist, 'workers', name.replace(/\.ts$/, '.js')) })),
]);

// Parse the built-in guide once, and check it and its assessment, with the same code the CLI uses.
const indexer = path.join(dist, '.build-index.js');
await build({ ...common, entryPoints: [path.join(src, 'build-index.ts')], outfile: indexer, define, plugins: [...common.plugins, vendorExternal] });
const { buildGuideIndex } = require(indexer);
const count = buildGuideIndex(path.join(root, 'guide'), { cache: path.join(dist, 'guide-cache.json'), search: path.join(dist, 'search-index.json') });
fs.rmSync(indexer);
if (!count || !fs.existsSync(path.join(dist, 'guide-cache.json'))) throw new Error('build: the built-in guide could not be precompiled');
