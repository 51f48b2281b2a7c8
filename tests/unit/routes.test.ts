import { describe, expect, it } from 'vitest';
import { firstOfEachKind, roundOn, roundWords, routesDue, routesFor, type RoutePerson } from '../../src/guide/route-choice.js';
import { readRoutes } from '../../src/guide/routes.js';

const record = (extra: Record<string, unknown> = {}) => ({
  id: 'prog',
  name: 'A programme',
  kind: 'programme',
  what: 'Mentored research.',
  suits: { stages: ['undergrad', 'industry'], roles: ['research-engineer', 'policy-strategy'] },
  url: 'https://example.org/prog',
  status: { state: 'rolling' },
  checked: '2026-11-30',
  source: 'Its own page, read on the day',
  ...extra,
});
const guideOf = (...records: unknown[]) => ({
  data: Object.fromEntries(records.map((data, i) => [`routes/r${i}.yaml`, { file: `/g/routes/r${i}.yaml`, origin: 'test', version: `${i}`, data }])),
});

describe('route records', () => {
  it('accepts a record with an https address, a day and a source', () => {
    expect(readRoutes(guideOf(record()))).toMatchObject({ routes: [{ id: 'prog' }], problems: [] });
  });

  it.each([
    ['an address with an escape sequence in it', { url: 'https://example.org/\u001B]52;c;aGk=\u0007' }],
    ['an address that is not https', { url: 'http://example.org/' }],
    ['a check date that is not a day', { checked: 'last year' }],
    ['no source', { source: undefined }],
    ['an unknown kind', { kind: 'party' }],
    ['no status', { status: undefined }],
    ['a recurring status with an empty list of months', { status: { state: 'recurring', months: [] } }],
    ['a round that closes before it opens', { status: { state: 'open', opens: '2027-02-01', closes: '2027-01-01' } }],
    ['a rule on citizenship without a note saying who may apply', { eligibility: { not_citizens_of: ['uk'] } }],
  ])('refuses %s, naming the file, and keeps the others', (_, extra) => {
    const { routes, problems } = readRoutes(guideOf(record(extra), record({ id: 'other' })));
    expect(routes.map((r) => r.id)).toEqual(['other']);
    expect(problems).toEqual([expect.objectContaining({ file: '/g/routes/r0.yaml', severity: 'error' })]);
  });

  // Some sources give no months for their rounds: such a record is kept, and a plan sends the person to its page.
  it('accepts a recurring status without months, whose round reads as one to check on its page', () => {
    const { routes, problems } = readRoutes(guideOf(record({ status: { state: 'recurring' } })));
    expect(problems).toEqual([]);
    expect(routes.map((r) => r.id)).toEqual(['prog']);
    expect(roundWords(roundOn(routes[0]!.status, '2026-12-06'), '2026-12-06')).toBe('runs in rounds; check its page for the next');
  });

  it('offers a person the records for their stage and roles, the best-fitting role first', () => {
    const { routes } = readRoutes(
      guideOf(
        record({ id: 'policy', suits: { stages: ['industry'], roles: ['policy-strategy'] } }),
        record({ id: 'eng', suits: { stages: ['industry'], roles: ['research-engineer'] } }),
        record({ id: 'students', suits: { stages: ['undergrad'], roles: ['research-engineer'] } }),
      ),
    );
    const person = (stage: RoutePerson['stage']): RoutePerson => ({
      stage,
      region: 'uk',
      needs_visa: false,
      focus: [],
      interests: [],
      research_experience: 'none',
      phd: 'maybe',
    });
    expect(routesFor(routes, person('industry'), ['research-engineer', 'policy-strategy'], '2026-12-06').map((r) => r.id)).toEqual(['eng', 'policy']);
    expect(routesFor(routes, person('phd-graduate'), ['research-engineer'], '2026-12-06')).toEqual([]);
  });

  it('offers a record that names the research experience it suits only to people with that experience', () => {
    const { routes } = readRoutes(
      guideOf(record({ id: 'grant', kind: 'funder', suits: { stages: ['industry'], roles: ['research-engineer'], experience: ['substantial'] } })),
    );
    const engineer: RoutePerson = { stage: 'industry', region: 'uk', needs_visa: false, focus: [], interests: [], research_experience: 'none', phd: 'maybe' };
    expect(routesFor(routes, engineer, ['research-engineer'], '2026-12-06')).toEqual([]);
    expect(routesFor(routes, { ...engineer, research_experience: 'substantial' }, ['research-engineer'], '2026-12-06').map((r) => r.id)).toEqual(['grant']);
  });

  it('offers a record that names the PhD plans it suits only to people with those plans', () => {
    const { routes } = readRoutes(
      guideOf(record({ id: 'fees', kind: 'scholarship', suits: { stages: ['industry'], roles: ['research-engineer'], phd: ['yes', 'maybe'] } })),
    );
    const person: RoutePerson = { stage: 'industry', region: 'uk', needs_visa: false, focus: [], interests: [], research_experience: 'none', phd: 'no' };
    expect(routesFor(routes, person, ['research-engineer'], '2026-12-06')).toEqual([]);
    expect(routesFor(routes, { ...person, phd: 'maybe' }, ['research-engineer'], '2026-12-06').map((r) => r.id)).toEqual(['fees']);
  });

  // The built-in records for adults list no school stage, so only a record like this one can show the age rule at work.
  it('offers a record for people aged 18 or over to no school student, though it lists their stage', () => {
    const { routes } = readRoutes(
      guideOf(record({ id: 'adults', suits: { stages: ['school', 'undergrad'], roles: ['research-engineer'] }, eligibility: { min_age: 18 } })),
    );
    const pupil: RoutePerson = { stage: 'school', region: 'uk', needs_visa: false, focus: [], interests: [], research_experience: 'none', phd: 'maybe' };
    expect(routesFor(routes, pupil, ['research-engineer'], '2026-12-06')).toEqual([]);
    expect(routesFor(routes, { ...pupil, stage: 'undergrad' }, ['research-engineer'], '2026-12-06').map((r) => r.id)).toEqual(['adults']);
  });

  it('lists one record of each kind before a second of any kind, keeping their order', () => {
    const { routes } = readRoutes(
      guideOf(
        record({ id: 'fund-a', kind: 'funder' }),
        record({ id: 'fund-b', kind: 'funder' }),
        record({ id: 'fund-c', kind: 'funder' }),
        record({ id: 'lab', kind: 'organisation' }),
        record({ id: 'school', kind: 'course' }),
      ),
    );
    expect(firstOfEachKind(routes, 3).map((r) => r.id)).toEqual(['fund-a', 'lab', 'school']);
    expect(firstOfEachKind(routes, 4).map((r) => r.id)).toEqual(['fund-a', 'fund-b', 'lab', 'school']);
    expect(firstOfEachKind(routes, 10)).toEqual(routes);
  });
});

describe('records due for a re-check', () => {
  const { routes } = readRoutes(
    guideOf(
      record({ id: 'old', checked: '2026-01-10' }),
      record({ id: 'fresh', checked: '2026-11-30' }),
      record({ id: 'closed', checked: '2026-11-30', status: { state: 'open', closes: '2027-01-15' } }),
      record({ id: 'yearly', checked: '2026-11-30', status: { state: 'recurring', months: [5] } }),
      record({ id: 'over', checked: '2025-01-01', status: { state: 'ended' } }),
    ),
  );
  it('lists, oldest check first, those checked over nine months ago or whose round has opened or closed since', () => {
    expect(routesDue(routes, '2026-12-06').map(({ route, why }) => [route.id, why])).toEqual([['old', 'checked more than 9 months ago']]);
    expect(routesDue(routes, '2027-05-02').map(({ route, why }) => [route.id, why])).toEqual([
      ['old', 'checked more than 9 months ago'],
      ['closed', 'its round closed on 2027-01-15'],
      ['yearly', expect.stringContaining('May 2027 has come')],
    ]);
  });
});
