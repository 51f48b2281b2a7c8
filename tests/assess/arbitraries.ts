import fc from 'fast-check';
import type { FullAnswers } from '../../src/assess/answers.js';
import { ANSWER_REGIONS, INTERESTS, PHD_PLANS, RESEARCH_EXPERIENCE, RESEARCH_FIELDS } from '../../src/assess/index.js';
import { FOCUS_AREAS, STAGES } from '../../src/guide/types.js';

const rating = fc.integer({ min: 0, max: 4 });

/** Any complete, valid set of answers, every key added since the first version included. */
export const answersArbitrary: fc.Arbitrary<FullAnswers> = fc.record({
  stage: fc.constantFrom(...STAGES),
  undergrad_year: fc.integer({ min: 1, max: 4 }),
  top_institution: fc.boolean(),
  skills: fc.record({ software: rating, ml: rating, research: rating, theory: rating }),
  numerical: fc.boolean(),
  publications: fc.integer({ min: 0, max: 6 }),
  research_experience: fc.constantFrom(...RESEARCH_EXPERIENCE),
  research_field: fc.constantFrom(...RESEARCH_FIELDS),
  interests: fc.subarray([...INTERESTS]),
  focus: fc.subarray([...FOCUS_AREAS]),
  phd: fc.constantFrom(...PHD_PLANS),
  region: fc.constantFrom(...ANSWER_REGIONS),
  needs_visa: fc.boolean(),
});

/** Any day from 2025 to 2029, as YYYY-MM-DD: plans are made for days around the records' checks. */
export const dayArbitrary: fc.Arbitrary<string> = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
