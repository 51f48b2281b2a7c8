import type { QuickSpec } from './spec.js';

/** The spec's JSON text; the build defines it. */
declare const CAREERS_QUICK_SPEC: string | undefined;

/**
 * The quick parser's spec, which the build derives from the Commander
 * program (src/build-quick-spec.ts) and writes into every bundle; undefined
 * when running from source, so that every line goes through Commander.
 */
export const BUILT_SPEC: QuickSpec | undefined = typeof CAREERS_QUICK_SPEC === 'string' ? (JSON.parse(CAREERS_QUICK_SPEC) as QuickSpec) : undefined;
