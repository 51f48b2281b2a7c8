import { CareersError, usageError } from '../errors.js';

/** A saved run as `history` numbers it (1 is the oldest) and dates it. */
interface Dated {
  run: { date: string };
}

/** A saved ISO date in the reader's own time zone, as `history` shows it ("2026-11-26 23:05"). */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The run a person means by "3" (its number in `careers history`) or by a
 * date as history shows it or as saved ("2026-11-30", "2026-11-30 14:05"):
 * the latest run of that day or minute. No reference means the latest run.
 */
export function pickRun<R extends Dated>(runs: readonly R[], ref: string | undefined): R {
  const wanted = ref?.trim().replace('T', ' ');
  // Whole fields only ("2026-1" is no month), and the day as history shows it, in the reader's time zone; a saved UTC time ("...Z") only when given as one.
  // Anything else is a mistake on the command line (exit 2), whether or not runs are saved.
  if (ref !== undefined && !/^\d+$/.test(ref) && !/^\d{4}-\d{2}(-\d{2}( \d{2}(:\d{2})?)?)?$/.test(wanted ?? '') && !/Z$/.test(wanted ?? '')) {
    throw usageError(`"${ref}" is neither a run number nor a date such as 2026-11-30 or "2026-11-30 14:05"; careers history lists them`);
  }
  const latest = runs.at(-1);
  if (!latest) throw new CareersError('no saved assessment yet; run careers assess first');
  if (ref === undefined || wanted === undefined) return latest;
  if (/^\d+$/.test(ref)) {
    const run = runs[Number(ref) - 1];
    if (!run) throw new CareersError(`no run number ${ref}; careers history numbers runs 1 to ${runs.length}`);
    return run;
  }
  const run = /Z$/.test(wanted)
    ? runs.findLast(({ run }) => run.date.replace('T', ' ').startsWith(wanted.slice(0, -1)))
    : runs.findLast(({ run }) => localTime(run.date).startsWith(wanted));
  if (!run) throw new CareersError(`no run on "${ref}"; careers history lists them by number and date`);
  return run;
}
