import type { Assessment } from '../assess/index.js';
import { CREDIT_LINE } from '../guide/credit.js';
import { planMarkdown } from './plan-markdown.js';
import { frontMatter } from './yaml.js';

/** The JSON contract of `assess --format json` and `plan --format json` (documented in the README). */
export const planJson = (result: Assessment) => ({
  version: result.version,
  today: result.today,
  roles: result.roles.map(({ id, title, score, fit, reasons }) => ({ id, title, score, fit, reasons })),
  nextSteps: result.nextSteps,
  horizons: result.horizons,
  routes: result.routes,
  sections: result.sections,
  answers: result.answers,
  assumed: result.assumed,
  whatWouldChange: result.whatWouldChange,
  stale: result.stale,
  caveat: result.caveat,
});

/** A personal plan note: a dated heading, then the whole plan; front-matter (date, answers) only on request, as for sections. */
export function planNote(result: Assessment, day: string, { withFrontMatter = false } = {}): string {
  const note = `# My careers plan (${day})\n\n${planMarkdown(result, { topRoles: result.roles.length })}\n`;
  if (!withFrontMatter) return note;
  const header = frontMatter({
    title: 'My careers plan',
    date: day,
    top_role: result.roles[0]?.id,
    answers: { ...result.answers },
    source: CREDIT_LINE,
  });
  return `${header}\n${note}`;
}
