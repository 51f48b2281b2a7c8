import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { stripControls } from '../text/sanitize.js';
import type { HyperlinkMode } from './hyperlinks.js';
import type { TerminalOptions } from './render-options.js';
import { wrapLines } from './wrap.js';

const plain = (text: string) => text;

/** Renders one markdown document for a terminal; see terminalRenderer. */
export const renderTerminal = (markdown: string, options: TerminalOptions): string => terminalRenderer(options)(markdown);

/**
 * A renderer for markdown in a terminal, built on marked-terminal once and
 * reused for every document of a command (several sections, a plan and its
 * sections). Styles come from our own chalk instance, so the colour rule
 * (NO_COLOR, --color) decides every escape code rather than chalk's own guess
 * from process.stdout.
 */
export function terminalRenderer(options: TerminalOptions): (markdown: string) => string {
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
    }) as MarkedExtension,
    inlineMarkupInText,
    tablesWithin(options.width, c),
    links(c, options.hyperlinks),
  );
  return (markdown) => {
    const rendered = (marked.parse(markdown) as string).replace(/\n{3,}/g, '\n\n').trimEnd();
    return `${wrapLines(rendered, options.width)}\n`;
  };
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
 * Links as marked-terminal 7 prints them, except that whether they become
 * terminal hyperlinks (OSC 8 escapes) is decided by our rule (see
 * hyperlinkMode), not guessed from process.stdout and the environment:
 * without colour no escape is printed at all.
 */
function links(c: InstanceType<typeof Chalk>, mode: HyperlinkMode): MarkedExtension {
  // tmux passes an escape on only inside its DCS wrapper, with each ESC doubled.
  const osc = (sequence: string) => (mode === 'osc8-tmux' ? `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\` : sequence);
  return {
    renderer: {
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = stripControls(token.href);
        if (mode === 'off') return c.blue(text && text !== href ? `${text} (${c.blue.underline(href)})` : c.blue.underline(href));
        const shown = c.blue.underline(text || href);
        return c.blue(`${osc(`\u001B]8;;${href.replace(/\+/g, '%20')}\u0007`)}${shown}${osc('\u001B]8;;\u0007')}`);
      },
    },
  };
}

const ANSI = /\u001B\[[0-9;]*m/g;
const visible = (text: string) => text.replace(ANSI, '').length;
/** Narrower than this, a column is unreadable: the table overflows instead. */
const MIN_COLUMN = 8;

/**
 * Tables sized to the width: marked-terminal lets cli-table3 size columns to
 * their longest cell, so a wide table overflows a narrow terminal. Columns
 * that do not fit are narrowed in turn, widest first, and their cells wrap
 * at word boundaries.
 */
function tablesWithin(width: number, c: InstanceType<typeof Chalk>): MarkedExtension {
  return {
    renderer: {
      table(token: Tokens.Table) {
        const cell = (item: Tokens.TableCell) => this.parser.parseInline(item.tokens);
        const head = token.header.map((item) => c.bold(cell(item)));
        const rows = token.rows.map((row) => row.map(cell));
        // Each column: its longest cell plus one space of padding a side.
        const widths = head.map((_, i) => Math.max(...[head[i] ?? '', ...rows.map((row) => row[i] ?? '')].map(visible)) + 2);
        const borders = widths.length + 1;
        while (widths.reduce((a, b) => a + b, 0) + borders > width) {
          const widest = widths.indexOf(Math.max(...widths));
          if ((widths[widest] ?? 0) <= MIN_COLUMN) break;
          widths[widest] = (widths[widest] ?? 0) - 1;
        }
        const table = new Table({ head, colWidths: widths, wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [] } });
        table.push(...rows);
        return `${table.toString()}\n\n`;
      },
    },
  };
}
