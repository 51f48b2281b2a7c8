import { Chalk } from 'chalk';
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { ColorLevel } from './color.js';
import { wrapLines } from './wrap.js';

export interface TerminalOptions {
  width: number;
  colorLevel: ColorLevel;
}

const plain = (text: string) => text;

/**
 * Renders markdown for a terminal with marked-terminal. Styles come from our
 * own chalk instance, so the colour rule (NO_COLOR, --color) decides every
 * escape code rather than chalk's own guess from process.stdout.
 */
export function renderTerminal(markdown: string, options: TerminalOptions): string {
  const c = new Chalk({ level: options.colorLevel });
  const marked = new Marked(
    markedTerminal({
      code: c.yellow,
      blockquote: c.gray.italic,
      html: c.gray,
      heading: c.green.bold,
      firstHeading: c.magenta.bold,
      hr: plain,
      listitem: plain,
      table: plain,
      paragraph: plain,
      strong: c.bold,
      em: c.italic,
      codespan: c.yellow,
      del: c.dim.gray.strikethrough,
      link: c.blue,
      href: c.blue.underline,
      emoji: false,
      reflowText: true,
      width: options.width,
      showSectionPrefix: false,
      tab: 2,
      // cli-table3 colours borders through its own colour library, outside our rule; keep tables plain.
      tableOptions: { style: { head: [], border: [] } },
    }) as MarkedExtension,
    inlineMarkupInText,
    ...(options.colorLevel === 0 ? [plainLinks] : []),
  );
  const rendered = (marked.parse(markdown) as string).replace(/\n{3,}/g, '\n\n').trimEnd();
  return `${wrapLines(rendered, options.width)}\n`;
}

/**
 * marked-terminal 7 renders a text token from its raw text and ignores its
 * inline tokens, so `- a **b**` prints the asterisks (marked-terminal #304,
 * #371). Parsing the inline tokens when there are any fixes tight, loose and
 * nested lists; returning false hands other text back to marked-terminal.
 * Soft line breaks in the file are joined so wrapLines can refill the item.
 */
const inlineMarkupInText: MarkedExtension = {
  renderer: {
    text(token: Tokens.Text | Tokens.Escape) {
      if ('tokens' in token && token.tokens?.length) return this.parser.parseInline(token.tokens).replace(/\n/g, ' ');
      return false;
    },
  },
};

/**
 * marked-terminal turns links into terminal hyperlinks (OSC 8 escapes) when
 * it guesses, from the environment, that the terminal supports them. Without
 * colour no escape may be printed at all, so links are written out instead.
 */
const plainLinks: MarkedExtension = {
  renderer: {
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      return text && text !== token.href ? `${text} (${token.href})` : token.href;
    },
  },
};
