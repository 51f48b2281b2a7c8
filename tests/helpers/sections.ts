import type { SectionWithBody } from '../../src/guide/types.js';

/** A guide section with its body, whose fields are all empty but its id (also its title and file name), changed by what a test is about. */
export function makeSection(id: string, extra: Partial<SectionWithBody> = {}): SectionWithBody {
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
