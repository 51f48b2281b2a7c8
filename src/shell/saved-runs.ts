import * as v from 'valibot';
import { FIT_LEVELS, type Assessment } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { IO } from '../io.js';
import { dataDir } from '../store/data-dir.js';
import { loadHistory, type HistoryEntry } from '../store/history.js';

/** Enough of a saved result's shape to print it; a run that lacks it was edited or damaged. */
const SavedResultSchema = v.looseObject({
  roles: v.array(
    v.looseObject({
      id: v.string(),
      title: v.string(),
      score: v.number(),
      fit: v.picklist(FIT_LEVELS),
      reasons: v.array(v.looseObject({ text: v.string(), points: v.number(), cap: v.optional(v.picklist(FIT_LEVELS)), section: v.string() })),
    }),
  ),
  whatWouldChange: v.nullable(v.looseObject({ text: v.string() })),
  nextSteps: v.array(
    v.looseObject({
      text: v.string(),
      section: v.string(),
      changes: v.optional(v.array(v.looseObject({ name: v.string(), note: v.string(), source: v.string(), as_of: v.string() }))),
    }),
  ),
  // Runs saved before routes were part of a plan have none.
  routes: v.optional(v.array(v.looseObject({ id: v.string(), name: v.string(), what: v.string(), url: v.string(), checked: v.string() }))),
  sections: v.array(v.looseObject({ id: v.string(), title: v.string() })),
  answers: v.looseObject({ stage: v.string() }),
  caveat: v.string(),
});

/** Past runs, oldest first, each with its result checked; warnings for anything skipped go to stderr. */
export function savedRuns(io: IO): Array<HistoryEntry & { result: Assessment }> {
  const store = dataDir(io.env);
  if (!store) throw new CareersError('no data folder: set CAREERS_HOME or HOME');
  const history = loadHistory(store);
  for (const warning of history.warnings) io.stderr.write(`careers: warning: ${warning}\n`);
  return history.entries.flatMap((entry) => {
    if (v.is(SavedResultSchema, entry.run.result)) return [{ ...entry, result: entry.run.result as unknown as Assessment }];
    io.stderr.write(`careers: warning: saved run ${entry.file} does not hold a result; skipped\n`);
    return [];
  });
}
