import { describe, expect, it } from 'vitest';
import { ENGINEER, useAssessHome } from '../helpers/assess-home.js';
import { careers } from '../helpers/spawn-cli.js';
import { TerminalSession, useTerminalSessions } from '../helpers/tmux.js';
import { careersInPty } from '../helpers/pty.js';

/**
 * The assessment in a real terminal, and what depends on the process (its
 * time zone). Everything else about assess is tested in-process in
 * tests/commands/assess.test.ts; the whole questionnaire is answered in a
 * real terminal in tests/e2e/questionnaire.test.ts, with and without --again.
 */
const { write, runsIn, env } = useAssessHome();
// Registered after the folder's removal, so it runs first: the program is gone before its folder is.
const opened = useTerminalSessions();

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

  it('asks only what a partial answers file leaves out', async () => {
    const partial = write('p.json', { ...ENGINEER, phd: undefined, region: undefined });
    const session = opened(TerminalSession.start(['assess', '--answers', partial, '--no-save', '--no-pager'], { env: env() }));
    await session.waitFor(/Where do you live/);
    expect(session.screen()).not.toMatch(/Where are you right now/);
    session.send('Down', 'Enter'); // from "The United States" down to "The United Kingdom"
    await session.waitFor(/Would you consider doing a PhD\?/);
    session.send('Enter'); // the first choice, "Yes"
    expect(await session.exitCode()).toBe(0);
    expect(session.screen()).toMatch(/Roles that fit you/);
    expect(session.screen()).toMatch(/proposal/); // the UK convention, from the region just chosen
  });

  it('cancels on Ctrl-C with exit 130, saving nothing, with the cursor restored', async () => {
    const session = opened(TerminalSession.start(['assess'], { env: env() }));
    await session.waitFor(/Where are you right now\?/);
    session.send('4', 'Enter');
    await session.waitFor(/\[2\/\d+\] Where do you live/);
    expect(session.cursorVisible()).toBe(false);
    session.send('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(session.screen()).toMatch(/cancelled/);
    expect(session.cursorVisible()).toBe(true);
    expect(runsIn(env().CAREERS_HOME)).toEqual([]);
  });
});
