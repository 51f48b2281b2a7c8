import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TerminalOptions } from '../../src/terminal/render-options.js';
import { pruneOldest } from '../../src/files/cache-folder.js';
import { renderCache } from '../../src/files/render-cache.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('render-cache');
const OPTIONS: TerminalOptions = { width: 80, colorLevel: 1, hyperlinks: 'off' };

describe('renderCache', () => {
  it('gives back a rendering only for the same markdown, options and build', () => {
    const dir = tempDir();
    renderCache(dir, 'b1', OPTIONS)?.set('# A', 'rendered A');
    expect(renderCache(dir, 'b1', OPTIONS)?.get('# A')).toBe('rendered A');
    expect(renderCache(dir, 'b1', OPTIONS)?.get('# B')).toBeUndefined();
    expect(renderCache(dir, 'b2', OPTIONS)?.get('# A')).toBeUndefined();
    expect(renderCache(dir, 'b1', { ...OPTIONS, width: 60 })?.get('# A')).toBeUndefined();
    expect(renderCache(dir, 'b1', { ...OPTIONS, colorLevel: 0 })?.get('# A')).toBeUndefined();
    expect(renderCache(dir, 'b1', { ...OPTIONS, hyperlinks: 'osc8' })?.get('# A')).toBeUndefined();
  });

  it('never returns an entry whose stored key differs (a hash collision), nor a damaged one', () => {
    const dir = tempDir();
    const cache = renderCache(dir, 'b1', OPTIONS);
    cache?.set('# A', 'rendered A');
    const [file] = fs.readdirSync(path.join(dir, 'rendered'));
    const entry = path.join(dir, 'rendered', file ?? '');
    fs.writeFileSync(entry, JSON.stringify({ key: 'something else', text: 'wrong' }));
    expect(cache?.get('# A')).toBeUndefined();
    fs.writeFileSync(entry, '{"key":');
    expect(cache?.get('# A')).toBeUndefined();
  });

  it('is off without a cache folder', () => {
    expect(renderCache(undefined, 'b1', OPTIONS)).toBeUndefined();
  });

  it('costs only speed when the cache folder cannot be written', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'rendered'), 'a file where the folder should be');
    const cache = renderCache(dir, 'b1', OPTIONS);
    expect(() => cache?.set('# A', 'x')).not.toThrow();
    expect(cache?.get('# A')).toBeUndefined();
  });
});

describe('pruneOldest', () => {
  it('once over the limit, keeps the most recently used four fifths, and leaves other files alone', () => {
    const dir = tempDir();
    for (let i = 0; i < 6; i++) {
      const file = path.join(dir, `${i}.json`);
      fs.writeFileSync(file, '{}');
      fs.utimesSync(file, new Date(1_000_000 + i * 1000), new Date(1_000_000 + i * 1000));
    }
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    pruneOldest(dir, 6);
    expect(fs.readdirSync(dir)).toHaveLength(7); // not over yet
    pruneOldest(dir, 5);
    expect(fs.readdirSync(dir).sort()).toEqual(['2.json', '3.json', '4.json', '5.json', 'notes.txt']);
  });

  it('removes temp files left by a crashed write, not one being written', () => {
    const dir = tempDir();
    const stale = path.join(dir, '.a.json.1-x.tmp');
    const fresh = path.join(dir, '.b.json.2-y.tmp');
    fs.writeFileSync(stale, '{');
    fs.writeFileSync(fresh, '{');
    fs.utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    pruneOldest(dir, 10);
    expect(fs.readdirSync(dir)).toEqual(['.b.json.2-y.tmp']);
  });
});

describe('renderCache use', () => {
  it('marks an entry as used when it is read, so pruning keeps it', () => {
    const dir = tempDir();
    const cache = renderCache(dir, 'b1', OPTIONS);
    cache?.set('# A', 'A');
    cache?.set('# B', 'B');
    const folder = path.join(dir, 'rendered');
    for (const name of fs.readdirSync(folder)) fs.utimesSync(path.join(folder, name), new Date(1_000_000), new Date(1_000_000));
    cache?.get('# A');
    const times = fs
      .readdirSync(folder)
      .map((name) => [fs.readFileSync(path.join(folder, name), 'utf8').includes('"A"'), fs.statSync(path.join(folder, name)).mtimeMs] as const);
    expect(times.find(([isA]) => isA)?.[1]).toBeGreaterThan(times.find(([isA]) => !isA)?.[1] ?? Infinity);
  });
});
