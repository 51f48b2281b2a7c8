import * as v from 'valibot';
import { daySchema, httpsUrlSchema, idSchema, issuePath, oneLine, textSchema } from './schema.js';
import { STAGES, type Guide, type Problem, type Section, type Stage } from './types.js';

/*
 * Today's routes into the field (programmes, fellowships, courses,
 * organisations), one YAML file each under a guide folder's routes/. Each
 * record is checked against a public source and carries the day it was
 * checked and that source. The section `routes-today` lists them under its
 * own introduction, and the assessment picks those that suit a person's stage
 * and roles.
 */

const FOCUS_AREAS = ['interpretability', 'evaluations', 'control', 'robustness', 'agent-foundations', 'governance', 'security', 'field-building'] as const;
const ROUTE_INTERESTS = ['infrastructure', 'implementation', 'ideas', 'theory', 'policy', 'security'] as const;

export const ROUTE_KINDS = ['programme', 'fellowship', 'course', 'organisation', 'government', 'job-board', 'advising', 'funder'] as const;

const RouteSchema = v.strictObject({
  id: idSchema,
  name: oneLine,
  kind: v.picklist(ROUTE_KINDS),
  what: textSchema,
  suits: v.strictObject({
    stages: v.array(v.picklist(STAGES)),
    roles: v.array(idSchema),
    focus: v.optional(v.array(v.picklist(FOCUS_AREAS))),
    interests: v.optional(v.array(v.picklist(ROUTE_INTERESTS))),
  }),
  format: v.optional(v.strictObject({ length: v.optional(oneLine), paid: v.optional(oneLine), where: v.optional(oneLine), intake: v.optional(oneLine) }), {}),
  url: httpsUrlSchema,
  checked: daySchema,
  source: textSchema,
  // Temporary (content branch): the fields of route-spec, until the advice branch's schema replaces this
  // (optional here only because the older records get their status from the advice branch).
  status: v.optional(v.strictObject({
    state: v.picklist(['open', 'recurring', 'rolling', 'ended']),
    opens: v.optional(daySchema),
    closes: v.optional(daySchema),
    months: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)))),
    ended: v.optional(daySchema),
    note: v.optional(oneLine),
  })),
  eligibility: v.optional(
    v.strictObject({
      min_age: v.optional(v.pipe(v.number(), v.integer())),
      regions: v.optional(v.array(v.picklist(['us', 'uk', 'other']))),
      citizens_of: v.optional(v.array(v.picklist(['us', 'uk', 'other']))),
      visa_sponsorship: v.optional(v.boolean()),
      note: v.optional(oneLine),
    }),
  ),
  competitive: v.optional(oneLine),
  pay: v.optional(oneLine),
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

/** The records that suit someone at this stage who could take one of these roles, best-matched first. */
export function routesFor(routes: readonly Route[], stage: Stage, roles: readonly string[]): Route[] {
  const rank = (route: Route) => Math.min(...route.suits.roles.map((role) => (roles.includes(role) ? roles.indexOf(role) : Infinity)));
  return routes
    .filter((route) => route.suits.stages.includes(stage) && Number.isFinite(rank(route)))
    .sort((a, b) => rank(a) - rank(b) || ROUTE_KINDS.indexOf(a.kind) - ROUTE_KINDS.indexOf(b.kind));
}

const STAGE_WORDS: Record<Stage, string> = {
  undergrad: 'undergraduates',
  masters: "master's students",
  industry: 'people in industry',
  'phd-student': 'PhD students',
  'phd-graduate': 'PhD graduates',
  other: 'others',
};

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
  return [
    `### ${route.name}`,
    route.what,
    [
      `- **Suits:** ${stages}; ${route.suits.roles.map(roleTitle).join(', ')}`,
      ...(format ? [`- **Format:** ${format}`] : []),
      `- **Address:** [${route.url}](${route.url})`,
      `- **Checked:** ${route.checked}, against ${route.source}`,
    ].join('\n'),
  ].join('\n\n');
}

/** The records as markdown, grouped by kind: what the section `routes-today` lists under its own introduction. */
export function routesMarkdown(routes: readonly Route[], sections: readonly Section[]): string {
  const roleTitle = (id: string) => sections.find((s) => s.id === id && s.roleBlock !== undefined)?.title ?? id;
  return GROUPS.map(({ heading, kinds }) => {
    const members = routes.filter((r) => kinds.includes(r.kind)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return members.length ? [`## ${heading}`, ...members.map((r) => routeMarkdown(r, roleTitle))].join('\n\n') : '';
  })
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
