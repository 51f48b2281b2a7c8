import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as load from '../../src/guide/load.js';
import { loadFolderCached } from '../../src/guide/cache.js';
import type { LoadedFolder } from '../../src/guide/merge.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder, tempDir } = useTempFolders('guide-cache');

const section = (title: string, body = 'Some text.') => `---\ntitle: ${title}\nsummary: About ${title}\n---\n\n${body}\n`;
const source = (dir: string) => ({ dir, origin: '--guide' });

/** Loads a folder through a cache file, counting the files read from disk. */
async function loadCounting(dir: string, cache: string, prebuilt?: string) {
  const read = vi.spyOn(load, 'readFileResult');
  try {
    const folder = await loadFolderCached(source(dir), { writable: cache, ...(prebuilt ? { prebuilt } : {}) });
    return { folder, read: read.mock.calls.map(([entry]) => entry.rel) };
  } finally {
    read.mockRestore();
  }
}

/** A folder with each body read, so that two loads compare by what they hold. */
const withBodies = (folder: LoadedFolder) => ({ ...folder, bodies: new Map([...folder.bodies].map(([file, read]) => [file, read()])) });
/** The body of the folder's section with this id, read now. */
const bodyOf = (folder: LoadedFolder, id: string) => folder.bodies.get(folder.sections.find((s) => s.id === id)?.file ?? '')?.();

/** Sets a file's mtime, so a test does not depend on the clock's resolution. */
const touch = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);

describe('a folder read through its cache', () => {
  it('gives the same sections as reading every file, and reads only the files that changed', async () => {
    const dir = folder({ 'a.md': section('A'), 'b.md': section('B'), 'sub/c.md': section('C'), 'assess/x.yaml': 'n: 1\n' });
    const cache = path.join(tempDir(), 'guide.json');
    const first = await loadCounting(dir, cache);
    expect(first.read.sort()).toEqual(['a.md', 'assess/x.yaml', 'b.md', 'sub/c.md']);
    expect(withBodies(first.folder)).toEqual(withBodies(load.loadFolder(source(dir))));

    const second = await loadCounting(dir, cache);
    expect(second.read).toEqual([]);
    expect(withBodies(second.folder)).toEqual(withBodies(first.folder));

    fs.writeFileSync(path.join(dir, 'b.md'), section('B, edited', 'New text.'));
    touch(path.join(dir, 'b.md'), 1_000_000);
    const third = await loadCounting(dir, cache);
    expect(third.read).toEqual(['b.md']);
    expect(bodyOf(third.folder, 'b')).toBe('New text.');
    expect(withBodies(third.folder)).toEqual(withBodies(load.loadFolder(source(dir))));
  });

  it('keeps no second copy of the text: a body is read from its file when asked for', async () => {
    const dir = folder({ 'a.md': section('A', 'A body that only the file holds.') });
    const cache = path.join(tempDir(), 'guide.json');
    await loadCounting(dir, cache);
    expect(fs.readFileSync(cache, 'utf8')).not.toContain('only the file holds');
    const cached = (await loadCounting(dir, cache)).folder;
    expect(bodyOf(cached, 'a')).toBe('A body that only the file holds.');
  });

  it('says to run again, rather than show the wrong text, when a file changes between listing and reading', async () => {
    const dir = folder({ 'a.md': section('A', 'Old body.') });
    const cache = path.join(tempDir(), 'guide.json');
    await loadCounting(dir, cache);
    const cached = (await loadCounting(dir, cache)).folder;
    fs.writeFileSync(path.join(dir, 'a.md'), section('A', 'A new and longer body.'));
    // Only the explicit call reads the file: a copy of the section holds no body to read.
    expect({ ...cached.sections[0] }).not.toHaveProperty('body');
    expect(() => bodyOf(cached, 'a')).toThrow(/a\.md changed while careers was reading it; run the command again/);
  });

  it('notices files added and removed', async () => {
    const dir = folder({ 'a.md': section('A'), 'b.md': section('B') });
    const cache = path.join(tempDir(), 'guide.json');
    await loadCounting(dir, cache);
    fs.rmSync(path.join(dir, 'b.md'));
    fs.writeFileSync(path.join(dir, 'c.md'), section('C'));
    const after = await loadCounting(dir, cache);
    expect(after.read).toEqual(['c.md']);
    expect(after.folder.sections.map((s) => s.id)).toEqual(['a', 'c']);
    // The removal was written back: the next run reads nothing.
    expect((await loadCounting(dir, cache)).read).toEqual([]);
  });

  it("keeps a file's problems, so a broken file is reported on every run", async () => {
    const dir = folder({ 'a.md': section('A'), 'broken.md': '---\ntitle: [\n---\n' });
    const cache = path.join(tempDir(), 'guide.json');
    const first = await loadCounting(dir, cache);
    const second = await loadCounting(dir, cache);
    expect(second.read).toEqual([]);
    expect(second.folder.problems).toEqual(first.folder.problems);
    expect(second.folder.problems[0]?.message).toContain('not valid YAML');
  });

  it.each([
    ['random bytes', () => Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256))],
    ['valid JSON of the wrong shape', () => JSON.stringify({ build: 'source', dir: '', files: [{ rel: 5 }] })],
    ['text with escape sequences', (text: string) => text.replace('"summary":"About A"', '"summary":"About \\u001b]52;c;aGk=\\u0007A"')],
    ['a section with a key this build never writes', (text: string) => text.replace('"title":"A"', '"title":"A","shadows":"skills"')],
    ['a title that breaks a line', (text: string) => text.replace('"title":"A"', '"title":"A\\nforged"')],
    ['another build', (text: string) => text.replace('"build":"source"', '"build":"other"')],
    ['a cut-short file', (text: string) => text.slice(0, text.length / 2)],
  ])('reads the folder again, with no error, when the cache holds %s', async (_, damage) => {
    const dir = folder({ 'a.md': section('A'), 'b.md': section('B') });
    const cache = path.join(tempDir(), 'guide.json');
    const fresh = (await loadCounting(dir, cache)).folder;
    fs.writeFileSync(cache, damage(fs.readFileSync(cache, 'utf8')));
    const again = await loadCounting(dir, cache);
    expect(again.read.sort()).toEqual(['a.md', 'b.md']);
    expect(withBodies(again.folder)).toEqual(withBodies(fresh));
    // And the cache was mended.
    expect((await loadCounting(dir, cache)).read).toEqual([]);
  });

  it('uses a cache only for the folder it was made from', async () => {
    const one = folder({ 'a.md': section('A') });
    const two = folder({ 'a.md': section('A') });
    touch(path.join(one, 'a.md'), 1_000_000);
    touch(path.join(two, 'a.md'), 1_000_000);
    const cache = path.join(tempDir(), 'guide.json');
    await loadCounting(one, cache);
    expect((await loadCounting(two, cache)).read).toEqual(['a.md']);
  });

  it('uses a prebuilt cache after its folder moved, as the built-in guide is', async () => {
    const dir = folder({ 'a.md': section('A') });
    const prebuilt = path.join(tempDir(), 'prebuilt.json');
    await loadCounting(dir, prebuilt);
    const moved = `${dir}-moved`;
    fs.renameSync(dir, moved);
    try {
      const result = await loadCounting(moved, path.join(tempDir(), 'user.json'), prebuilt);
      expect(result.read).toEqual([]);
      expect(result.folder.sections[0]?.file).toBe(path.join(moved, 'a.md'));
    } finally {
      fs.rmSync(moved, { recursive: true, force: true });
    }
  });

  it('works without a cache that can be written', async () => {
    const dir = folder({ 'a.md': section('A') });
    const readOnly = tempDir();
    fs.chmodSync(readOnly, 0o500);
    try {
      const result = await loadCounting(dir, path.join(readOnly, 'sub', 'guide.json'));
      expect(result.folder.sections.map((s) => s.id)).toEqual(['a']);
    } finally {
      fs.chmodSync(readOnly, 0o700);
    }
  });
});
