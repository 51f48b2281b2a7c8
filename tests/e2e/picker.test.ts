import { describe, expect, it } from 'vitest';
import { TerminalSession, useTerminalSessions } from '../helpers/tmux.js';

const opened = useTerminalSessions();

describe('careers read with no topic, in a terminal', () => {
  it('offers a picker that filters as you type and reads the chosen topic', async () => {
    const session = opened(TerminalSession.start(['read', '--no-pager']));
    await session.waitFor(/Which topic\?/);
    session.send('statement');
    await session.waitFor(/statement-of-purpose\)/);
    session.send('Enter');
    expect(await session.exitCode()).toBe(0);
    expect(session.screen()).toMatch(/In short/);
  });

  it('exits 130 when cancelled with Ctrl-C', async () => {
    const session = opened(TerminalSession.start(['read']));
    await session.waitFor(/Which topic\?/);
    session.send('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(session.screen()).toMatch(/cancelled/);
  });
});
