/** The assessment's public API: pure functions from data and answers to a result. */
export { assess, RESULT_VERSION, type Assessment } from './assess.js';
export {
  ANSWER_KEYS,
  ANSWER_REGIONS,
  INTERESTS,
  PHD_PLANS,
  RESEARCH_EXPERIENCE,
  RESEARCH_FIELDS,
  type Answers,
  type PartialAnswers,
  withAnswer,
} from './answers.js';
export { validatePartialAnswers } from './validate-answers.js';
export { ASSESS_FILE_NAMES, parseAssessmentData, type AssessmentData, type RawAssessmentData, type RawFile } from './data.js';
export { completeAnswers, missingQuestions, nextQuestion, type Question } from './questions.js';
export { ROLE_IDS, type RoleId } from './roles.js';
export { FIT_LEVELS, type Fit } from './fit.js';
export type { RankedRole, Reason } from './scoring.js';
export { HORIZONS } from './horizons.js';
