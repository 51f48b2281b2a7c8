import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder, tempDir } = useTempFolders('manners');

describe('usage errors', () => {
  it('a run that is neither a number nor a date is a usage error (2), saved runs or not', async () => {
    const { code, stderr } = await runCli(['plan', 'yesterday'], { env: { CAREERS_HOME: tempDir() } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^careers: "yesterday" is neither a run number nor a date/);
  });

  it("Commander's own errors end with where to look, naming the command", async () => {
    const missing = await runCli(['check', 'sop']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^careers: missing required argument 'file'\n/);
    expect(missing.stderr.endsWith("Run 'careers check --help' for usage.\n")).toBe(true);
    const unknown = await runCli(['raed', 'skills']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.endsWith("Run 'careers --help' for usage.\n")).toBe(true);
    const option = await runCli(['list', '--bogus']);
    expect(option.stderr.endsWith("Run 'careers list --help' for usage.\n")).toBe(true);
  });
});

describe('the pager', () => {
  const terminal = (TERM: string) => {
    const page = vi.fn(async () => {});
    return { page, io: { stdoutIsTTY: true, columns: 80, rows: 10, env: { TERM, NO_COLOR: '1' }, page } };
  };

  it('pages long output in a terminal, but not in a dumb one, where less only complains', async () => {
    const smart = terminal('xterm-256color');
    await runCli(['read', 'skills'], smart.io);
    expect(smart.page).toHaveBeenCalledOnce();
    const dumb = terminal('dumb');
    const { code, stdout, stderr } = await runCli(['read', 'skills'], dumb.io);
    expect(dumb.page).not.toHaveBeenCalled();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Skills');
  });
});

describe('appending to a file that already has text', () => {
  const appending = { stdoutAppends: true };

  it('sets each markdown block off with a blank line, and leaves JSON as it is', async () => {
    expect((await runCli(['read', 'cv'], appending)).stdout).toMatch(/^\n# How do I write an academic CV\?\n/);
    expect((await runCli(['timeline', '--intake', '2027', '--region', 'us', '--target', 'phd', '--today', '2026-12-06'], appending)).stdout).toMatch(
      /^\n# Timeline: /,
    );
    expect((await runCli(['read', 'cv', '--format', 'json'], appending)).stdout).toMatch(/^\{/);
    expect((await runCli(['list'], appending)).stdout).toMatch(/^about\t/);
    // A new file, or a pipe, starts with the heading itself.
    expect((await runCli(['read', 'cv'])).stdout).toMatch(/^# How do I write an academic CV\?\n/);
  });

  it('warns once on stderr when --front-matter goes into the middle of a note', async () => {
    const { code, stdout, stderr } = await runCli(['read', 'cv', 'sop', '--front-matter'], appending);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\n---\nid:\n {2}- academic-cv\n {2}- statement-of-purpose\n/);
    expect(stderr.match(/warning: a front-matter header/g)).toHaveLength(1);
    expect((await runCli(['read', 'cv', '--front-matter'])).stderr).toBe('');
  });
});

describe('notes of your own', () => {
  const notes = () =>
    folder({
      'research-notes.md': '---\ntitle: My research notes\nrelated: [skills, nowhere-at-all]\n---\n# My Research Notes\n\nWhat I learned this term.\n',
    });

  it('prints a title given both in front-matter and as the first heading once', async () => {
    const guide = notes();
    const { stdout } = await runCli(['--guide', guide, 'read', 'research-notes']);
    expect(stdout.match(/^# My research notes$/gim)).toHaveLength(1);
    const viewed = await runCli(['view', 'research-notes.md', '--format', 'terminal', '--color', 'never'], { cwd: guide, stdoutIsTTY: true, columns: 80 });
    expect(viewed.stdout.match(/My research notes/gi)).toHaveLength(1);
  });

  it('lists under "See also" only ids that name a section', async () => {
    const { stdout } = await runCli(['--guide', notes(), 'read', 'research-notes']);
    expect(stdout).toMatch(/## See also\n\n- `skills`/);
    expect(stdout).not.toContain('nowhere-at-all');
  });
});

describe("the guide's age", () => {
  it('help data says between which days the dated facts were checked, and how to update', async () => {
    const guide = folder({
      'routes/old-route.yaml':
        'id: old-route\nname: An old programme\nkind: programme\nwhat: A fellowship of our own making, for this test.\nsuits: { stages: [masters], roles: [research-engineer] }\nurl: https://example.org/old\nstatus: { state: rolling }\nchecked: 2025-01-15\nsource: its page\n',
    });
    const { code, stdout } = await runCli(['--guide', guide, 'help', 'data']);
    expect(code).toBe(0);
    // The oldest day is the test route's; the newest, the built-in guide's latest check.
    expect(stdout).toMatch(/last checked between 2025-01-15 and 20\d\d-\d\d-\d\d\./);
    expect(stdout).toContain('git pull && npm install');
    expect(stdout).toContain('Careers in Beneficial AI Research');
  });

  it('--version --verbose prints the version, then the same', async () => {
    const { code, stdout } = await runCli(['--version', '--verbose']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n\nThe advice: /);
    expect(stdout).toMatch(/last checked between \d{4}-\d\d-\d\d and \d{4}-\d\d-\d\d/);
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
