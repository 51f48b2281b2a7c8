import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import stringWidth from 'fast-string-width';
import { PALETTES } from './palette.js';
import { stripControls } from '../text/sanitize.js';
import { noteExtensions } from './render-extensions.js';
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
  const colors = PALETTES[options.theme ?? 'dark'];
  const quote = colors.quote ? c[colors.quote] : c;
  const marked = new Marked(
    markedTerminal({
      code: c[colors.code],
      blockquote: quote.italic,
      html: quote,
      heading: c[colors.heading].bold,
      firstHeading: c[colors.firstHeading].bold,
      hr: plain,
      listitem: plain,
      table: plain,
      paragraph: plain,
      strong: c.bold,
      em: c.italic,
      codespan: c[colors.code],
      del: c.dim.strikethrough,
      link: c[colors.link],
      href: c[colors.link].underline,
      emoji: false,
      reflowText: true,
      width: options.width,
      showSectionPrefix: false,
      tab: 2,
    }) as MarkedExtension,
    inlineMarkupInText,
    ...noteExtensions(options.width, c),
    tablesWithin(options.width, c),
    links(c[colors.link], options.hyperlinks),
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
function links(style: ChalkInstance, mode: HyperlinkMode): MarkedExtension {
  // tmux passes an escape on only inside its DCS wrapper, with each ESC doubled.
  const osc = (sequence: string) => (mode === 'osc8-tmux' ? `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\` : sequence);
  const link = (text: string, address: string) => {
    const href = stripControls(address);
    if (mode === 'off') return style(text && text !== href ? `${text} (${style.underline(href)})` : style.underline(href));
    const shown = style.underline(text || href);
    return style(`${osc(`\u001B]8;;${href.replace(/\+/g, '%20')}\u0007`)}${shown}${osc('\u001B]8;;\u0007')}`);
  };
  return {
    renderer: {
      link(token: Tokens.Link) {
        return link(this.parser.parseInline(token.tokens), token.href);
      },
      // An image is its alt text and its address, as a link to it: a terminal cannot show it.
      image(token: Tokens.Image) {
        return link(stripControls(token.text) || 'image', token.href);
      },
    },
  };
}

const ANSI = /\u001B\[[0-9;]*m/;
/** The narrowest a column's text may be: words longer than this are broken, with a hyphen. */
const MIN_TEXT = 3;

/**
 * Column widths (text only, without padding) that fit `room`: each column
 * starts at its longest cell; while the table is too wide, the column with
 * the most room above its longest word gives up a column, then, when every
 * column is down to its longest word, the widest one does (its words will
 * be broken), never below MIN_TEXT.
 */
function fitColumns(cells: readonly string[][], room: number): number[] {
  const columns = cells[0]?.map((_, i) => cells.map((row) => row[i] ?? '')) ?? [];
  const widths = columns.map((column) => Math.max(1, ...column.map((text) => stringWidth(text))));
  const words = columns.map((column) => Math.max(1, ...column.flatMap((text) => text.split(/\s+/).map((word) => stringWidth(word)))));
  const total = () => widths.reduce((a, b) => a + b, 0);
  while (total() > room) {
    const slack = widths.map((w, i) => w - (words[i] ?? 0));
    const loosest = slack.indexOf(Math.max(...slack));
    const pick = (slack[loosest] ?? 0) > 0 ? loosest : widths.indexOf(Math.max(...widths));
    if ((widths[pick] ?? 0) <= MIN_TEXT) break;
    widths[pick] = (widths[pick] ?? 0) - 1;
  }
  return widths;
}

/** A word in pieces of at most `width` display columns, each but the last ending in a hyphen. */
function pieces(word: string, width: number): string {
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && stringWidth(part + ch) > width - 1) {
      parts.push(`${part}-`);
      part = '';
    }
    part += ch;
  }
  return [...parts, part].join(' ');
}

/** A plain cell's words longer than its column, broken with a hyphen so that cli-table3 wraps them instead of cutting them short with "…". */
const breakLongWords = (text: string, width: number) =>
  ANSI.test(text) || width < 2 ? text : text.replace(/\S+/g, (word) => (stringWidth(word) <= width ? word : pieces(word, width)));

/**
 * Tables sized to the width: marked-terminal lets cli-table3 size columns to
 * their longest cell, so a wide table overflows a narrow terminal. Columns
 * are narrowed (see fitColumns) and their cells wrap at word boundaries,
 * measured in display width (a CJK character or an emoji takes two
 * columns). A table that does not fit with a space of padding each side of
 * a cell drops the padding before it breaks any word.
 */
function tablesWithin(width: number, c: InstanceType<typeof Chalk>): MarkedExtension {
  return {
    renderer: {
      table(token: Tokens.Table) {
        const cell = (item: Tokens.TableCell) => this.parser.parseInline(item.tokens);
        const head = token.header.map((item) => c.bold(cell(item)));
        const rows = token.rows.map((row) => row.map(cell));
        const borders = head.length + 1;
        const fits = (padding: number) => {
          const widths = fitColumns([head, ...rows], width - borders - 2 * padding * head.length);
          return {
            padding,
            widths,
            broken: widths.some((w, i) => w < Math.max(...[head, ...rows].flatMap((row) => (row[i] ?? '').split(/\s+/).map((word) => stringWidth(word))))),
          };
        };
        const roomy = fits(1);
        const { padding, widths } = roomy.broken ? fits(0) : roomy;
        const table = new Table({
          head,
          colWidths: widths.map((w) => w + 2 * padding),
          wordWrap: true,
          wrapOnWordBoundary: true,
          style: { head: [], border: [], 'padding-left': padding, 'padding-right': padding },
        });
        table.push(...rows.map((row) => row.map((text, i) => breakLongWords(text, widths[i] ?? width))));
        return `${table.toString()}\n\n`;
      },
    },
  };
}
