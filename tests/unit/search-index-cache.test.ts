import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedSearchIndex } from '../../src/search/index-cache.js';
import { searchGuide } from '../../src/search/search.js';
import type { Guide, Section } from '../../src/guide/types.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir: cache } = useTempFolders('search');
const section = (id: string, body: string): Section => ({
  id, title: id, summary: '', order: 0, tags: [], aliases: [], related: [], roles: [], stages: [], skills: [], regions: [], changed: [],
  body, file: `${id}.md`, origin: 'test',
});
const guide = (signature: string, sections: Section[]): Guide => ({ sections, problems: [], data: {}, stamp: signature });

describe('cachedSearchIndex', () => {
  it('saves the index and reuses it for the same guide files', () => {
    const dir = cache();
    const first = guide('sig-a', [section('residency', 'Apply to residency programs.')]);
    expect(searchGuide(first.sections, 'residency', { index: cachedSearchIndex(first, dir) })[0]?.id).toBe('residency');
    const saved = fs.readdirSync(path.join(dir, 'search'));
    expect(saved).toHaveLength(1);
    // Same signature, different sections in memory: the saved index is what answers.
    const same = guide('sig-a', [section('residency', 'Something else entirely.')]);
    expect(cachedSearchIndex(same, dir).search('programs').map((r) => r.id)).toEqual(['residency']);
  });

  it('builds a new index when the guide files change', () => {
    const dir = cache();
    cachedSearchIndex(guide('sig-a', [section('a', 'alpha')]), dir);
    const changed = guide('sig-b', [section('b', 'beta')]);
    expect(cachedSearchIndex(changed, dir).search('beta').map((r) => r.id)).toEqual(['b']);
  });

  it('rebuilds a damaged index, and works without a cache folder', () => {
    const dir = cache();
    const g = guide('sig-a', [section('a', 'alpha')]);
    cachedSearchIndex(g, dir);
    const [name] = fs.readdirSync(path.join(dir, 'search'));
    fs.writeFileSync(path.join(dir, 'search', name ?? ''), '{"broken":');
    expect(cachedSearchIndex(g, dir).search('alpha').map((r) => r.id)).toEqual(['a']);
    expect(cachedSearchIndex(g, undefined).search('alpha').map((r) => r.id)).toEqual(['a']);
  });
});
