// Bundles the CLI into dist/ with esbuild: a small entry with Commander, and
// each command, the renderer, the prompts and the search index in chunks that
// load only when a command needs them. Then precompiles the built-in guide.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

// CommonJS dependencies (gray-matter, js-yaml) call require(); ESM output needs one.
const REQUIRE_BANNER = "import { createRequire as __careersRequire } from 'node:module'; const require = __careersRequire(import.meta.url);";

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Less to parse at every start; names are kept so CAREERS_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stubHeavyModules, treeShakePrompts],
  banner: { js: REQUIRE_BANNER },
});

// Precompile the built-in guide with the same loader the CLI uses.
const indexer = 'dist/.build-index.mjs';
await build({ entryPoints: ['src/guide/build-index.ts'], outfile: indexer, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: { js: REQUIRE_BANNER } });
const { buildGuideIndex } = await import(new URL(`../${indexer}`, import.meta.url).href);
const count = buildGuideIndex(fileURLToPath(new URL('../guide', import.meta.url)), fileURLToPath(new URL('../dist/guide-index.json', import.meta.url)));
rmSync(new URL(`../${indexer}`, import.meta.url));
if (!count) throw new Error('build: the built-in guide has no sections');
