import type { Problem, Section } from './types.js';

/** A section that describes a role carries a `role:` block (validated by the assessment). */
const isRole = (section: Section) => section.roleBlock !== undefined;

/**
 * Checks that need the whole guide: every `related` and `roles` id exists and
 * no alias shadows another section. Per-file checks happen at parse time.
 */
export function checkGuide(sections: readonly Section[]): Problem[] {
  const ids = new Set(sections.map((s) => s.id));
  const roleIds = new Set(sections.filter(isRole).map((s) => s.id));
  const names = new Map<string, string>(sections.map((s) => [s.id, s.id]));
  const problems: Problem[] = [];
  const report = (section: Section, field: string, message: string) =>
    problems.push({ file: section.file, field, severity: 'error', message: `${field}: ${message}` });

  for (const section of sections) {
    for (const id of section.related) if (!ids.has(id)) report(section, 'related', `no section with id "${id}"`);
    for (const id of section.roles) if (!roleIds.has(id)) report(section, 'roles', `no role with id "${id}"`);
    for (const alias of section.aliases) {
      const owner = names.get(alias);
      if (owner && owner !== section.id) report(section, 'aliases', `"${alias}" is already the id or an alias of "${owner}"`);
      else names.set(alias, section.id);
    }
  }
  return problems;
}
