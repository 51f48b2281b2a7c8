import type { IO } from '../terminal/io.js';
import type { TimelineChoices } from '../terminal/prompts/ask-timeline.js';
import { dataDir } from '../files/data-dir.js';
import { lastSavedRun } from '../history/saved-runs.js';

/**
 * What the last saved assessment says about a timeline: its region answer,
 * and from its PhD answer the target (open to a PhD: a PhD; not: a
 * fellowship, the route the guide suggests without one). Nothing when
 * there is no data folder or no saved run.
 */
export function savedTimelineChoices(io: IO): TimelineChoices {
  if (!dataDir(io.env)) return {};
  // A saved run's answers were checked loosely when read (runs may be old or edited): each value is checked here.
  const answers: object | undefined = lastSavedRun(io)?.result.answers;
  const region = answers && 'region' in answers ? answers.region : undefined;
  const phd = answers && 'phd' in answers ? answers.phd : undefined;
  return {
    ...(region === 'us' || region === 'uk' || region === 'other' ? { region } : {}),
    ...(phd === 'yes' || phd === 'maybe' ? { target: 'phd' as const } : phd === 'no' ? { target: 'fellowship' as const } : {}),
  };
}
