import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { SKILLS } from '../../src/guide/types.js';
import { answerChangeText } from '../../src/history/compare-runs.js';
import { answerText, questionFor } from '../../src/assess/labels.js';
import { planMarkdown } from '../../src/render/plan-markdown.js';
import { answersArbitrary } from './arbitraries.js';
import { loadAssessment } from './load-data.js';
import { DL_PHD_STUDENT, persona } from './personas.js';

const { data, sections } = loadAssessment();
const run = (answers: Parameters<typeof assess>[1]) => assess(data, answers, sections);
/** The block of one role in a plan: from its heading to the next. */
const roleBlocks = (plan: string) =>
  (plan.split('## Roles that fit you')[1]?.split(/^## /m)[0] ?? '')
    .split(/^### /m)
    .slice(1)
    .map((block) => block.replace(/\nAlso ranked: .*\n*$/s, ''));

describe('one way of naming a level', () => {
  test('a rating reads as the menu showed it: its name and its number in the list', () => {
    const theory = questionFor(data.questions, 'skills.theory');
    // The menu numbers choices from 1; the answers file keeps 0 to 4.
    expect(answerText(theory, 2)).toMatch(/^[A-Z][^,]+, level 3 of 5$/);
    expect(answerText(questionFor(data.questions, 'stage'), 'phd-student')).toBe('PhD student');
    expect(answerText(questionFor(data.questions, 'numerical'), true)).toBe('yes');
  });

  test('reasons, "what would change" and history --diff name a level the same way', () => {
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 1 }, interests: ['infrastructure', 'implementation'] });
    const result = run(answers);
    const level = answerText(questionFor(data.questions, 'skills.software'), 4);
    expect(result.roles.flatMap((role) => role.reasons.map((reason) => reason.text))).toContainEqual(expect.stringContaining(level));
    expect(result.whatWouldChange[0]?.text).toContain(`"${answerText(questionFor(data.questions, 'skills.ml'), 2)}"`);
    const diff = answerChangeText({ key: 'skills.ml', from: 1, to: 3 }, data.questions);
    expect(diff).toBe(
      `ML implementation rating: ${answerText(questionFor(data.questions, 'skills.ml'), 1)} -> ${answerText(questionFor(data.questions, 'skills.ml'), 3)}`,
    );
    // No "(2 of 4)" or "from 1 to 2" anywhere a person reads.
    expect(planMarkdown(result, { topRoles: 6 })).not.toMatch(/\(\d of 4\)|from \d to \d/);
  });
});

describe('reasons that agree', () => {
  test('at most one reason a role says what it leans on most, and that is its one largest weight', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const role of run(answers).roles) {
          const most = role.reasons.filter((reason) => /leans most/.test(reason.text));
          expect(most.length).toBeLessThanOrEqual(1);
          const profile = data.roles.find((r) => r.id === role.id);
          const weights = SKILLS.map((skill) => profile?.weights[skill] ?? 0);
          const skill = most[0]?.answers[0]?.slice('skills.'.length) as (typeof SKILLS)[number] | undefined;
          if (skill) {
            expect(profile?.weights[skill]).toBe(Math.max(...weights));
            expect(weights.filter((w) => w === profile?.weights[skill])).toHaveLength(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a deep learning researcher strong in research and weak in ML implementation hears of neither as "most", and the weak one is no reason for the fit', () => {
    const answers = persona({ ...DL_PHD_STUDENT, skills: { software: 2, ml: 1, research: 3, theory: 1 }, interests: ['ideas'] });
    const plan = planMarkdown(run(answers), { topRoles: 6 });
    expect(plan.match(/leans most/g)?.length ?? 0).toBeLessThanOrEqual(roleBlocks(plan).length);
    for (const block of roleBlocks(plan)) expect(block.match(/leans most/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  test('a rating of level 2 of 5 or lower is never offered as a reason for a role that fits, and every role says something', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const plan = planMarkdown(run(answers), { topRoles: 6 });
        const blocks = roleBlocks(plan);
        expect(blocks).toHaveLength(6);
        for (const block of blocks) {
          const [heading = '', ...rest] = block.split('\n\n');
          const body = rest
            .filter((part) => !part.startsWith('More in '))
            .join('\n')
            .trim();
          expect(body).not.toBe('');
          if (!/a stretch for now|a direction to explore/.test(heading)) expect(body).not.toMatch(/level [12] of 5/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
