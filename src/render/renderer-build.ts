declare const CAREERS_RENDERER_BUILD: string | undefined;

/**
 * A hash of the renderer's bundled code, set by the build (scripts/build.mjs),
 * so saved renderings are never reused by a different renderer. Undefined
 * when running from source, as the tests do: then nothing is cached.
 */
export const RENDERER_BUILD: string | undefined = typeof CAREERS_RENDERER_BUILD === 'string' ? CAREERS_RENDERER_BUILD : undefined;
