/** Key names Inquirer shows in its help line, and their ASCII spellings for a terminal without UTF-8. */
const ASCII_KEYS: Record<string, string> = { '↑↓': 'up/down', '⏎': 'enter' };

type KeyTip = [key: string, action: string];

/** What every prompt draws with: Inquirer's own look, or ASCII in a locale without UTF-8 (Inquirer decides by the terminal type alone, so LANG=C would still get ✔). */
export const promptTheme = (ascii: boolean | undefined) => (ascii ? { prefix: { idle: '?', done: '*' } } : {});

/** A list prompt's look: any keys of ours added to Inquirer's help line, and ASCII cursor and boxes where needed. */
export function listTheme(ascii: boolean | undefined, extraKeys: readonly KeyTip[] = []) {
  const keysHelpTip = (keys: KeyTip[]) =>
    [...keys, ...extraKeys].map(([key, action]) => `${ascii ? (ASCII_KEYS[key] ?? key) : key} ${action}`).join(ascii ? ', ' : ' • ');
  return {
    ...promptTheme(ascii),
    style: { keysHelpTip },
    ...(ascii ? { icon: { cursor: '>', checked: '[x]', unchecked: '[ ]' } } : {}),
  };
}
