import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess, HORIZONS, type Answers } from '../../src/assess/index.js';
import { planMarkdown } from '../../src/render/plan-markdown.js';
import { builtinGuide } from '../helpers/builtin-guide.js';
import { answersArbitrary } from './arbitraries.js';
import { loadAssessment } from './load-data.js';
import { persona, PHYSICS_PHD_GRADUATE, THEORY_PHD_STUDENT } from './personas.js';

/**
 * People the first version of the assessment advised badly, each written from
 * the source's reasoning (Gleave, "Careers in Beneficial AI Research", 2020),
 * checked for ranking and for the presence or absence of specific steps.
 */
const { data, sections } = loadAssessment();
const routes = builtinGuide().routes();
const run = (answers: Answers) => assess(data, answers, sections, routes);
const stepIds = (answers: Answers) => run(answers).nextSteps.map((step) => step.id);
const rulesOf = (answers: Answers, role: string) =>
  run(answers)
    .roles.find((r) => r.id === role)
    ?.reasons.map((reason) => reason.rule) ?? [];

/** Steps about getting into a PhD: none of them is for someone in or past one. */
const ADMISSION_STEPS = [
  'research-masters-or-internship',
  'bar-after-a-masters',
  'first-publication',
  'uk-faculty-and-proposal',
  'us-statement-of-purpose',
  'conventions-differ',
  'make-publications-prominent',
  'aim-for-top-groups',
  'apply-next-year',
  'targeted-messages',
  'beneficial-ai-internships',
];
const APPLICATION_SECTIONS = ['phd-process', 'statement-of-purpose', 'application-audience'];
const PHD_STAGES = ['phd-student', 'phd-graduate'];

describe('policy: ranked by fit, with its own steps whenever it draws the person', () => {
  // Landscape: strategy and policy matter too, and strategy work is enriched by people with a technical background.
  test('a strong engineer drawn only to policy gets policy first, and policy steps, not just engineering ones', () => {
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 2, research: 1, theory: 1 }, numerical: true, interests: ['policy'] });
    expect(run(answers).roles[0]).toMatchObject({ id: 'policy-strategy', fit: 'strong' });
    expect(stepIds(answers)).toEqual(expect.arrayContaining(['policy-path', 'policy-routes']));
  });

  test('an ML engineer drawn to implementation and to policy keeps the policy steps whatever ranks first', () => {
    const answers = persona({
      stage: 'industry',
      skills: { software: 3, ml: 4, research: 1, theory: 1 },
      numerical: true,
      research_experience: 'some',
      interests: ['implementation', 'policy'],
    });
    expect(stepIds(answers)).toEqual(expect.arrayContaining(['policy-path', 'policy-routes']));
    expect(run(answers).nextSteps.find((step) => step.id === 'policy-routes')?.routes?.length).toBeGreaterThan(0);
  });

  test('no policy steps for someone policy does not draw', () => {
    const answers = persona({ stage: 'industry', skills: { software: 3, ml: 3 }, research_experience: 'some', interests: ['implementation'] });
    expect(stepIds(answers).filter((id) => id.startsWith('policy-'))).toEqual([]);
  });
});

describe('the field of research or PhD', () => {
  // Skills: research direction and theory take long to learn, and come easier after research in a STEM field.
  const physicist = persona({ ...PHYSICS_PHD_GRADUATE, interests: ['ideas'] });
  // A PhD graduate in ML beside the physicist: the same answers but for the field and ML skill.
  const nlp = persona({ ...PHYSICS_PHD_GRADUATE, research_field: 'ml', skills: { software: 2, ml: 3, research: 3, theory: 1 }, publications: 5 });

  test('a physics PhD is a head start on research direction, not ML research: no research role is a strong fit yet', () => {
    const research = run(physicist).roles.filter((role) => role.id.endsWith('-researcher'));
    for (const role of research) expect(role.fit, role.id).not.toBe('strong');
    expect(rulesOf(physicist, 'ml-researcher')).toContain('research-outside-ml');
    expect(rulesOf(physicist, 'ml-researcher')).not.toEqual(expect.arrayContaining(['phd-underway']));
    expect(rulesOf(physicist, 'ml-researcher')).not.toContain('has-publications');
  });

  test('a physics PhD graduate is pointed to mentored fellowships, which suit a PhD in another field', () => {
    expect(stepIds(physicist)).toContain('fellowship-after-another-phd');
  });

  test('an NLP PhD graduate is an ML researcher, and is not told their PhD is in another field', () => {
    expect(run(nlp).roles[0]).toMatchObject({ id: 'deep-learning-researcher', fit: 'strong' });
    expect(stepIds(nlp)).not.toContain('fellowship-after-another-phd');
    expect(stepIds(nlp)).toContain('research-posts-after-a-phd');
  });

  test('answers without the field (an older file) are treated as ML, and the plan says it assumed so', () => {
    const { research_field: _, ...older } = nlp;
    const result = run(older);
    expect(result.assumed).toEqual([expect.objectContaining({ key: 'research_field', value: 'ml', text: expect.stringMatching(/^Assumed:/) })]);
    expect(result.roles.map((role) => role.id)).toEqual(run(nlp).roles.map((role) => role.id));
    expect(result.answers).not.toHaveProperty('research_field');
    expect(planMarkdown(result, { topRoles: 3 })).toContain(result.assumed[0]?.text);
  });

  test('nothing is assumed for someone with no research, who is not asked', () => {
    const { research_field: _, ...older } = persona({ stage: 'industry', skills: { software: 3 } });
    expect(run(older as Answers).assumed).toEqual([]);
  });
});

describe("reasons and steps fit the person's stage", () => {
  // The process and where to apply are advice for applicants; a PhD student is past applying.
  const theoryStudent = persona({
    ...THEORY_PHD_STUDENT,
    phd: 'yes',
    region: 'us',
  });

  test('a theory PhD student: theory first, and no word on getting into a PhD', () => {
    const result = run(theoryStudent);
    expect(result.roles[0]?.id).toBe('theory-researcher');
    expect(result.nextSteps.map((step) => step.id)).toEqual(expect.arrayContaining(['beneficial-ai-during-your-phd']));
    for (const section of APPLICATION_SECTIONS) expect(result.nextSteps.map((step) => step.section)).not.toContain(section);
    for (const reason of result.roles.flatMap((role) => role.reasons)) expect(reason.text).not.toMatch(/admi|PhD programs/i);
  });

  test('no one in or past a PhD gets admission steps or reasons, whatever else they answered', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...PHD_STAGES), (answers, stage) => {
        const result = run({ ...answers, stage: stage as Answers['stage'] });
        for (const step of result.nextSteps) {
          expect(ADMISSION_STEPS).not.toContain(step.id);
          expect(APPLICATION_SECTIONS).not.toContain(step.section);
        }
        for (const reason of result.roles.flatMap((role) => role.reasons)) expect(reason.text).not.toMatch(/admi/i);
      }),
      { numRuns: 150 },
    );
  });

  test("an applicant outside the US and the UK is told that conventions differ, and not given one country's", () => {
    // The process: conventions differ around the world; the UK wants a proposal, the US a statement.
    const elsewhere = persona({
      stage: 'masters',
      skills: { ml: 3, research: 2 },
      research_experience: 'some',
      interests: ['ideas'],
      phd: 'yes',
      region: 'other',
    });
    const april = assess(data, elsewhere, sections, routes, { today: '2026-04-01' }).nextSteps.map((step) => step.id);
    expect(april).toContain('conventions-differ');
    // In the season (the plan's day is in December), the same advice comes with the US and UK deadlines, which fall now.
    const december = run(elsewhere).nextSteps;
    expect(december.map((step) => step.id)).not.toContain('conventions-differ');
    expect(december).toContainEqual(
      expect.objectContaining({ horizon: 'month', text: expect.stringMatching(/research proposal.*most US deadlines fall in December/s) }),
    );
    for (const ids of [april, december.map((step) => step.id)]) {
      expect(ids).not.toContain('uk-faculty-and-proposal');
      expect(ids).not.toContain('us-statement-of-purpose');
    }
    const uk = stepIds(
      persona({ stage: 'masters', skills: { ml: 3, research: 2 }, research_experience: 'some', interests: ['ideas'], phd: 'yes', region: 'uk' }),
    );
    expect(uk).not.toContain('conventions-differ');
  });
});

describe('next steps', () => {
  test('three to seven for anyone, soonest first, each tied to a section of the guide', () => {
    const ids = new Set(sections.map((section) => section.id));
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const steps = run(answers).nextSteps;
        expect(steps.length).toBeGreaterThanOrEqual(3);
        expect(steps.length).toBeLessThanOrEqual(7);
        const order = steps.map((step) => HORIZONS.indexOf(step.horizon));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const step of steps) expect(ids).toContain(step.section);
      }),
      { numRuns: 150 },
    );
  });

  test('a researcher-to-be is offered a mentored programme open today that suits their stage', () => {
    const result = run(persona({ stage: 'masters', skills: { ml: 3, research: 3 }, research_experience: 'some', interests: ['ideas'], phd: 'no' }));
    const step = result.nextSteps.find((s) => s.id === 'mentored-programme');
    expect(step?.routes?.length).toBeGreaterThan(0);
    for (const id of step?.routes ?? []) expect(routes.find((route) => route.id === id)?.suits.stages).toContain('masters');
  });
});

describe('the plan as text', () => {
  test('at most three reasons a role, the guide pointed to once a role, no scores, and the ranking says it is by fit', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const text = planMarkdown(run(answers), { topRoles: 6 });
        const roles = text
          .split(/^### \d\. /m)
          .slice(1, 7)
          .map((role) => role.split(/^## /m)[0] ?? '');
        expect(roles).toHaveLength(6);
        for (const role of roles) {
          expect(role.match(/^- /gm)?.length ?? 0).toBeLessThanOrEqual(3);
          expect(role.match(/^More in /gm)).toHaveLength(1);
        }
        expect(text).toMatch(/Ranked by fit first/);
        expect(text).not.toMatch(/score|×/);
      }),
      { numRuns: 50 },
    );
  });
});
