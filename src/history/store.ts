import { linkSync, readdirSync, rmSync } from 'node:fs';
import { makeFolder } from '../files/data-dir.js';
import { FileRefused, readLimited } from '../files/read-limited.js';
import { join } from 'node:path';
import { stripControls } from '../text/sanitize.js';
import { removeStaleTemps, writeFileAtomic } from '../files/write-atomic.js';
import { errorCode } from '../text/describe-error.js';

/** One saved assessment: what was answered and what came out, as printed by --format json. */
export interface SavedRun {
  version: 1;
  date: string;
  answers: unknown;
  result: unknown;
}

export interface HistoryEntry {
  file: string;
  run: SavedRun;
}

export interface LoadedHistory {
  entries: HistoryEntry[];
  /** Files that could not be read; each has been moved aside, never overwritten. */
  warnings: string[];
}

const RUNS = 'runs';
/** A temp file this old in the runs folder was left by a save that was killed; it holds someone's answers, so it goes. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** Run files are named by their time, so names sort in time order. */
const RUN_FILE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?\.json$/;

/** Saves a run as a new file under <dir>/runs, written atomically; earlier runs are never touched. */
export function saveRun(dir: string, run: SavedRun): string {
  const folder = join(dir, RUNS);
  makeFolder(folder, 0o700);
  const stamp = run.date.replace(/[:.]/g, '-');
  const content = `${JSON.stringify(run, null, 2)}\n`;
  try {
    removeStaleTemps(folder, STALE_TEMP_MS);
  } catch {
    // tidying up is not worth failing a save for
  }
  // Two runs in the same millisecond (two terminals) each get their own name: the write refuses to replace a file.
  return withFreeName(
    (n) => join(folder, `${stamp}${n ? `-${n}` : ''}.json`),
    (file) => writeFileAtomic(file, content, 0o600, { exclusive: true }),
  );
}

/** Tries name(0), name(1), ... until `use` succeeds without EEXIST; returns the name used. */
function withFreeName(name: (n: number) => string, use: (file: string) => void): string {
  for (let n = 0; ; n++) {
    try {
      use(name(n));
      return name(n);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Every saved run, oldest first. A damaged file (not JSON, or not the shape of
 * a run) is renamed to `<name>.corrupt` with a warning, so it is kept for the
 * user and never silently overwritten or mistaken for the last result. A file
 * that cannot be read now, or that a newer careers wrote, is skipped with a
 * warning and left where it is.
 */
export function loadHistory(dir: string): LoadedHistory {
  const { files, warnings } = listRunFiles(dir);
  const entries: HistoryEntry[] = [];
  for (const file of files) {
    const read = readRunFile(file);
    if ('run' in read) entries.push(read);
    else warnings.push(read.warning);
  }
  return { entries, warnings };
}

/**
 * The saved runs' files, oldest first, found by name and not read: with
 * thousands of runs, a command that needs one (the last, or the one asked
 * for) reads only that one.
 */
export function listRunFiles(dir: string): { files: string[]; warnings: string[] } {
  const folder = join(dir, RUNS);
  try {
    return {
      files: readdirSync(folder)
        .filter((name) => RUN_FILE.test(name))
        .sort(byTime)
        .map((name) => join(folder, name)),
      warnings: [],
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], warnings: [] };
    return { files: [], warnings: [`cannot read ${folder}: ${errorCode(error)}`] };
  }
}

/** One saved run, or the warning that says why it cannot be used (see loadHistory). */
export function readRunFile(file: string): HistoryEntry | { warning: string } {
  const read = readRun(file);
  if ('run' in read) return { file, run: read.run };
  return { warning: read.problem === 'damaged' ? moveAside(file) : `saved run ${file} ${read.problem}; skipped` };
}

/** When a run was saved, from its file's name (saveRun names it after the run's date). */
export function dateOfRunFile(file: string): string {
  const [, day, h, m, sec, ms] = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.json$/.exec(file) ?? [];
  return `${day}T${h}:${m}:${sec}.${ms}Z`;
}

/** A run file's time, then its number among runs of the same millisecond ("…000Z.json" is 0, "…000Z-10.json" is 10). */
const timeAndNumber = (name: string): [string, number] => {
  const [, time = '', n = '0'] = /^(.*?Z)(?:-(\d+))?\.json$/.exec(name) ?? [];
  return [time, Number(n)];
};
/** Oldest first, and runs of one millisecond in the order they were saved, however many there are. */
const byTime = (a: string, b: string) => {
  const [timeA, nA] = timeAndNumber(a);
  const [timeB, nB] = timeAndNumber(b);
  return timeA < timeB ? -1 : timeA > timeB ? 1 : nA - nB;
};

/** A saved run is a few KiB; a larger file was not written by careers. */
const MAX_RUN_BYTES = 1024 * 1024;

function readRun(file: string): { run: SavedRun } | { problem: string } {
  let text: string;
  try {
    // Only a regular file, and only so much of it: a FIFO here would otherwise hang history and plan.
    text = readLimited(file, MAX_RUN_BYTES)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
    return { problem: `cannot be read (${error instanceof FileRefused ? error.message : errorCode(error)})` };
  }
  let data: Partial<SavedRun> | null;
  try {
    // A run file may have been edited by hand; `plan` and `history` print its text, so escape sequences are dropped as it is read.
    data = JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? stripControls(value) : value)) as Partial<SavedRun> | null;
  } catch {
    return { problem: 'damaged' };
  }
  if (typeof data?.version === 'number' && data.version > 1) return { problem: `was written by a newer version of careers (format ${data.version})` };
  const valid = data && data.version === 1 && typeof data.date === 'string' && typeof data.answers === 'object' && typeof data.result === 'object';
  return valid ? { run: data as SavedRun } : { problem: 'damaged' };
}

/** Moves a damaged run to `<name>.corrupt` (or `.corrupt-1`, ...), never over an earlier one. */
function moveAside(file: string): string {
  try {
    const aside = withFreeName(
      (n) => `${file}.corrupt${n ? `-${n}` : ''}`,
      (target) => linkSync(file, target),
    );
    rmSync(file);
    return `saved run ${file} is damaged; moved it to ${aside}`;
  } catch {
    return `saved run ${file} is damaged and was skipped`;
  }
}
