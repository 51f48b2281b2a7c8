import { afterEach, describe, expect, it } from 'vitest';
import { TerminalSession } from '../helpers/tmux.js';

let session: TerminalSession | undefined;
afterEach(() => session?.close());

describe('careers read with no topic, in a terminal', () => {
  it('offers a picker that filters as you type and reads the chosen topic', async () => {
    session = TerminalSession.start(['read', '--no-pager']);
    await session.waitFor(/Which topic\?/);
    session.send('statement');
    await session.waitFor(/statement-of-purpose\)/);
    session.send('Enter');
    expect(await session.exitCode()).toBe(0);
    expect(session.screen()).toMatch(/In short/);
  });

  it('exits 130 when cancelled with Ctrl-C', async () => {
    session = TerminalSession.start(['read']);
    await session.waitFor(/Which topic\?/);
    session.send('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(session.screen()).toMatch(/cancelled/);
  });
});
