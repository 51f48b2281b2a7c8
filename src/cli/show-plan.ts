import type { Assessment } from '../assess/index.js';
import { withBody, type Guide } from '../guide/types.js';
import type { IO } from '../terminal/io.js';
import { toJson } from '../render/json.js';
import { planJson, planNote } from '../render/plan.js';
import { planMarkdown } from '../render/plan-markdown.js';
import { sectionMarkdown } from '../render/section-markdown.js';
import { pickFormat, pickTerminalOptions } from './output-format.js';
import type plan from './definitions/plan.js';
import type { OptionsOf } from './program.js';
import { localTime } from '../history/pick-run.js';
import { renderForTerminal } from '../terminal/render-for-terminal.js';
import type { SavedResult } from '../history/saved-runs.js';
import { writePage } from '../terminal/write-page.js';
import { rankAgain } from './rank-again.js';

/** The output options of `plan`, which `assess` has too. */
type PlanOutputOptions = OptionsOf<typeof plan>;
/** Text output keeps to the top three roles; markdown notes and JSON have all of them. */
const TEXT_ROLES = 3;

/** Checks the output options before any question is asked, so a typo fails fast. */
export function planFormat(io: IO, options: PlanOutputOptions) {
  return {
    format: pickFormat(options.format, 'text', 'markdown', io),
    terminal: pickTerminalOptions(options, io),
  };
}

/** Prints an assessment result (fresh from `assess` or saved, for `plan`) in the chosen format. */
export async function showPlan(
  io: IO,
  saved: Assessment | SavedResult,
  date: string,
  guide: Pick<Guide, 'sections' | 'body'> | undefined,
  options: PlanOutputOptions,
): Promise<void> {
  const { format, terminal } = planFormat(io, options);
  // The day as history shows the run: in the reader's time zone.
  const day = localTime(date).slice(0, 10);
  const sections = guide?.sections ?? [];
  const full = options.full && guide ? sections.filter((s) => saved.sections.some((r) => r.id === s.id)).map((s) => withBody(guide, s)) : [];
  const known = new Set(sections.map((s) => s.id));
  if (format === 'json') {
    // A run saved before results had a version prints as it was saved: no `version` marks that first shape.
    const json = saved.version === undefined ? saved : planJson(saved);
    io.stdout.write(toJson(options.full ? { ...json, fullSections: full.map((s) => ({ id: s.id, title: s.title, body: s.body })) } : json));
    return;
  }
  const result = saved.version === undefined ? await rankAgain(io, saved, options.guide) : saved;
  if (format === 'markdown') {
    io.stdout.write([planNote(result, day, { withFrontMatter: options.frontMatter }), ...full.map((s) => sectionMarkdown(s, known))].join('\n'));
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
