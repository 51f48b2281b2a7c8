import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/history/compare-runs.js';
import { setAnswer } from '../../src/assess/set-answer.js';
import { pickRun } from '../../src/history/pick-run.js';
import { localeIsAscii, toAscii } from '../../src/text/ascii.js';

const role = (id: string, fit: string) => ({ id, title: id, fit });

describe('compareRuns', () => {
  it('lists the answers that changed, by dot path, and the roles that moved', () => {
    const before = {
      answers: { stage: 'industry', skills: { ml: 1, software: 4 }, interests: ['implementation'] },
      roles: [role('re', 'strong'), role('policy', 'stretch'), role('dl', 'stretch')],
    };
    const after = {
      answers: { stage: 'industry', skills: { ml: 3, software: 4 }, interests: ['implementation', 'policy'] },
      roles: [role('re', 'strong'), role('dl', 'possible'), role('policy', 'possible')],
    };
    const diff = compareRuns(before, after);
    expect(diff.answers).toEqual([
      { key: 'skills.ml', from: 1, to: 3 },
      { key: 'interests', from: ['implementation'], to: ['implementation', 'policy'] },
    ]);
    expect(diff.roles.map((r) => [r.id, r.from?.rank, r.to?.rank])).toEqual([
      ['dl', 3, 2],
      ['policy', 2, 3],
    ]);
  });

  it('finds nothing to say about the same run twice', () => {
    const run = { answers: { stage: 'masters' }, roles: [role('re', 'strong')] };
    expect(compareRuns(run, run)).toEqual({ answers: [], roles: [] });
  });
});

describe('pickRun', () => {
  it("finds a run by the day history shows it on, in the reader's time zone, not by its UTC date", () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      const late = [{ run: { date: '2026-11-29T03:00:00.000Z' } }, { run: { date: '2026-11-29T23:00:00.000Z' } }];
      expect(pickRun(late, '2026-11-29')).toBe(late[0]);
      expect(pickRun(late, '2026-11-30')).toBe(late[1]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  const runs = ['2026-11-01T10:00:00.000Z', '2026-11-30T09:00:00.000Z', '2026-11-30T18:30:00.000Z'].map((date) => ({ run: { date } }));
  it('finds a run by its number, by its saved day (the latest that day), or the latest', () => {
    expect(pickRun(runs, '1')).toBe(runs[0]);
    expect(pickRun(runs, '2026-11-30T09:00:00.000Z')).toBe(runs[1]);
    expect(pickRun(runs, '2026-11-01')).toBe(runs[0]);
    expect(pickRun(runs, undefined)).toBe(runs[2]);
  });
  it('says what exists when a reference finds nothing', () => {
    expect(() => pickRun(runs, '4')).toThrow('no run number 4; careers history numbers runs 1 to 3');
    expect(() => pickRun(runs, '1999-01-01')).toThrow('no run on "1999-01-01"');
    expect(() => pickRun([], undefined)).toThrow('no saved assessment yet');
    expect(() => pickRun(runs, '2026-1')).toThrow('neither a run number nor a date');
  });
});

describe('setAnswer (--set key=value)', () => {
  it('reads each value as its answer wants it', () => {
    expect(setAnswer({}, 'skills.ml=3')).toEqual({ ok: { skills: { ml: 3 } } });
    expect(setAnswer({}, 'numerical=true')).toEqual({ ok: { numerical: true } });
    expect(setAnswer({}, 'interests=policy, theory')).toEqual({ ok: { interests: ['policy', 'theory'] } });
    expect(setAnswer({}, 'interests=')).toEqual({ ok: { interests: [] } });
    expect(setAnswer({ stage: 'masters' }, 'stage=industry')).toEqual({ ok: { stage: 'industry' } });
  });
  it('refuses what is not key=value, not an answer, or not allowed', () => {
    expect(setAnswer({}, 'skills.ml=0x3')).toMatchObject({ error: expect.stringMatching(/^skills\.ml must be/) });
    expect(setAnswer({}, 'publications=1e1')).toMatchObject({ error: expect.stringMatching(/^publications must be/) });
    expect(setAnswer({}, 'skills.ml')).toMatchObject({ error: expect.stringMatching(/takes key=value/) });
    expect(setAnswer({}, 'skill.ml=2')).toMatchObject({ error: expect.stringMatching(/"skill\.ml" is not an answer/) });
    expect(setAnswer({}, 'publications=')).toMatchObject({ error: 'publications must be an integer of 0 or more (got "")' });
    expect(setAnswer({}, 'stage=astronaut')).toMatchObject({ error: expect.stringMatching(/^stage must be one of/) });
  });
});

describe('ASCII in a locale without UTF-8', () => {
  it('decides by the first locale variable that is set', () => {
    expect(localeIsAscii({ LANG: 'C' }, 'linux')).toBe(true);
    expect(localeIsAscii({ LANG: 'en_GB.UTF-8' }, 'linux')).toBe(false);
    expect(localeIsAscii({ LC_ALL: 'POSIX', LANG: 'en_GB.UTF-8' }, 'linux')).toBe(true);
    expect(localeIsAscii({ LC_CTYPE: 'en_US.utf8' }, 'linux')).toBe(false);
    expect(localeIsAscii({}, 'linux')).toBe(false);
    expect(localeIsAscii({ LANG: 'C' }, 'win32')).toBe(false);
  });
  it('draws the symbols careers uses in ASCII', () => {
    expect(toAscii('❯ ✔ ┌─┐ │ • a…b → “q” — x')).toBe('> * +-+ | * a...b -> "q" -- x');
  });
});
