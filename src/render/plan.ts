import type { Assessment } from '../assess/index.js';
import { CREDIT_LINE } from '../guide/credit.js';
import { planMarkdown } from './plan-markdown.js';

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

/** A personal plan note: a dated heading, then the whole plan. */
export const planNote = (result: Assessment, day: string): string =>
  `# My careers plan (${day})\n\n${planMarkdown(result, { topRoles: result.roles.length })}\n`;

/** The front-matter (date, answers) a plan note has on request, as sections do. */
export async function planFrontMatter(result: Assessment, day: string): Promise<string> {
  // The YAML writer is loaded only for a header, as for sections (render/markdown.ts).
  const { frontMatter } = await import('./yaml.js');
  return frontMatter({
    title: 'My careers plan',
    date: day,
    top_role: result.roles[0]?.id,
    answers: { ...result.answers },
    source: CREDIT_LINE,
  });
}
