import { describe, expect, it } from 'vitest';
import { checkGuide } from '../../src/guide/check.js';
import { withBody } from '../../src/guide/types.js';
import { resolveTopic } from '../../src/guide/resolve.js';
import { builtinGuide } from '../helpers/builtin-guide.js';
import { facts as partA } from './facts/part-a.js';
import { facts as partB } from './facts/part-b.js';

const guide = builtinGuide();
const byId = new Map(guide.sections.map((s) => [s.id, s]));

const SECTION_IDS = [
  'about', 'landscape', 'skills', 'research-engineering', 'research', 'research-experience', 'phd-process', 'where-to-apply', 'during-a-phd',
  'application-audience', 'academic-cv', 'statement-of-purpose', 'research-interests', 'discussing-beneficial-ai', 'example-materials',
];
const ROLE_IDS = ['research-engineer', 'deep-learning-researcher', 'ml-researcher', 'theory-researcher', 'infrastructure-engineer', 'policy-strategy'];
const ALIASES: Record<string, string> = { sop: 'statement-of-purpose', cv: 'academic-cv', phd: 'phd-process', internships: 'research-experience', re: 'research-engineering' };

describe('the built-in guide', () => {
  it('loads every file without a problem', () => {
    expect(guide.problems).toEqual([]);
    expect(checkGuide(guide.sections.map((s) => withBody(guide, s)))).toEqual([]);
  });

  it.each([...SECTION_IDS, ...ROLE_IDS])('has section %s', (id) => {
    const found = resolveTopic(guide.sections, id);
    expect(found.kind === 'found' && found.section.id).toBe(id);
  });

  it('marks every role file as a role', () => {
    for (const id of ROLE_IDS) expect(byId.get(id)?.roleBlock, id).toBeDefined();
  });

  it.each(Object.entries(ALIASES))('resolves the alias %s to %s', (alias, id) => {
    const found = resolveTopic(guide.sections, alias);
    expect(found.kind === 'found' && found.section.id).toBe(id);
  });

  it('opens every section with "In short" and closes with "See also" ids that exist', () => {
    for (const section of guide.sections) {
      const body = guide.body(section.id);
      expect(body, section.id).toMatch(/^## In short\n/);
      const seeAlso = body.split('## See also')[1];
      expect(seeAlso, `${section.id} has no See also`).toBeDefined();
      for (const [, id] of seeAlso?.matchAll(/`([a-z0-9-]+)`/g) ?? []) expect(byId.has(id ?? ''), `${section.id} → ${id}`).toBe(true);
    }
  });

  it('dates every note on what changed since the source, with its source', () => {
    for (const section of guide.sections) {
      for (const change of section.changed) {
        expect(change.as_of, `${section.id}: ${change.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(change.source.length).toBeGreaterThan(5);
      }
    }
  });

  it('credits the source document in the about section', () => {
    const about = guide.body('about');
    for (const fact of ['Careers in Beneficial AI Research', 'Adam Gleave', '2020-07-06']) expect(about).toContain(fact);
  });

  it.each([...partA, ...partB])('%s covers "%s"', (id, fact) => {
    const section = byId.get(id);
    expect(section, id).toBeDefined();
    expect(`${section?.summary}\n${guide.body(id)}`.toLowerCase()).toContain(fact.toLowerCase());
  });
});
