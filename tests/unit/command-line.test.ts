import { describe, expect, it } from 'vitest';
import { ANSI, runCli } from '../helpers/fake-io.js';

describe('a command line naming its command defines only that command', () => {
  it.each(['assess', 'plan', 'history', 'list', 'read', 'search', 'validate'])('%s: same help as from the whole program', async (name) => {
    const alone = await runCli([name, '--help']);
    const whole = await runCli(['help', name]);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`Usage: careers ${name}`);
    expect(alone.stdout).toBe(whole.stdout);
  });

  it('still suggests a near option and accepts global options after the command', async () => {
    expect((await runCli(['read', 'skills', '--colr', 'never'])).stderr).toContain('Did you mean --color?');
    expect((await runCli(['read', 'skills', '--color', 'never', '--format', 'terminal'])).stdout).not.toMatch(ANSI);
  });
});
