import type { Route } from './routes.js';
import type { Section } from './types.js';

/** How old the guide's facts are, as a whole: what was checked since the source, and between which days. */
export interface GuideAge {
  routes: number;
  changes: number;
  /** YYYY-MM-DD; absent when nothing is dated. */
  oldest?: string;
  newest?: string;
}

/**
 * The range of days on which the guide's dated facts (route records and
 * notes on what changed since the source) were last checked. The oldest is
 * what says how stale the guide may be. Pure.
 */
export function guideAge(sections: readonly Section[], routes: readonly Route[]): GuideAge {
  const changes = sections.flatMap((section) => section.changed);
  const days = [...routes.map((route) => route.checked), ...changes.map((change) => change.as_of)].filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)).sort();
  const [oldest, newest] = [days[0], days.at(-1)];
  return { routes: routes.length, changes: changes.length, ...(oldest && newest ? { oldest, newest } : {}) };
}
