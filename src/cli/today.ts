import { usageError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import { dateLabel, parseDay, type CalendarDate } from '../timeline/months.js';

/** The help line of `--today`, the same for every command that takes it. */
export const TODAY_HELP = 'plan as if today were this day, YYYY-MM-DD (default: your clock)';

/**
 * The day a plan is made for: `--today` when given (a usage error, exit 2,
 * when it is not a real day), else the date of the user's clock where they
 * are, not of UTC.
 */
export function dayOf(io: IO, given: string | undefined): Required<CalendarDate> {
  if (given === undefined) {
    const now = io.now();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }
  const day = parseDay(given);
  if (!day) throw usageError(`--today must be a day written YYYY-MM-DD (got "${given}")`);
  return day;
}

/** The same day as YYYY-MM-DD. */
export const dayText = (io: IO, given: string | undefined) => dateLabel(dayOf(io, given));
