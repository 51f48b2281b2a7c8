import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFolderCached } from '../../src/guide/folder-cache.js';
import type { Section } from '../../src/guide/types.js';
import { jsonLines, twoPartText } from '../../src/store/two-part-file.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir, track } = useTempFolders('cache');

const section = (title: string) => `---\ntitle: ${title}\nsummary: About ${title}\n---\nBody.\n`;
const past = new Date('2026-01-01T00:00:00Z');

/** A guide folder whose files and folders all carry an old mtime, so a later write is always seen as a change. */
function guideFolder(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  for (const name of [...Object.keys(files), '.']) fs.utimesSync(path.join(dir, name), past, past);
  return dir;
}
/** Rewrites the cached titles, so a test can tell a cached result from a fresh parse. */
function markCache(file: string) {
  const bytes = fs.readFileSync(file);
  const headerEnd = bytes.indexOf(10);
  const length = Number(bytes.toString('utf8', 0, headerEnd));
  const catalog = JSON.parse(bytes.toString('utf8', headerEnd + 1, headerEnd + 1 + length));
  const lines = bytes.toString('utf8', headerEnd + 1 + length + 1).slice(0, -1).split('\n').map((line) => JSON.parse(line));
  // The listing (line 0) and each section (the next lines) carry the titles.
  const marked = lines.map((value, i) =>
    i === 0 ? { ...value, titles: value.titles.map((t: string) => `cached ${t}`) } : i <= catalog.ids.length ? { ...value, title: `cached ${value.title}` } : value,
  );
  const { text, offsets } = jsonLines(marked);
  fs.writeFileSync(file, twoPartText(JSON.stringify({ ...catalog, offsets }), text));
}

describe('loadFolderCached', () => {
  it('reuses the cache while nothing changed', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    const cache = path.join(tempDir(), 'cache.json');
    const source = { dir, origin: '--guide' };
    expect((await loadFolderCached(source, { writable: cache })).sections[0]?.title).toBe('A');
    markCache(cache);
    const again = await loadFolderCached(source, { writable: cache });
    expect(again.sections[0]).toMatchObject({ title: 'cached A', file: path.join(dir, 'a.md'), origin: '--guide' });
  });

  it.each([
    ['a file is edited', (dir: string) => fs.writeFileSync(path.join(dir, 'a.md'), section('A2'))],
    ['a file is added', (dir: string) => fs.writeFileSync(path.join(dir, 'b.md'), section('B'))],
    ['a file is removed', (dir: string) => fs.rmSync(path.join(dir, 'a.md'))],
  ])('parses again when %s, with a new stamp', async (_, change) => {
    const dir = guideFolder({ 'a.md': section('A'), 'z.md': section('Z') });
    const cache = path.join(tempDir(), 'cache.json');
    const first = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    markCache(cache);
    expect((await loadFolderCached({ dir, origin: 'x' }, { writable: cache })).stamp).toBe(first.stamp); // kept in the cache
    change(dir);
    const changed = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(changed.sections.map((s) => s.title).some((t) => t.startsWith('cached'))).toBe(false);
    expect(changed.stamp).not.toBe(first.stamp);
  });

  it('caches the data files under assess/ and sees when one changes', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    fs.mkdirSync(path.join(dir, 'assess'));
    fs.writeFileSync(path.join(dir, 'assess', 'scoring.yaml'), 'fit: { strong: 30 }\n');
    fs.utimesSync(path.join(dir, 'assess', 'scoring.yaml'), past, past);
    const cache = path.join(tempDir(), 'cache.json');
    const first = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(first.data['assess/scoring.yaml']).toEqual({ file: path.join(dir, 'assess', 'scoring.yaml'), data: { fit: { strong: 30 } } });
    const cached = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(fs.readFileSync(cache, 'utf8').trimEnd().split('\n').at(-1)).toBe('{"assess/scoring.yaml":{"file":"assess/scoring.yaml","data":{"fit":{"strong":30}}}}');
    expect(Object.getOwnPropertyDescriptor(cached, 'data')?.get).toBeTypeOf('function'); // from the cache, read on first use
    expect(cached.data).toEqual(first.data);
    expect(cached.data).toBe(cached.data); // read once
    fs.writeFileSync(path.join(dir, 'assess', 'scoring.yaml'), 'fit: { strong: 25 }\n');
    const second = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(second.data['assess/scoring.yaml']).toMatchObject({ data: { fit: { strong: 25 } } });
  });

  it('ignores a damaged cache', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    const cache = path.join(tempDir(), 'cache.json');
    fs.writeFileSync(cache, '{"version":1,"sections":[');
    expect((await loadFolderCached({ dir, origin: 'x' }, { writable: cache })).sections[0]?.title).toBe('A');
  });

  it('uses a prebuilt cache after the folder is moved, as the built-in index is', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    const prebuilt = path.join(dir, 'index.json');
    await loadFolderCached({ dir, origin: 'built-in' }, { writable: prebuilt });
    markCache(prebuilt);
    fs.utimesSync(dir, past, past); // writing the index touched the folder
    const moved = `${dir}-moved`;
    fs.renameSync(dir, moved);
    track(moved);
    const loaded = await loadFolderCached({ dir: moved, origin: 'built-in' }, { prebuilt: path.join(moved, 'index.json') });
    expect(loaded.sections[0]).toMatchObject({ title: 'cached A', file: path.join(moved, 'a.md') });
  });

  it('gives back every field, bodies included, exactly as parsed', async () => {
    const dir = guideFolder({ 'a.md': '---\ntitle: A\nsummary: About A\ntags: [x]\naliases: [aa]\n---\nBody of **A**.\n', 'b.md': section('B') });
    const cache = path.join(tempDir(), 'cache.json');
    const fresh = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    const cached = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    for (const key of ['sections', 'problems', 'data', 'stamp'] as const) expect(cached[key]).toEqual(fresh[key]);
    expect(cached.section('b')).toBe(cached.sections[1]); // one object, however it is reached
    expect(cached.sections.map((s) => s.body)).toEqual(['Body of **A**.', 'Body.']);
    expect({ ...cached.sections[1] }).toMatchObject({ body: 'Body.', aliases: [], tags: [] });
  });

  it('ignores a cache whose offsets do not fit the file, as when it was cut short', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    const cache = path.join(tempDir(), 'cache.json');
    await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    markCache(cache);
    fs.writeFileSync(cache, fs.readFileSync(cache, 'utf8').slice(0, -3));
    expect((await loadFolderCached({ dir, origin: 'x' }, { writable: cache })).sections[0]?.title).toBe('A');
  });

  it('reads a folder again when one of its files cannot even be looked at', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), section('B'));
    fs.utimesSync(dir, past, past);
    const cache = path.join(tempDir(), 'cache.json');
    await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    // sub becomes a link to itself: stat of sub/b.md now fails with ELOOP (as an unreadable folder fails with EACCES), not ENOENT.
    fs.rmSync(path.join(dir, 'sub'), { recursive: true });
    fs.symlinkSync('sub', path.join(dir, 'sub'));
    fs.utimesSync(dir, past, past);
    const again = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(again.sections.map((s) => s.title)).toEqual(['A']);
  });

  it('lists a cached folder without reading its sections, with the fields a parse gives', async () => {
    const dir = guideFolder({
      'a.md': '---\ntitle: A\nsummary: About A\norder: 2\ntags: [x, y]\naliases: [aa]\nroles: [research-engineer]\n---\nBody.\n',
      'b.md': section('B'),
    });
    const cache = path.join(tempDir(), 'cache.json');
    const fresh = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    const pick = ({ id, title, summary, order, tags, aliases, roles, file, origin }: Section) => ({ id, title, summary, order, tags, aliases, roles, file, origin });
    const text = fs.readFileSync(cache, 'utf8');
    fs.writeFileSync(cache, text.replace(/\n\{"id":/g, '\n["id":')); // every section line damaged, same length
    const cached = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(cached.listing()).toEqual(fresh.sections.map(pick));
    expect(() => cached.sections).toThrow('is damaged');
    fs.writeFileSync(cache, text.replace('{"titles":', '["titles":')); // the listing damaged
    const damagedListing = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(() => damagedListing.listing()).toThrow('is damaged');
  });

  it('finds one section by id without reading the others', async () => {
    const dir = guideFolder({ 'a.md': section('A'), 'b.md': section('B') });
    const cache = path.join(tempDir(), 'cache.json');
    await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    const text = fs.readFileSync(cache, 'utf8');
    fs.writeFileSync(cache, text.replace('{"id":"a"', '{"id":777')); // section a damaged, same length
    const cached = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(cached.section('b')).toMatchObject({ title: 'B', body: 'Body.', file: path.join(dir, 'b.md'), origin: 'x' });
    expect(cached.section('nope')).toBeUndefined();
    expect(() => cached.sections).toThrow(`the guide cache ${cache} is damaged; delete it and run the command again`);
  });

  it('says in one line which cache to delete when its data files are damaged', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    fs.mkdirSync(path.join(dir, 'assess'));
    fs.writeFileSync(path.join(dir, 'assess', 'scoring.yaml'), 'fit: { strong: 30 }\n');
    for (const name of ['assess', 'assess/scoring.yaml', '.']) fs.utimesSync(path.join(dir, name), past, past);
    const cache = path.join(tempDir(), 'cache.json');
    await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    const text = fs.readFileSync(cache, 'utf8');
    const dataLine = text.trimEnd().split('\n').at(-1) ?? '';
    expect(dataLine.startsWith('{"assess/scoring.yaml":')).toBe(true);
    // Each the same length as the line it replaces (JSON allows the spaces), so the offsets still fit.
    for (const damaged of ['[]', '{"a":null}', '{"a":{"data":1}}']) {
      fs.writeFileSync(cache, `${text.slice(0, -dataLine.length - 1)}${damaged.padEnd(dataLine.length)}\n`);
      const cached = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
      expect(cached.sections[0]?.title, damaged).toBe('A'); // the rest is still read
      expect(() => cached.data, damaged).toThrow(`the guide cache ${cache} is damaged; delete it and run the command again`);
    }
  });

  it('says in one line which cache to delete when its bodies are damaged', async () => {
    const dir = guideFolder({ 'a.md': section('A') });
    const cache = path.join(tempDir(), 'cache.json');
    await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    const text = fs.readFileSync(cache, 'utf8');
    fs.writeFileSync(cache, text.replace(/"Body\."\n\{\}\n$/, '"Body\\"\n{}\n')); // the body's closing quote escaped: not JSON, same length
    const cached = await loadFolderCached({ dir, origin: 'x' }, { writable: cache });
    expect(cached.sections[0]?.title).toBe('A');
    expect(() => cached.sections[0]?.body).toThrow(`the guide cache ${cache} is damaged; delete it and run the command again`);
  });
});
