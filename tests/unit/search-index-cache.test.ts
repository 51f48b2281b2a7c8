import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSearchIndex } from '../../src/search/index-cache.js';
import { searchGuide } from '../../src/search/search.js';
import { twoPartText } from '../../src/store/two-part-file.js';
import type { Guide, Section } from '../../src/guide/types.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir: cache } = useTempFolders('search');
const section = (id: string, body: string): Section => ({
  id, title: id, summary: '', order: 0, tags: [], aliases: [], related: [], roles: [], stages: [], skills: [], regions: [], changed: [],
  body, file: `${id}.md`, origin: 'test',
});
const guide = (stamp: string, sections: Section[]): Guide => ({ sections, section: (id) => sections.find((s) => s.id === id), listing: () => sections, problems: [], data: {}, stamp });
const ids = (g: Guide, dir: string | undefined, query: string) => withSearchIndex(g, dir, (index) => searchGuide(g, query, index).map((hit) => hit.id));
const savedFiles = (dir: string) => fs.readdirSync(path.join(dir, 'search'));
/** A saved index with its header changed, its parts kept in order. */
function withHeader(text: string, change: (header: { offsets: number[] } & Record<string, unknown>) => object): string {
  const headerEnd = text.indexOf('\n');
  const length = Number(text.slice(0, headerEnd));
  const bytes = Buffer.from(text);
  const header = JSON.parse(bytes.toString('utf8', headerEnd + 1, headerEnd + 1 + length));
  return twoPartText(JSON.stringify(change(header)), bytes.toString('utf8', headerEnd + 1 + length + 1));
}

describe('withSearchIndex', () => {
  it('saves the index and reuses it for the same guide files', () => {
    const dir = cache();
    const first = guide('stamp-a', [section('residency', 'Apply to residency programs.')]);
    expect(ids(first, dir, 'residency')).toEqual(['residency']);
    expect(savedFiles(dir)).toHaveLength(1);
    // Same stamp, different sections in memory: the saved index is what answers.
    expect(ids(guide('stamp-a', [section('residency', 'Something else entirely.')]), dir, 'programs')).toEqual(['residency']);
    expect(savedFiles(dir)).toHaveLength(1);
  });

  it('builds a new index when the guide files change', () => {
    const dir = cache();
    ids(guide('stamp-a', [section('a', 'alpha')]), dir, 'alpha');
    expect(ids(guide('stamp-b', [section('b', 'beta')]), dir, 'beta')).toEqual(['b']);
    expect(savedFiles(dir)).toHaveLength(2);
  });

  it('lets any other error through, with the saved index kept', () => {
    const dir = cache();
    const g = guide('stamp-a', [section('a', 'alpha')]);
    ids(g, dir, 'alpha');
    const file = path.join(dir, 'search', savedFiles(dir)[0] ?? '');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8')); // a new mtime, to see whether it is written again
    const before = fs.statSync(file).mtimeMs;
    let calls = 0;
    const fail = () => {
      calls += 1;
      throw new Error('a damaged guide cache');
    };
    expect(() => withSearchIndex(g, dir, fail)).toThrow('a damaged guide cache');
    expect(calls).toBe(1);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it.each([
    ['a file that is not an index', () => '{"broken":'],
    ['postings cut short', (text: string) => text.slice(0, -8)],
    ['offsets that go back', (text: string) => withHeader(text, (h) => ({ ...h, offsets: [0, ...h.offsets.slice(2, 3), ...h.offsets.slice(1)].slice(0, h.offsets.length) }))],
    ['a document without field lengths', (text: string) => withHeader(text, (h) => ({ ...h, fieldLength: {} }))],
    ['postings that are not JSON', (text: string) => text.split('\n').map((line, i) => (i > 1 && line ? line.replace(/^./, 'x') : line)).join('\n')],
  ])('rebuilds %s, and works without a cache folder', (_, damage) => {
    const dir = cache();
    const g = guide('stamp-a', [section('a', 'alpha beta'), section('b', 'beta')]);
    ids(g, dir, 'beta');
    const file = path.join(dir, 'search', savedFiles(dir)[0] ?? '');
    const whole = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, damage(whole));
    // "a b" reaches every term of this index (as prefixes), so the damage is found wherever it is; only a has both words.
    expect(ids(g, dir, 'a b')).toEqual(['a']);
    expect(fs.readFileSync(file, 'utf8')).toBe(whole);
    expect(ids(g, undefined, 'alpha')).toEqual(['a']);
  });
});
