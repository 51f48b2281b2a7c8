import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadGuide } from '../../src/guide/load.js';
import { searchIndexFor } from '../../src/search/index-cache.js';
import * as search from '../../src/search/search.js';
import * as searchDoc from '../../src/search/search-doc.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder, tempDir } = useTempFolders('search-index');

const section = (title: string, body: string) => `---\ntitle: ${title}\nsummary: About ${title}\n---\n\n${body}\n`;
const guideOf = (dir: string) => loadGuide([{ dir, origin: '--guide' }]);
const ids = async (dir: string, file: string, query: string) => {
  const guide = guideOf(dir);
  return search.searchGuide(guide, query, await searchIndexFor(guide, { writable: file })).hits.map((hit) => hit.id);
};

describe('the saved search index', () => {
  it('finds the same sections as a fresh index, and follows edits, additions and removals', async () => {
    const dir = folder({ 'a.md': section('Alpha', 'residency programs'), 'b.md': section('Beta', 'statement of purpose') });
    const file = path.join(tempDir(), 'index.json');
    expect(await ids(dir, file, 'residency')).toEqual(['a']);
    expect(fs.existsSync(file)).toBe(true);
    expect(await ids(dir, file, 'residency')).toEqual(['a']);

    fs.writeFileSync(path.join(dir, 'b.md'), section('Beta', 'a residency, again'));
    fs.utimesSync(path.join(dir, 'b.md'), 1_000_000, 1_000_000);
    fs.rmSync(path.join(dir, 'a.md'));
    fs.writeFileSync(path.join(dir, 'c.md'), section('Gamma', 'residency in London'));
    expect((await ids(dir, file, 'residency')).sort()).toEqual(['b', 'c']);
    expect(await ids(dir, file, 'purpose')).toEqual([]);
  });

  it('updates a saved index a section at a time rather than building it again', async () => {
    const dir = folder({ 'a.md': section('Alpha', 'one'), 'b.md': section('Beta', 'two') });
    const file = path.join(tempDir(), 'index.json');
    const build = vi.spyOn(searchDoc, 'buildSearchIndex');
    try {
      await ids(dir, file, 'one');
      expect(build).toHaveBeenCalledTimes(1);
      fs.writeFileSync(path.join(dir, 'b.md'), section('Beta', 'three'));
      fs.utimesSync(path.join(dir, 'b.md'), 1_000_000, 1_000_000);
      expect(await ids(dir, file, 'three')).toEqual(['b']);
      expect(build).toHaveBeenCalledTimes(1);
    } finally {
      build.mockRestore();
    }
  });

  it.each([
    ['random bytes', () => Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256))],
    ['valid JSON of the wrong shape', () => '{"build":"source","versions":{},"index":{"documentCount":-1}}'],
    ['another build', (text: string) => text.replace('"build":"source"', '"build":"other"')],
    ['a cut-short file', (text: string) => text.slice(0, text.length / 2)],
    ['passages cut short', (text: string) => text.slice(0, -3)],
    ['no passages after its index', (text: string) => text.split('\n')[0] ?? ''],
  ])('builds a new index, with no error, when the saved one holds %s', async (_, damage) => {
    const dir = folder({ 'a.md': section('Alpha', 'residency programs'), 'b.md': section('Beta', 'statement of purpose') });
    const file = path.join(tempDir(), 'index.json');
    await ids(dir, file, 'residency');
    fs.writeFileSync(file, damage(fs.readFileSync(file, 'utf8')));
    expect(await ids(dir, file, 'residency')).toEqual(['a']);
    expect(await ids(dir, file, 'purpose')).toEqual(['b']);
  });

  it('prints no escape sequence that a saved passage holds', async () => {
    const dir = folder({ 'a.md': section('Alpha', 'residency programs') });
    const file = path.join(tempDir(), 'index.json');
    await ids(dir, file, 'residency');
    const [head = '', rest] = fs.readFileSync(file, 'utf8').split('\n');
    expect(rest).toBe('residency programs');
    const hostile = 'residency \u001b]52;c;aGk=\u0007programs';
    const bytes = Buffer.byteLength(hostile);
    const saved = { ...JSON.parse(head), passages: { a: [0, bytes] }, passageBytes: bytes };
    fs.writeFileSync(file, `${JSON.stringify(saved)}\n${hostile}`);
    const guide = guideOf(dir);
    const { hits } = search.searchGuide(guide, 'residency', await searchIndexFor(guide, { writable: file }));
    expect(hits.map((hit) => hit.passages)).toEqual([['residency programs']]);
  });

  it.each([
    ['a place past their end', [0, 1_000_000]],
    ['a place that is not two numbers', 'everywhere'],
  ])('shows a hit with no passages, rather than failing, when the saved index gives them %s', async (_, span) => {
    const dir = folder({ 'a.md': section('Alpha', 'residency programs') });
    const file = path.join(tempDir(), 'index.json');
    await ids(dir, file, 'residency');
    const [head = '', rest = ''] = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, `${JSON.stringify({ ...JSON.parse(head), passages: { a: span } })}\n${rest}`);
    const guide = guideOf(dir);
    const { hits } = search.searchGuide(guide, 'residency', await searchIndexFor(guide, { writable: file }));
    expect(hits.map((hit) => [hit.id, hit.passages])).toEqual([['a', typeof span === 'string' ? [] : ['residency programs']]]);
  });

  it('replaces a section the saved index holds but its versions leave out, rather than failing', async () => {
    const dir = folder({ 'a.md': section('Alpha', 'residency programs') });
    const file = path.join(tempDir(), 'index.json');
    await ids(dir, file, 'residency');
    const [head = '', rest] = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, `${JSON.stringify({ ...JSON.parse(head), versions: {} })}\n${rest}`);
    expect(await ids(dir, file, 'residency')).toEqual(['a']);
  });
});
