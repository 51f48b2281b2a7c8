import type { AssessmentData } from '../../src/assess/index.js';
import { loadAssessment } from '../../src/cli/load-assessment.js';
import type { GuideSource } from '../../src/guide/folder.js';
import { loadGuide } from '../../src/guide/load.js';
import type { GuideWithRoutes } from '../../src/guide/routes.js';
import { REPO_GUIDE } from './fake-io.js';

export const BUILTIN: readonly GuideSource[] = [{ dir: REPO_GUIDE, origin: 'built-in' }];

let guide: GuideWithRoutes | undefined;
let assessment: AssessmentData | undefined;

/**
 * The built-in guide read from its files, with no cache, as the build reads
 * it: once for all the test files a worker runs (they share modules, see
 * vitest.config.mts), since reading and checking it costs a few hundred ms
 * of CPU. Deep-frozen: a test that changed it would change it for the files
 * after it, so it fails instead.
 */
export function builtinGuide(): GuideWithRoutes {
  return (guide ??= deepFreeze(loadGuide(BUILTIN)));
}

/** The built-in assessment data, validated as the CLI validates it, once for all the test files a worker runs (frozen too). */
export function builtinAssessment(): AssessmentData {
  return (assessment ??= deepFreeze(loadAssessment(BUILTIN, builtinGuide())));
}

/** Freezes `value` and everything it holds. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}
