import { describe, expect, it } from 'vitest';
import { hyperlinkMode } from '../../src/terminal/hyperlinks.js';

describe('hyperlinkMode', () => {
  const mode = (env: Record<string, string>, { tty = true, level = 1, platform = 'linux' } = {}) => hyperlinkMode(env, tty, level as 0 | 1, platform);

  it.each([
    ['no colour, even when forced', { FORCE_HYPERLINK: '1' }, { level: 0 }, 'off'],
    ['forced on, even into a pipe', { FORCE_HYPERLINK: '1' }, { tty: false }, 'osc8'],
    ['forced off', { FORCE_HYPERLINK: '0', TERM_PROGRAM: 'ghostty' }, {}, 'off'],
    ['not a terminal', { TERM_PROGRAM: 'ghostty' }, { tty: false }, 'off'],
    ['an unknown terminal', { TERM: 'xterm-256color' }, {}, 'off'],
    ['iTerm 3.1', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1.0' }, {}, 'osc8'],
    ['iTerm 3.0', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.9' }, {}, 'off'],
    ['VS Code 1.72', { TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.72.0' }, {}, 'osc8'],
    ['VS Code 1.71', { TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.71.2' }, {}, 'off'],
    ['VTE 0.52 written compactly', { VTE_VERSION: '5202' }, {}, 'osc8'],
    ['VTE 0.50.0, which crashes', { VTE_VERSION: '0.50.0' }, {}, 'off'],
    ['Windows Terminal', { WT_SESSION: 'x' }, { platform: 'win32' }, 'osc8'],
    ['another Windows console', { TERM_PROGRAM: 'ghostty' }, { platform: 'win32' }, 'off'],
    ['CI', { CI: 'true', TERM_PROGRAM: 'ghostty' }, {}, 'off'],
    ['inside tmux', { TERM_PROGRAM: 'ghostty', TMUX: '/tmp/tmux-0/default,1,0' }, {}, 'osc8-tmux'],
    ['alacritty', { TERM: 'alacritty' }, {}, 'osc8'],
  ] as const)('%s', (_name, env, options, expected) => {
    expect(mode(env, options)).toBe(expected);
  });
});
