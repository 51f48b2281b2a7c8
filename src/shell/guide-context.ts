import { delimiter, join, resolve } from 'node:path';
import { BUILTIN_ORIGIN } from '../guide/credit.js';
import type { GuideSource } from '../guide/folder.js';
import { mergeFolders } from '../guide/merge.js';
import { withRoutes, type GuideWithRoutes } from '../guide/routes.js';
import { OUTSIDE_LINK } from '../guide/walk.js';
import type { Problem } from '../guide/types.js';
import type { IO } from '../io.js';
import { cacheDir } from '../store/data-dir.js';
import { loadFolderCached } from '../store/guide-cache.js';
import { shortHash } from '../text/hash.js';
import { stripControls } from '../text/sanitize.js';

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
    ...guideDirs.map((dir) => ({ dir, origin: '--guide' })),
  ];
}

/**
 * Loads the guide, each folder through its cache (see guide-cache.ts), and
 * reports every file that could not be used as one warning line, so one bad
 * file never hides the rest.
 */
export async function loadGuideFor(io: IO, guideDirs: readonly string[] = []): Promise<GuideWithRoutes> {
  const cache = cacheDir(io.env);
  const folders = [];
  // One folder after another: each walk opens and closes its own files, so many folders never hold many descriptors.
  for (const source of guideSources(io, guideDirs)) {
    folders.push(
      await loadFolderCached(source, {
        ...(source.origin === BUILTIN_ORIGIN && io.builtinGuideCache ? { prebuilt: io.builtinGuideCache } : {}),
        ...(cache ? { writable: join(cache, 'guides', `${shortHash(resolve(source.dir))}.json`) } : {}),
      }),
    );
  }
  const warn = (problems: readonly Problem[]) => {
    const outside = problems.filter((problem) => problem.field === OUTSIDE_LINK);
    for (const problem of problems) if (problem.field !== OUTSIDE_LINK) io.stderr.write(`careers: warning: ${formatProblem(problem)}\n`);
    if (outside.length) {
      const links = outside.length === 1 ? 'symbolic link leads' : 'symbolic links lead';
      io.stderr.write(`careers: warning: ${outside.length} ${links} outside a guide folder and ${outside.length === 1 ? 'was' : 'were'} skipped (careers validate FOLDER lists them)\n`);
    }
  };
  const guide = mergeFolders(folders);
  warn(guide.problems);
  return withRoutes(guide, warn);
}

/**
 * One problem as `file:line: field: message`, naming the field unless the
 * message already does, on one line whatever it holds: validate prints these
 * on stdout, and a file name may carry escape sequences (removed) or line
 * breaks and tabs (shown as \n and \t), which could otherwise forge a line.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field && !problem.message.includes(problem.field) ? `${problem.field}: ` : '';
  return stripControls(`${where}: ${field}${problem.message}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
