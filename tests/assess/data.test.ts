import { describe, expect, test } from 'vitest';
import { parseAssessmentData, type RawAssessmentData } from '../../src/assess/data.js';
import type { Section } from '../../src/guide/types.js';
import { builtinGuide } from '../helpers/builtin-guide.js';
import { loadAssessment, rawData } from './load-data.js';

/** The built-in data with one piece changed by `edit`; returns the problems found. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the parsed YAML freely, as an author would
function problemsAfter(edit: (raw: RawAssessmentData & { [K in 'questions' | 'scoring' | 'nextSteps']: { data: any } }) => void) {
  const raw = structuredClone(rawData()) as Parameters<typeof edit>[0];
  edit(raw);
  const result = parseAssessmentData(raw);
  return 'problems' in result ? result.problems.map(({ file, field, message }) => ({ file: file.replace(/.*\/guide\//, 'guide/'), field, message })) : [];
}

describe('the built-in data', () => {
  test('is valid', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  test('names in `about` only route records that exist, so no step is hidden by a typo', () => {
    const { data } = loadAssessment();
    const ids = new Set(
      builtinGuide()
        .routes()
        .map((route) => route.id),
    );
    const about = data.nextSteps.flatMap((step) => step.about ?? []);
    expect(about.length).toBeGreaterThan(0);
    for (const id of about) expect(ids, id).toContain(id);
  });
});

describe('problems name the file and the field', () => {
  test('a question of an unknown type', () => {
    expect(problemsAfter((raw) => (raw.questions.data.questions[0].type = 'radio'))).toEqual([
      { file: 'guide/assess/questions.yaml', field: 'questions[0].type', message: expect.stringContaining('"select"') },
    ]);
  });

  test('a choice or default the answer can never take', () => {
    const problems = problemsAfter((raw) => {
      const questions = raw.questions.data.questions;
      questions.find((q: { id: string }) => q.id === 'skills.software').choices[4].value = 5;
      questions[0].default = 'postdoc';
    });
    const software = (rawData().questions.data as { questions: Array<{ id: string }> }).questions.findIndex((q) => q.id === 'skills.software');
    expect(problems).toEqual([
      { file: 'guide/assess/questions.yaml', field: 'questions[0].default', message: expect.stringContaining('one of school, undergrad') },
      { file: 'guide/assess/questions.yaml', field: 'questions[0].default', message: 'must be one of the choices' },
      { file: 'guide/assess/questions.yaml', field: `questions[${software}].choices[4].value`, message: 'must be an integer from 0 to 4' },
    ]);
  });

  test('branching on a later question, and an answer no question fills', () => {
    const problems = problemsAfter((raw) => {
      const questions = raw.questions.data.questions;
      questions[1].when = { phd: ['yes'] };
      raw.questions.data.questions = questions.filter((q: { id: string }) => q.id !== 'numerical');
    });
    expect(problems).toEqual([
      { file: 'guide/assess/questions.yaml', field: 'questions[1].when.phd', message: expect.stringMatching(/^cannot test "phd" here; allowed: stage$/) },
      { file: 'guide/assess/questions.yaml', field: 'questions', message: 'no question fills the answer "numerical"' },
    ]);
  });

  test('points beyond a thousand either way, which could make sums inexact', () => {
    const problems = problemsAfter((raw) => {
      raw.scoring.data.rules[0].points = 2 ** 53;
      raw.scoring.data.rules[1].points = -1001;
    });
    expect(problems.map((p) => p.field)).toEqual(['rules[0].points', 'rules[1].points']);
  });

  test('a rule naming an unknown role', () => {
    expect(problemsAfter((raw) => (raw.scoring.data.rules[0].roles = ['astronaut']))).toEqual([
      { file: 'guide/assess/scoring.yaml', field: 'rules[0].roles[0]', message: expect.stringContaining('"research-engineer"') },
    ]);
  });

  test('a rule testing what it may not, a value its key never takes, or a missing section', () => {
    const problems = problemsAfter((raw) => {
      raw.scoring.data.rules[1].when = { stage: ['postdoc'], top_role: ['research-engineer'], publications: { min: 1 }, phd: { max: 1 } };
      raw.scoring.data.rules[2].section = 'nowhere';
    });
    expect(problems).toEqual([
      {
        file: 'guide/assess/scoring.yaml',
        field: 'rules[1].when.stage',
        message: expect.stringMatching(/^\["postdoc"\] can never match; "stage" is one of school, undergrad/),
      },
      { file: 'guide/assess/scoring.yaml', field: 'rules[1].when.top_role', message: expect.stringContaining('cannot test "top_role" here') },
      { file: 'guide/assess/scoring.yaml', field: 'rules[1].when.phd', message: expect.stringContaining('not a number') },
      { file: 'guide/assess/scoring.yaml', field: 'rules[2].section', message: 'no section "nowhere" in the guide' },
    ]);
  });

  test('a template slot that does not exist, and a step that names routes without saying where', () => {
    const problems = problemsAfter((raw) => {
      raw.scoring.data.wording.interest = 'You like {intrest}.';
      raw.nextSteps.data.steps.find((step: { id: string }) => step.id === 'policy-routes').text = 'Try these.';
    });
    const at = (rawData().nextSteps.data as { steps: Array<{ id: string }> }).steps.findIndex((step) => step.id === 'policy-routes');
    expect(problems).toEqual([
      { file: 'guide/assess/scoring.yaml', field: 'wording.interest', message: 'may only use the slots {interest}' },
      { file: 'guide/assess/next-steps.yaml', field: `steps[${at}]`, message: 'a step names {routes} in its text exactly when it has routes' },
    ]);
  });

  test('a question for an answer older files lack must say what to assume', () => {
    const problems = problemsAfter((raw) => {
      const question = raw.questions.data.questions.find((q: { id: string }) => q.id === 'research_field');
      delete question.assume;
    });
    expect(problems).toEqual([
      {
        file: 'guide/assess/questions.yaml',
        field: expect.stringMatching(/^questions\[\d+\]\.assume$/),
        message: expect.stringContaining('older answer files lack "research_field"'),
      },
    ]);
  });

  test('a next step may test the top role, but only a real one', () => {
    expect(problemsAfter((raw) => (raw.nextSteps.data.steps[0].when = { top_role: ['astronaut'] }))).toEqual([
      { file: 'guide/assess/next-steps.yaml', field: 'steps[0].when.top_role', message: expect.stringContaining('can never match') },
    ]);
  });

  test("a next step may test the month of the plan's day, 1 to 12; scoring rules may not", () => {
    expect(problemsAfter((raw) => (raw.nextSteps.data.steps[0].when = { month: [13] }))).toEqual([
      {
        file: 'guide/assess/next-steps.yaml',
        field: 'steps[0].when.month',
        message: expect.stringContaining('can never match; "month" is a month from 1 to 12'),
      },
    ]);
    expect(problemsAfter((raw) => (raw.nextSteps.data.steps[0].when = { month: { min: 9 } }))).toEqual([]);
    expect(problemsAfter((raw) => (raw.scoring.data.rules[1].when = { month: { min: 9 } }))).toEqual([
      { file: 'guide/assess/scoring.yaml', field: 'rules[1].when.month', message: expect.stringContaining('cannot test "month" here') },
    ]);
  });

  test('duplicate ids and inverted fit thresholds', () => {
    const problems = problemsAfter((raw) => {
      raw.nextSteps.data.steps[1].id = raw.nextSteps.data.steps[0].id;
      raw.scoring.data.fit = { strong: 10, possible: 20 };
    });
    expect(problems).toEqual([
      { file: 'guide/assess/scoring.yaml', field: 'fit', message: 'strong must be above possible' },
      { file: 'guide/assess/next-steps.yaml', field: 'steps[1].id', message: '"school-foundations" is used twice' },
    ]);
  });

  test('a role section without its role block, with bad weights, or missing', () => {
    const problems = problemsAfter((raw) => {
      const sections = raw.sections as Section[];
      const byId = (id: string) => sections.find((section) => section.id === id) as Section;
      byId('research-engineer').roleBlock = undefined;
      byId('theory-researcher').roleBlock = { weights: { software: 0, ml: 0, research: 1, theory: -2 } };
      raw.sections = sections.filter((section) => section.id !== 'policy-strategy');
    });
    expect(problems.slice(0, 3)).toEqual([
      { file: 'guide/roles/policy-strategy.md', field: undefined, message: expect.stringContaining('role "policy-strategy" has no section') },
      { file: 'guide/roles/research-engineer.md', field: 'role', message: 'is required' },
      { file: 'guide/roles/theory-researcher.md', field: 'role.weights.theory', message: expect.stringContaining('>=0') },
    ]);
    // Steps that point at the missing section say so too.
    expect(problems.slice(3).length).toBeGreaterThan(0);
    expect(problems.slice(3)).toEqual(
      problems.slice(3).map(() => ({
        file: 'guide/assess/next-steps.yaml',
        field: expect.stringMatching(/^steps\[\d+\]\.section$/),
        message: 'no section "policy-strategy" in the guide',
      })),
    );
  });
});
