import { join } from 'node:path';

/**
 * Where saved assessments live: $CAREERS_HOME, else $XDG_DATA_HOME/careers,
 * else ~/.local/share/careers (the XDG default).
 */
export function dataDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.CAREERS_HOME) return env.CAREERS_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'careers');
  if (env.HOME) return join(env.HOME, '.local', 'share', 'careers');
  return undefined;
}

/** Where caches live: $XDG_CACHE_HOME/careers, else ~/.cache/careers. Deleting it is always safe. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'careers');
  if (env.HOME) return join(env.HOME, '.cache', 'careers');
  return undefined;
}
