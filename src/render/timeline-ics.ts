import { createEvents, type EventAttributes } from 'ics';
import type { Timeline, TimelineStep } from '../timeline/plan.js';
import { lateAdvice } from './timeline.js';

type Day = [number, number, number];

/** Where a step's calendar event starts: its day, or the first of its month when only the month is known (early rather than late). */
function startOf(date: string): Day {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** The day after: an all-day event ends (exclusively) on it. */
function dayAfter([year, month, day]: Day): Day {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * The dated steps as all-day iCalendar events. Each UID is made from the
 * plan, the intake and the step, never from today, so importing a newer plan
 * for the same intake updates the events instead of adding copies. Steps
 * with no date cannot be events and are left out (the caller says so).
 *
 * ics 3.12 writes the calendar's structure, but it folds a long line by
 * scanning the whole line again for every 75 characters it cuts off (time
 * that grows faster than the square of a step's text), counts characters
 * where RFC 5545 counts octets, and leaves the calendar name unescaped. So
 * ics is given a short stand-in for every text value, and each is put back
 * here, escaped, before every line is folded in one pass (foldLine).
 */
export function timelineIcs(t: Timeline): string {
  const texts: string[] = [];
  // A stand-in is the only text ics sees; nothing else it writes holds "@@", and ics leaves digits and "@" as they are.
  const standIn = (text: string) => `@@${texts.push(text) - 1}@@`;
  const events: EventAttributes[] = t.steps
    .filter((step): step is TimelineStep & { date: string } => step.date !== undefined)
    .map((step) => ({
      uid: standIn(`${t.plan}-${t.intake}-${step.id}@careers`),
      start: startOf(step.date),
      end: dayAfter(startOf(step.date)),
      // A late step is moved to today; its title is what to do now.
      title: standIn(step.late ? `Late: ${step.instead ?? step.do}` : step.do),
      description: standIn(
        [
          ...(step.late ? [`Late (due ${step.due}), so instead: ${lateAdvice(step)}`, `The step was: ${step.do}`] : []),
          `Why: ${step.why}`,
          ...(step.when.length === 7 ? [`Due some time in ${step.when}.`] : []),
          ...step.routes.map((r) => `${r.name}: ${r.url}`),
          `Read: careers read ${step.section}`,
        ].join('\n'),
      ),
      categories: [standIn('careers'), standIn(t.plan)],
    }));
  const { error, value } = createEvents(events, { productId: 'careers', calName: standIn(`Timeline: ${t.title}, ${t.intake} intake`) });
  if (error || !value) throw new Error(`could not write the calendar: ${error?.message ?? 'no output'}`);
  return value
    .replace(/\r\n[ \t]/g, '') // unfolded: the lines are folded again once their text is in
    .split('\r\n')
    .map((line) => foldLine(line.replace(/@@(\d+)@@/g, (_, i: string) => escapeText(texts[Number(i)] ?? ''))))
    .join('\r\n');
}

/** A TEXT value as RFC 5545 (3.3.11) writes it: backslashes, semicolons, commas and line breaks escaped. */
export const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** Octets a line may hold before it is folded (RFC 5545 3.1), the line break not counted. */
const LINE_OCTETS = 75;

/**
 * One content line folded at 75 octets of UTF-8, in one pass: each
 * continuation starts with a space (which counts towards its 75), and a fold
 * never falls inside a character, so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let room = LINE_OCTETS;
  for (let i = 0; i < line.length;) {
    const point = line.codePointAt(i) ?? 0;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > room) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      room = LINE_OCTETS - 1;
    }
    octets += size;
    i += point > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
