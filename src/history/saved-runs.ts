import * as v from 'valibot';
import { ANSWER_KEYS, FIT_LEVELS, HORIZONS, RESULT_VERSION, ROLE_IDS, validatePartialAnswers, type Assessment } from '../assess/index.js';
import { isComplete } from '../assess/answers.js';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import { dataDir } from '../files/data-dir.js';
import { pickRun } from './pick-run.js';
import { dateOfRunFile, listRunFiles, readRunFile, type HistoryEntry } from './store.js';

/** Answers as saved: checked against the answers contract, every key but the later ones present. */
const answersSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = validatePartialAnswers(dataset.value);
    if ('ok' in checked && isComplete(checked.ok)) return checked.ok;
    addIssue({ message: 'answers are not a complete set' });
    return NEVER;
  }),
);
const answerValueSchema = v.union([v.string(), v.number(), v.boolean(), v.array(v.union([v.string(), v.number()]))]);
const changesSchema = v.optional(
  v.array(v.looseObject({ name: v.string(), mentions: v.optional(v.array(v.string()), []), note: v.string(), source: v.string(), as_of: v.string() })),
);
// `why` came with version 3.
const sectionsSchema = v.array(v.looseObject({ id: v.string(), title: v.string(), why: v.optional(v.string()) }));

/** A saved result of the current version: the whole of an assessment, checked, so that it prints as it did. */
const CurrentResultSchema = v.looseObject({
  // Version 2 lacks only what version 3 added (the day, rounds, reasons for reading, staleness): it prints without them.
  version: v.picklist([2, RESULT_VERSION]),
  roles: v.array(
    v.looseObject({
      id: v.picklist(ROLE_IDS),
      title: v.string(),
      score: v.number(),
      fit: v.picklist(FIT_LEVELS),
      reasons: v.array(
        v.looseObject({
          text: v.string(),
          points: v.number(),
          cap: v.optional(v.picklist(FIT_LEVELS)),
          answers: v.array(v.picklist(ANSWER_KEYS)),
          rule: v.string(),
          section: v.string(),
        }),
      ),
    }),
  ),
  nextSteps: v.array(
    v.looseObject({
      id: v.string(),
      text: v.string(),
      section: v.string(),
      horizon: v.picklist(HORIZONS),
      routes: v.optional(v.array(v.string())),
      changes: changesSchema,
    }),
  ),
  horizons: v.looseObject({ month: v.string(), quarter: v.string(), year: v.string() }),
  routes: v.array(
    v.looseObject({
      id: v.string(),
      name: v.string(),
      what: v.string(),
      url: v.string(),
      checked: v.string(),
      round: v.optional(v.string()),
      eligibility: v.optional(v.string()),
    }),
  ),
  sections: sectionsSchema,
  answers: answersSchema,
  assumed: v.array(v.looseObject({ key: v.picklist(ANSWER_KEYS), value: answerValueSchema, text: v.string() })),
  whatWouldChange: v.array(
    v.looseObject({
      key: v.picklist(ANSWER_KEYS),
      from: answerValueSchema,
      to: answerValueSchema,
      role: v.looseObject({ id: v.picklist(ROLE_IDS), title: v.string() }),
      because: v.optional(v.string()),
      text: v.string(),
    }),
  ),
  caveat: v.string(),
  // Added in version 3: a version-2 run is dated by the day it was saved, and names no stale records.
  today: v.optional(v.string()),
  stale: v.optional(v.array(v.looseObject({ id: v.string(), name: v.string(), checked: v.string() })), []),
});

/** A result saved before results had a version: it is listed as it was, and ranked again from its answers to print it. */
const FirstResultSchema = v.looseObject({
  version: v.optional(v.undefined()),
  roles: v.array(v.looseObject({ id: v.string(), title: v.string(), fit: v.picklist(FIT_LEVELS) })),
  sections: sectionsSchema,
  answers: v.looseObject({ stage: v.string() }),
});

export type FirstResult = v.InferOutput<typeof FirstResultSchema>;
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
  const current = v.safeParse(CurrentResultSchema, result);
  if (current.success)
    return { ...read, number: ref.number, result: { ...current.output, today: current.output.today ?? read.run.date.slice(0, 10) } satisfies Assessment };
  if (v.is(FirstResultSchema, result)) return { ...read, number: ref.number, result };
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
