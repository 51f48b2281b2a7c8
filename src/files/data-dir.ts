import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CareersError } from '../errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where saved assessments live: $CAREERS_HOME, else $XDG_DATA_HOME/careers,
 * else ~/.local/share/careers (the XDG default). A folder under /proc, /sys
 * or /dev is refused (see ownFolder).
 */
export function dataDir(env: Env): string | undefined {
  if (env.CAREERS_HOME) return ownFolder(env.CAREERS_HOME, 'data', 'CAREERS_HOME');
  if (env.XDG_DATA_HOME) return ownFolder(join(env.XDG_DATA_HOME, 'careers'), 'data', 'XDG_DATA_HOME');
  if (env.HOME) return ownFolder(join(env.HOME, '.local', 'share', 'careers'), 'data', 'HOME');
  return undefined;
}

/** Where caches live: $XDG_CACHE_HOME/careers, else ~/.cache/careers. Deleting it is always safe. */
export function cacheDir(env: Env): string | undefined {
  if (env.XDG_CACHE_HOME) return ownFolder(join(env.XDG_CACHE_HOME, 'careers'), 'cache', 'XDG_CACHE_HOME');
  if (env.HOME) return ownFolder(join(env.HOME, '.cache', 'careers'), 'cache', 'HOME');
  return undefined;
}

/**
 * Folders the kernel makes up (/proc, /sys) or fills with devices (/dev).
 * Nothing of ours can be kept there, and Node 20's recursive mkdir under
 * /proc never returns (it spins at full CPU), so it is never called there.
 */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];
const systemFolderOf = (path: string) => SYSTEM_FOLDERS.find((root) => path === root || path.startsWith(`${root}/`));

/** The folder, unless it is under a system folder: then one line names the variable that put it there (exit 1). */
function ownFolder(folder: string, kind: string, variable: string): string {
  const system = systemFolderOf(resolve(folder));
  if (system)
    throw new CareersError(
      `the ${kind} folder ${folder} (from ${variable}) is under ${system}, a folder of the system; set ${variable} to a folder of your own`,
    );
  return folder;
}

/**
 * Creates a folder and its parents, unless the part of it that exists is
 * really (through symbolic links) under /proc, /sys or /dev: then an error
 * with the code ESYSFOLDER, which the caller reports as it would EACCES.
 */
export function makeFolder(folder: string, mode?: number): void {
  let existing = resolve(folder);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const system = systemFolderOf(realpathSync(existing));
  if (system) throw Object.assign(new Error(`${folder} is under ${system}`), { code: 'ESYSFOLDER' });
  mkdirSync(folder, { recursive: true, ...(mode === undefined ? {} : { mode }) });
}
