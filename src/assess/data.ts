import * as v from 'valibot';
import type { Problem, Section } from '../guide/types.js';
import { ANSWER_FIELDS, choiceField, type AnswerField } from './answers.js';
import { conditionProblems, type Condition } from './conditions.js';
import type { DatesRules } from './dated-steps.js';
import type { ReadingRules } from './matching-sections.js';
import type { FitThresholds } from './fit.js';
import { nextStepsFileSchema, type Horizons, type NextStepRule, type StepLimits } from './next-steps.js';
import { questionProblems, questionsFileSchema, type Question } from './questions.js';
import { ROLE_IDS, readRoles, type RoleProfile } from './roles.js';
import { scoringFileSchema, type ScoringRule, type Wording } from './scoring-rules.js';
import { integerSchema, issueProblems, problem } from './schema.js';

/** The assessment's data files, in guide/assess/ of a guide folder. */
export const ASSESS_FILE_NAMES = {
  questions: 'questions.yaml',
  scoring: 'scoring.yaml',
  nextSteps: 'next-steps.yaml',
} as const;

/** A data file as parsed from YAML, with its path for messages. */
export interface RawFile {
  file: string;
  data: unknown;
}

export interface RawAssessmentData {
  questions: RawFile;
  scoring: RawFile;
  nextSteps: RawFile;
  /** Every section of the guide: roles are read from theirs, and rules and steps must point at existing ones. */
  sections: readonly Section[];
}

/** Everything the engine needs, validated. */
export interface AssessmentData {
  questions: Question[];
  roles: RoleProfile[];
  rules: ScoringRule[];
  fit: FitThresholds;
  caveat: string;
  wording: Wording;
  /** How many changes "what would change this" offers at most. */
  changesAtMost: number;
  nextSteps: NextStepRule[];
  /** At least and at most this many steps in a plan; names of the horizons, soonest first. */
  stepLimits: StepLimits;
  horizons: Horizons;
  /** Dated steps: who sees the PhD timeline's dates, how many, and how each reads. */
  dates: DatesRules;
  reading: ReadingRules;
}

const monthSchema = v.pipe(integerSchema, v.minValue(1), v.maxValue(12));
const MONTH_FIELD: AnswerField = { schema: monthSchema, item: monthSchema, allowed: 'a month from 1 to 12', numeric: true };

/** Scoring rules test answers; next steps may also test the top role and the month of the plan's day (1 to 12), since advice on applications depends on the season. */
const RULE_FACTS: Partial<Record<string, AnswerField>> = ANSWER_FIELDS;
const STEP_FACTS: Partial<Record<string, AnswerField>> = { ...ANSWER_FIELDS, top_role: choiceField(ROLE_IDS), month: MONTH_FIELD };

interface Reference {
  id: string;
  when: Condition;
  section: string;
}

/** Duplicate ids, conditions over facts the file may not test, and sections that do not exist. */
function referenceProblems(
  file: string,
  list: string,
  items: readonly Reference[],
  facts: Partial<Record<string, AnswerField>>,
  sectionIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const at = `${list}[${index}]`;
    if (seen.has(item.id)) problems.push(problem(file, `${at}.id`, `"${item.id}" is used twice`));
    seen.add(item.id);
    problems.push(...conditionProblems(file, `${at}.when`, item.when, facts));
    if (!sectionIds.has(item.section)) problems.push(problem(file, `${at}.section`, `no section "${item.section}" in the guide`));
  });
  return problems;
}

/**
 * Validates the assessment's data: the three YAML files and the role
 * sections. Either all of it is usable, or every problem found, each naming
 * its file and field.
 */
export function parseAssessmentData(raw: RawAssessmentData): { ok: AssessmentData } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const parse = <S extends v.GenericSchema>(schema: S, { file, data }: RawFile): v.InferOutput<S> | undefined => {
    const result = v.safeParse(schema, data);
    if (result.success) return result.output;
    problems.push(...issueProblems(file, result.issues));
    return undefined;
  };
  const questions = parse(questionsFileSchema, raw.questions);
  const scoring = parse(scoringFileSchema, raw.scoring);
  const steps = parse(nextStepsFileSchema, raw.nextSteps);
  const { roles, problems: roleProblems } = readRoles(raw.sections);
  problems.push(...roleProblems);

  const sectionIds = new Set(raw.sections.map((section) => section.id));
  if (questions) problems.push(...questionProblems(raw.questions.file, questions.questions));
  if (scoring) problems.push(...referenceProblems(raw.scoring.file, 'rules', scoring.rules, RULE_FACTS, sectionIds));
  if (steps) problems.push(...referenceProblems(raw.nextSteps.file, 'steps', steps.steps, STEP_FACTS, sectionIds));
  if (steps) problems.push(...conditionProblems(raw.nextSteps.file, 'dates.phd_applicants', steps.dates.phd_applicants, RULE_FACTS));

  if (!questions || !scoring || !steps || problems.length) return { problems };
  return {
    ok: {
      questions: questions.questions,
      roles,
      rules: scoring.rules,
      fit: scoring.fit,
      caveat: scoring.caveat,
      wording: scoring.wording,
      changesAtMost: scoring.what_would_change.at_most,
      nextSteps: steps.steps,
      stepLimits: steps.limits,
      horizons: steps.horizons,
      dates: steps.dates,
      reading: steps.reading,
    },
  };
}
