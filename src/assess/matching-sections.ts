import { BUILTIN_ORIGIN } from '../guide/credit.js';
import type { Section } from '../guide/types.js';
import type { Answers } from './answers.js';
import type { RoleId } from './roles.js';

export interface SectionRef {
  id: string;
  title: string;
}

/** Sections about applying for a PhD carry this tag; they are for people with a PhD on the table. */
const APPLICATIONS_TAG = 'applications';

/** An empty facet means "for everyone"; otherwise it must name one of the person's values. */
const accepts = (facet: readonly string[], values: readonly string[]) =>
  facet.length === 0 || values.some((value) => facet.includes(value));

/**
 * A note of the user's own folders that names no stage, role or region: it
 * says nothing about whom it is for, so it is not put forward to everyone
 * (a site's hundred pages would fill the list).
 */
const isUntaggedNote = (section: Section) =>
  section.origin !== BUILTIN_ORIGIN && !section.stages.length && !section.roles.length && !section.regions.length;

/**
 * The sections worth reading, in the guide's order: those whose stage, role
 * and region tags all accept this person and the roles that fit them, and
 * every section a next step points to (a step is only useful if its section
 * is on the list). Region tags only narrow for people who named the US or
 * the UK; untagged notes of the user's own folders are left out.
 */
export function matchingSections(
  sections: readonly Section[],
  answers: Answers,
  roles: readonly RoleId[],
  citedBySteps: readonly string[] = [],
): SectionRef[] {
  const regions = answers.region === 'other' ? [] : [answers.region];
  return sections
    .filter(
      (section) =>
        citedBySteps.includes(section.id) ||
        (!isUntaggedNote(section) &&
          accepts(section.stages, [answers.stage]) &&
          accepts(section.roles, roles) &&
          (regions.length === 0 || accepts(section.regions, regions)) &&
          (answers.phd !== 'no' || !section.tags.includes(APPLICATIONS_TAG))),
    )
    .map(({ id, title }) => ({ id, title }));
}
