import { describe, expect, it } from 'vitest';
import { resolveTopic, resolveTopicIn, resolveTopics, suggestTopics } from '../../src/guide/resolve.js';
import type { Section } from '../../src/guide/types.js';

const make = (id: string, title: string, aliases: string[] = []): Section => ({
  id,
  title,
  aliases,
  summary: '',
  order: 0,
  tags: [],
  related: [],
  roles: [],
  stages: [],
  skills: [],
  regions: [],
  changed: [],
  file: `${id}.md`,
  origin: 'test',
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

describe('resolveTopics (several words on the command line)', () => {
  const guide = {
    sections: [...sections, make('academic-cv', 'How do I write an academic CV?', ['cv']), make('theory-researcher', 'Theory researcher')],
    section: (id: string) => sections.find((s) => s.id === id),
  };
  const ids = (...topics: string[]) => {
    const r = resolveTopics(guide, topics);
    return r.kind === 'found' ? r.sections.map((s) => s.id) : r.kind;
  };

  it('reads a phrase that names one topic as that topic', () => {
    expect(ids('statement', 'of', 'purpose')).toEqual(['statement-of-purpose']);
    expect(ids('research', 'engineering')).toEqual(['research-engineering']);
    expect(ids('how', 'to', 'write', 'a', 'cv')).toEqual(['academic-cv']);
  });

  it('reads each word as a topic otherwise, each section once', () => {
    expect(ids('sop', 'cv')).toEqual(['statement-of-purpose', 'academic-cv']);
    expect(ids('sop', 'sop', 'statement-of-purpose')).toEqual(['statement-of-purpose']);
  });

  it('names the phrase when several titles hold its words, and the word that names nothing', () => {
    expect(resolveTopics({ ...guide, sections: [...guide.sections, make('x', 'How to write a proposal')] }, ['how', 'to', 'write'])).toMatchObject({
      kind: 'ambiguous',
      topic: 'how to write',
    });
    expect(resolveTopics(guide, ['sop', 'zebra'])).toMatchObject({ kind: 'missing', topic: 'zebra' });
  });

  it('never takes a stop word for a topic', () => {
    expect(ids('the')).toBe('missing');
    expect(ids('how')).toBe('missing');
  });
});
