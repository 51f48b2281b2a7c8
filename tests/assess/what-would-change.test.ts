import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerAt, withAnswer } from '../../src/assess/answers.js';
import { rankRoles } from '../../src/assess/scoring.js';
import { whatWouldChange } from '../../src/assess/what-would-change.js';
import { answersArbitrary } from './arbitraries.js';
import { loadAssessment } from './load-data.js';
import { persona } from './personas.js';

const { data } = loadAssessment();

describe('what would change the top role', () => {
  test('an engineer who would rather build tools: more ML implementation makes research engineering first', () => {
    // A senior engineer (4) drawn to infrastructure as well as implementation; with a
    // production rating of 3 research engineering already leads, since the guide steers
    // strong engineers towards learning ML implementation.
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 1 }, interests: ['infrastructure', 'implementation'] });
    expect(rankRoles(data, answers)[0]?.id).toBe('infrastructure-engineer');
    expect(whatWouldChange(data, answers)).toEqual({
      key: 'skills.ml',
      from: 1,
      to: 2,
      role: { id: 'research-engineer', title: 'Research engineer' },
      text: 'If your ML implementation rating rose from 1 to 2, Research engineer would rank first instead of Infrastructure engineer.',
    });
  });

  test("a choice is named in the question's own words", () => {
    // Research engineer leads deep learning researcher by 2; research experience adds 4 to research roles.
    const answers = persona({
      stage: 'industry',
      skills: { software: 4, ml: 3, research: 4 },
      numerical: true,
      interests: ['implementation', 'ideas'],
      phd: 'maybe',
    });
    expect(whatWouldChange(data, answers)?.text).toBe(
      'If your research experience were "Some" instead of "None yet", Deep learning researcher would rank first instead of Research engineer.',
    );
  });

  test('never suggests changing facts about you, or what you want', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const key = whatWouldChange(data, answers)?.key;
        expect(['stage', 'top_institution', 'region', 'interests']).not.toContain(key);
      }),
      { numRuns: 200 },
    );
  });

  test('the change it names does change the top role, and skills only ever rise', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const change = whatWouldChange(data, answers);
        if (!change) return;
        expect(change.from).toEqual(answerAt(answers, change.key));
        const before = rankRoles(data, answers)[0]?.id;
        const after = rankRoles(data, withAnswer(answers, change.key, change.to))[0]?.id;
        expect(after).toBe(change.role.id);
        expect(after).not.toBe(before);
        if (change.key.startsWith('skills.')) expect(Number(change.to)).toBeGreaterThan(Number(change.from));
      }),
      { numRuns: 200 },
    );
  });

  test('null when no single change moves the top role', () => {
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 4 }, numerical: true, interests: ['implementation'] });
    expect(whatWouldChange(data, answers)).toBeNull();
  });
});
