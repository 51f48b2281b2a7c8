import type { Token, Tokens } from 'marked';
import { markdownTokens, oneLine, plainText, tableRowText, tokensText } from '../text/plain-text.js';
import { CALLOUT } from '../text/site-markup.js';

/**
 * Splits a markdown body into passages a reader can take in at a glance:
 * paragraphs, list items (a nested list's items each on their own) and table
 * rows, not headings, with markdown syntax removed. A body beyond what the
 * lexer is trusted with is one passage of its words.
 */
export function passages(body: string): string[] {
  const tokens = markdownTokens(body);
  return (tokens ? tokens.flatMap(blockPassages) : [plainText(body)]).filter((text) => text.length > 0);
}

function blockPassages(token: Token): string[] {
  switch (token.type) {
    case 'heading':
      return [];
    case 'blockquote': {
      // A callout's marker (`[!tip] A title`) is no words of its own.
      const [first = '', ...rest] = (token as Tokens.Blockquote).tokens.flatMap(blockPassages);
      return [first.replace(CALLOUT, '$2').trim(), ...rest];
    }
    case 'callout':
      return ((token as { tokens?: Token[] }).tokens ?? []).flatMap(blockPassages);
    case 'list':
      return (token as Tokens.List).items.flatMap((item) => {
        const nested = item.tokens.filter((t) => t.type === 'list');
        return [oneLine(tokensText(item.tokens.filter((t) => t.type !== 'list'))), ...nested.flatMap(blockPassages)];
      });
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map(tableRowText);
    }
    default:
      return [oneLine(tokensText([token]))];
  }
}
