/** The top-level fields of `careers assess --format json`, in the order it prints them (a contract the README documents). */
export const ASSESSMENT_FIELDS = [
  'version',
  'today',
  'roles',
  'nextSteps',
  'horizons',
  'routes',
  'sections',
  'answers',
  'assumed',
  'whatWouldChange',
  'stale',
  'caveat',
];

/** A guide section's front-matter fields, in the order `careers read --format json` prints them (before `body` and `origin`). */
export const FRONT_MATTER_FIELDS = ['id', 'title', 'summary', 'order', 'tags', 'aliases', 'related', 'roles', 'stages', 'skills', 'regions', 'changed'];
