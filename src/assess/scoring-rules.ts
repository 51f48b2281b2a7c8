import * as v from 'valibot';
import { conditionSchema } from './conditions.js';
import { FIT_LEVELS } from './fit.js';
import { ROLE_IDS } from './roles.js';
import { idSchema, pointsSchema, templateSchema, textSchema } from './schema.js';

/**
 * A rule of the guide that moves some roles when its condition holds: points
 * added to their score (negative to lower it), and optionally a cap on their
 * fit ("a stretch for now"). `section` is where the guide makes the point.
 */
const ruleSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    when: conditionSchema,
    roles: v.pipe(v.array(v.picklist(ROLE_IDS)), v.minLength(1, 'must name at least one role')),
    points: v.optional(pointsSchema, 0),
    cap: v.optional(v.picklist(FIT_LEVELS)),
    section: idSchema,
    reason: textSchema,
  }),
  v.check((rule) => rule.points !== 0 || rule.cap !== undefined, 'a rule needs points, a cap or both'),
);
export type ScoringRule = v.InferOutput<typeof ruleSchema>;

/** How the engine's own reasons read: about the person, in a sentence. */
const wordingSchema = v.strictObject({
  /** The skill a role weights most; {label} is the question's label, {level} the answer as the menu named it ("Led a paper, level 4 of 5"). */
  main_skill: templateSchema('label', 'level'),
  other_skill: templateSchema('label', 'level'),
  /** Any skill rated below level 3 of 5: what the role would want more of. */
  low_skill: templateSchema('label', 'level'),
  interest: templateSchema('interest'),
});
export type Wording = v.InferOutput<typeof wordingSchema>;

/** guide/assess/scoring.yaml: fit thresholds, the caveat shown with every result, how reasons read, and the rules. */
export const scoringFileSchema = v.strictObject({
  fit: v.pipe(
    v.strictObject({ strong: v.number(), possible: v.number() }),
    v.check((fit) => fit.strong > fit.possible, 'strong must be above possible'),
  ),
  caveat: textSchema,
  wording: wordingSchema,
  /** How many changes "what would change this" offers at most. */
  what_would_change: v.strictObject({ at_most: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  rules: v.array(ruleSchema),
});
