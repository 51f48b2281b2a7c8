import type { Section } from '../../src/guide/types.js';

/** A guide section whose fields are all empty but its id (also its title and file name), changed by what a test is about. */
export function makeSection(id: string, extra: Partial<Section> = {}): Section {
  return {
    id,
    title: id,
    summary: '',
    order: 0,
    tags: [],
    aliases: [],
    related: [],
    roles: [],
    stages: [],
    skills: [],
    regions: [],
    changed: [],
    body: '',
    file: `${id}.md`,
    origin: 'test',
    ...extra,
  };
}
