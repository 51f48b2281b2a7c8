import * as v from 'valibot';
import { daySchema, httpsUrlSchema, idSchema, issuePath, oneLine, textSchema } from './schema.js';
import { routeStatusSchema, eligibilitySchema, statusLine, eligibilityLine } from './route-status.js';
import { FOCUS_AREAS, INTERESTS, PHD_PLANS, RESEARCH_EXPERIENCE, STAGES, type Guide, type Problem, type Section, type Stage } from './types.js';

/*
 * Today's routes into the field (programmes, fellowships, courses,
 * organisations), one YAML file each under a guide folder's routes/. Each
 * record is checked against a public source and carries the day it was
 * checked and that source. The section `routes-today` lists them under its
 * own introduction, and the assessment picks those that suit a person's stage
 * and roles.
 */

/** A fellowship here is mentored or paid research; a scholarship pays for a degree (a PhD's fees and stipend). */
export const ROUTE_KINDS = ['programme', 'fellowship', 'course', 'organisation', 'government', 'scholarship', 'job-board', 'advising', 'funder'] as const;

const RouteSchema = v.strictObject({
  id: idSchema,
  name: oneLine,
  kind: v.picklist(ROUTE_KINDS),
  what: textSchema,
  suits: v.strictObject({
    /** Who may apply ('school' is before university). */
    stages: v.array(v.picklist(STAGES)),
    roles: v.array(idSchema),
    /** What it serves, where the record says: a person's focus and interests bring it forward. */
    focus: v.optional(v.array(v.picklist(FOCUS_AREAS)), []),
    interests: v.optional(v.array(v.picklist(INTERESTS)), []),
    /** The research experience it is meant for, where that is narrower than its stages (a grant for people who lead research); any when left out. */
    experience: v.optional(v.array(v.picklist(RESEARCH_EXPERIENCE))),
    /** The answers to "would you do a PhD?" it is meant for (a scholarship for graduate study); any when left out. */
    phd: v.optional(v.array(v.picklist(PHD_PLANS))),
  }),
  format: v.optional(v.strictObject({ length: v.optional(oneLine), paid: v.optional(oneLine), where: v.optional(oneLine), intake: v.optional(oneLine) }), {}),
  /** Its state as of `checked`: open (with dates), recurring (with the months a round usually opens), rolling, or ended. */
  status: routeStatusSchema,
  /** Only what the source states: age, regions, citizenship, visas. */
  eligibility: v.optional(eligibilitySchema, {}),
  /** How selective it is, only as the source says. */
  competitive: v.optional(oneLine),
  /** Pay, stipend or cost, where known. */
  pay: v.optional(oneLine),
  url: httpsUrlSchema,
  checked: daySchema,
  source: textSchema,
});

export type Route = v.InferOutput<typeof RouteSchema>;

/** The section made from the route records, and the name it is read by. */
export const ROUTES_SECTION = 'routes-today';

/** Route records from a guide's data files under routes/, each checked; a bad one is a problem, and the rest still count. */
export function readRoutes(guide: Pick<Guide, 'data'>): { routes: Route[]; problems: Problem[] } {
  const routes: Route[] = [];
  const problems: Problem[] = [];
  for (const [key, entry] of Object.entries(guide.data)) {
    if (!key.startsWith('routes/')) continue;
    if ('error' in entry) {
      problems.push({ file: entry.file, severity: 'error', message: entry.error });
      continue;
    }
    const parsed = v.safeParse(RouteSchema, entry.data);
    if (parsed.success) routes.push(parsed.output);
    else {
      const issue = parsed.issues[0];
      const field = issuePath(issue) ?? 'route';
      problems.push({ file: entry.file, field, severity: 'error', message: `field "${field}" ${issue.input === undefined ? 'is missing' : issue.message}` });
    }
  }
  return { routes, problems };
}

const STAGE_WORDS: Record<Stage, string> = {
  school: 'school students',
  undergrad: 'undergraduates',
  masters: "master's students",
  industry: 'people in industry',
  'phd-student': 'PhD students',
  'phd-graduate': 'PhD graduates',
  other: 'others',
};

const ENDED_HEADING = 'Ended';

const GROUPS: Array<{ heading: string; kinds: Array<Route['kind']> }> = [
  { heading: 'Research programmes and fellowships', kinds: ['programme', 'fellowship'] },
  { heading: 'Courses', kinds: ['course'] },
  { heading: 'Organisations that hire for this work', kinds: ['organisation'] },
  { heading: 'Government bodies', kinds: ['government'] },
  { heading: 'Scholarships for a PhD', kinds: ['scholarship'] },
  { heading: 'Finding roles and advice', kinds: ['job-board', 'advising'] },
  { heading: 'Funders', kinds: ['funder'] },
];

/** One record as the section shows it: what it is, whom it suits, its format, its address, and when and where it was checked. */
function routeMarkdown(route: Route, roleTitle: (id: string) => string): string {
  const stages = route.suits.stages.length === STAGES.length ? 'any stage' : route.suits.stages.map((s) => STAGE_WORDS[s]).join(', ');
  const format = [route.format.length, route.format.paid, route.format.where, route.format.intake].filter(Boolean).join('; ');
  const eligibility = eligibilityLine(route.eligibility);
  return [
    `### ${route.name}`,
    route.what,
    [
      `- **Suits:** ${stages}; ${route.suits.roles.map(roleTitle).join(', ')}`,
      `- **Status:** ${statusLine(route.status, route.checked)} (as of ${route.checked})`,
      ...(eligibility ? [`- **Who may apply:** ${eligibility}`] : []),
      ...(format ? [`- **Format:** ${format}`] : []),
      ...(route.pay ? [`- **Pay or cost:** ${route.pay}`] : []),
      ...(route.competitive ? [`- **How selective:** ${route.competitive}`] : []),
      `- **Address:** [${route.url}](${route.url})`,
      `- **Checked:** ${route.checked}, against ${route.source}`,
    ].join('\n'),
  ].join('\n\n');
}

/**
 * The records as markdown, grouped by kind: what the section `routes-today`
 * lists under its own introduction. Ended ones come last, under their own
 * heading, so a reader sees they are over rather than missing.
 */
export function routesMarkdown(routes: readonly Route[], sections: readonly Section[]): string {
  const roleTitle = (id: string) => sections.find((s) => s.id === id && s.roleBlock !== undefined)?.title ?? id;
  const byName = (a: Route, b: Route) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const running = routes.filter((r) => r.status.state !== 'ended');
  const ended = routes.filter((r) => r.status.state === 'ended').sort(byName);
  return [
    ...GROUPS.map(({ heading, kinds }) => {
      const members = running.filter((r) => kinds.includes(r.kind)).sort(byName);
      return members.length ? [`## ${heading}`, ...members.map((r) => routeMarkdown(r, roleTitle))].join('\n\n') : '';
    }),
    ended.length ? [`## ${ENDED_HEADING}`, ...ended.map((r) => routeMarkdown(r, roleTitle))].join('\n\n') : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The body of the section `routes-today` with the records listed before its "See also": its title, introduction and links are a guide file like any other. */
function withRecords(body: string, routes: readonly Route[], sections: readonly Section[]): string {
  const records = routesMarkdown(routes, sections);
  const at = body.search(/^## See also/m);
  return at < 0 ? `${body}\n\n${records}` : `${body.slice(0, at)}${records}\n\n${body.slice(at)}`;
}

/** A guide with its route records: `routes()` reads them (once), and the body of `routes-today` lists them. */
export type GuideWithRoutes = Guide & { routes(): Route[] };

/**
 * The guide with its route records listed in the section `routes-today`
 * (where a folder has that section). The records are read, and their
 * problems handed to `report`, on the first call that needs them (that
 * section's body, `routes()`), as the assessment's data files are read by
 * the commands that use them.
 */
export function withRoutes(guide: Guide, report: (problems: Problem[]) => void): GuideWithRoutes {
  let routes: Route[] | undefined;
  const readOnce = () => {
    if (routes) return routes;
    const read = readRoutes(guide);
    report(read.problems);
    return (routes = read.routes);
  };
  // Its file and the records' files name the section's version, so the search index is updated when any of them changes.
  const recordVersions = Object.entries(guide.data).filter(([key]) => key.startsWith('routes/')).map(([, entry]) => entry.version);
  const versions = guide.section(ROUTES_SECTION) ? new Map(guide.versions).set(ROUTES_SECTION, [guide.versions.get(ROUTES_SECTION), ...recordVersions].join('\n')) : guide.versions;
  return {
    ...guide,
    versions,
    body: (id) => (id === ROUTES_SECTION ? withRecords(guide.body(id), readOnce(), guide.sections) : guide.body(id)),
    routes: readOnce,
  };
}

/** The guide with its routes read now, their problems among the guide's: for validate, the build and tests. */
export function withRoutesNow(guide: Guide): GuideWithRoutes {
  const problems = [...guide.problems];
  const withThem = withRoutes({ ...guide, problems }, (found) => problems.push(...found));
  withThem.routes();
  return withThem;
}
