import type { ColorLevel } from './color.js';
import type { HyperlinkMode } from './hyperlinks.js';
import type { Theme } from './palette.js';

/** Everything a terminal rendering depends on besides the markdown itself. */
export interface TerminalOptions {
  width: number;
  colorLevel: ColorLevel;
  /** Links as "text (address)" or as terminal hyperlinks; see hyperlinkMode. */
  hyperlinks: HyperlinkMode;
  /** The background the colours are chosen for (see themeOf); dark when absent. */
  theme?: Theme;
}
