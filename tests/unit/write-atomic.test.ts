import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeCacheFile, writeFileAtomic } from '../../src/files/write-atomic.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('write-atomic');
afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic and writeCacheFile', () => {
  it('leave a cache readable by all and a saved run private, with no temp file behind', () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, 'run.json'), '{"a":1}');
    writeCacheFile(path.join(dir, 'cache.json'), '{"b":2}');
    expect(fs.statSync(path.join(dir, 'run.json')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'cache.json')).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(fs.readdirSync(dir).sort()).toEqual(['cache.json', 'run.json']);
  });
});
