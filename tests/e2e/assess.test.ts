import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { careers } from '../helpers/spawn-cli.js';
import { TerminalSession } from '../helpers/tmux.js';
import { careersInPty } from '../helpers/pty.js';

/**
 * The assessment in a real terminal, and what depends on the process (its
 * time zone). Everything else about assess is tested in-process in
 * tests/commands/assess.test.ts.
 */
const ENGINEER = {
  stage: 'industry', top_institution: false, skills: { software: 4, ml: 1, research: 0, theory: 1 }, numerical: true,
  publications: 0, research_experience: 'none', interests: ['implementation'], phd: 'maybe', region: 'us',
};

let home: string;
let session: TerminalSession | undefined;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-assess-'));
});
afterEach(() => {
  session?.close();
  session = undefined;
  fs.rmSync(home, { recursive: true, force: true });
});

const write = (name: string, content: unknown) => {
  const file = path.join(home, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const runsIn = (dir: string) => (fs.existsSync(path.join(dir, 'runs')) ? fs.readdirSync(path.join(dir, 'runs')) : []);
const env = () => ({ CAREERS_HOME: path.join(home, 'data') });

describe('careers assess in a real terminal', () => {
  it('shows past runs in the local time zone in a terminal', () => {
    careers(['assess', '--answers', write('a.json', ENGINEER), '--format', 'json'], { env: env() });
    const saved = JSON.parse(careers(['history', '--format', 'json'], { env: env() }).stdout) as Array<{ date: string }>;
    const utc = new Date(saved[0]?.date ?? '');
    const tokyo = new Date(utc.getTime() + 9 * 3600_000); // Asia/Tokyo has no daylight saving time
    const expected = `${tokyo.toISOString().slice(0, 10)} ${tokyo.toISOString().slice(11, 16)}`;
    const { output } = careersInPty(['history'], { env: { ...env(), TZ: 'Asia/Tokyo', NO_COLOR: '1' } });
    expect(output).toContain(`${expected}  industry`);
  });

  it('asks every question, prints the result and saves the run', async () => {
    session = TerminalSession.start(['assess', '--no-pager'], { env: env() });
    await session.waitFor(/Where are you right now\?/);
    expect(session.screen()).toMatch(/\[1\/\d+\] Where are you right now\?/);
    session.send('3', 'Enter'); // the third choice, as numbered on screen
    await session.waitFor(/✔ \[1\/\d+\] Where are you right now\? Working in industry/);
    // Accept every other default until the result appears; a multi-choice question needs a choice first.
    await session.acceptDefaults(/Roles that fit you/);
    expect(await session.exitCode()).toBe(0);
    const screen = session.screen();
    expect(screen).toMatch(/Software engineering .*highest level/);
    expect(screen).not.toMatch(/leading research institution/i); // asked only of undergraduates
    expect(screen).toMatch(/Roles that fit you/);
    expect(screen).toMatch(/A caveat/);
    const runs = runsIn(env().CAREERS_HOME);
    expect(runs).toHaveLength(1);
    const saved = JSON.parse(fs.readFileSync(path.join(env().CAREERS_HOME, 'runs', runs[0] ?? ''), 'utf8')) as { answers: { stage: string } };
    expect(saved.answers.stage).toBe('industry');
  });

  it('asks only what a partial answers file leaves out', async () => {
    const partial = write('p.json', { ...ENGINEER, phd: undefined, region: undefined });
    session = TerminalSession.start(['assess', '--answers', partial, '--no-save', '--no-pager'], { env: env() });
    await session.waitFor(/Would you consider doing a PhD\?/);
    expect(session.screen()).not.toMatch(/Where are you right now/);
    session.send('Enter'); // the first choice, "Yes"
    await session.waitFor(/Where would you most likely apply/);
    session.send('Down', 'Enter'); // from "The United States" down to "The United Kingdom"
    expect(await session.exitCode()).toBe(0);
    expect(session.screen()).toMatch(/Roles that fit you/);
    expect(session.screen()).toMatch(/proposal/); // the UK convention, from the region just chosen
  });

  it('offers the last answers as defaults with --again', async () => {
    careers(['assess', '--answers', write('a.json', { ...ENGINEER, stage: 'masters' })], { env: env() });
    session = TerminalSession.start(['assess', '--again', '--no-pager', '--no-save'], { env: env() });
    await session.waitFor(/Where are you right now\?/);
    session.send('Enter');
    await session.waitFor(/✔ \[1\/\d+\] Where are you right now\? Master's/);
  });

  it('cancels on Ctrl-C with exit 130, saving nothing, with the cursor restored', async () => {
    session = TerminalSession.start(['assess'], { env: env() });
    await session.waitFor(/Where are you right now\?/);
    session.send('3', 'Enter');
    await session.waitFor(/\[2\/\d+\] Software engineering/);
    expect(session.cursorVisible()).toBe(false);
    session.send('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(session.screen()).toMatch(/cancelled/);
    expect(session.cursorVisible()).toBe(true);
    expect(runsIn(env().CAREERS_HOME)).toEqual([]);
  });
});
