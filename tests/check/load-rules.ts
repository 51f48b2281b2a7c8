import { readChecks } from '../../src/check/read-checks.js';
import type { CheckRule } from '../../src/check/schema.js';
import { builtinGuide } from '../helpers/builtin-guide.js';

/** The built-in guide's check rules, validated as the CLI validates them. */
export function loadRules(): CheckRule[] {
  const guide = builtinGuide();
  const { rules, problems } = readChecks(guide, guide.sections);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  return rules;
}
