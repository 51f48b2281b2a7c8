import { describe, expect, it } from 'vitest';
import { readRoutes } from '../../src/guide/routes.js';
import { notesFirst } from '../../src/search/notes-first.js';

/** A route record whose description is `what`. */
const record = (id: string, what: string) => ({
  id,
  name: `Programme ${id}`,
  kind: 'programme',
  what,
  suits: { stages: ['industry'], roles: ['research-engineer'] },
  url: `https://example.org/${id}`,
  status: { state: 'rolling' },
  checked: '2026-11-30',
  source: 'Its own page, read on the day',
});
const { routes, problems } = readRoutes({
  data: Object.fromEntries(
    [record('finished', 'The 2026 run is over.'), record('fellows', 'Paid fellowships for a summer.'), record('homes', 'A residency with mentors.')].map(
      (data, i) => [`routes/r${i}.yaml`, { file: `/g/routes/r${i}.yaml`, origin: 'test', version: `${i}`, data }],
    ),
  ),
});
const named = (query: string) => notesFirst(query, [], routes).routes.map((route) => route.id);

describe('the route records a search names first', () => {
  it('reads the records', () => {
    expect(problems).toEqual([]);
  });

  it('does not take a short word of the text for the start of a longer word asked for', () => {
    expect(named('overriding')).toEqual([]);
  });

  it('finds a longer word of the text that starts with the word asked for, of four letters or more', () => {
    expect(named('fellow')).toEqual(['fellows']);
    expect(named('fel')).toEqual([]);
  });

  it('finds the same word with another ending', () => {
    expect(named('residencies')).toEqual(['homes']);
    expect(named('fellowship')).toEqual(['fellows']);
  });
});
