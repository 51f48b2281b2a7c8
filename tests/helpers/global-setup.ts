import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { buildGuideIndex } from '../../src/build-index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A cache folder for the whole run, so each test file does not parse the guide and build its search index again. */
    cacheRoot: string;
    /** The built-in guide's cache, search index and checked assessment inputs, made from the sources as the build makes them for the built CLI. */
    prebuilt: { cache: string; search: string; checked: string };
    /** The worker threads' scripts, built from src/check/workers/ for this run: in-process commands test the sources, never dist/. */
    workersDir: string;
  }
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const WORKERS = path.join(REPO, 'src', 'check', 'workers');

/**
 * Bundles each worker as scripts/build.mjs does (ES modules, a chunk for each parser, minified), but for pdf.js:
 * unpdf ships it as one prebuilt file, which Node imports from node_modules as it is (so the folder is in
 * node_modules, where Node finds it). Bundling it again took 5 to 6 s of esbuild's CPU; the rest takes about 0.3 s.
 */
async function buildWorkers(outdir: string) {
  await build({
    entryPoints: fs.readdirSync(WORKERS).flatMap((name) => (name.endsWith('.ts') ? [path.join(WORKERS, name)] : [])),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    external: ['unpdf'],
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __careersRequire } from 'node:module'; const require = __careersRequire(import.meta.url);" },
  });
}

/** Runs once per `vitest run`: makes the shared cache folder, the built-in guide's index and the workers, and removes them at the end. */
export default async function setup(project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-test-cache-'));
  const prebuilt = { cache: path.join(root, 'guide-cache.json'), search: path.join(root, 'search-index.json'), checked: path.join(root, 'guide-checked.json') };
  buildGuideIndex(path.join(REPO, 'guide'), prebuilt);
  project.provide('cacheRoot', root);
  project.provide('prebuilt', prebuilt);
  const cache = path.join(REPO, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const workersDir = fs.mkdtempSync(path.join(cache, 'careers-test-workers-'));
  await buildWorkers(workersDir);
  project.provide('workersDir', workersDir);
  return () => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(workersDir, { recursive: true, force: true });
  };
}
