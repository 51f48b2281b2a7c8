// Bundles the CLI into dist/ with esbuild: one entry, with heavy modules
// (renderer, prompts) split into chunks that load only when a command needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

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
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (gray-matter, js-yaml) call require(); ESM output needs one.
  banner: { js: "import { createRequire as __careersRequire } from 'node:module'; const require = __careersRequire(import.meta.url);" },
});
