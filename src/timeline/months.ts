/** A month of the calendar, or one day of it: the precision a plan's dates are known to. */
export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** Absent when only the month is known. */
  day?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, or YYYY-MM when only the month is known. */
export const dateLabel = ({ year, month, day }: CalendarDate) => `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;

/** The date `months` later (earlier when negative), at the same precision. Days stay within 1 to 28, so none overflows its month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  return { ...date, year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A number that orders days: the first and last day a date may stand for, for comparisons with today. */
const key = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;
export const firstDayKey = (d: CalendarDate) => key(d.year, d.month, d.day ?? 1);
export const lastDayKey = (d: CalendarDate) => key(d.year, d.month, d.day ?? daysIn(d.year, d.month));

/** A real day written YYYY-MM-DD, or undefined. */
export function parseDay(text: string): Required<CalendarDate> | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? { year, month, day } : undefined;
}
