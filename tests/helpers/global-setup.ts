import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildGuideIndex } from '../../src/build-index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A cache folder for the whole run, so each test file does not parse the guide and build its search index again. */
    cacheRoot: string;
    /** The built-in guide's cache, search index and checked assessment inputs, made from the sources as the build makes them for the built CLI. */
    prebuilt: { cache: string; search: string; checked: string };
  }
}

/** Runs once per `vitest run`: makes the shared cache folder and the built-in guide's index, and removes them at the end. */
export default function setup(project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-test-cache-'));
  const prebuilt = { cache: path.join(root, 'guide-cache.json'), search: path.join(root, 'search-index.json'), checked: path.join(root, 'guide-checked.json') };
  buildGuideIndex(fileURLToPath(new URL('../../guide', import.meta.url)), prebuilt);
  project.provide('cacheRoot', root);
  project.provide('prebuilt', prebuilt);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
