import type { Route } from '../guide/routes.js';

/*
 * Routes as markdown list items, for a plan and for search results alike:
 * a module of their own, so that search does not load the assessment with
 * the plan's markdown.
 */

/** A route as a list item: what it is, anything said after that, its address and the day it was checked. */
export const routeItem = (r: Pick<Route, 'name' | 'what' | 'url' | 'checked'>, more = '') =>
  `- **${r.name}**: ${r.what}${more} [${r.url}](${r.url}) (checked ${r.checked})`;

/** A route open today as a list item: what it is, its address and the day it was checked. */
export const routeLine = (r: Pick<Route, 'name' | 'what' | 'url' | 'checked'>) => routeItem(r);
