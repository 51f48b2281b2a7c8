import { unusedMentions } from './changes.js';
import { ID_PATTERN, type Problem, type Section, type SectionWithBody } from './types.js';

/** A section that describes a role carries a `role:` block (validated by the assessment). */
const isRole = (section: Section) => section.roleBlock !== undefined;

/** Markdown links, `[text](target)`, with a target that may hold one level of parentheses, or be in angle brackets (`[text](<a b>)`). */
const LINK = /\[[^\]]*\]\(\s*(?:<([^<>\n]*)>|([^\s()]*(?:\([^\s()]*\)[^\s()]*)*))/g;
/** A link made by a site's templates (Liquid's `{{ site.baseurl }}`, `{% link %}`, Hugo's `{{< ref >}}`): only the site's build knows where it leads. */
const TEMPLATE = /\{\{|\{%/;

/** A link target that is plainly not a section: an address of any scheme, a path to a file or folder, or an anchor. */
const NOT_A_SECTION = /^([a-z][a-z0-9+.-]*:|[./#~]|[^#?]*\.[a-z0-9]+([#?]|$))/i;

/**
 * Checks that need the whole guide: every `related` and `roles` id exists,
 * no alias shadows another section, every link leads to an address or a
 * section, and every name a change note marks is in the text. Per-file
 * checks happen at parse time. Only `strict` checks every link: a folder of
 * notes links to its own files and site paths, which are not ours to judge,
 * so there only a link that looks like a section id and names none is reported.
 */
export function checkGuide(sections: readonly SectionWithBody[], { strict = true } = {}): Problem[] {
  const ids = new Set(sections.map((s) => s.id));
  const roleIds = new Set(sections.filter(isRole).map((s) => s.id));
  const names = new Map<string, string>(sections.map((s) => [s.id, s.id]));
  const problems: Problem[] = [];
  /** Links made by templates, by the folder (origin) their sections come from. */
  const templates = new Map<string, number>();
  const report = (section: Section, field: string, message: string) =>
    problems.push({ file: section.file, field, severity: 'error', message: `${field}: ${message}` });

  for (const section of sections) {
    for (const id of section.related) if (!ids.has(id)) report(section, 'related', `no section with id "${id}"`);
    for (const id of section.roles) if (!roleIds.has(id)) report(section, 'roles', `no role with id "${id}"`);
    // Each target once a file, with how often it is used: a site's page repeats its links.
    const unknown = new Map<string, number>();
    for (const [, bracketed, bare] of section.body.matchAll(LINK)) {
      const target = bracketed ?? bare ?? '';
      if (!strict && TEMPLATE.test(target)) {
        templates.set(section.origin, (templates.get(section.origin) ?? 0) + 1);
        continue;
      }
      const known = /^https?:\/\/[^\s]+$/.test(target) || (ID_PATTERN.test(target) && ids.has(target)) || (!strict && NOT_A_SECTION.test(target));
      if (!known) unknown.set(target, (unknown.get(target) ?? 0) + 1);
    }
    for (const [target, count] of unknown) {
      const times = count > 1 ? ` (${count} times)` : '';
      problems.push({ file: section.file, field: 'body', severity: 'warning', find: `](${target}`, message: `body: link to "${target}" is neither an http(s) address nor a section id${times}` });
    }
    if (section.shadows) {
      problems.push({ file: section.file, field: 'id', severity: 'warning', message: `id "${section.shadows}" is a built-in section's, so this note is "${section.id}"; add "replaces: ${section.shadows}" to its front-matter to replace that section` });
    }
    if (section.replaces && section.replaces !== section.id) {
      problems.push({ file: section.file, field: 'replaces', severity: 'warning', message: `replaces: no built-in section has the id "${section.replaces}"; the note keeps its own id "${section.id}"` });
    }
    for (const name of unusedMentions(section)) {
      problems.push({ file: section.file, field: 'changed', severity: 'warning', message: `changed: "${name}" is never mentioned in the text, so no mark shows where it is` });
    }
    for (const alias of section.aliases) {
      const owner = names.get(alias);
      if (owner && owner !== section.id) report(section, 'aliases', `"${alias}" is already the id or an alias of "${owner}"`);
      else names.set(alias, section.id);
    }
  }
  for (const [origin, count] of templates) {
    problems.push({ file: origin, severity: 'warning', message: `${count} ${count === 1 ? 'link is' : 'links are'} made by templates ({{ … }}, {% … %}) and not checked: only the site's build knows where they lead` });
  }
  return problems;
}
