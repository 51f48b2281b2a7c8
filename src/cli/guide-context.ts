import { statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { CareersError } from '../errors.js';
import { BUILTIN_ORIGIN } from '../guide/credit.js';
import type { GuideSource } from '../guide/folder.js';
import { mergeFolders, type LoadedFolder } from '../guide/merge.js';
import { withRoutes, type GuideWithRoutes } from '../guide/routes.js';
import type { Problem } from '../guide/types.js';
import type { IO } from '../terminal/io.js';
import { cacheDir } from '../files/data-dir.js';
import { loadFolderCached } from '../guide/cache.js';
import { shortHash } from '../text/hash.js';
import { warnByFolder } from './folder-warnings.js';

export { formatProblem } from './folder-warnings.js';

/**
 * The folders a command reads, least local first: the built-in guide, then
 * CAREERS_GUIDE (a path list), then each --guide. A later folder's section
 * replaces an earlier one with the same id, as tealdeer's custom pages do.
 */
export function guideSources(io: IO, guideDirs: readonly string[] = []): GuideSource[] {
  const fromEnv = (io.env.CAREERS_GUIDE ?? '').split(delimiter).filter(Boolean);
  return [
    { dir: io.builtinGuideDir, origin: BUILTIN_ORIGIN },
    ...fromEnv.map((dir) => ({ dir, origin: 'CAREERS_GUIDE' })),
    ...guideDirs.map((dir) => ({ dir: givenFolder(dir), origin: '--guide' })),
  ];
}

/**
 * A folder named with --guide: asked for by name, so one that is not there
 * (a typo) fails with one line, exit 1, rather than a warning over the
 * built-in guide's answers. A CAREERS_GUIDE entry that is gone only warns:
 * like PATH, it is set once and outlives folders.
 */
function givenFolder(dir: string): string {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new CareersError(`--guide ${dir}: no such folder`);
  if (!stat.isDirectory()) throw new CareersError(`--guide ${dir}: not a folder`);
  return dir;
}

/**
 * Loads the guide, each folder through its cache (see guide-cache.ts), and
 * reports the files that could not be used in one warning line a folder, so
 * one bad file never hides the rest, and a folder of notes is not a wall of
 * warnings on every run. Drafts are left out unless `drafts` asks for them.
 */
export async function loadGuideFor(io: IO, guideDirs: readonly string[] = [], options: { drafts?: boolean } = {}): Promise<GuideWithRoutes> {
  return loadGuide(io, guideSources(io, guideDirs), options);
}

/** loadGuideFor, for a command that needs the folders (`guideSources`) too. */
export async function loadGuide(io: IO, sources: readonly GuideSource[], { drafts = false } = {}): Promise<GuideWithRoutes> {
  const folders = await loadFoldersCached(io, sources);
  const warn = (problems: readonly Problem[]) => warnByFolder(io, sources, folders, problems);
  const guide = mergeFolders(folders, { drafts });
  warn(guide.problems);
  return withRoutes(guide, warn);
}

/**
 * Each folder through its cache (see cache.ts): the built-in guide's made by
 * the build, a user's folder's under the cache folder, shared by every
 * command (validate reads what list cached, and the other way round).
 */
export async function loadFoldersCached(io: IO, sources: readonly GuideSource[]): Promise<LoadedFolder[]> {
  const cache = cacheDir(io.env);
  const builtin = resolve(io.builtinGuideDir);
  const folders: LoadedFolder[] = [];
  // One folder after another: each walk opens and closes its own files, so many folders never hold many descriptors.
  for (const source of sources) {
    folders.push(
      await loadFolderCached(source, {
        ...(resolve(source.dir) === builtin && io.builtinGuideCache ? { prebuilt: io.builtinGuideCache } : {}),
        ...(cache ? { writable: join(cache, 'guides', `${shortHash(resolve(source.dir))}.json`) } : {}),
      }),
    );
  }
  return folders;
}
