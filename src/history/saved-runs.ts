import * as v from 'valibot';
import { FIT_LEVELS, HORIZONS, RESULT_VERSION, type Assessment, type Fit } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import { dataDir } from '../files/data-dir.js';
import { pickRun } from './pick-run.js';
import { dateOfRunFile, listRunFiles, readRunFile, type HistoryEntry } from './store.js';

const roleSchema = v.looseObject({
  id: v.string(),
  title: v.string(),
  score: v.number(),
  fit: v.picklist(FIT_LEVELS),
  reasons: v.array(v.looseObject({ text: v.string(), points: v.number(), cap: v.optional(v.picklist(FIT_LEVELS)), section: v.string() })),
});
const changesSchema = v.optional(v.array(v.looseObject({ name: v.string(), note: v.string(), source: v.string(), as_of: v.string() })));
const common = {
  roles: v.array(roleSchema),
  sections: v.array(v.looseObject({ id: v.string(), title: v.string() })),
  answers: v.looseObject({ stage: v.string() }),
  caveat: v.string(),
};

/** Enough of a saved result's shape to print it; a run that lacks it was edited or damaged. */
const CurrentResultSchema = v.looseObject({
  ...common,
  version: v.literal(RESULT_VERSION),
  whatWouldChange: v.array(v.looseObject({ text: v.string() })),
  nextSteps: v.array(v.looseObject({ text: v.string(), section: v.string(), horizon: v.picklist(HORIZONS), changes: changesSchema })),
  horizons: v.looseObject({ month: v.string(), quarter: v.string(), year: v.string() }),
  routes: v.array(v.looseObject({ id: v.string(), name: v.string(), what: v.string(), url: v.string(), checked: v.string() })),
  assumed: v.array(v.looseObject({ text: v.string() })),
});

/** A result saved before results had a version: it is listed as it was, and ranked again from its answers to print it. */
const FirstResultSchema = v.looseObject({
  ...common,
  version: v.optional(v.undefined()),
  whatWouldChange: v.nullable(v.looseObject({ text: v.string() })),
  nextSteps: v.array(v.looseObject({ text: v.string(), section: v.string(), changes: changesSchema })),
});

export interface FirstResult {
  version?: undefined;
  roles: Array<{ id: string; title: string; fit: Fit }>;
  answers: { stage: string };
  sections: Array<{ id: string; title: string }>;
}
export type SavedResult = Assessment | FirstResult;

export type SavedEntry = HistoryEntry & { result: SavedResult };

/** A saved run before it is read: its file, its number as history shows it (1 is the oldest), and its date from its file's name. */
export interface RunRef {
  file: string;
  number: number;
  run: { date: string };
}

/**
 * The saved runs, oldest first, listed by name and not read (see
 * listRunFiles): each is read when it is shown or picked.
 */
export function savedRunRefs(io: IO): RunRef[] {
  const store = dataDir(io.env);
  if (!store) throw new CareersError('no data folder: set CAREERS_HOME or HOME');
  const { files, warnings } = listRunFiles(store);
  for (const warning of warnings) io.stderr.write(`careers: warning: ${warning}\n`);
  return files.map((file, i) => ({ file, number: i + 1, run: { date: dateOfRunFile(file) } }));
}

/** One saved run with its result checked, or undefined when it cannot be used (the warning goes to stderr). */
export function readSavedRun(io: IO, ref: RunRef): (SavedEntry & { number: number }) | undefined {
  const read = readRunFile(ref.file);
  if ('warning' in read) {
    io.stderr.write(`careers: warning: ${read.warning}\n`);
    return undefined;
  }
  const { result } = read.run;
  if (v.is(CurrentResultSchema, result)) return { ...read, number: ref.number, result: result as unknown as Assessment };
  if (v.is(FirstResultSchema, result)) return { ...read, number: ref.number, result: result as FirstResult };
  io.stderr.write(`careers: warning: saved run ${read.file} does not hold a result; skipped\n`);
  return undefined;
}

/** The newest `count` runs that can be used, oldest first, read from the newest back: usually `count` files, however many are saved. */
export function lastSavedRuns(io: IO, refs: readonly RunRef[], count: number): Array<SavedEntry & { number: number }> {
  const found: Array<SavedEntry & { number: number }> = [];
  for (let i = refs.length - 1; i >= 0 && found.length < count; i--) {
    const entry = readSavedRun(io, refs[i]!);
    if (entry) found.unshift(entry);
  }
  return found;
}

/** The newest run that can be used, or undefined when there is none. */
export const lastSavedRun = (io: IO): SavedEntry | undefined => lastSavedRuns(io, savedRunRefs(io), 1)[0];

/**
 * The run a person means (see pickRun), read. With no reference, the newest
 * that can be used; a run asked for by number or date that cannot be used
 * is an error that says so.
 */
export function pickSavedRun(io: IO, refs: readonly RunRef[], wanted: string | undefined): SavedEntry & { number: number } {
  const picked = pickRun(refs, wanted);
  if (wanted === undefined) {
    const [last] = lastSavedRuns(io, refs, 1);
    if (!last) throw new CareersError('no saved assessment can be read; careers assess makes a new one');
    return last;
  }
  const entry = readSavedRun(io, picked);
  if (!entry) throw new CareersError(`saved run ${picked.number} cannot be used (see the warning above)`);
  return entry;
}
