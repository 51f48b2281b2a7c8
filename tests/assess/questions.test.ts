import { describe, expect, test } from 'vitest';
import { completeAnswers, missingQuestions, nextQuestion } from '../../src/assess/questions.js';
import type { PartialAnswers } from '../../src/assess/index.js';
import { loadAssessment } from './load-data.js';

const { questions } = loadAssessment().data;
const missingIds = (answers: PartialAnswers) => missingQuestions(questions, answers).map((question) => question.id);

describe('the questionnaire', () => {
  test('asks 10 to 16 questions, each with a default and a label, and about a dozen of anyone with no research', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.length).toBeLessThanOrEqual(16);
    expect(missingIds({ stage: 'industry', research_experience: 'none', skills: { software: 1 } }).length).toBeLessThanOrEqual(11);
    for (const question of questions) expect(question.label).not.toBe('');
  });

  test('anchors every skill level in evidence', () => {
    const ratings = questions.filter((question) => question.id.startsWith('skills.'));
    expect(ratings.map((question) => question.id)).toEqual(['skills.software', 'skills.ml', 'skills.research', 'skills.theory']);
    for (const question of ratings) {
      expect(question.type).toBe('select');
      const choices = question.type === 'select' ? question.choices : [];
      expect(choices.map((choice) => choice.value)).toEqual([0, 1, 2, 3, 4]);
      for (const choice of choices) expect(choice.description).toMatch(/^I (have|am) /);
    }
  });
});

describe('branching', () => {
  test('asks about a top research institution only of undergraduates', () => {
    expect(missingIds({ stage: 'undergrad' })).toContain('top_institution');
    for (const stage of ['masters', 'industry', 'phd-student', 'phd-graduate', 'other'] as const) {
      expect(missingIds({ stage })).not.toContain('top_institution');
    }
  });

  test('asks everyone where they live or would work, and whether that needs a visa', () => {
    for (const stage of ['school', 'industry', 'phd-student'] as const) {
      expect(missingIds({ stage, phd: 'no' })).toEqual(expect.arrayContaining(['region', 'needs_visa', 'focus']));
    }
    // PhD students are not asked about a PhD.
    expect(missingIds({ stage: 'phd-student' })).not.toContain('phd');
  });

  test('asks the year of the degree only of undergraduates', () => {
    expect(missingIds({ stage: 'undergrad' })).toContain('undergrad_year');
    for (const stage of ['school', 'masters', 'industry', 'phd-graduate'] as const) expect(missingIds({ stage })).not.toContain('undergrad_year');
  });

  test('asks about publications only after some research, and about numerical work only of strong engineers', () => {
    expect(missingIds({ research_experience: 'none' })).not.toContain('publications');
    expect(missingIds({ research_experience: 'some' })).toContain('publications');
    expect(missingIds({ skills: { software: 2 } })).not.toContain('numerical');
    expect(missingIds({ skills: { software: 3 } })).toContain('numerical');
  });

  test('a question whose branch depends on an unanswered one is still missing, and comes after it', () => {
    expect(missingIds({})).toEqual(expect.arrayContaining(['stage', 'top_institution']));
    expect(nextQuestion(questions, {})?.id).toBe('stage');
    expect(nextQuestion(questions, { stage: 'masters' })?.id).toBe('region');
  });

  test('an answered question is not asked again', () => {
    const missing = missingIds({ stage: 'undergrad', top_institution: true, skills: { ml: 2 } });
    for (const id of ['stage', 'top_institution', 'skills.ml']) expect(missing).not.toContain(id);
    expect(missing).toContain('skills.software');
  });
});

describe('completing answers', () => {
  const asked: PartialAnswers = {
    stage: 'industry',
    region: 'uk',
    needs_visa: false,
    focus: [],
    skills: { software: 2, ml: 1, research: 0, theory: 1 },
    research_experience: 'none',
    interests: ['implementation'],
    phd: 'no',
  };

  test('fills the defaults of questions that do not apply', () => {
    expect(completeAnswers(questions, asked)).toEqual({
      ok: { ...asked, undergrad_year: 4, top_institution: false, numerical: false, research_field: 'ml', publications: 0 },
    });
  });

  test('asks the research field of someone with research, but an answers file may leave it out', () => {
    const researcher: PartialAnswers = { ...asked, research_experience: 'substantial', publications: 2 };
    expect(missingQuestions(questions, researcher).map((question) => question.id)).toContain('research_field');
    const result = completeAnswers(questions, researcher);
    expect('ok' in result && result.ok.research_field).toBeUndefined();
  });

  test('keeps an answer given to a question that does not apply', () => {
    const result = completeAnswers(questions, { ...asked, top_institution: true });
    expect('ok' in result && result.ok.top_institution).toBe(true);
  });

  test('names what is still missing', () => {
    const { skills, ...withoutSkills } = asked;
    const result = completeAnswers(questions, { ...withoutSkills, skills: { ...skills, theory: undefined } });
    expect('missing' in result && result.missing.map((question) => question.id)).toEqual(['skills.theory']);
  });
});
