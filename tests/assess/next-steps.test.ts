import { expect, test } from 'vitest';
import { nextSteps } from '../../src/assess/next-steps.js';
import { loadAssessment } from './load-data.js';
import { persona } from './personas.js';

const { data } = loadAssessment();
const steps =
  (...args: Parameters<typeof persona>) =>
  (topRole: Parameters<typeof nextSteps>[3]) =>
    nextSteps(data.nextSteps, data.stepLimits, persona(...args), topRole, () => []).map(({ section, text }) => ({ section, text }));

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

test('applying in the US: a statement of purpose, not a proposal', () => {
  const result = steps({ stage: 'industry', phd: 'yes', region: 'us' })('deep-learning-researcher');
  expect(result.map((step) => step.section)).toContain('statement-of-purpose');
  expect(result.map((step) => step.text).join()).not.toMatch(/supervisor before applying/);
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
