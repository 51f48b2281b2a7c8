import { expect, test } from 'vitest';
import { nextSteps } from '../../src/assess/next-steps.js';
import type { Route } from '../../src/guide/routes.js';
import { loadAssessment } from './load-data.js';
import { persona } from './personas.js';

const { data } = loadAssessment();
/** The steps for a persona and top role, with when each is due, on a day in `month` (March unless given). */
const stepsDue =
  (...args: Parameters<typeof persona>) =>
  (topRole: Parameters<typeof nextSteps>[3], month = 3) =>
    nextSteps(data.nextSteps, data.stepLimits, persona(...args), topRole, () => [], [], month).map(({ section, text, horizon }) => ({
      section,
      text,
      horizon,
    }));
const steps =
  (...args: Parameters<typeof persona>) =>
  (topRole: Parameters<typeof nextSteps>[3], month?: number) =>
    stepsDue(...args)(topRole, month).map(({ section, text }) => ({ section, text }));
const texts = (result: readonly { text: string }[]) => result.map((step) => step.text).join('\n');

test('an undergraduate at a top research university: reach PhD students and postdocs, and get a professor on board', () => {
  const result = steps({ stage: 'undergrad', top_institution: true, phd: 'yes' })('deep-learning-researcher');
  expect(result).toContainEqual({
    section: 'research-experience',
    text: expect.stringMatching(/PhD students and postdocs.*professor take you on officially/s),
  });
  expect(result.map((step) => step.text).join()).not.toMatch(/CMU RISS/);
});

test('an undergraduate elsewhere: research programs for undergraduates instead', () => {
  const result = steps({ stage: 'undergrad', top_institution: false })('research-engineer');
  expect(result).toContainEqual({ section: 'research-experience', text: expect.stringMatching(/CMU RISS/) });
  expect(result.map((step) => step.text).join()).not.toMatch(/PhD students and postdocs/);
});

test('applying in the UK: contact faculty first and write a proposal', () => {
  const result = steps({ stage: 'masters', phd: 'maybe', region: 'uk' })('ml-researcher');
  expect(result).toContainEqual({ section: 'phd-process', text: expect.stringMatching(/supervisor before applying.*research proposal/s) });
  expect(result.map((step) => step.section)).not.toContain('statement-of-purpose');
});

test('applying in the UK this cycle: write to supervisors this month, before the winter deadlines', () => {
  const finalYear = stepsDue({ stage: 'undergrad', undergrad_year: 4, phd: 'yes', region: 'uk' });
  for (const month of [10, 12, 1]) {
    const due = finalYear('deep-learning-researcher', month);
    expect(due).toContainEqual({
      section: 'phd-process',
      text: expect.stringMatching(/^If you apply this cycle, write to possible supervisors now/),
      horizon: 'month',
    });
    expect(texts(due)).not.toMatch(/which open in September/);
  }
  const march = finalYear('deep-learning-researcher', 3);
  expect(march).toContainEqual({
    section: 'phd-process',
    text: expect.stringMatching(/which open in September, contact a possible supervisor/),
    horizon: 'quarter',
  });
  expect(texts(march)).not.toMatch(/this cycle, write to possible supervisors/);
});

test('applying in the US: a statement of purpose, not a proposal', () => {
  const result = steps({ stage: 'industry', phd: 'yes', region: 'us' })('deep-learning-researcher');
  expect(result.map((step) => step.section)).toContain('statement-of-purpose');
  expect(texts(result)).not.toMatch(/supervisor before applying/);
});

test('in the application season, what is due before the deadlines comes this month', () => {
  const finalYear = stepsDue({ stage: 'undergrad', undergrad_year: 4, phd: 'yes', region: 'us', publications: 0, research_experience: 'some' });
  const december = finalYear('deep-learning-researcher', 12);
  expect(december).toContainEqual({ section: 'statement-of-purpose', text: expect.stringMatching(/^If you apply this cycle, finish/), horizon: 'month' });
  expect(december).toContainEqual({ section: 'phd-process', text: expect.stringMatching(/unlikely this cycle.*apply again/s), horizon: 'month' });
  // With no research at all, "make the research you have done hard to miss" would be empty advice: plan a year of research instead.
  const noResearch = stepsDue({ stage: 'undergrad', undergrad_year: 4, phd: 'yes', region: 'us', publications: 0, research_experience: 'none' })(
    'deep-learning-researcher',
    12,
  );
  expect(noResearch).toContainEqual({
    section: 'research-experience',
    text: expect.stringMatching(/^Without research experience.*year of research first/s),
    horizon: 'month',
  });
  expect(texts(noResearch)).not.toMatch(/research you have done/);
  // Not "aim for a publication before applying" when the applications are due this month.
  expect(texts(december)).not.toMatch(/before applying|Before US applications open/);

  const march = finalYear('deep-learning-researcher', 3);
  expect(march).toContainEqual({
    section: 'statement-of-purpose',
    text: expect.stringMatching(/^Before US applications open in September, draft/),
    horizon: 'quarter',
  });
  expect(texts(march)).toMatch(/at least one publication before applying/);
  expect(texts(march)).not.toMatch(/this cycle/);
});

test('a third-year is told to aim for a paper before applying next year, whatever the month', () => {
  for (const month of [3, 12]) {
    const result = steps({ stage: 'undergrad', undergrad_year: 3, phd: 'yes', region: 'us', publications: 0 })('deep-learning-researcher', month);
    expect(texts(result)).toMatch(/at least one publication before applying/);
    expect(texts(result)).not.toMatch(/this cycle/);
  }
});

test('a focus on interpretability or evaluations gets hands-on practice in that area', () => {
  const result = steps({ stage: 'industry', focus: ['interpretability'] })('research-engineer');
  expect(result).toContainEqual(expect.objectContaining({ section: 'upskilling', text: expect.stringMatching(/ARENA's exercises/) }));
  const governance = steps({ stage: 'industry', focus: ['governance'] })('policy-strategy');
  expect(texts(governance)).not.toMatch(/ARENA's exercises/);
});

test("no research experience before a PhD: a research master's or an internship first", () => {
  const result = steps({ stage: 'industry', research_experience: 'none', phd: 'yes' })('deep-learning-researcher');
  expect(result).toContainEqual({ section: 'research-experience', text: expect.stringMatching(/master's focused on research.*internship/s) });
});

test('an engineer heading for research engineering: a portfolio of reproduced papers, and no unconfirmed residency', () => {
  const result = steps({ stage: 'industry', skills: { software: 4, ml: 2 } })('research-engineer');
  expect(result).toContainEqual({ section: 'research-engineering', text: expect.stringMatching(/reproducing a few ML papers/) });
  expect(result.map((step) => step.text).join()).not.toMatch(/residenc/i);
});

test('an infrastructure engineer is asked to weigh what the lab is speeding up', () => {
  const result = steps({ stage: 'industry', skills: { software: 4 } })('infrastructure-engineer');
  expect(result).toContainEqual({ section: 'infrastructure-engineer', text: expect.stringMatching(/safety commitment/) });
});

test('without a PhD on the table, no application advice', () => {
  const result = steps({ stage: 'industry', phd: 'no', region: 'uk' })('research-engineer');
  expect(result.map((step) => step.section)).not.toContain('phd-process');
  expect(result.map((step) => step.section)).not.toContain('where-to-apply');
});

test('someone drawn to governance is told to check who each public body may hire, without naming bodies of another region', () => {
  const result = steps({ stage: 'masters', interests: ['policy'], focus: ['governance'], region: 'uk' })('policy-strategy');
  expect(result).toContainEqual({ section: 'policy-paths', text: expect.stringMatching(/check who it may hire.*citizens/s) });
  expect(texts(result)).not.toMatch(/CAISI/);
  expect(texts(steps({ stage: 'industry', interests: ['implementation'] })('research-engineer'))).not.toMatch(/who it may hire/);
});

test('summers before applying are counted from the year of the degree', () => {
  const first = texts(steps({ stage: 'undergrad', undergrad_year: 1, phd: 'maybe', region: 'uk' })('deep-learning-researcher'));
  expect(first).toMatch(/two or three summers/);
  const second = texts(steps({ stage: 'undergrad', undergrad_year: 2, phd: 'maybe', region: 'uk' })('deep-learning-researcher'));
  expect(second).toMatch(/last summer before you apply/);
  expect(second).not.toMatch(/two or three/);
});

test('a focus on agent foundations is told that its best-known home has gone, and what to aim for instead', () => {
  const result = steps({ stage: 'undergrad', undergrad_year: 2, focus: ['agent-foundations'], phd: 'maybe' })('theory-researcher');
  expect(result).toContainEqual({ section: 'theory-researcher', text: expect.stringMatching(/MIRI stopped hosting.*learning, decision or game theory/s) });
  expect(texts(steps({ stage: 'undergrad', undergrad_year: 2, focus: ['interpretability'] })('theory-researcher'))).not.toMatch(/MIRI/);
});

test('a step that names a programme in its words comes only while that programme takes applications within its horizon', () => {
  const student = persona({ stage: 'phd-student', interests: ['ideas'], phd: 'yes' });
  const camp = { id: 'ai-safety-camp' } as Route;
  const withCamp = (open: boolean) =>
    nextSteps(data.nextSteps, data.stepLimits, student, 'deep-learning-researcher', () => (open ? [camp] : []), [], 9).map((step) => step.id);
  expect(withCamp(true)).toContain('ai-safety-camp');
  // In December the camp's call (usually November) is eleven months off: no "consider AI Safety Camp" in the next three months.
  expect(withCamp(false)).not.toContain('ai-safety-camp');
});

test("the ML programs' bar for applying this cycle is not given to someone heading for policy", () => {
  const policy = steps({ stage: 'masters', phd: 'maybe', region: 'us', interests: ['policy'], research_experience: 'some' })('policy-strategy', 12);
  expect(texts(policy)).not.toMatch(/top-five program|research-focused PhD program/);
  const ml = steps({ stage: 'masters', phd: 'maybe', region: 'us', research_experience: 'some' })('deep-learning-researcher', 12);
  expect(texts(ml)).toMatch(/top-five program is unlikely this cycle/);
});
