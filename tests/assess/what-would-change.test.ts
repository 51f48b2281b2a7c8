import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerAt, withAnswer } from '../../src/assess/answers.js';
import { rankRoles } from '../../src/assess/scoring.js';
import { whatWouldChange } from '../../src/assess/what-would-change.js';
import { answersArbitrary } from './arbitraries.js';
import { loadAssessment } from './load-data.js';
import { persona } from './personas.js';

const { data } = loadAssessment();
const draws = (roleId: string, interests: readonly string[]) => {
  const role = data.roles.find((r) => r.id === roleId);
  return interests.length === 0 || interests.some((interest) => (role?.interests[interest as keyof typeof role.interests] ?? 0) > 0);
};

describe('what would change the top role', () => {
  test('an engineer who would rather build tools: one level more ML implementation makes research engineering first, and says why', () => {
    // A senior engineer (4) drawn to infrastructure as well as implementation: the guide steers
    // strong engineers towards learning ML implementation, which is what research engineers need most.
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 1 }, interests: ['infrastructure', 'implementation'] });
    expect(rankRoles(data, answers)[0]?.id).toBe('infrastructure-engineer');
    const [first] = whatWouldChange(data, answers);
    expect(first).toMatchObject({ key: 'skills.ml', from: 1, to: 2, role: { id: 'research-engineer' }, because: 'skill-weight' });
    expect(first?.text).toMatch(/^If your ML implementation rating rose from "Standard models, level 2 of 5" to "From a description, level 3 of 5", Research engineer would rank first instead of Infrastructure engineer\. .*ML implementation rating: From a description, level 3 of 5/);
  });

  test('an engineer drawn to implementation is not told that more software skill would put infrastructure first', () => {
    const answers = persona({ stage: 'industry', skills: { software: 2, ml: 2 }, interests: ['implementation'] });
    for (const change of whatWouldChange(data, answers)) expect(change.role.id).not.toBe('infrastructure-engineer');
  });

  test('a policy analyst is not told to raise their theory rating', () => {
    const answers = persona({ stage: 'other', skills: { software: 1, ml: 1, research: 1, theory: 1 }, research_experience: 'some', interests: ['policy'] });
    expect(rankRoles(data, answers)[0]?.id).toBe('policy-strategy');
    expect(whatWouldChange(data, answers)).toEqual([]);
  });

  test('research experience, named in the question\'s own words, can be what changes it', () => {
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 3, research: 4 }, numerical: true, interests: ['implementation', 'ideas'], phd: 'maybe' });
    expect(whatWouldChange(data, answers).map((change) => change.text)).toContainEqual(
      expect.stringMatching(/^If your research experience were "Some" instead of "None yet", Deep learning researcher would rank first instead of Research engineer\./),
    );
  });

  test('never suggests changing facts about you, or what you want', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const { key } of whatWouldChange(data, answers)) expect(['stage', 'top_institution', 'region', 'interests', 'phd', 'research_field']).not.toContain(key);
      }),
      { numRuns: 200 },
    );
  });

  test('at most two changes, each of its own answer, a single step up, leading to a role of the kinds the person chose', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const changes = whatWouldChange(data, answers);
        expect(changes.length).toBeLessThanOrEqual(2);
        expect(new Set(changes.map((change) => change.key)).size).toBe(changes.length);
        const before = rankRoles(data, answers)[0]?.id;
        for (const change of changes) {
          expect(change.from).toEqual(answerAt(answers, change.key));
          const after = rankRoles(data, withAnswer(answers, change.key, change.to))[0]?.id;
          expect(after).toBe(change.role.id);
          expect(after).not.toBe(before);
          expect(draws(change.role.id, answers.interests)).toBe(true);
          if (typeof change.to === 'number') expect(change.to).toBe(Number(change.from) + 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('empty when no single step moves the top role', () => {
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 4 }, numerical: true, interests: ['implementation'] });
    expect(whatWouldChange(data, answers)).toEqual([]);
  });
});
