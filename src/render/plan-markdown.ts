import { HORIZONS, type Assessment, type RankedRole, type Reason } from '../assess/index.js';
import type { Answers } from '../assess/answers.js';
import { isLowRating } from '../assess/scoring.js';
import { changeLine } from './section-markdown.js';
import { routeItem } from './route-markdown.js';

export interface PlanOptions {
  /** How many roles to show with their reasons; the rest are listed by name. */
  topRoles: number;
}

const FIT_WORDS = { strong: 'strong fit', possible: 'possible fit', stretch: 'a stretch for now' } as const;
/** Enough to say why a role stands where it does without reading like a formula. */
const REASONS_A_ROLE = 3;

/**
 * The reasons worth reading: a cap first (it decides the fit whatever the
 * score), then those that moved the score most, either way. A skill rated
 * low is never offered as a reason for a role that fits; it may explain a
 * stretch.
 */
function telling(role: RankedRole, answers: Answers): Reason[] {
  const offered = role.fit === 'stretch' ? role.reasons : role.reasons.filter((reason) => !isLowRating(reason, answers));
  return [...offered].sort((a, b) => Number(Boolean(b.cap)) - Number(Boolean(a.cap)) || Math.abs(b.points) - Math.abs(a.points)).slice(0, REASONS_A_ROLE);
}

/** Said of a role none of whose reasons is worth showing: why it is where it is. */
const NO_REASON = 'Little of what you told us points to this role yet, so it ranks by what little does.';

/** Text that ends as a sentence: a note that already ends in a full stop gets no second one. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A route in a plan: its list item (route-markdown.ts) with its round on the plan's day and who may apply, when known (results before version 3 have neither). */
const planRouteLine = (r: Assessment['routes'][number]) =>
  routeItem(r, `${r.round ? ` Now: ${r.round}.` : ''}${r.eligibility ? ` Who may apply: ${sentence(r.eligibility)}` : ''}`);

const read = (ids: readonly string[]) => [...new Set(ids)].map((id) => `\`careers read ${id}\``).join(', ');

/** Before university no role is judged a fit: each reads as a direction to explore. */
const EXPLORE = 'a direction to explore';
const fitWords = (result: Assessment, role: RankedRole) => (result.answers.stage === 'school' ? EXPLORE : FIT_WORDS[role.fit]);

function roleMarkdown(result: Assessment, role: RankedRole, rank: number): string {
  const reasons = telling(role, result.answers);
  return [
    `### ${rank}. ${role.title}: ${fitWords(result, role)}`,
    reasons.map((reason) => `- ${reason.text}`).join('\n') || NO_REASON,
    `More in ${read([role.id, ...reasons.map((reason) => reason.section)])}.`,
  ].join('\n\n');
}

/** The steps under their horizons, numbered straight through so "in order" reads as one list. */
function stepsMarkdown(result: Assessment): string {
  let number = 0;
  return HORIZONS.flatMap((horizon) => {
    const steps = result.nextSteps.filter((step) => step.horizon === horizon);
    if (!steps.length) return [];
    const items = steps.map((step) =>
      [
        `${++number}. ${step.text} (\`careers read ${step.section}\`)`,
        ...(step.changes ?? []).map((c) => `   - *Changed since the source:* ${changeLine(c).slice(2)}`),
      ].join('\n'),
    );
    return [`### ${result.horizons[horizon]}`, items.join('\n')];
  }).join('\n\n');
}

/**
 * The assessment as a markdown plan: ranked roles with the few reasons that
 * count most, what would change the ranking, next steps by when, what to
 * read, and the caveat. The terminal and markdown outputs both start here;
 * scores stay in the JSON, where they come with their rules.
 */
export function planMarkdown(result: Assessment, options: PlanOptions): string {
  const shown = result.roles.slice(0, options.topRoles);
  const rest = result.roles.slice(options.topRoles);
  // A heading a role rather than a nested list: marked-terminal numbers nested items as if they were the outer list's.
  const roles = shown.map((role, i) => roleMarkdown(result, role, i + 1));
  const others = rest.length ? [`Also ranked: ${rest.map((r) => `${r.title} (${fitWords(result, r)})`).join('; ')}.`] : [];
  const changes =
    result.whatWouldChange.map((change) => `- ${change.text}`).join('\n') ||
    'No single step you could take would put first a different role of the kinds you chose.';
  // A result saved before version 3 has no round, reasons for reading, or staleness: it prints without them.
  const routes = result.routes.map(planRouteLine);
  const sections = result.sections.map((s) => `- \`${s.id}\`: ${s.title}${s.why ? ` (${s.why})` : ''}`);
  const stale = result.stale?.length
    ? [
        `*Some routes here were checked more than nine months before ${result.today}: ${result.stale.map((r) => `${r.name} (${r.checked})`).join('; ')}. Open their pages before you plan around them.*`,
      ]
    : [];
  return [
    '## Roles that fit you',
    'Ranked by fit first (strong, possible, a stretch for now), then by how much of what you told us points to each role.',
    ...result.assumed.map((assumption) => `*${assumption.text}*`),
    roles.join('\n\n'),
    ...others,
    '## What would change this',
    changes,
    '## Next steps',
    stepsMarkdown(result) || 'No specific steps for these answers; start with `careers read skills`.',
    ...(routes.length
      ? [
          '## Routes open today',
          routes.join('\n'),
          ...stale,
          "These are ours, not the source's: `careers read routes-today` lists them all, with where each was checked.",
        ]
      : stale),
    '## Read next',
    sections.join('\n') || '`careers read --all` prints the whole guide.',
    '`careers list` shows every other section.',
    '## A caveat',
    result.caveat,
  ].join('\n\n');
}
