import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MASTERS_STUDENT } from '../helpers/assess-home.js';
import { careers, careersOnPath, cleanEnv } from '../helpers/spawn-cli.js';
import { careersInPty } from '../helpers/pty.js';
import { bottom, TerminalSession, useTerminalSessions } from '../helpers/tmux.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('questions');
let dir = '';
beforeEach(() => {
  dir = tempDir();
});
// Registered after the folders' removal, so it runs first: the program is gone before its folder is.
const opened = useTerminalSessions();

const data = () => path.join(dir, 'data');
const savedAnswers = () =>
  fs
    .readdirSync(path.join(data(), 'runs'))
    .sort()
    .map((name) => (JSON.parse(fs.readFileSync(path.join(data(), 'runs', name), 'utf8')) as { answers: unknown }).answers);
/** The prompt being answered: the last lines of the screen. */
const bottomOf = (s: TerminalSession) => bottom(s.screen());

/** A bash in a terminal of its own, `careers` being the built CLI. */
function bashSession(extraEnv: Record<string, string> = {}) {
  return TerminalSession.interactiveShell('bash --norc --noprofile -i', dir, careersOnPath(dir), {
    NO_COLOR: '1',
    CAREERS_HOME: data(),
    XDG_CACHE_HOME: cleanEnv().XDG_CACHE_HOME ?? '',
    ...extraEnv,
  });
}

describe('the questionnaire in a real terminal', () => {
  it('asks on the terminal and writes only the plan with careers assess >> notes.md', async () => {
    const session = opened(bashSession());
    await session.waitFor(/\$ $/m);
    session.send(`cd ${dir} && careers assess >> notes.md; echo "[exit $?]"`, 'Enter');
    await session.waitFor(/\[1\/\d+\] Where are you right now\?/);
    session.send('4', 'Enter'); // the fourth choice, as numbered on screen
    await session.waitFor(/✔ \[1\/\d+\] Where are you right now\? Working in industry/);
    // Accept every other default until the command ends; a multi-choice question needs a choice first.
    await session.acceptDefaults(/\[exit \d+\]/);
    const screen = session.screen();
    expect(screen).toMatch(/\[exit 0\]/);
    expect(screen).toMatch(/careers: saved in ~\/data\/runs\//);
    expect(screen).toMatch(/Software engineering .*highest level/);
    expect(screen).not.toMatch(/leading research institution/i); // asked only of undergraduates
    const note = fs.readFileSync(path.join(dir, 'notes.md'), 'utf8');
    expect(note).toMatch(/^# My careers plan \(\d{4}-\d{2}-\d{2}\)\n/);
    expect(note).toMatch(/Roles that fit you/);
    expect(note).toMatch(/A caveat/);
    expect(note).not.toMatch(/Where are you right now|\[1\/\d+\]|\u001B/);
    expect(savedAnswers()).toEqual([expect.objectContaining({ stage: 'industry' })]);
  }, 30_000);

  it('goes back a question with Esc, starting on the answer given before', async () => {
    const session = opened(TerminalSession.start(['assess', '--no-pager', '--no-save'], { env: { CAREERS_HOME: data() } }));
    await session.waitFor(/\[1\/\d+\] Where are you right now\?/);
    expect(bottomOf(session)).not.toMatch(/esc back/); // nothing to go back to yet
    session.send('4', 'Enter');
    await session.waitFor(/\[2\/\d+\] Where do you live/);
    expect(bottomOf(session)).toMatch(/esc back/);
    session.send('Escape');
    await session.waitFor(/\? \[1\/\d+\] Where are you right now\?\n(?: {2}\d\..*\n)*❯ 4\. Working in industry/);
    session.send('Down', 'Enter');
    await session.waitFor(/✔ \[1\/\d+\] Where are you right now\? PhD student/);
  }, 30_000);

  it('going back leaves no stale frame: the abandoned question and the earlier answer are cleared, and answered lines carry no key hints', async () => {
    const s = opened(TerminalSession.start(['assess', '--no-pager', '--no-save'], { env: { CAREERS_HOME: data() }, columns: 80 }));
    // What is on the screen now: a screen cleared whole goes into tmux's scrollback, which is no stale frame.
    // So each step waits for its question on the visible screen, not for an older frame of it in the scrollback.
    const shows = (pattern: RegExp) => s.waitFor(() => pattern.test(s.visibleScreen()));
    const expectCount = (pattern: RegExp, n: number) => expect(s.visibleScreen().match(pattern)?.length ?? 0, s.visibleScreen()).toBe(n);
    await shows(/\[1\/\d+\] Where are you right now\?/);
    s.send('2', 'Enter'); // an undergraduate: asked the year of the degree, then about their university, a yes/no question
    await shows(/\[2\/\d+\] Which year of your degree/);
    s.send('Enter');
    await shows(/\[3\/\d+\] Is your university/);
    expect(bottomOf(s)).toMatch(/\(esc: back\)/);
    s.send('Enter');
    await shows(/\[4\/\d+\] Where do you live/);
    expect(s.screen()).toMatch(/^✔ \[3\/\d+\] Is your university.* no$/m);
    expect(s.screen()).not.toMatch(/^✔ .*\(esc: back\)/m);
    s.send('Escape');
    await shows(/^\? \[3\/\d+\] Is your university/m);
    // One frame a question: the abandoned fourth is gone, and the third is asked once, not under its own answer.
    expectCount(/\[4\/\d+\]/g, 0);
    expectCount(/\[3\/\d+\]/g, 1);
    expectCount(/\[2\/\d+\]/g, 1);
    expectCount(/\[1\/\d+\]/g, 1);
    s.send('Escape');
    await shows(/^\? \[2\/\d+\] Which year of your degree/m);
    expectCount(/\[3\/\d+\]/g, 0);
    expectCount(/\[2\/\d+\]/g, 1);
    expectCount(/\[1\/\d+\]/g, 1);
    s.send('Enter');
    await shows(/\[3\/\d+\] Is your university/);
    expectCount(/\[2\/\d+\]/g, 1);
    expectCount(/\[1\/\d+\]/g, 1);
  }, 60_000);

  it('keeps every earlier answer when Enter is pressed throughout with --again', async () => {
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(MASTERS_STUDENT));
    expect(careers(['assess', '--answers', path.join(dir, 'a.json')], { env: { CAREERS_HOME: data() } }).code).toBe(0);
    const session = opened(TerminalSession.start(['assess', '--again', '--no-pager'], { env: { CAREERS_HOME: data() } }));
    await session.waitFor(/Where are you right now\?/);
    await session.acceptDefaults(/\[exit \d+\]/);
    expect(await session.exitCode()).toBe(0);
    const [first, second] = savedAnswers();
    expect(second).toEqual(first);
  }, 30_000);

  it('draws prompts with ASCII symbols in a locale without UTF-8', async () => {
    const session = opened(TerminalSession.start(['assess', '--no-save'], { env: { CAREERS_HOME: data(), LANG: 'C' } }));
    await session.waitFor(/Where are you right now\?/);
    session.send('Enter');
    await session.waitFor(/\[2\/\d+\]/);
    const screen = session.screen();
    expect(screen).toMatch(/^\* \[1\/\d+\] Where are you right now\? At school$/m);
    expect(screen).not.toMatch(/[❯✔•↑↓⏎]/);
  }, 30_000);
});

describe('terminal output', () => {
  it('prints rendered sections with ASCII symbols only in a locale without UTF-8', () => {
    const { code, output } = careersInPty(['read', 'where-to-apply', '--no-pager'], { env: { LANG: 'C', NO_COLOR: '1' } });
    expect(code).toBe(0);
    expect(output).toMatch(/Where should I apply/);
    expect(output).not.toMatch(/[─│┌┐└┘•…→❯✔]/);
    const utf8 = careersInPty(['read', 'where-to-apply', '--no-pager'], { env: { LANG: 'C.UTF-8', NO_COLOR: '1' } });
    expect(utf8.output).toMatch(/[─│┌┐└┘•…]/);
  });

  it('wraps search results to the terminal width', () => {
    const { code, output } = careersInPty(['search', 'recommendation', 'letters'], { columns: 50, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    const lines = output.trimEnd().split('\n');
    expect(lines.some((line) => line.startsWith('  '))).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
  });
});
