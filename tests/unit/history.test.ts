import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadHistory, saveRun, type SavedRun } from '../../src/history/store.js';
import { writeFileAtomic } from '../../src/files/write-atomic.js';
import { dataDir } from '../../src/files/data-dir.js';
import { useTempFolders } from '../helpers/temp-folders.js';

// linkSync is what publishes a saved run under its name: a test makes it fail, as a crash at that moment would.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const linkSync = vi.fn(actual.linkSync);
  return { ...actual, linkSync, default: { ...actual, linkSync } };
});

const { tempDir } = useTempFolders('store');
afterEach(() => vi.clearAllMocks());

const run = (date: string, stage = 'undergrad'): SavedRun => ({ version: 1, date, answers: { stage }, result: { roles: [] } });

describe('the history of saved runs', () => {
  it('keeps every run, oldest first', () => {
    const dir = tempDir();
    saveRun(dir, run('2026-11-26T10:00:00.000Z', 'masters'));
    saveRun(dir, run('2026-11-26T09:00:00.000Z', 'undergrad'));
    saveRun(dir, run('2026-11-26T09:00:00.000Z', 'industry'));
    const { entries, warnings } = loadHistory(dir);
    expect(warnings).toEqual([]);
    expect(entries.map((e) => (e.run.answers as { stage: string }).stage)).toEqual(['undergrad', 'industry', 'masters']);
  });

  it('is empty before the first run', () => {
    expect(loadHistory(path.join(tempDir(), 'none'))).toEqual({ entries: [], warnings: [] });
  });

  it('leaves earlier history intact when a crash comes between writing and renaming', () => {
    const dir = tempDir();
    saveRun(dir, run('2026-11-26T09:00:00.000Z'));
    // The temp file is written; publishing it under its final name (link) is what fails.
    vi.mocked(fs.linkSync).mockImplementationOnce(() => {
      throw new Error('simulated crash before the file is published');
    });
    expect(() => saveRun(dir, run('2026-11-26T10:00:00.000Z'))).toThrow(/simulated crash/);
    const { entries } = loadHistory(dir);
    expect(entries.map((e) => e.run.date)).toEqual(['2026-11-26T09:00:00.000Z']);
    expect(fs.readdirSync(path.join(dir, 'runs')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes, on the next save, temp files a killed save left behind an hour ago, and no newer one', () => {
    const dir = tempDir();
    saveRun(dir, run('2026-11-26T09:00:00.000Z'));
    const runs = path.join(dir, 'runs');
    const old = path.join(runs, '.2026-11-26T08-00-00-000Z.json.1-x.tmp');
    const recent = path.join(runs, '.2026-11-26T08-59-00-000Z.json.2-y.tmp');
    fs.writeFileSync(old, '{"answers": "private"}');
    fs.writeFileSync(recent, '{"answers": "in progress"}');
    const twoHoursAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    saveRun(dir, run('2026-11-26T10:00:00.000Z'));
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
  });

  it('moves a damaged run aside with a warning instead of overwriting or using it', () => {
    const dir = tempDir();
    saveRun(dir, run('2026-11-26T09:00:00.000Z'));
    const damaged = path.join(dir, 'runs', '2026-11-26T10-00-00-000Z.json');
    fs.writeFileSync(damaged, '{"version": 1, "date": "2026-11-26T10:00');
    const { entries, warnings } = loadHistory(dir);
    expect(entries).toHaveLength(1);
    expect(warnings[0]).toMatch(/is damaged; moved it to .*\.corrupt$/);
    expect(fs.readFileSync(`${damaged}.corrupt`, 'utf8')).toBe('{"version": 1, "date": "2026-11-26T10:00');
  });
});

describe('what history never does', () => {
  it('never overwrites an earlier run, even one with the same timestamp', () => {
    const dir = tempDir();
    const first = saveRun(dir, run('2026-11-26T09:00:00.000Z', 'masters'));
    const second = saveRun(dir, run('2026-11-26T09:00:00.000Z', 'industry'));
    expect(second).not.toBe(first);
    expect(JSON.parse(fs.readFileSync(first, 'utf8')).answers.stage).toBe('masters');
  });

  it('never overwrites an earlier .corrupt file when moving another aside', () => {
    const dir = tempDir();
    const damaged = path.join(dir, 'runs', '2026-11-26T10-00-00-000Z.json');
    fs.mkdirSync(path.dirname(damaged), { recursive: true });
    fs.writeFileSync(`${damaged}.corrupt`, 'first damaged copy');
    fs.writeFileSync(damaged, 'second damaged copy');
    const { warnings } = loadHistory(dir);
    expect(warnings[0]).toMatch(/moved it to .*\.corrupt-1$/);
    expect(fs.readFileSync(`${damaged}.corrupt`, 'utf8')).toBe('first damaged copy');
    expect(fs.readFileSync(`${damaged}.corrupt-1`, 'utf8')).toBe('second damaged copy');
  });

  it('leaves a run written by a newer version where it is', () => {
    const dir = tempDir();
    const newer = path.join(dir, 'runs', '2026-11-26T10-00-00-000Z.json');
    fs.mkdirSync(path.dirname(newer), { recursive: true });
    fs.writeFileSync(newer, JSON.stringify({ version: 2, date: 'x', answers: {}, result: {} }));
    const { entries, warnings } = loadHistory(dir);
    expect(entries).toEqual([]);
    expect(warnings[0]).toMatch(/written by a newer version of careers \(format 2\); skipped$/);
    expect(fs.existsSync(newer)).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole', () => {
    const file = path.join(tempDir(), 'x.json');
    fs.writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('dataDir', () => {
  it('prefers CAREERS_HOME, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(dataDir({ CAREERS_HOME: '/c', XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(dataDir({ XDG_DATA_HOME: '/x', HOME: '/h' })).toBe(path.join('/x', 'careers'));
    expect(dataDir({ HOME: '/h' })).toBe(path.join('/h', '.local', 'share', 'careers'));
  });
});
