import type { Answers } from '../../src/assess/index.js';
import type { FullAnswers } from '../../src/assess/answers.js';

type Overrides = Partial<Omit<FullAnswers, 'skills'>> & { skills?: Partial<Answers['skills']> };

/** A complete set of answers: nobody in particular, changed by what a test is about. */
export function persona(overrides: Overrides = {}): FullAnswers {
  const { skills, ...rest } = overrides;
  return {
    stage: 'other',
    undergrad_year: 4,
    top_institution: false,
    numerical: false,
    publications: 0,
    research_experience: 'none',
    research_field: 'ml',
    interests: [],
    focus: [],
    phd: 'no',
    region: 'other',
    needs_visa: false,
    ...rest,
    skills: { software: 0, ml: 0, research: 0, theory: 0, ...skills },
  };
}

/** People who recur across the persona tests, as `persona()` takes them; a test adds what it is about (region, focus, plans). */
export const DL_PHD_STUDENT = {
  stage: 'phd-student',
  skills: { software: 2, ml: 3, research: 3, theory: 2 },
  research_experience: 'substantial',
  publications: 2,
  interests: ['ideas', 'implementation'],
} satisfies Overrides;

export const THEORY_PHD_STUDENT = {
  stage: 'phd-student',
  skills: { software: 1, ml: 1, research: 3, theory: 4 },
  research_experience: 'substantial',
  publications: 2,
  interests: ['theory'],
} satisfies Overrides;

/** A PhD in physics, not ML: research direction and theory, little ML. */
export const PHYSICS_PHD_GRADUATE = {
  stage: 'phd-graduate',
  skills: { software: 2, ml: 1, research: 3, theory: 3 },
  research_experience: 'substantial',
  research_field: 'science',
  publications: 4,
  interests: ['ideas', 'implementation'],
} satisfies Overrides;
