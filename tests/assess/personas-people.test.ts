import { describe, expect, test } from 'vitest';
import type { FullAnswers } from '../../src/assess/answers.js';
import { assess, type Assessment } from '../../src/assess/index.js';
import { planJson, planNote } from '../../src/render/plan.js';
import { readTimelines } from '../../src/timeline/read-timelines.js';
import { builtinGuide } from '../helpers/builtin-guide.js';
import { loadAssessment } from './load-data.js';
import { DL_PHD_STUDENT, persona, PHYSICS_PHD_GRADUATE, THEORY_PHD_STUDENT } from './personas.js';

/*
 * Issue 26's people: every stage (school included), region, focus and visa
 * answer, each assessed as of 2026-12-06 (a few on other days), with what an
 * adviser reading the guide would insist the plan says and must not say.
 * Checked on the JSON and on the markdown note a person would keep.
 */
const { data, sections } = loadAssessment();
const guide = builtinGuide();
const { plans: timelines } = readTimelines(guide, { sections: guide.sections, routes: guide.routes() });
const TODAY = '2026-12-06';

interface Person {
  name: string;
  answers: FullAnswers;
  today?: string;
  /** Step ids the plan must have, and must not. */
  steps?: string[];
  noSteps?: string[];
  /** Route ids named anywhere in the plan (the routes list or a step), and never. */
  routes?: string[];
  noRoutes?: string[];
  /** What the markdown note must say, and must not; `neverInSteps` only under its "Next steps". */
  says?: RegExp[];
  never?: RegExp[];
  neverInSteps?: RegExp[];
  /** Anything else an adviser would check on the result. */
  check?: (result: Assessment) => void;
}

/** Application writing and unconfirmed residencies: wrong for anyone not applying now. */
const SOP_NOW = /write a statement of purpose/;
const RESIDENCY = /residenc/i;
const FIT_OF_ANY_KIND = /: (strong fit|possible fit)$/m;
/** The "Next steps" part of a markdown plan. */
const stepsPart = (markdown: string) => markdown.split('## Next steps')[1]?.split(/^## /m)[0] ?? '';
const named = (result: Assessment) => [...result.routes.map((r) => r.id), ...result.nextSteps.flatMap((s) => s.routes ?? [])];

const people: Person[] = [
  {
    // A school student can explore, not be judged: no role is a fit yet, MATS takes people of 18 or over,
    // and the first steps are foundations (skills: programming and the maths of ML).
    name: 'a school student in the UK drawn to interpretability',
    answers: persona({ stage: 'school', region: 'uk', skills: { software: 1, theory: 1 }, interests: ['ideas'], focus: ['interpretability'] }),
    steps: ['school-foundations', 'school-first-project'],
    noRoutes: ['mats', 'uk-aisi', 'spar'],
    says: [/a direction to explore/, /linear algebra, probability and calculus/],
    never: [FIT_OF_ANY_KIND, SOP_NOW, /MATS/],
    neverInSteps: [RESIDENCY],
    check: (result) => expect(result.roles.every((role) => role.fit === 'stretch')).toBe(true),
  },
  {
    // The review's case: a school student was rated a strong fit for policy. Their interest in policy and
    // governance focus shape the reading, not a verdict; no government body hires them.
    name: 'a school student in the US drawn to policy',
    answers: persona({ stage: 'school', region: 'us', interests: ['policy'], focus: ['governance'] }),
    steps: ['school-read-the-field', 'school-choose-a-degree'],
    noRoutes: ['us-caisi', 'mats'],
    never: [FIT_OF_ANY_KIND],
    check: (result) => expect(result.sections.map((s) => s.id)).toContain('policy-strategy'),
  },
  {
    name: 'a school student outside the US and UK who would need a visa',
    answers: persona({ stage: 'school', region: 'other', needs_visa: true, skills: { software: 2 }, interests: ['implementation'] }),
    steps: ['school-foundations'],
    noSteps: ['visa-terms', 'from-elsewhere'],
    never: [FIT_OF_ANY_KIND, /MATS/],
  },
  {
    // Research experience: a first-year at a top university should reach PhD students and postdocs; the
    // statement of purpose is three years away, so it is not due this month or this quarter.
    name: 'a first-year at a top US university who wants a PhD',
    answers: persona({
      stage: 'undergrad',
      undergrad_year: 1,
      top_institution: true,
      region: 'us',
      skills: { software: 2, ml: 1, theory: 1 },
      interests: ['ideas'],
      phd: 'yes',
    }),
    steps: ['reach-out-at-your-university', 'summers-for-research'],
    noSteps: ['us-statement-of-purpose', 'us-statement-this-cycle', 'first-publication', 'date-phd-us-submit'],
    never: [SOP_NOW, /if you are applying this cycle/, RESIDENCY],
  },
  {
    // UROP is open to students registered at a UK university, so a UK undergraduate hears of it.
    name: 'a second-year at a UK university, not research-intensive, who might do a PhD',
    answers: persona({ stage: 'undergrad', undergrad_year: 2, region: 'uk', skills: { software: 2, ml: 1 }, interests: ['implementation'], phd: 'maybe' }),
    steps: ['undergraduate-programs-uk', 'summer-for-research-second-year'],
    noSteps: ['uk-faculty-and-proposal', 'uk-supervisor-this-cycle', 'date-phd-uk-submit'],
    says: [/UROP/],
    never: [/if you are applying this cycle/, SOP_NOW],
  },
  {
    // The review's case: UROP was offered to a student at a US university, which it cannot register.
    name: 'a first-year at a US university, not research-intensive',
    answers: persona({
      stage: 'undergrad',
      undergrad_year: 1,
      region: 'us',
      skills: { software: 1, ml: 1 },
      interests: ['implementation', 'ideas'],
      phd: 'maybe',
    }),
    steps: ['undergraduate-programs'],
    never: [/UROP/, SOP_NOW],
  },
  {
    // A third-year applies next autumn: research now, the statement then.
    name: 'a third-year in the US who will apply next year',
    answers: persona({
      stage: 'undergrad',
      undergrad_year: 3,
      top_institution: true,
      region: 'us',
      skills: { software: 2, ml: 2, research: 1 },
      research_experience: 'some',
      interests: ['ideas'],
      phd: 'yes',
    }),
    steps: ['apply-next-year'],
    noSteps: ['us-statement-of-purpose', 'us-statement-this-cycle', 'date-phd-us-submit'],
    never: [SOP_NOW, /if you are applying this cycle/],
  },
  {
    // A final-year applying this cycle, on 6 December: the US deadlines fall this month, with the date.
    name: 'a final-year in the US applying for a PhD this cycle',
    answers: persona({
      stage: 'undergrad',
      undergrad_year: 4,
      top_institution: true,
      region: 'us',
      skills: { software: 2, ml: 2, research: 2 },
      research_experience: 'some',
      interests: ['ideas'],
      phd: 'yes',
    }),
    steps: ['date-phd-us-submit', 'us-statement-this-cycle'],
    noSteps: ['us-statement-of-purpose', 'first-publication'],
    says: [/### This month\n\n1\. December 2026, if you are applying this cycle: Submit each application/, /10 December 2025/],
    check: (result) => expect(result.nextSteps.find((s) => s.id === 'date-phd-us-submit')).toMatchObject({ horizon: 'month', date: '2026-12' }),
  },
  {
    name: 'a final-year in the UK applying this cycle',
    answers: persona({
      stage: 'undergrad',
      undergrad_year: 4,
      region: 'uk',
      skills: { software: 2, ml: 2, research: 2 },
      research_experience: 'some',
      interests: ['ideas'],
      phd: 'yes',
    }),
    steps: ['date-phd-uk-submit', 'uk-supervisor-this-cycle', 'undergraduate-programs-uk'],
    noSteps: ['us-statement-of-purpose', 'us-statement-this-cycle'],
    says: [/funding deadline/],
  },
  {
    // The review's case: US CAISI was offered to a UK-based economist. Region decides the public bodies.
    name: 'a UK-based economist drawn to policy',
    answers: persona({
      stage: 'other',
      region: 'uk',
      skills: { software: 1, research: 2, theory: 2 },
      research_experience: 'substantial',
      research_field: 'science',
      publications: 2,
      interests: ['policy'],
      focus: ['governance'],
    }),
    steps: ['policy-path', 'policy-routes'],
    routes: ['uk-aisi'],
    noRoutes: ['us-caisi'],
    never: [/CAISI/],
  },
  {
    name: "a master's student in the UK on a student visa, drawn to governance",
    answers: persona({
      stage: 'masters',
      region: 'uk',
      needs_visa: true,
      skills: { software: 2, ml: 2, research: 1 },
      research_experience: 'some',
      interests: ['policy'],
      focus: ['governance'],
    }),
    steps: ['policy-routes', 'visa-terms'],
    noRoutes: ['us-caisi'],
    says: [/visa terms/],
  },
  {
    // Security careers: securing weights and compute is security engineering; public bodies test models.
    name: 'a US security engineer who is a citizen, focused on security and evaluations',
    answers: persona({
      stage: 'industry',
      region: 'us',
      skills: { software: 4, ml: 1 },
      numerical: true,
      interests: ['security'],
      focus: ['security', 'evaluations'],
    }),
    steps: ['security-path', 'government-evaluations'],
    routes: ['us-caisi'],
    noRoutes: ['uk-aisi'],
    says: [/model weights/],
  },
  {
    // CAISI's posts need a clearance only US citizens can hold: someone who needs a visa is not sent there.
    name: 'an engineer in the US on a work visa, focused on evaluations',
    answers: persona({
      stage: 'industry',
      region: 'us',
      needs_visa: true,
      skills: { software: 3, ml: 3 },
      numerical: true,
      research_experience: 'some',
      interests: ['implementation'],
      focus: ['evaluations'],
    }),
    steps: ['visa-terms'],
    noRoutes: ['us-caisi'],
    says: [/US CAISI's posts are for US citizens only/],
  },
  {
    name: 'an ML engineer in India who would need a visa for the US or UK',
    answers: persona({
      stage: 'industry',
      region: 'other',
      needs_visa: true,
      skills: { software: 3, ml: 3 },
      numerical: true,
      research_experience: 'some',
      interests: ['implementation'],
      focus: ['robustness'],
    }),
    steps: ['from-elsewhere', 'visa-terms'],
    noRoutes: ['us-caisi', 'uk-aisi'],
    says: [/runs online/],
    neverInSteps: [RESIDENCY],
  },
  {
    // Skills: a strong software engineer can learn ML implementation; research engineering is built with
    // reproduced papers. The residencies the source named could not be confirmed as running.
    name: 'a senior US software engineer with no ML who wants to implement research',
    answers: persona({ stage: 'industry', region: 'us', skills: { software: 4, ml: 0, theory: 1 }, interests: ['implementation'], focus: ['control'] }),
    steps: ['reproduce-papers', 'mentored-programme'],
    never: [/No single step you could take/],
    neverInSteps: [RESIDENCY],
    check: (result) => expect(result.roles[0]?.id).toBe('research-engineer'),
  },
  {
    // The review's case: "what would change this" was empty while every research role was a stretch for
    // want of research experience, a thing the person can change.
    name: 'a US ML engineer with no research who is drawn to research',
    answers: persona({
      stage: 'industry',
      region: 'us',
      skills: { software: 3, ml: 4, research: 2, theory: 2 },
      numerical: true,
      interests: ['ideas', 'implementation'],
      phd: 'maybe',
    }),
    says: [/## What would change this\n\n- If your research experience were "Some"/],
    never: [/No single step you could take/],
  },
  {
    name: 'a US PhD student turning to interpretability',
    answers: persona({
      ...DL_PHD_STUDENT,
      region: 'us',
      focus: ['interpretability'],
    }),
    steps: ['beneficial-ai-during-your-phd'],
    noSteps: ['us-statement-of-purpose', 'us-statement-this-cycle', 'aim-for-top-groups'],
    routes: ['mats'],
    never: [/Where should I apply/, SOP_NOW],
  },
  {
    name: 'a UK PhD student in agent foundations',
    answers: persona({
      ...THEORY_PHD_STUDENT,
      region: 'uk',
      focus: ['agent-foundations'],
    }),
    noSteps: ['uk-faculty-and-proposal', 'uk-supervisor-this-cycle'],
    never: [/Where should I apply/, /research proposal of two/, /proposal of two to three pages/],
    check: (result) => expect(result.roles[0]?.id).toBe('theory-researcher'),
  },
  {
    // Where to apply (2020): residencies suit a PhD in another field; today mentored fellowships do that job.
    name: 'a physics PhD graduate in Germany who would need a visa',
    answers: persona({
      ...PHYSICS_PHD_GRADUATE,
      region: 'other',
      needs_visa: true,
      interests: ['ideas'],
      focus: ['evaluations'],
    }),
    steps: ['fellowship-after-another-phd', 'visa-terms'],
    never: [/Where should I apply/],
    neverInSteps: [RESIDENCY],
    check: (result) => expect(result.sections.map((s) => s.id)).not.toContain('where-to-apply'),
  },
  {
    name: 'an ML PhD graduate in the US focused on control',
    answers: persona({
      stage: 'phd-graduate',
      region: 'us',
      skills: { software: 3, ml: 4, research: 4, theory: 2 },
      research_experience: 'substantial',
      publications: 6,
      interests: ['ideas', 'implementation'],
      focus: ['control'],
    }),
    steps: ['research-posts-after-a-phd'],
    never: [/Where should I apply/, /if you are applying this cycle/],
    check: (result) => expect(result.sections.length).toBeLessThanOrEqual(5),
  },
  {
    name: 'a career changer in the UK who wants to build the field',
    answers: persona({ stage: 'other', region: 'uk', skills: { software: 1 }, interests: ['policy'], focus: ['field-building'] }),
    steps: ['policy-path'],
    routes: ['bluedot-impact'],
  },
  {
    name: 'someone in the US who has not yet named an interest or a focus',
    answers: persona({ stage: 'other', region: 'us' }),
    check: (result) => expect(result.nextSteps.length).toBeGreaterThanOrEqual(3),
    neverInSteps: [RESIDENCY],
  },
  {
    // On 1 October, the letters are due this month (two months before the December deadlines).
    name: "a US master's student with a paper, applying this cycle, on 1 October",
    today: '2026-10-01',
    answers: persona({
      stage: 'masters',
      region: 'us',
      skills: { software: 2, ml: 3, research: 3 },
      research_experience: 'some',
      publications: 1,
      interests: ['ideas'],
      phd: 'yes',
    }),
    steps: ['date-phd-us-ask-letters', 'date-phd-us-submit'],
    check: (result) => {
      expect(result.nextSteps.find((s) => s.id === 'date-phd-us-ask-letters')?.horizon).toBe('month');
      expect(result.nextSteps.find((s) => s.id === 'date-phd-us-submit')?.horizon).toBe('quarter');
    },
  },
  {
    // In April this cycle's deadlines have gone; the next are eight months off: nothing dated for them.
    name: 'a US engineer open to a PhD, in April',
    today: '2027-04-20',
    answers: persona({
      stage: 'industry',
      region: 'us',
      skills: { software: 3, ml: 2, research: 1 },
      research_experience: 'some',
      interests: ['implementation'],
      phd: 'yes',
    }),
    noSteps: ['date-phd-us-submit', 'date-phd-us-ask-letters'],
    never: [/if you are applying this cycle/],
  },
  {
    // MATS takes applicants in rounds; in December the last known round has closed, and the plan says
    // when the next usually opens rather than offering it as open.
    name: 'a US undergraduate of 20 drawn to evaluations, in December',
    answers: persona({
      stage: 'undergrad',
      undergrad_year: 3,
      region: 'us',
      skills: { software: 3, ml: 3, research: 1 },
      numerical: true,
      research_experience: 'some',
      interests: ['implementation'],
      focus: ['evaluations'],
    }),
    routes: ['mats'],
    check: (result) => expect(result.routes.find((r) => r.id === 'mats')?.round).toMatch(/next round usually opens in May 2027/),
  },
  {
    // A plan made long after the records were checked says so in one line.
    name: 'anyone, planning in October 2027 with records checked in late 2026',
    today: '2027-10-01',
    answers: persona({
      stage: 'masters',
      region: 'uk',
      skills: { software: 2, ml: 3, research: 2 },
      research_experience: 'some',
      interests: ['implementation'],
    }),
    says: [/checked more than nine months before 2027-10-01/],
    check: (result) => expect(result.stale.length).toBeGreaterThan(0),
  },
];

describe("issue 26's people, as an adviser would read their plans", () => {
  test('cover every stage, region, focus and visa answer', () => {
    const seen = (key: keyof FullAnswers) => new Set(people.flatMap((p) => [p.answers[key]].flat().map(String)));
    expect(people.length).toBeGreaterThanOrEqual(24);
    expect([...seen('stage')].sort()).toEqual(['industry', 'masters', 'other', 'phd-graduate', 'phd-student', 'school', 'undergrad']);
    expect([...seen('region')].sort()).toEqual(['other', 'uk', 'us']);
    expect([...seen('needs_visa')].sort()).toEqual(['false', 'true']);
    expect([...seen('focus')].sort()).toEqual([
      'agent-foundations',
      'control',
      'evaluations',
      'field-building',
      'governance',
      'interpretability',
      'robustness',
      'security',
    ]);
  });

  test.each(people)(
    '$name',
    ({ answers, today = TODAY, steps = [], noSteps = [], routes = [], noRoutes = [], says = [], never = [], neverInSteps = [], check }) => {
      const result = assess(data, answers, sections, guide.routes(), { today, timelines });
      const json = JSON.parse(JSON.stringify(planJson(result))) as Assessment;
      const markdown = planNote(result, today);
      const ids = json.nextSteps.map((step) => step.id);
      for (const id of steps) expect(ids, `step ${id}`).toContain(id);
      for (const id of noSteps) expect(ids, `step ${id}`).not.toContain(id);
      for (const id of routes) expect(named(json), `route ${id}`).toContain(id);
      for (const id of noRoutes) expect(named(json), `route ${id}`).not.toContain(id);
      for (const pattern of says) expect(markdown).toMatch(pattern);
      for (const pattern of never) expect(markdown).not.toMatch(pattern);
      for (const pattern of neverInSteps) expect(stepsPart(markdown)).not.toMatch(pattern);
      // No step, for anyone, sends them to a residency: none could be confirmed as running.
      expect(stepsPart(markdown)).not.toMatch(RESIDENCY);
      // Every plan: three to seven steps, at most five sections to read, each with why.
      expect(json.nextSteps.length).toBeGreaterThanOrEqual(3);
      expect(json.nextSteps.length).toBeLessThanOrEqual(7);
      expect(json.sections.length).toBeLessThanOrEqual(5);
      for (const section of json.sections) expect(section.why).toBeTruthy();
      check?.(json);
    },
  );
});
