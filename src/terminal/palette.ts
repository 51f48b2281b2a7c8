/** The terminal's background as careers assumes it: dark unless told or shown otherwise. */
export type Theme = 'dark' | 'light';

/**
 * The background to colour for: CAREERS_THEME (light or dark) when set,
 * else COLORFGBG (set by rxvt, Konsole and others as "fg;bg", where a
 * background of 7 or 15 is white or light grey), else dark.
 */
export function themeOf(env: Readonly<Record<string, string | undefined>>): Theme {
  const chosen = env.CAREERS_THEME?.toLowerCase();
  if (chosen === 'light' || chosen === 'dark') return chosen;
  const background = env.COLORFGBG?.split(';').at(-1);
  return background === '7' || background === '15' ? 'light' : 'dark';
}

/** chalk's 16 colours that careers writes text in. */
export type ColorName = 'yellow' | 'green' | 'cyan' | 'magenta' | 'magentaBright' | 'red' | 'blue' | 'gray';

/** What each colour means in careers' output. */
export interface Palette {
  heading: ColorName;
  firstHeading: ColorName;
  code: ColorName;
  link: ColorName;
  /** The words a search matched. */
  match: ColorName;
  /** Quoted boxes (what changed since the source). */
  quote: ColorName | undefined;
}

/**
 * Colours chosen for contrast of at least 4.5:1 (WCAG AA) with the
 * background, measured on xterm's default palette (tests/unit/palette.test.ts):
 * yellow and green are bright colours for a dark background and nearly
 * unreadable on white; blue is the reverse.
 */
export const PALETTES: Record<Theme, Palette> = {
  dark: { heading: 'green', firstHeading: 'magentaBright', code: 'yellow', link: 'cyan', match: 'yellow', quote: 'gray' },
  light: { heading: 'blue', firstHeading: 'magenta', code: 'red', link: 'blue', match: 'red', quote: undefined },
};
