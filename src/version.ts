import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

declare const CAREERS_BUILD: string | undefined;

/**
 * Names the build: a hash of the sources, set by scripts/build.mjs. Every
 * cache records the build that wrote it and is used only by the same one,
 * so no format version is ever bumped by hand. From source (the tests), "source".
 */
export const BUILD: string = typeof CAREERS_BUILD === 'string' ? CAREERS_BUILD : 'source';
