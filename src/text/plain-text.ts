import { Lexer, Marked, type Token, type Tokens } from 'marked';
import { tooComplexToRender } from '../terminal/render-limits.js';
import { siteMarkup } from './site-markup.js';
import { wikiLinksAsText } from './wiki-links.js';

/** marked's options with the site markup's tokenizers (admonitions, templates), for a lexer of their own. */
const LEXER_OPTIONS = new Marked(siteMarkup).defaults;

/**
 * The block tokens of a markdown text, from marked's lexer (wiki links first
 * turned into their text; admonitions, shortcodes and template links read
 * as the terminal reads them), or undefined for a text beyond what marked is
 * trusted with (too deep, too long, too much emphasis: see render-limits.ts).
 */
export function markdownTokens(markdown: string): Token[] | undefined {
  const text = wikiLinksAsText(markdown);
  return tooComplexToRender(text) ? undefined : new Lexer(LEXER_OPTIONS).lex(text);
}

/** What a reader sees of some tokens: the words of emphasis, links and code, image descriptions, table cells joined by ` | `; no HTML. */
export function tokensText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join('');
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'html':
    case 'hr':
    case 'def':
      return '';
    case 'codespan':
    case 'code':
    case 'escape':
    case 'image':
      return (token as Tokens.Codespan | Tokens.Code | Tokens.Escape | Tokens.Image).text;
    case 'br':
    case 'space':
      return ' ';
    case 'list':
      return (token as Tokens.List).items.map((item) => tokensText(item.tokens)).join(' ');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map(tableRowText).join(' ');
    }
    default:
      // Headings, paragraphs, quotes, emphasis, links, text: their words, a block ending in a space.
      return 'tokens' in token && token.tokens ? tokensText(token.tokens) + (isBlock(token) ? ' ' : '') : 'text' in token ? String(token.text) : '';
  }
}

const BLOCKS = new Set(['heading', 'paragraph', 'blockquote', 'list_item']);
const isBlock = (token: Token) => BLOCKS.has(token.type);

/** One row of a table: its cells' text, joined by ` | `. */
export const tableRowText = (cells: readonly Tokens.TableCell[]) => cells.map((cell) => oneLine(tokensText(cell.tokens))).join(' | ');

/** Whitespace, line breaks included, as single spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Markdown to plain text on one line: the words a reader sees, without markup, link targets or list markers. */
export function plainText(markdown: string): string {
  const tokens = markdownTokens(markdown);
  return oneLine(tokens ? tokensText(tokens) : markdown);
}
