import * as v from 'valibot';
import type { Answers } from './answers.js';
import { conditionSchema, holds } from './conditions.js';
import type { RoleId } from './roles.js';
import { idSchema, textSchema } from './schema.js';

/** A concrete thing to do next, and the section that explains it (`careers read <section>`). */
export interface NextStep {
  text: string;
  section: string;
}

const stepSchema = v.strictObject({
  id: idSchema,
  /** Over the answers and `top_role`; no condition means everyone. */
  when: v.optional(conditionSchema, {}),
  text: textSchema,
  section: idSchema,
});
export type NextStepRule = v.InferOutput<typeof stepSchema>;

/** guide/assess/next-steps.yaml. */
export const nextStepsFileSchema = v.strictObject({ steps: v.array(stepSchema) });

/** The steps whose conditions hold for these answers and top role, in the file's order. */
export function nextSteps(rules: readonly NextStepRule[], answers: Answers, topRole: RoleId): NextStep[] {
  return rules
    .filter((rule) => holds(rule.when, { ...answers, top_role: topRole }))
    .map(({ text, section }) => ({ text, section }));
}
