import * as v from 'valibot';
import { SKILLS, type Problem, type Section, type Skill } from '../guide/types.js';
import { INTERESTS, type Interest } from './answers.js';
import { entriesFor, issueProblems, pointsSchema, problem } from './schema.js';

/** The six roles the assessment ranks; each has a section of the same id in guide/roles/. */
export const ROLE_IDS = [
  'research-engineer',
  'deep-learning-researcher',
  'ml-researcher',
  'theory-researcher',
  'infrastructure-engineer',
  'policy-strategy',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

const weightSchema = v.pipe(pointsSchema, v.minValue(0));

/**
 * The `role:` block of a role section's front-matter: how much each skill
 * rating counts (points per rating step) and the points each interest adds.
 */
const roleBlockSchema = v.strictObject({
  weights: v.strictObject(entriesFor(SKILLS, weightSchema)),
  interests: v.optional(v.record(v.picklist(INTERESTS), weightSchema), {}),
});

export interface RoleProfile {
  id: RoleId;
  title: string;
  weights: Record<Skill, number>;
  interests: Partial<Record<Interest, number>>;
}

/** The role profiles, in the guide's reading order, from the sections that carry them. */
export function readRoles(sections: readonly Section[]): { roles: RoleProfile[]; problems: Problem[] } {
  const roles: RoleProfile[] = [];
  const problems: Problem[] = [];
  for (const id of ROLE_IDS) {
    if (!sections.some((section) => section.id === id)) {
      problems.push(problem(`guide/roles/${id}.md`, undefined, `role "${id}" has no section; the assessment ranks all ${ROLE_IDS.length} roles`));
    }
  }
  for (const section of sections) {
    const id = ROLE_IDS.find((role) => role === section.id);
    if (!id) continue;
    const result = v.safeParse(roleBlockSchema, section.roleBlock);
    if (!result.success) {
      problems.push(...issueProblems(section.file, result.issues, 'role'));
      continue;
    }
    if (!section.roles.includes(id)) problems.push(problem(section.file, 'roles', `must include the role's own id "${id}"`));
    roles.push({ id, title: section.title, ...result.output });
  }
  return { roles, problems };
}
