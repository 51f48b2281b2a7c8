import * as v from 'valibot';
import { daySchema, httpsUrlSchema, idSchema, issuePath, oneLine, textSchema } from './schema.js';
import { routeStatusSchema, eligibilitySchema, statusLine, eligibilityLine } from './route-status.js';
import { FOCUS_AREAS, INTERESTS, STAGES, type Guide, type Problem, type Section, type Stage } from './types.js';

/*
 * Today's routes into the field (programmes, fellowships, courses,
 * organisations), one YAML file each under a guide folder's routes/. Each
 * record is checked against a public source and carries the day it was
 * checked and that source. The section `routes-today` lists them under its
 * own introduction, and the assessment picks those that suit a person's stage
 * and roles.
 */

export const ROUTE_KINDS = ['programme', 'fellowship', 'course', 'organisation', 'government', 'job-board', 'advising', 'funder'] as const;

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

/**
 * The section `routes-today` with the records listed in its body, before
 * its "See also": its title, introduction and links are a guide file like
 * any other; the list is made from the records when the body is first read.
 */
function withRecords(section: Section, routes: () => readonly Route[], sections: readonly Section[]): Section {
  let body: string | undefined;
  const list = () => {
    const records = routesMarkdown(routes(), sections);
    const at = section.body.search(/^## See also/m);
    return at < 0 ? `${section.body}\n\n${records}` : `${section.body.slice(0, at)}${records}\n\n${section.body.slice(at)}`;
  };
  // Copied by descriptor, not spread: a spread would read the section's own body from its file now.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(section)) as Section;
  return Object.defineProperty(copy, 'body', { enumerable: true, get: () => (body ??= list()) });
}

/** A guide with its route records, listed in the section `routes-today`. */
export type GuideWithRoutes = Guide & { readonly routes: Route[] };

/**
 * The guide with its route records listed in the section `routes-today`
 * (where a folder has that section). The records are read, and their
 * problems handed to `report`, only when something needs them (reading
 * that section, searching it, the assessment), as the assessment's data
 * files are: listing the sections or reading another does not pay for them.
 */
export function withRoutes(guide: Guide, report: (problems: Problem[]) => void): GuideWithRoutes {
  let routes: Route[] | undefined;
  const routesNow = () => {
    if (routes) return routes;
    const read = readRoutes(guide);
    report(read.problems);
    return (routes = read.routes);
  };
  // The records are read when the section's body is, not when the sections are listed.
  let made: { sections: Section[]; section: Section | undefined; versions: ReadonlyMap<string, string> } | undefined;
  const make = () => {
    if (made) return made;
    const own = guide.section(ROUTES_SECTION);
    if (!own) return (made = { sections: guide.sections, section: undefined, versions: guide.versions });
    const section = withRecords(own, routesNow, guide.sections);
    const sections = guide.sections.map((s) => (s === own ? section : s));
    // Its file and the records' files name its version, so the search index is updated when any of them changes.
    const version = [guide.versions.get(ROUTES_SECTION), ...Object.entries(guide.data).filter(([key]) => key.startsWith('routes/')).map(([, entry]) => entry.version)].join('\n');
    return (made = { sections, section, versions: new Map(guide.versions).set(ROUTES_SECTION, version) });
  };
  return {
    get sections() {
      return make().sections;
    },
    section: (id) => (id === ROUTES_SECTION ? make().section : guide.section(id)),
    problems: guide.problems,
    data: guide.data,
    get versions() {
      return make().versions;
    },
    get routes() {
      return routesNow();
    },
  };
}

/** The guide with its routes read now, their problems among the guide's: for validate, the build and tests. */
export function withRoutesNow(guide: Guide): GuideWithRoutes {
  const problems = [...guide.problems];
  const withThem = withRoutes(guide, (found) => problems.push(...found));
  const { sections, versions, routes } = withThem;
  return { sections, section: withThem.section, problems, data: guide.data, versions, routes };
}
