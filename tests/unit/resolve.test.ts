import { describe, expect, it } from 'vitest';
import { resolveTopic, resolveTopicIn, suggestTopics } from '../../src/guide/resolve.js';
import type { Section } from '../../src/guide/types.js';

const make = (id: string, title: string, aliases: string[] = []): Section => ({
  id, title, aliases, summary: '', order: 0, tags: [], related: [], roles: [], stages: [], skills: [], regions: [], changed: [],
  body: '', file: `${id}.md`, origin: 'test',
});
const sections = [
  make('skills', 'Skills within technical AI research'),
  make('statement-of-purpose', 'Writing a statement of purpose', ['sop']),
  make('research', 'Research careers'),
  make('research-engineering', 'Research engineering', ['re']),
];
const idOf = (topic: string) => {
  const r = resolveTopic(sections, topic);
  return r.kind === 'found' ? r.section.id : r.kind;
};

describe('resolveTopicIn', () => {
  it('looks an exact id up alone, and resolves anything else over every section', () => {
    const unread = {
      section: (id: string) => sections.find((s) => s.id === id),
      get sections(): Section[] {
        throw new Error('read every section');
      },
    };
    expect(resolveTopicIn(unread, ' Skills ')).toMatchObject({ kind: 'found', section: { id: 'skills' } });
    expect(() => resolveTopicIn(unread, 'sop')).toThrow('read every section');
    expect(resolveTopicIn({ section: () => undefined, sections }, 'sop')).toMatchObject({ kind: 'found', section: { id: 'statement-of-purpose' } });
  });
});

describe('resolveTopic', () => {
  it.each([
    ['skills', 'skills'],
    ['SOP', 'statement-of-purpose'],
    ['re', 'research-engineering'],
    ['Research careers', 'research'],
    ['statement', 'statement-of-purpose'],
    ['research-eng', 'research-engineering'],
    ['research', 'research'],
  ])('%s finds %s', (topic, id) => expect(idOf(topic)).toBe(id));

  it('reports a title word shared by several sections as ambiguous', () => {
    const r = resolveTopic(sections, 'engineering');
    expect(r.kind).toBe('found');
    const r2 = resolveTopic([...sections, make('x', 'Engineering basics')], 'engineering');
    expect(r2.kind).toBe('ambiguous');
  });

  it('never treats a topic as a path', () => {
    expect(resolveTopic(sections, '../../etc/passwd')).toEqual({ kind: 'missing', suggestions: [] });
    expect(idOf('')).toBe('missing');
  });

  it('suggests the closest ids for a typo', () => {
    expect(suggestTopics(sections, 'sklls')).toEqual(['skills']);
    expect(suggestTopics(sections, 'spo')).toEqual(['statement-of-purpose']);
    expect(suggestTopics(sections, 'zzzzzzzz')).toEqual([]);
  });
});
