import { unusedMentions } from './changes.js';
import { ID_PATTERN, type Problem, type Section, type SectionWithBody } from './types.js';
import { outsideCode } from '../text/outside-code.js';

/** A section that describes a role carries a `role:` block (validated by the assessment). */
const isRole = (section: Section) => section.roleBlock !== undefined;

/** Where a markdown link's target starts, `](target`: the target may hold one level of parentheses, or be in angle brackets (`[text](<a b>)`). The link's text is not matched, so code within it (`` [`x`](y) ``) does not hide the link. */
const LINK = /\]\(\s*(?:<([^<>\n]*)>|([^\s()]*(?:\([^\s()]*\)[^\s()]*)*))/g;
/** A site's templates: Liquid's `{{ … }}` and `{% … %}`, and with them Hugo's shortcodes `{{< … >}}` and `{{% … %}}`. Only the site's build knows what they make. */
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
  /** By folder (origin): the files that use templates, and the links they make. */
  const templates = new Map<string, { files: number; links: number }>();
  const report = (section: Section, field: string, message: string, kind: string) =>
    problems.push({ file: section.file, field, severity: 'error', message: `${field}: ${message}`, kind });

  for (const section of sections) {
    for (const id of section.related) if (!ids.has(id)) report(section, 'related', `no section with id "${id}"`, 'related: ids that name no section');
    for (const id of section.roles) if (!roleIds.has(id)) report(section, 'roles', `no role with id "${id}"`, 'roles: ids that name no role');
    // Each target once a file, with how often it is used: a site's page repeats its links. Code is written about, not linked from.
    const unknown = new Map<string, number>();
    let usesTemplates = false;
    let templateLinks = 0;
    outsideCode(section.body, (prose) => {
      usesTemplates ||= !strict && TEMPLATE.test(prose);
      for (const [, bracketed, bare] of prose.matchAll(LINK)) {
        const target = bracketed ?? bare ?? '';
        if (!strict && TEMPLATE.test(target)) templateLinks++;
        else if (!isKnown(target, ids, strict)) unknown.set(target, (unknown.get(target) ?? 0) + 1);
      }
      return prose;
    });
    if (usesTemplates) {
      const folder = templates.get(section.origin) ?? { files: 0, links: 0 };
      templates.set(section.origin, { files: folder.files + 1, links: folder.links + templateLinks });
    }
    for (const [target, count] of unknown) {
      const times = count > 1 ? ` (${count} times)` : '';
      problems.push({
        file: section.file,
        field: 'body',
        severity: 'warning',
        find: `](${target}`,
        message: `body: link to "${target}" is neither an http(s) address nor a section id${times}`,
        kind: 'body: links that are neither an http(s) address nor a section id',
      });
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
      if (owner && owner !== section.id) report(section, 'aliases', `"${alias}" is already the id or an alias of "${owner}"`, 'aliases: names that are already the id or an alias of another section');
      else names.set(alias, section.id);
    }
  }
  for (const [origin, { files, links }] of templates) {
    const made = links ? `; the ${links === 1 ? 'link' : `${links} links`} they make ${links === 1 ? 'is' : 'are'} not checked, as only the site's build knows where ${links === 1 ? 'it leads' : 'they lead'}` : '';
    problems.push({
      file: origin,
      severity: 'warning',
      message: `${files} ${files === 1 ? 'file uses' : 'files use'} templates ({{ … }} and {% … %} of Liquid and notes apps, Hugo's shortcodes {{< … >}} and {{% … %}}), shown as written${made}`,
    });
  }
  return problems;
}

/** A link target that is an http(s) address or a section's id, or, in a folder of notes, plainly not meant as a section. */
const isKnown = (target: string, ids: ReadonlySet<string>, strict: boolean) =>
  /^https?:\/\/[^\s]+$/.test(target) || (ID_PATTERN.test(target) && ids.has(target)) || (!strict && NOT_A_SECTION.test(target));
