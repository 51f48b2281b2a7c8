import type { Timeline, TimelineStep } from '../timeline/plan.js';

const TARGET_WORDS = { phd: 'PhD', fellowship: 'fellowship', residency: 'residency' } as const;
const WARNING_WORDS = { 'too-close': 'Too close', passed: 'Deadline passed', started: 'Already started', ok: '' } as const;

/** The heading both markdown forms start with; a notes file gets one level-1 heading per command appended. */
export const timelineHeading = (t: Timeline) => `# Timeline: ${t.title}, ${t.intake} intake`;

const routeLine = (step: TimelineStep) =>
  step.routes.length
    ? ` Current programmes: ${step.routes.map((r) => `[${r.name}](${r.url}) (${r.intake ? `${r.intake}; ` : ''}checked ${r.checked})`).join(', ')}.`
    : '';

/** What to do about a step whose date has passed: the plan's advice, or at least to do it now. */
export const lateAdvice = (step: TimelineStep) => step.instead ?? 'this date has passed; do it as soon as you can.';

/** What a step says after its date: the action, why and where the guide explains it; a late step says first that it is late, since when, and what to do instead. */
function stepText(step: TimelineStep): string {
  const late = step.late ? `**Late** (due ${step.due}), **so instead:** ${lateAdvice(step)} *The step was:* ` : '';
  return `${late}${step.do} *Why:* ${step.why} (\`careers read ${step.section}\`)${routeLine(step)}`;
}

/** Planned on, the deadline and intake where known, the late-start advice first, and the plan's note. */
function preamble(t: Timeline): string[] {
  const dates = [`Planned on ${t.today} for the ${t.intake} intake of a ${TARGET_WORDS[t.target]} (region: ${t.region}).`];
  if (t.deadline) dates.push(`Deadline season: ${t.deadline}.`);
  if (t.intakeDate) dates.push(`Start: ${t.intakeDate}.`);
  return [dates.join(' '), ...(t.warning ? [`**${WARNING_WORDS[t.status]}:** ${t.warning}`] : []), ...(t.note ? [t.note] : [])];
}

function sourcesBlock(t: Timeline): string[] {
  if (!t.sources.length) return [];
  return ['## Where the dates come from', t.sources.map((s) => `- ${s.says} <${s.url}> (checked ${s.checked})`).join('\n')];
}

/**
 * The plan as a markdown task list, for notes: a level-1 heading, the
 * late-start advice first, one `- [ ] DATE: step` line a step, then the
 * sources of its dates. No front-matter; ends with exactly one newline.
 */
export function timelineTasks(t: Timeline): string {
  const steps = t.steps.map((step) => `- [ ] ${step.when}: ${stepText(step)}`).join('\n');
  return `${[timelineHeading(t), ...preamble(t), steps, ...sourcesBlock(t)].join('\n\n')}\n`;
}

/** The plan for a terminal, month by month: a heading a month (or "when" for undated steps), each step with its date. */
export function timelineText(t: Timeline): string {
  const groups = new Map<string, TimelineStep[]>();
  for (const step of t.steps) {
    const group = step.date?.slice(0, 7) ?? 'Dates to count back from your own';
    groups.set(group, [...(groups.get(group) ?? []), step]);
  }
  const months = [...groups].map(([group, steps]) => [`## ${group}`, steps.map((step) => `- **${step.when}** ${stepText(step)}`).join('\n')].join('\n\n'));
  return `${[timelineHeading(t), ...preamble(t), ...months, ...sourcesBlock(t)].join('\n\n')}\n`;
}
