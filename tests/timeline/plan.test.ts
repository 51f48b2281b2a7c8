import { describe, expect, it } from 'vitest';
import { plans, problems, timelineFor } from './load-plans.js';

const steps = (t: ReturnType<typeof timelineFor>) => t.steps.map((s) => [s.when, s.id]);
const late = (t: ReturnType<typeof timelineFor>) => t.steps.filter((s) => s.late).map((s) => s.id);

describe('the built-in timeline plans', () => {
  it('load with no problems and cover every target in every region', () => {
    expect(problems).toEqual([]);
    for (const target of ['phd', 'fellowship', 'residency'] as const)
      for (const region of ['us', 'uk', 'other'] as const)
        expect(
          plans.some((p) => p.targets.includes(target) && p.regions.includes(region)),
          `${target}/${region}`,
        ).toBe(true);
  });

  it('name a checked https source for every date and every lead time', () => {
    for (const plan of plans) {
      for (const [name, anchor] of Object.entries(plan.anchors))
        if (anchor.month !== undefined) expect(anchor.sources?.length, `${plan.id} ${name}`).toBeGreaterThan(0);
      for (const item of plan.items) if (item.months) expect(item.sources?.length, `${plan.id} ${item.id}`).toBeGreaterThan(0);
      for (const source of [...Object.values(plan.anchors), ...plan.items].flatMap((x) => x.sources ?? [])) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(['2026-11-30', '2026-12-06']).toContain(source.checked);
      }
    }
  });
});

describe('a US PhD for the 2027 intake', () => {
  it('planned early, runs from research now through the autumn, December deadlines and April replies to an August start', () => {
    const t = timelineFor('phd', 'us', 2027, '2026-03-01');
    expect(steps(t)).toEqual([
      ['2026-03-01', 'research'],
      ['2026-09', 'choose-programmes'],
      ['2026-09', 'draft-statement'],
      ['2026-09', 'academic-cv'],
      ['2026-09', 'feedback'],
      ['2026-10', 'hertz'],
      ['2026-10', 'ask-letters'],
      ['2026-10-09', 'knight-hennessy'],
      ['2026-11-10', 'grfp'],
      ['2026-12', 'submit'],
      ['2027-02', 'decisions'],
      ['2027-04-15', 'reply'],
      ['2027-08', 'start'],
    ]);
    expect(t.status).toBe('ok');
    expect(late(t)).toEqual([]);
    expect(t.deadline).toBe('2026-12');
    expect(t.steps.find((s) => s.id === 'draft-statement')?.section).toBe('statement-of-purpose');
    expect(t.sources.map((s) => s.url)).toContain('https://eecs.berkeley.edu/academics/graduate/research-programs/admissions/');
  });

  it('started in late November, says first that it is too close, and marks the autumn steps and the letters late with what to do instead', () => {
    const t = timelineFor('phd', 'us', 2027, '2026-11-20');
    expect(t.status).toBe('too-close');
    expect(t.warning).toMatch(/fewer programmes|following intake/);
    expect(late(t)).toEqual(['choose-programmes', 'draft-statement', 'academic-cv', 'feedback', 'hertz', 'ask-letters', 'knight-hennessy', 'grfp']);
    expect(t.steps.find((s) => s.id === 'grfp')?.instead).toMatch(/first year of graduate school/);
    expect(t.steps.find((s) => s.id === 'ask-letters')?.instead).toMatch(/fewer programmes/);
    expect(t.steps.find((s) => s.id === 'submit')?.late).toBe(false);
    // Late steps keep their own dates, before today's.
    expect(t.steps.map((s) => s.id).indexOf('research')).toBe(8);
  });

  it('started after the December deadlines, says they have passed and suggests the following intake', () => {
    const t = timelineFor('phd', 'us', 2027, '2027-01-10');
    expect(t.status).toBe('passed');
    expect(t.warning).toMatch(/following intake/);
    expect(t.steps.find((s) => s.id === 'submit')).toMatchObject({ late: true, instead: expect.stringMatching(/following intake/) });
    expect(t.steps.find((s) => s.id === 'reply')?.late).toBe(false);
  });

  it('counts a step due in a month as late only once that month is over', () => {
    expect(timelineFor('phd', 'us', 2027, '2026-10-31').steps.find((s) => s.id === 'ask-letters')?.late).toBe(false);
    expect(timelineFor('phd', 'us', 2027, '2026-11-01').steps.find((s) => s.id === 'ask-letters')?.late).toBe(true);
  });
});

describe('a UK PhD for the 2027 intake', () => {
  it('contacts supervisors and drafts a proposal with them before the winter funding deadlines, and starts in October', () => {
    const t = timelineFor('phd', 'uk', 2027, '2026-03-01');
    expect(steps(t)).toEqual([
      ['2026-03-01', 'research'],
      ['2026-09', 'choose-supervisors'],
      ['2026-09', 'contact-supervisors'],
      ['2026-09', 'draft-proposal'],
      ['2026-09', 'academic-cv'],
      ['2026-09', 'feedback'],
      ['2026-10', 'ask-references'],
      ['2026-10-16', 'gates-us'],
      ['2026-12', 'submit'],
      ['2026-12', 'gates-other'],
      ['2027-02', 'decisions'],
      ['2027-10', 'start'],
    ]);
    expect(t.steps.find((s) => s.id === 'draft-proposal')?.section).toBe('phd-process');
    expect(t.status).toBe('ok');
  });

  it('reports an intake that has already begun', () => {
    expect(timelineFor('phd', 'uk', 2027, '2027-10-01').status).toBe('started');
    expect(timelineFor('phd', 'uk', 2027, '2027-09-30').status).toBe('passed');
  });
});

describe('a residency for the 2027 intake', () => {
  it('points to the research fellowships that now do the job, with the current rounds from their route records', () => {
    const t = timelineFor('residency', 'us', 2027, '2026-11-30');
    expect(steps(t)).toEqual([
      ['2026-11-30', 'skills'],
      ['2026-11-30', 'choose-programmes'],
      ['2026-11-30', 'residency-or-phd'],
      ['2027-05', 'apply'],
      ['2027-09', 'start'],
    ]);
    expect(t.note).toMatch(/routes-today/);
    const routes = t.steps.find((s) => s.id === 'choose-programmes')?.routes ?? [];
    expect(routes.map((r) => r.id)).toContain('mats');
    expect(routes.every((r) => r.url.startsWith('https://') && /^\d{4}-\d{2}-\d{2}$/.test(r.checked))).toBe(true);
    expect(late(t)).toEqual([]);
  });

  it('planned after the spring rounds, says so and suggests a later round', () => {
    const t = timelineFor('fellowship', 'uk', 2027, '2027-06-15');
    expect(t.status).toBe('passed');
    expect(t.steps.find((s) => s.id === 'apply')).toMatchObject({ late: true, instead: expect.stringMatching(/still open|later cohort/) });
  });
});

describe('a PhD outside the US and the UK', () => {
  it('gives the order and the lead times with no invented dates, and says to check local dates', () => {
    const t = timelineFor('phd', 'other', 2027, '2026-03-01');
    expect(t.deadline).toBeUndefined();
    expect(t.note).toMatch(/look up the dates/);
    expect(t.steps.filter((s) => s.date).map((s) => s.id)).toEqual(['check-dates', 'research']);
    expect(t.steps.map((s) => s.when)).toEqual([
      '2026-03-01',
      '2026-03-01',
      'well before your deadline',
      'well before your deadline',
      'well before your deadline',
      'well before your deadline',
      '2 months before your deadline',
      'your deadline',
      'your intake',
    ]);
    expect(t.status).toBe('ok');
  });
});
