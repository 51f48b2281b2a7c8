import type { ColorLevel } from './color.js';

/** How links print: "text (address)", or as OSC 8 hyperlinks, wrapped for tmux's passthrough inside tmux (as ansi-escapes does). */
export type HyperlinkMode = 'off' | 'osc8' | 'osc8-tmux';

const version = (text = '') => {
  // Some terminals write 4601 for 46.1.
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  if (compact) return { major: 0, minor: Number(compact[1]), patch: Number(compact[2]) };
  const [major = NaN, minor = NaN, patch = NaN] = text.split('.').map((n) => Number.parseInt(n, 10));
  return { major, minor, patch };
};

/**
 * Whether links may print as terminal hyperlinks (OSC 8), and how. The terminal list
 * is that of supports-hyperlinks 3.2 (what marked-terminal asks), but the
 * answer comes from our IO object and colour rule instead of from
 * process.stdout: never without colour, never when not a terminal, and
 * FORCE_HYPERLINK decides when set. Asking here also means the renderer
 * never creates process.stdout just to look at it.
 */
export function hyperlinkMode(
  env: Readonly<Record<string, string | undefined>>,
  stdoutIsTTY: boolean,
  colorLevel: ColorLevel,
  platform: string,
): HyperlinkMode {
  if (!supported(env, stdoutIsTTY, colorLevel, platform)) return 'off';
  const inTmux = env.TERM?.startsWith('screen') || env.TERM?.startsWith('tmux') || env.TMUX !== undefined;
  return inTmux ? 'osc8-tmux' : 'osc8';
}

function supported(env: Readonly<Record<string, string | undefined>>, stdoutIsTTY: boolean, colorLevel: ColorLevel, platform: string): boolean {
  if (colorLevel === 0) return false;
  if (env.FORCE_HYPERLINK) return !(env.FORCE_HYPERLINK.length > 0 && Number.parseInt(env.FORCE_HYPERLINK, 10) === 0);
  if (env.NETLIFY) return true;
  if (!stdoutIsTTY) return false;
  if ('WT_SESSION' in env) return true;
  if (platform === 'win32' || env.CI || env.TEAMCITY_VERSION) return false;
  const program = version(env.TERM_PROGRAM_VERSION);
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return program.major === 3 ? program.minor >= 1 : program.major > 3;
    case 'WezTerm':
      return program.major >= 20200620;
    case 'vscode':
      return program.major > 1 || (program.major === 1 && program.minor >= 72);
    case 'ghostty':
      return true;
  }
  if (env.VTE_VERSION) {
    if (env.VTE_VERSION === '0.50.0') return false; // announced support, but crashes
    const vte = version(env.VTE_VERSION);
    return vte.major > 0 || vte.minor >= 50;
  }
  return env.TERM === 'alacritty';
}
