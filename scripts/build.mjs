// Builds the CLI into dist/ with esbuild:
//  - dist/careers.mjs and dist/chunks/: the CLI and the libraries it uses, as
//    ES modules split by esbuild at each dynamic import. A command's action
//    module (src/cli/commands/) is imported by the registry with import(), so
//    only the code of the command that runs is read and compiled: the MDX
//    parser, the renderer or the prompts never cost a lookup anything.
//  - dist/workers/<name>.mjs: the worker threads' scripts of src/check/workers/,
//    entries of the same split build: a worker shares chunks with the CLI and
//    loads a parser only when it imports it (the draft worker, only the
//    parser of the draft's format).
// Then the built-in guide is parsed once into dist/guide-cache.json, with its
// search index, dist/search-index.json, and its assessment data, route
// records and timelines as validation made them, dist/guide-checked.json
// (see src/build-index.ts).
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
  const files = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  // The build script too: its stubs change what is built.
  for (const file of [
    ...files.map((f) => path.join(src, f)),
    path.join(root, 'scripts', 'build.mjs'),
    path.join(root, 'package-lock.json'),
    path.join(root, 'package.json'),
  ]) {
    hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * marked-terminal imports a syntax highlighter (highlight.js with every
 * language, ~1.5 MB) and an emoji table at load time. The guide has no code
 * to highlight and emoji shortcodes are off (src/terminal/render-markdown.ts),
 * so both are left out: code blocks print as written. tests/unit/build-stubs.test.ts
 * fails if marked-terminal starts to use more of either module.
 */
const STUBS = {
  'cli-highlight': 'export function highlight(code) { return code; }',
  'node-emoji': 'export function get() { return undefined; }',
};
const stubs = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(STUBS).join('|')})$`) }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
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
  plugins: [stubs],
};

fs.rmSync(dist, { recursive: true, force: true });
const define = { CAREERS_BUILD: JSON.stringify(buildHash()) };
const workers = path.join(src, 'check', 'workers');
const workerEntries = fs.readdirSync(workers).filter((name) => name.endsWith('.ts'));
// The CLI as ES modules split at each dynamic import (the registry's actions, the renderer): a command loads
// only the code it runs. CommonJS dependencies get a `require` made for the module they are bundled into.
await build({
  ...common,
  format: 'esm',
  splitting: true,
  // unpdf ships pdf.js as one prebuilt ES module (1.6 MB): the PDF worker imports it from node_modules as it is
  // (unpdf is a dependency), since bundling it again changed nothing and took 5 to 6 s of esbuild's CPU each build.
  external: ['unpdf'],
  entryPoints: {
    careers: path.join(src, 'main.ts'),
    ...Object.fromEntries(workerEntries.map((name) => [`workers/${name.replace(/\.ts$/, '')}`, path.join(workers, name)])),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __careersRequire } from 'node:module'; const require = __careersRequire(import.meta.url);" },
  define,
});

// Parse the built-in guide once, and check it and its assessment, with the same code the CLI uses.
const indexer = path.join(dist, '.build-index.js');
await build({ ...common, entryPoints: [path.join(src, 'build-index.ts')], outfile: indexer, define });
const { buildGuideIndex } = require(indexer);
const count = buildGuideIndex(path.join(root, 'guide'), {
  cache: path.join(dist, 'guide-cache.json'),
  search: path.join(dist, 'search-index.json'),
  checked: path.join(dist, 'guide-checked.json'),
});
fs.rmSync(indexer);
if (!count || !fs.existsSync(path.join(dist, 'guide-cache.json'))) throw new Error('build: the built-in guide could not be precompiled');
