import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedRun, savedRunRefs } from '../../src/history/saved-runs.js';
import { ENGINEER } from '../helpers/assess-home.js';
import { fakeIO, runCli } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder, tempDir } = useTempFolders('saved-runs');

/** Every saved run, each read and checked, as history --all reads them. */
const savedRuns = (io: ReturnType<typeof fakeIO>) => savedRunRefs(io).flatMap((ref) => readSavedRun(io, ref) ?? []);

describe('saved runs', () => {
  it('reads back a run that assess saved, whole and checked', async () => {
    const home = tempDir();
    const answers = path.join(folder({ 'a.json': JSON.stringify(ENGINEER) }), 'a.json');
    const assessed = await runCli(['assess', '--answers', answers, '--format', 'json'], { env: { CAREERS_HOME: home } });
    expect(assessed.code).toBe(0);
    const io = fakeIO({ env: { CAREERS_HOME: home } });
    const [run] = savedRuns(io);
    expect(io.err()).toBe('');
    expect(run?.result).toEqual(JSON.parse(assessed.stdout));
  });

  it('skips a current run whose answers are out of the contract, with a warning', async () => {
    const home = tempDir();
    const answers = path.join(folder({ 'a.json': JSON.stringify(ENGINEER) }), 'a.json');
    await runCli(['assess', '--answers', answers, '--format', 'json'], { env: { CAREERS_HOME: home } });
    const [file = ''] = fs.readdirSync(path.join(home, 'runs'));
    const saved = JSON.parse(fs.readFileSync(path.join(home, 'runs', file), 'utf8')) as { result: { answers: { skills: { ml: unknown } } } };
    saved.result.answers.skills.ml = 'lots';
    fs.writeFileSync(path.join(home, 'runs', file), JSON.stringify(saved));
    const io = fakeIO({ env: { CAREERS_HOME: home } });
    expect(savedRuns(io)).toEqual([]);
    expect(io.err()).toMatch(/does not hold a result; skipped/);
  });
});
