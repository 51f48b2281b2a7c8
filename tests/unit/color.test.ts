import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/terminal/color.js';

const tty = { stdoutIsTTY: true, env: {} };
const pipe = { stdoutIsTTY: false, env: {} };

describe('colorLevel', () => {
  it('colours a terminal and not a pipe by default', () => {
    expect(colorLevel('auto', tty)).toBeGreaterThan(0);
    expect(colorLevel('auto', pipe)).toBe(0);
  });
  it('honours NO_COLOR in auto mode only', () => {
    expect(colorLevel('auto', { ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel('auto', { ...tty, env: { NO_COLOR: '' } })).toBeGreaterThan(0);
    expect(colorLevel('always', { ...pipe, env: { NO_COLOR: '1' } })).toBeGreaterThan(0);
  });
  it('honours FORCE_COLOR over NO_COLOR and a pipe', () => {
    expect(colorLevel('auto', { ...pipe, env: { FORCE_COLOR: '1' } })).toBe(1);
    expect(colorLevel('auto', { ...pipe, env: { FORCE_COLOR: '3', NO_COLOR: '1' } })).toBe(3);
    expect(colorLevel('auto', { ...tty, env: { FORCE_COLOR: '0' } })).toBe(0);
  });
  it('never colours with --color never, even when forced', () => {
    expect(colorLevel('never', { ...tty, env: { FORCE_COLOR: '3' } })).toBe(0);
  });
  it('treats a dumb terminal as colourless', () => {
    expect(colorLevel('auto', { ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });
});
