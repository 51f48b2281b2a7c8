import fc from 'fast-check';
import { ANSWER_REGIONS, INTERESTS, PHD_PLANS, RESEARCH_EXPERIENCE, RESEARCH_FIELDS, type Answers } from '../../src/assess/index.js';
import { STAGES } from '../../src/guide/types.js';

const rating = fc.integer({ min: 0, max: 4 });

/** Any complete, valid set of answers. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.record({
  stage: fc.constantFrom(...STAGES),
  top_institution: fc.boolean(),
  skills: fc.record({ software: rating, ml: rating, research: rating, theory: rating }),
  numerical: fc.boolean(),
  publications: fc.integer({ min: 0, max: 6 }),
  research_experience: fc.constantFrom(...RESEARCH_EXPERIENCE),
  research_field: fc.constantFrom(...RESEARCH_FIELDS),
  interests: fc.subarray([...INTERESTS]),
  phd: fc.constantFrom(...PHD_PLANS),
  region: fc.constantFrom(...ANSWER_REGIONS),
});
