import * as v from 'valibot';
import { FIT_LEVELS, HORIZONS, RESULT_VERSION, type Assessment, type Fit } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import { dataDir } from '../files/data-dir.js';
import { loadHistory, type HistoryEntry } from './store.js';

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
  // Version 2 lacks only what version 3 added (the day, rounds, reasons for reading, staleness): it prints without them.
  version: v.picklist([2, RESULT_VERSION]),
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

/** Past runs, oldest first, each with its result checked; warnings for anything skipped go to stderr. */
export function savedRuns(io: IO): Array<HistoryEntry & { result: SavedResult }> {
  const store = dataDir(io.env);
  if (!store) throw new CareersError('no data folder: set CAREERS_HOME or HOME');
  const history = loadHistory(store);
  for (const warning of history.warnings) io.stderr.write(`careers: warning: ${warning}\n`);
  return history.entries.flatMap((entry): Array<HistoryEntry & { result: SavedResult }> => {
    const { result } = entry.run;
    if (v.is(CurrentResultSchema, result)) return [{ ...entry, result: result as unknown as Assessment }];
    if (v.is(FirstResultSchema, result)) return [{ ...entry, result: result as FirstResult }];
    io.stderr.write(`careers: warning: saved run ${entry.file} does not hold a result; skipped\n`);
    return [];
  });
}
