/** Symbols careers and its renderer draw with, and what stands for them in ASCII. */
const SYMBOLS: Record<string, string> = {
  '─': '-',
  '━': '-',
  '│': '|',
  '┃': '|',
  '┌': '+',
  '┐': '+',
  '└': '+',
  '┘': '+',
  '├': '+',
  '┤': '+',
  '┬': '+',
  '┴': '+',
  '┼': '+',
  '╭': '+',
  '╮': '+',
  '╰': '+',
  '╯': '+',
  '•': '*',
  '◦': 'o',
  '▪': '*',
  '…': '...',
  '→': '->',
  '←': '<-',
  '↑': '^',
  '↓': 'v',
  '❯': '>',
  '✔': '*',
  '✓': '*',
  '✖': 'x',
  '⏎': 'enter',
  '☐': '[ ]',
  '☑': '[x]',
  '—': '--',
  '–': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '\u00A0': ' ',
};
const PATTERN = new RegExp(`[${Object.keys(SYMBOLS).join('')}]`, 'g');

/**
 * Whether the locale asks for ASCII: the first of LC_ALL, LC_CTYPE and LANG
 * that is set names no UTF-8 (LANG=C, POSIX, latin1). With none set, the
 * terminal is taken to manage UTF-8, as Node and most tools assume.
 */
export function localeIsAscii(env: Readonly<Record<string, string | undefined>>, platform: string): boolean {
  if (platform === 'win32') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return locale !== undefined && !/utf-?8/i.test(locale);
}

/** The same text with the symbols above in ASCII; letters of other languages are left for the terminal to show as it can. */
export const toAscii = (text: string) => text.replace(PATTERN, (symbol) => SYMBOLS[symbol] ?? symbol);
