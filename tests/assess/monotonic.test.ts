import fc from 'fast-check';
import { expect, test } from 'vitest';
import { rankRoles } from '../../src/assess/scoring.js';
import { SKILLS } from '../../src/guide/types.js';
import { answersArbitrary } from './arbitraries.js';
import { loadAssessment } from './load-data.js';

const { data } = loadAssessment();
const scores = (answers: Parameters<typeof rankRoles>[1]) => new Map(rankRoles(data, answers).map((role) => [role.id, role.score]));

test('raising a skill never lowers the score of a role that weights it', () => {
  fc.assert(
    fc.property(answersArbitrary, fc.constantFrom(...SKILLS), fc.integer({ min: 1, max: 4 }), (answers, skill, step) => {
      fc.pre(answers.skills[skill] + step <= 4);
      const raised = { ...answers, skills: { ...answers.skills, [skill]: answers.skills[skill] + step } };
      const before = scores(answers);
      const after = scores(raised);
      for (const role of data.roles.filter((r) => r.weights[skill] > 0)) {
        expect(after.get(role.id)).toBeGreaterThanOrEqual(before.get(role.id) ?? Infinity);
      }
    }),
    { numRuns: 500 },
  );
});
