import type { Assessment } from '../assess/index.js';
import { withBody, type Guide } from '../guide/types.js';
import type { IO } from '../terminal/io.js';
import { toJson } from '../render/json.js';
import { planFrontMatter, planJson, planNote } from '../render/plan.js';
import { planMarkdown } from '../render/plan-markdown.js';
import { sectionMarkdown } from '../render/section-markdown.js';
import { pickFormat, pickTerminalOptions } from './output-format.js';
import type plan from './definitions/plan.js';
import type { OptionsOf } from './program.js';
import { localTime } from '../history/pick-run.js';
import { renderForTerminal } from '../terminal/render-for-terminal.js';
import type { SavedResult } from '../history/saved-runs.js';
import { writePage } from '../terminal/write-page.js';

/** The output options of `plan`, which `assess` has too. */
type PlanOutputOptions = OptionsOf<typeof plan>;
/** Text output keeps to the top three roles; markdown notes and JSON have all of them. */
const TEXT_ROLES = 3;

/** How a plan is printed: checked from the options before any question is asked or run read, so a typo fails fast. */
export type PlanFormat = ReturnType<typeof planFormat>;
export function planFormat(io: IO, options: PlanOutputOptions) {
  return {
    format: pickFormat(options.format, 'text', 'markdown', io),
    terminal: pickTerminalOptions(options, io),
  };
}

/** The guide a plan's --full output reads its sections from; none when --full is not asked for. */
type PlanGuide = Pick<Guide, 'sections' | 'body'> | undefined;

/** Prints an assessment result as JSON: a run saved before results had a version prints as it was saved (no `version` marks that first shape). */
export function printPlanJson(io: IO, saved: Assessment | SavedResult, guide: PlanGuide, options: PlanOutputOptions): void {
  const json = saved.version === undefined ? saved : planJson(saved);
  const full = options.full ? fullSections(saved, guide) : [];
  io.stdout.write(toJson(options.full ? { ...json, fullSections: full.map((s) => ({ id: s.id, title: s.title, body: s.body })) } : json));
}

/** With --full, the guide's sections the plan lists, in full. */
const fullSections = (saved: Assessment | SavedResult, guide: PlanGuide) =>
  guide ? guide.sections.filter((s) => saved.sections.some((r) => r.id === s.id)).map((s) => withBody(guide, s)) : [];

/** Prints an assessment result (fresh from `assess` or saved, for `plan`) as `planFormat` chose; `asOf` is the --today day its advice is for. */
export async function showPlan(
  io: IO,
  result: Assessment,
  date: string,
  guide: PlanGuide,
  options: PlanOutputOptions,
  { format, terminal }: PlanFormat,
  asOf?: string,
): Promise<void> {
  if (format === 'json') return printPlanJson(io, result, guide, options);
  // The day the plan was made for with --today, else the day as history shows the run: in the reader's time zone.
  const day = asOf ?? localTime(date).slice(0, 10);
  const sections = guide?.sections ?? [];
  const full = options.full ? fullSections(result, guide) : [];
  const known = new Set(sections.map((s) => s.id));
  if (format === 'markdown') {
    const note = planNote(result, day);
    const withHeader = options.frontMatter ? `${await planFrontMatter(result, day)}\n${note}` : note;
    io.stdout.write([withHeader, ...full.map((s) => sectionMarkdown(s, known))].join('\n'));
  } else {
    const summary = `# Your careers assessment\n\n*${day}*\n\n${planMarkdown(result, { topRoles: TEXT_ROLES })}\n`;
    const text = (
      await renderForTerminal(
        io,
        [{ markdown: summary, personal: true }, ...full.map((s) => ({ markdown: sectionMarkdown(s, known), file: s.file }))],
        terminal,
      )
    ).join('\n');
    await writePage(io, text, options.pager);
  }
}
