import { parsedDataFiles, problem } from '../assess/schema.js';
import type { Guide, Problem, Section } from '../guide/types.js';
import { ChecksFileSchema, type CheckRule } from './schema.js';

/** Where a guide folder keeps its rules for `careers check`. */
export const CHECKS_FOLDER = 'checks/';

/**
 * The review rules of a guide (its data files under checks/), each file
 * checked against the schema, and each rule's section against the guide.
 * A file with a problem is left out whole; an id used twice is a problem.
 */
export function readChecks(guide: Pick<Guide, 'data'>, sections: readonly Section[]): { rules: CheckRule[]; problems: Problem[] } {
  const rules: CheckRule[] = [];
  const problems: Problem[] = [];
  const sectionIds = new Set(sections.map((s) => s.id));
  const seen = new Map<string, string>();
  for (const { file, data } of parsedDataFiles(guide, CHECKS_FOLDER, ChecksFileSchema, problems)) {
    const own: Problem[] = [];
    data.rules.forEach((rule, index) => {
      const at = `rules[${index}]`;
      const other = seen.get(rule.id);
      if (other) own.push(problem(file, `${at}.id`, `"${rule.id}" is already a rule in ${other}`));
      seen.set(rule.id, file);
      if (!sectionIds.has(rule.section)) own.push(problem(file, `${at}.section`, `no section "${rule.section}" in the guide`));
      const range = rule.test.type === 'length' ? [rule.test.default, ...Object.values(rule.test.stages)] : [];
      if (range.some((r) => r.min > r.max)) own.push(problem(file, `${at}.test`, 'a page range has min above max'));
    });
    if (own.length) problems.push(...own);
    else rules.push(...data.rules);
  }
  for (const rule of rules) {
    const unknown = rule.unsaid_beside?.filter((id) => !seen.has(id)) ?? [];
    if (unknown.length) problems.push(problem(seen.get(rule.id) ?? '', `rules.${rule.id}.unsaid_beside`, `no rule "${unknown.join('", "')}"`));
  }
  return { rules, problems };
}
