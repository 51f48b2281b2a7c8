import type { Assessment } from '../assess/index.js';
import { changeLine } from './section-markdown.js';

export interface PlanOptions {
  /** How many roles to show with their reasons; the rest are listed by name. */
  topRoles: number;
}

const FIT_WORDS = { strong: 'strong fit', possible: 'possible fit', stretch: 'a stretch for now' } as const;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The assessment as a markdown plan: ranked roles with the reasons behind
 * them, what would change the ranking, next steps tied to sections, what to
 * read, and the caveat. The terminal and markdown outputs both start here.
 */
export function planMarkdown(result: Assessment, options: PlanOptions): string {
  const shown = result.roles.slice(0, options.topRoles);
  const rest = result.roles.slice(options.topRoles);
  // A heading a role rather than a nested list: marked-terminal numbers nested items as if they were the outer list's.
  const roles = shown.map((role, i) => {
    const reasons = role.reasons.map((r) => `- ${r.text} (${r.cap ? `at most ${FIT_WORDS[r.cap]}` : signed(r.points)}; \`careers read ${r.section}\`)`);
    return [`### ${i + 1}. ${role.title}: ${FIT_WORDS[role.fit]}, score ${role.score}`, reasons.join('\n')].join('\n\n');
  });
  const others = rest.length ? [`Also ranked: ${rest.map((r) => `${r.title} (${FIT_WORDS[r.fit]}, ${r.score})`).join('; ')}.`] : [];
  const change = result.whatWouldChange
    ? result.whatWouldChange.text
    : 'No single change to your answers would put a different role first.';
  const steps = result.nextSteps.map((s) => [`- ${s.text} (\`careers read ${s.section}\`)`, ...(s.changes ?? []).map((c) => `  - *Changed since the source:* ${changeLine(c).slice(2)}`)].join('\n'));
  // Runs saved before routes were part of a plan have none.
  const routes = (result.routes ?? []).map((r) => `- **${r.name}**: ${r.what} [${r.url}](${r.url}) (checked ${r.checked})`);
  const sections = result.sections.map((s) => `- \`${s.id}\`: ${s.title}`);
  return [
    '## Roles that fit you',
    roles.join('\n\n'),
    ...others,
    '## What would change this',
    change,
    '## Next steps',
    steps.join('\n') || 'No specific steps for these answers; start with `careers read skills`.',
    ...(routes.length ? ['## Routes open today', routes.join('\n'), 'These are ours, not the source\'s: `careers read routes-today` lists them all, with where each was checked.'] : []),
    '## Read next',
    sections.join('\n') || '`careers read --all` prints the whole guide.',
    '## A caveat',
    result.caveat,
  ].join('\n\n');
}
