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
    expect(first?.text).toMatch(
      /^If your ML implementation rating rose from "Standard models, level 2 of 5" to "From a description, level 3 of 5", Research engineer would rank first instead of Infrastructure engineer\. .*ML implementation rating: From a description, level 3 of 5/,
    );
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

  test("research experience, named in the question's own words, can be what changes it", () => {
    const answers = persona({
      stage: 'industry',
      skills: { software: 4, ml: 3, research: 4 },
      numerical: true,
      interests: ['implementation', 'ideas'],
      phd: 'maybe',
    });
    expect(whatWouldChange(data, answers).map((change) => change.text)).toContainEqual(
      expect.stringMatching(
        /^If your research experience were "Some" instead of "None yet", Deep learning researcher would rank first instead of Research engineer\./,
      ),
    );
  });

  test('never suggests changing facts about you, or what you want', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const { key } of whatWouldChange(data, answers))
          expect(['stage', 'top_institution', 'region', 'interests', 'phd', 'research_field']).not.toContain(key);
      }),
      { numRuns: 200 },
    );
  });

  test('at most two changes, each of its own answer, a single step up, putting first or lifting a role of the kinds the person chose', () => {
    const fitOf = (answers: Parameters<typeof rankRoles>[1], id: string) =>
      ['stretch', 'possible', 'strong'].indexOf(rankRoles(data, answers).find((r) => r.id === id)?.fit ?? '');
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const changes = whatWouldChange(data, answers);
        expect(changes.length).toBeLessThanOrEqual(2);
        expect(new Set(changes.map((change) => change.key)).size).toBe(changes.length);
        const before = rankRoles(data, answers)[0]?.id;
        for (const change of changes) {
          expect(change.from).toEqual(answerAt(answers, change.key));
          const changed = withAnswer(answers, change.key, change.to);
          const after = rankRoles(data, changed)[0]?.id;
          // Either the role would rank first instead, or it would fit better (a lever).
          const movesFirst = after === change.role.id && after !== before;
          expect(movesFirst || fitOf(changed, change.role.id) > fitOf(answers, change.role.id)).toBe(true);
          expect(draws(change.role.id, answers.interests)).toBe(true);
          if (typeof change.to === 'number') expect(change.to).toBe(Number(change.from) + 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('names the lever when a role the person wants is held back by something they could change', () => {
    // Everything strong but no research yet: research engineering leads and stays first, while deep
    // learning research, which implementation also draws them to, is a stretch until there is research.
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 4 }, numerical: true, interests: ['implementation'] });
    expect(whatWouldChange(data, answers)).toEqual([
      expect.objectContaining({ key: 'research_experience', role: expect.objectContaining({ id: 'deep-learning-researcher' }) }),
    ]);
  });

  test('empty when nothing the person could change would move or lift a role they want', () => {
    const answers = persona({
      stage: 'industry',
      skills: { software: 4, ml: 4, research: 4, theory: 1 },
      numerical: true,
      research_experience: 'substantial',
      publications: 3,
      interests: ['implementation'],
    });
    expect(whatWouldChange(data, answers)).toEqual([]);
  });
});
