import type { IO } from '../terminal/io.js';
import { toJson } from '../render/json.js';
import type { TerminalOptions } from '../terminal/render-options.js';
import { timelineTasks, timelineText } from '../render/timeline.js';
import type { TIMELINE_FORMATS } from './definitions/timeline.js';
import type { Timeline } from '../timeline/plan.js';
import { renderForTerminal } from '../terminal/render-for-terminal.js';
import { writePage } from '../terminal/write-page.js';
import { timelineIcs } from '../render/timeline-ics.js';

/** Prints a dated plan: rendered in a terminal, a markdown task list for notes, JSON, or iCalendar. */
export async function showTimeline(
  io: IO,
  timeline: Timeline,
  format: (typeof TIMELINE_FORMATS)[number],
  terminal: TerminalOptions | undefined,
  usePager: boolean,
): Promise<void> {
  if (format === 'json') io.stdout.write(toJson(timeline));
  else if (format === 'markdown') io.stdout.write(timelineTasks(timeline));
  else if (format === 'ics') {
    const undated = timeline.steps.filter((step) => step.date === undefined).length;
    if (undated)
      io.stderr.write(
        `careers: warning: ${undated} step${undated === 1 ? ' has' : 's have'} no date here (check your own deadlines) and ${undated === 1 ? 'is' : 'are'} left out of the calendar\n`,
      );
    io.stdout.write(timelineIcs(timeline));
  } else if (terminal) {
    const [text = ''] = await renderForTerminal(io, [{ markdown: timelineText(timeline), personal: true }], terminal);
    await writePage(io, text, usePager);
  }
}
