import fs from 'node:fs';
import path from 'node:path';
import { stripControls } from '../text/sanitize.js';
import { writeFileAtomic } from './write-atomic.js';

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
/** Run files are named by their time, so names sort in time order. */
const RUN_FILE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?\.json$/;

/** Saves a run as a new file under <dir>/runs, written atomically; earlier runs are never touched. */
export function saveRun(dir: string, run: SavedRun): string {
  const folder = path.join(dir, RUNS);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = run.date.replace(/[:.]/g, '-');
  let file = path.join(folder, `${stamp}.json`);
  for (let n = 1; fs.existsSync(file); n++) file = path.join(folder, `${stamp}-${n}.json`);
  writeFileAtomic(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}

/**
 * Every saved run, oldest first. A file that is not a valid run is renamed to
 * `<name>.corrupt` with a warning, so it is kept for the user and never
 * silently overwritten or mistaken for the last result.
 */
export function loadHistory(dir: string): LoadedHistory {
  const folder = path.join(dir, RUNS);
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((name) => RUN_FILE.test(name)).sort(byTime);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], warnings: [] };
    return { entries: [], warnings: [`cannot read ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  const entries: HistoryEntry[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const run = readRun(file);
    if (run) entries.push({ file, run });
    else warnings.push(moveAside(file));
  }
  return { entries, warnings };
}

/** "…000Z.json" before "…000Z-1.json": compare names without the extension. */
const byTime = (a: string, b: string) => a.slice(0, -5).localeCompare(b.slice(0, -5));

function readRun(file: string): SavedRun | undefined {
  try {
    // A run file may have been edited by hand; `plan` and `history` print its text, so escape sequences are dropped as it is read.
    const data = JSON.parse(fs.readFileSync(file, 'utf8'), (_key, value: unknown) => (typeof value === 'string' ? stripControls(value) : value)) as Partial<SavedRun> | null;
    const valid = data && data.version === 1 && typeof data.date === 'string' && typeof data.answers === 'object' && typeof data.result === 'object';
    return valid ? (data as SavedRun) : undefined;
  } catch {
    return undefined;
  }
}

function moveAside(file: string): string {
  const aside = `${file}.corrupt`;
  try {
    fs.renameSync(file, aside);
    return `saved run ${file} is damaged; moved it to ${aside}`;
  } catch {
    return `saved run ${file} is damaged and was skipped`;
  }
}
