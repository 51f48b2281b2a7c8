import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('timeline');
const US_2027 = ['timeline', '--intake', '2027', '--region', 'us', '--target', 'phd'];

interface JsonStep {
  id: string;
  date?: string;
  when: string;
  do: string;
  late: boolean;
  due?: string;
  instead?: string;
}

/** The events of an iCalendar text, read back by ical.js (a parser independent of the library that wrote it). */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), allDay: event.startDate.isDate, end: event.endDate.toString() };
  });
}

describe('careers timeline (in-process)', () => {
  it('piped, prints a markdown task list under one level-1 heading, with no front-matter, ending in one newline', async () => {
    const { code, stdout, stderr } = await runCli([...US_2027, '--today', '2026-03-01']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('# Timeline: PhD in the United States, 2027 intake\n')).toBe(true);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.endsWith('\n\n')).toBe(false);
    expect(stdout.match(/^# /gm)).toHaveLength(1);
    expect(stdout).toMatch(/^- \[ \] 2026-10: Ask three people .* \(`careers read research-experience`\)$/m);
    expect(stdout).toMatch(/^- \[ \] 2027-04-15: /m);
    expect((stdout.match(/`/g) ?? []).length % 2).toBe(0); // no code span left open
  });

  it('takes today from the IO clock when --today is not given', async () => {
    const { stdout } = await runCli(US_2027, { now: () => new Date('2026-11-20T12:00:00') });
    expect(stdout).toMatch(/^Planned on 2026-11-20 /m);
    expect(stdout).toMatch(/\*\*Too close:\*\*/);
    // Late, the step is moved to today and leads with what to do instead.
    expect(stdout).toMatch(/^- \[ \] 2026-11-20: \*\*Late\*\* \(due 2026-10\), \*\*so instead:\*\* Ask today.*Ask three people /m);
  });

  it('gives the same dated steps as markdown, JSON and iCalendar, the calendar parsed back by ical.js', async () => {
    const today = ['--today', '2026-11-20'];
    const markdown = (await runCli([...US_2027, ...today])).stdout;
    const json = JSON.parse((await runCli([...US_2027, ...today, '--format', 'json'])).stdout) as { steps: JsonStep[]; status: string; sources: unknown[] };
    const ics = (await runCli([...US_2027, ...today, '--format', 'ics'])).stdout;

    const fromMarkdown = [...markdown.matchAll(/^- \[ \] (\S+): (.*)$/gm)].map((m) => [m[1], m[2]]);
    expect(fromMarkdown.map(([date]) => date)).toEqual(json.steps.map((s) => s.date));
    fromMarkdown.forEach(([, text], i) => expect(text).toContain(json.steps[i]?.do ?? '?'));

    const calendar = events(ics);
    expect(calendar.map((e) => e.start)).toEqual(json.steps.map((s) => (s.date?.length === 7 ? `${s.date}-01` : s.date)));
    expect(calendar.every((e) => e.allDay)).toBe(true);
    calendar.forEach((e, i) => expect(e.summary).toBe(json.steps[i]?.late ? `Late: ${json.steps[i]?.instead ?? json.steps[i]?.do}` : json.steps[i]?.do));
    expect(json.status).toBe('too-close');
    expect(json.sources.length).toBeGreaterThan(0);
  });

  it('looks ahead: on any day, a step not marked late is never in the past, and a late one is moved to today with its date due', async () => {
    for (const day of ['2026-03-01', '2026-09-15', '2026-11-20', '2026-12-01', '2026-12-06', '2026-12-31']) {
      const args = [...US_2027, '--today', day];
      const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as { steps: JsonStep[] };
      const calendar = events((await runCli([...args, '--format', 'ics'])).stdout);
      const markdown = (await runCli(args)).stdout;
      const dated = json.steps.filter((s) => s.date);
      expect(calendar).toHaveLength(dated.length);
      calendar.forEach((event, i) => {
        const step = dated[i];
        // No event starts before today; a late one starts today and says so first.
        expect(event.start >= day, `${day}: ${event.summary} on ${event.start}`).toBe(true);
        if (step?.late) expect(event).toMatchObject({ start: day, summary: expect.stringMatching(/^Late: /) });
        else expect(event.summary).not.toMatch(/^Late/);
      });
      for (const step of dated) {
        if (step.late) expect(markdown).toContain(`- [ ] ${day}: **Late** (due ${step.due}), **so instead:**`);
        expect(step.date && step.date.length === 10 ? step.date >= day : `${step.date}-31` >= day).toBe(true);
      }
    }
  });

  it('gives each calendar event a UID that stays the same when the plan is made again on another day', async () => {
    const uids = async (day: string) =>
      events((await runCli([...US_2027, '--today', day, '--format', 'ics'])).stdout)
        .map((e) => e.uid)
        .filter((uid) => !uid.endsWith('-research@careers'));
    const early = await uids('2026-03-01');
    expect(new Set(early).size).toBe(early.length);
    expect(await uids('2026-11-20')).toEqual(early);
    expect(early).toContain('phd-us-2027-ask-letters@careers');
  });

  it('leaves steps with no date out of the calendar and says so on stderr', async () => {
    const { code, stdout, stderr } = await runCli([
      'timeline',
      '--intake',
      '2027',
      '--region',
      'other',
      '--target',
      'phd',
      '--today',
      '2026-03-01',
      '--format',
      'ics',
    ]);
    expect(code).toBe(0);
    expect(events(stdout).map((e) => e.uid)).toEqual(['phd-other-2027-check-dates@careers', 'phd-other-2027-research@careers']);
    expect(stderr).toMatch(/^careers: warning: 7 steps have no date here .*\n$/);
  });

  it.each([
    [['--today', '2026-02-30'], /--today must be a day written YYYY-MM-DD \(got "2026-02-30"\)/],
    [['--today', 'tomorrow'], /--today must be a day/],
    [['--intake', '27'], /--intake must be a year from 2026 to 2036 \(got "27"\)/],
    [['--intake', '2099'], /--intake must be a year/],
    [['--intake', '2026', '--today', '2026-11-30'], /the 2026 intake has already started \(2026-08\); plan for 2027 or later/],
    [['--region', 'mars'], /argument 'mars' is invalid/],
    [['--format', 'pdf'], /argument 'pdf' is invalid/],
  ])('exits 2 with one line for %j', async (extra, message) => {
    const args = ['timeline', '--intake', '2027', '--region', 'us', '--target', 'phd', ...extra];
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')[0]).toMatch(/^careers: /);
  });

  it('with no terminal and nothing saved, exits 2 naming each missing option', async () => {
    const { code, stderr } = await runCli(['timeline', '--region', 'uk'], { env: { CAREERS_HOME: tempDir() } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^careers: missing --intake and --target \(no terminal to ask in\)\n/);
  });

  it("takes the region and the target from the last saved assessment's answers", async () => {
    const home = tempDir();
    const answers = path.join(home, 'me.json');
    fs.writeFileSync(
      answers,
      JSON.stringify({
        stage: 'undergrad',
        top_institution: false,
        skills: { software: 2, ml: 2, research: 1, theory: 1 },
        numerical: true,
        publications: 0,
        research_experience: 'some',
        interests: ['ideas'],
        phd: 'yes',
        region: 'uk',
      }),
    );
    expect((await runCli(['assess', '--answers', answers, '--format', 'json'], { env: { CAREERS_HOME: home } })).code).toBe(0);
    const { code, stdout } = await runCli(['timeline', '--intake', '2027', '--today', '2026-03-01'], { env: { CAREERS_HOME: home } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Timeline: PhD in the United Kingdom, 2027 intake$/m);
  });

  it('in a terminal, prints the plan month by month with a heading a month', async () => {
    const { code, stdout } = await runCli([...US_2027, '--today', '2026-03-01', '--color', 'never'], { stdoutIsTTY: true, columns: 100, rows: 200 });
    expect(code).toBe(0);
    for (const month of ['2026-09', '2026-10', '2026-12', '2027-02', '2027-04', '2027-08']) expect(stdout).toMatch(new RegExp(`^${month}$`, 'm'));
    expect(stdout).toMatch(/2027-04-15 Answer the offers/);
    expect(stdout).not.toMatch(/\[ \]/);
  });
});
