// Bundles the CLI into dist/ with esbuild, in two parts:
//  - dist/main.js: one file with Commander and the light, most used commands
//    (list, read, completion). The ESM loader fetches modules one at a time,
//    so a lookup that touches one file starts fastest.
//  - dist/lazy/: the heavy modules (renderer, prompts, parser, search index,
//    the assessment), split into chunks and imported only when a command
//    needs them. main.js refers to them as external files.
// Then the built-in guide is precompiled to dist/guide-index.json.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');

/** Modules main.js imports only with a dynamic import(), each built as an entry of dist/lazy/. */
const LAZY = [
  'commands/assess.ts', 'commands/plan.ts', 'commands/history.ts', 'commands/validate.ts', 'commands/search.ts',
  'render/terminal.ts', 'prompts/pick-topic.ts', 'guide/load.ts',
].map((file) => path.join(src, file));

/**
 * marked-terminal imports a syntax highlighter (highlight.js with every
 * language, ~1.5 MB) and an emoji table at load time. The guide has no code
 * to highlight and emoji shortcodes are off, so both are replaced by stand-ins:
 * code blocks print as written.
 */
const STUBS = {
  'cli-highlight': 'export function highlight(code) { return code; }',
  'node-emoji': 'export function get() { return undefined; }',
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

/** In main.js, a dynamic import of a lazy module becomes an import of its built file in dist/lazy/. */
const lazyImportsExternal = {
  name: 'lazy-imports-external',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      if (!LAZY.includes(target)) throw new Error(`build: ${args.path} is imported lazily but is not in LAZY`);
      return { path: `./lazy/${path.relative(src, target).replace(/\.ts$/, '.js')}`, external: true };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Less to parse at every start; names are kept so CAREERS_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (gray-matter, js-yaml) call require(); ESM output needs one.
  banner: { js: "import { createRequire as __careersRequire } from 'node:module'; const require = __careersRequire(import.meta.url);" },
};

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({ ...common, entryPoints: [path.join(src, 'main.ts')], outdir: path.join(root, 'dist'), plugins: [lazyImportsExternal] });
await build({
  ...common,
  entryPoints: LAZY,
  outdir: path.join(root, 'dist', 'lazy'),
  outbase: src,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [stubHeavyModules, treeShakePrompts, noYamlFunctions],
});

// Precompile the built-in guide with the same loader the CLI uses.
const indexer = path.join(root, 'dist', '.build-index.mjs');
await build({ ...common, entryPoints: [path.join(src, 'guide', 'build-index.ts')], outfile: indexer, plugins: [noYamlFunctions] });
const { buildGuideIndex } = await import(pathToFileURL(indexer).href);
const count = buildGuideIndex(path.join(root, 'guide'), path.join(root, 'dist', 'guide-index.json'));
rmSync(indexer);
if (!count) throw new Error('build: the built-in guide has no sections');
