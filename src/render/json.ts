/**
 * Machine-readable output: stable keys, two-space indent, one trailing newline.
 * JSON.stringify escapes C0 controls but not DEL or C1 (U+0080–U+009F, where
 * U+009B is a one-character CSI); those can only sit inside strings, here
 * escaped too, so JSON on a terminal never carries a live control.
 */
export const toJson = (value: unknown): string =>
  `${(JSON.stringify(value, null, 2) ?? 'null').replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
