import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { careersInPty } from '../helpers/pty.js';
import { careers } from '../helpers/spawn-cli.js';
import { TerminalSession } from '../helpers/tmux.js';

/** The command of the "done when", on a fixed day so the test never rots. */
const ARGS = ['timeline', '--intake', '2027', '--region', 'us', '--target', 'phd', '--today', '2026-11-20'];

/** The timeline in a real terminal beside the same plan piped; the rest of the command is tested in-process. */
describe('careers timeline (built binary)', () => {
  it('gives the same dated steps in a terminal, piped into notes, and as a calendar read back by a parser', () => {
    const piped = careers(ARGS);
    expect(piped.code).toBe(0);
    const tasks = [...piped.stdout.matchAll(/^- \[ \] (\S+): (.*)$/gm)].map((m) => ({ date: m[1] ?? '', text: m[2] ?? '' }));
    expect(tasks.length).toBe(13);

    const calendar = new ICAL.Component(ICAL.parse(careers([...ARGS, '--format', 'ics']).stdout));
    const starts = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toString());
    expect(starts).toEqual(tasks.map((t) => (t.date.length === 7 ? `${t.date}-01` : t.date)));

    const { code, output } = careersInPty([...ARGS, '--color', 'never', '--no-pager'], { columns: 100 });
    expect(code).toBe(0);
    // Each step as the terminal shows it: its date, then the first words of what to do.
    for (const { date, text } of tasks) expect(output).toContain(`${date} ${text.replace(/\*/g, '').split(' ').slice(0, 3).join(' ')}`);
  });

  it('asks in a terminal for what the command line leaves open', async () => {
    const session = TerminalSession.start(['timeline', '--intake', '2027', '--today', '2026-03-01', '--no-pager'], {
      env: { CAREERS_HOME: '/nonexistent/careers-home' },
    });
    try {
      await session.waitFor(/What are you applying for\?/);
      session.send('Enter'); // a PhD
      await session.waitFor(/Where\?/);
      session.send('Down', 'Enter'); // United Kingdom
      expect(await session.exitCode()).toBe(0);
      expect(session.screen()).toMatch(/Timeline: PhD in the United Kingdom, 2027 intake/);
    } finally {
      session.close();
    }
  });
});
