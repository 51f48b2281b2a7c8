import { resolve, sep } from 'node:path';
import type { GuideSource } from '../guide/folder.js';
import type { LoadedFolder } from '../guide/merge.js';
import type { Problem } from '../guide/types.js';
import type { IO } from '../terminal/io.js';
import { BUILTIN_ORIGIN } from '../guide/credit.js';
import { stripControls } from '../text/sanitize.js';

/** Text on one line whatever it holds: escape sequences removed, line breaks and tabs shown as \n and \t, so a file name cannot forge a line. */
const printableLine = (text: string) => stripControls(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');

/** A folder as a shell command takes it: quoted unless it is plain. */
const shellWord = (text: string) => (/^[\w./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
const were = (n: number) => (n === 1 ? 'was' : 'were');

/**
 * Problems with guide folders as other commands than validate report them:
 * one line a folder ("3 files in ~/notes were skipped: careers validate
 * ~/notes shows why"), not a line a file on every run. A folder that cannot
 * be read at all is named with its reason. Files are counted as skipped, or
 * as read in part (a note whose front-matter could not be used is still
 * listed).
 */
export function warnByFolder(io: IO, sources: readonly GuideSource[], folders: readonly LoadedFolder[], problems: readonly Problem[]): void {
  // Notes (something valid that is ignored) are for validate only.
  problems = problems.filter((problem) => problem.severity !== 'note');
  if (!problems.length) return;
  const dirs = sources.map((source) => resolve(source.dir));
  const used = new Set(folders.flatMap((folder) => folder.sections.map((section) => resolve(section.file))));
  // The most local folder a file is in (a folder given twice, or one inside another, is counted once).
  const folderOf = (file: string) => {
    let best = -1;
    dirs.forEach((dir, i) => {
      if ((file === dir || file.startsWith(dir + sep)) && (best < 0 || dir.length >= (dirs[best]?.length ?? 0))) best = i;
    });
    return best;
  };
  const byFolder = new Map<number, Set<string>>();
  for (const problem of problems) {
    const file = resolve(problem.file);
    const i = folderOf(file);
    if (i < 0 || file === dirs[i]) {
      io.stderr.write(`careers: warning: ${formatProblem(problem)}\n`);
      continue;
    }
    byFolder.set(i, (byFolder.get(i) ?? new Set()).add(file));
  }
  for (const [i, paths] of byFolder) {
    const source = sources[i];
    if (!source) continue;
    const partly = [...paths].filter((file) => used.has(file)).length;
    const skipped = paths.size - partly;
    const what =
      skipped && partly
        ? `${files(skipped)} in ${source.dir} ${were(skipped)} skipped and ${partly} ${were(partly)} read in part`
        : skipped
          ? `${files(skipped)} in ${source.dir} ${were(skipped)} skipped`
          : `${files(partly)} in ${source.dir} ${were(partly)} read in part`;
    const validate = source.origin === BUILTIN_ORIGIN ? 'careers validate' : `careers validate ${shellWord(source.dir)}`;
    io.stderr.write(`careers: warning: ${printableLine(`${what}: ${validate} shows why`)}\n`);
  }
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
  return printableLine(`${where}: ${field}${problem.message}`);
}
