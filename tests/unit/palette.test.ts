import { describe, expect, it } from 'vitest';
import { PALETTES, themeOf, type ColorName } from '../../src/terminal/palette.js';
import { runCli } from '../helpers/fake-io.js';

/** xterm's default 16-colour palette, for the colours careers uses. */
const XTERM: Record<ColorName, [number, number, number]> = {
  red: [205, 0, 0],
  green: [0, 205, 0],
  yellow: [205, 205, 0],
  blue: [0, 0, 238],
  magenta: [205, 0, 205],
  cyan: [0, 205, 205],
  gray: [127, 127, 127],
  magentaBright: [255, 0, 255],
};

/** WCAG relative luminance and contrast ratio. */
const luminance = (rgb: readonly number[]) => {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
};

describe('colours for light and dark terminals', () => {
  it.each([
    ['dark', [0, 0, 0]],
    ['light', [255, 255, 255]],
  ] as const)('every text colour of the %s theme has a contrast of at least 4.5:1 with its background', (theme, background) => {
    for (const [role, name] of Object.entries(PALETTES[theme]) as Array<[string, ColorName | undefined]>) {
      if (name) expect(contrast(XTERM[name], background), `${theme} ${role} (${name})`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('yellow on white, the complaint, would fail the same check', () => {
    expect(contrast(XTERM.yellow, [255, 255, 255])).toBeLessThan(4.5);
  });

  it('takes the theme from CAREERS_THEME, else COLORFGBG, else dark', () => {
    expect(themeOf({})).toBe('dark');
    expect(themeOf({ COLORFGBG: '0;15' })).toBe('light');
    expect(themeOf({ COLORFGBG: '15;0' })).toBe('dark');
    expect(themeOf({ COLORFGBG: '0;default;15' })).toBe('light');
    expect(themeOf({ COLORFGBG: '0;15', CAREERS_THEME: 'dark' })).toBe('dark');
    expect(themeOf({ CAREERS_THEME: 'LIGHT' })).toBe('light');
  });

  it('renders with the light colours on a light terminal, and documents the variables', async () => {
    const terminal = (env: Record<string, string>) => runCli(['read', 'cv', '--no-pager', '--color', 'always'], { stdoutIsTTY: true, columns: 80, env });
    const dark = (await terminal({})).stdout;
    const light = (await terminal({ COLORFGBG: '0;15' })).stdout;
    expect(dark).toContain('\u001B[33m'); // yellow code spans on dark
    expect(light).not.toContain('\u001B[33m');
    expect(light).not.toContain('\u001B[32m'); // nor green headings
    const help = (await runCli(['help', 'environment'])).stdout;
    expect(help).toContain('CAREERS_THEME');
    expect(help).toContain('COLORFGBG');
  });
});

describe('list in a terminal', () => {
  it('aligns list --tags in columns in a terminal, and keeps tabs for a pipe', async () => {
    const shown = (await runCli(['list', '--tags'], { stdoutIsTTY: true, columns: 80, env: { NO_COLOR: '1' } })).stdout.trimEnd().split('\n');
    expect(shown.join('\n')).not.toContain('\t');
    const counts = shown.map((line) => line.search(/\d+$/) + (/\d+$/.exec(line)?.[0].length ?? 0));
    expect(new Set(counts).size).toBe(1); // every count ends in the same column
    expect((await runCli(['list', '--tags'])).stdout).toMatch(/^[a-z-]+\t\d+\n/);
  });
});
