import type { Chalk } from 'chalk';
import type { MarkedExtension, Token, Tokens, TokenizerAndRendererExtension } from 'marked';
import markedFootnote, { type Footnotes, type FootnoteRef } from 'marked-footnote';
import { stripControls } from '../text/sanitize.js';
import { CALLOUT, siteMarkup, type Callout } from '../text/site-markup.js';
import { wrapLines } from './wrap.js';

/*
 * What people write in notes beyond CommonMark, rendered for a terminal
 * through marked's own extension points (tokenizers, walkTokens, renderers),
 * as pandoc's plain output shows it: task boxes, HTML, callouts (mkdocs'
 * admonitions among them), quotes, footnotes and display math; site
 * templates as ../text/site-markup.ts reads them. Nothing here rewrites
 * rendered text.
 */

type Style = InstanceType<typeof Chalk>;

/** Every extension of this file, for a renderer of the given width. */
export const noteExtensions = (width: number, c: Style): MarkedExtension[] => [
  taskBoxes,
  htmlAsText(c),
  quotes(width, c),
  siteMarkup,
  // marked-footnote reads the notes; `footnotes` after it draws them.
  markedFootnote(),
  footnotes(c),
  displayMath,
];

/**
 * Task list items with one box. marked 18 puts a checkbox token at the
 * start of the item, and marked-terminal 7 adds a box of its own for every
 * item marked as a task, so the box was printed twice. The item keeps
 * marked's token and stops being a task to marked-terminal.
 */
const taskBoxes: MarkedExtension = {
  walkTokens(token) {
    if (token.type === 'list_item' && (token as Tokens.ListItem).task) (token as Tokens.ListItem).task = false;
  },
  renderer: {
    checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
  },
};

const TAG = /<\/?[A-Za-z][^<>]*>/g;
const COMMENT = /<!--[\s\S]*?-->/g;
/** Elements whose content is no text for a reader. */
const HIDDEN = /<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * HTML as pandoc's plain output shows it: tags dropped, the text kept, each
 * line on its own, and the block ended like a paragraph so that what
 * follows starts on a line of its own. marked-terminal printed the tags and
 * glued the next block to the last one.
 */
function htmlAsText(c: Style): MarkedExtension {
  const text = (html: string) => stripControls(html.replace(COMMENT, '').replace(HIDDEN, '').replace(TAG, ''));
  return {
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        if (!('block' in token) || !token.block) return text(token.text);
        const lines = text(token.text)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        return lines.length ? `${c.gray(lines.join('\n'))}\n\n` : '';
      },
    },
  };
}

/**
 * Blockquotes and callouts, drawn with a bar on every line. A callout
 * opens with its kind and title ("Note", "Info: A title") on a line of its
 * own. Paragraphs are wrapped here, to the width less the bar, rather than
 * by marked-terminal, whose quote lost its indent and style on each line
 * wrapped afterwards. marked-alert knows GitHub's five upper-case kinds
 * only, and no titles, so the callouts are read here.
 */
function quotes(width: number, c: Style): MarkedExtension {
  const bar = c.gray('│ ');
  function quoted(this: { parser: { parse(tokens: Token[]): string; parseInline(tokens: Token[]): string } }, tokens: Token[], heading?: string): string {
    const room = Math.max(10, width - 2);
    // Each block wrapped here: the page's wrapping leaves alone lines drawn with a bar, as it does tables.
    const body = tokens
      .map((token) =>
        token.type === 'paragraph'
          ? `${wrapLines(this.parser.parseInline((token as Tokens.Paragraph).tokens).replace(/\n/g, ' '), room)}\n\n`
          : wrapLines(this.parser.parse([token]), room),
      )
      .join('')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const lines = [...(heading ? [c.bold(heading)] : []), ...(body ? body.split('\n') : [])];
    return `${lines.map((line) => bar + c.italic(line)).join('\n')}\n\n`;
  }
  const callout: TokenizerAndRendererExtension = {
    name: 'callout',
    renderer(token) {
      const { kind, title, tokens } = token as unknown as Callout;
      const label = kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase();
      return quoted.call(this, tokens, title ? `${label}: ${title}` : label);
    },
  };
  return {
    extensions: [callout],
    walkTokens(token) {
      if (token.type !== 'blockquote') return;
      const marker = CALLOUT.exec(token.text);
      if (!marker) return;
      Object.assign(token, { type: 'callout', kind: marker[1], title: stripControls(marker[2] ?? '').trim(), tokens: withoutFirstLine(token.tokens ?? []) });
    },
    renderer: {
      blockquote(token: Tokens.Blockquote) {
        return quoted.call(this, token.tokens);
      },
    },
  };
}

/** A callout's body: its tokens without the marker line, which is the start of its first paragraph. */
function withoutFirstLine(tokens: Token[]): Token[] {
  const [first, ...rest] = tokens;
  if (first?.type !== 'paragraph') return rest;
  const inline = [...(first as Tokens.Paragraph).tokens];
  while (inline.length) {
    const token = inline.shift()!;
    const newline = token.type === 'text' || token.type === 'br' ? token.raw.indexOf('\n') : -1;
    if (newline < 0) continue;
    const after = token.raw.slice(newline + 1).replace(/^[ \t]+/, '');
    if (after) inline.unshift({ type: 'text', raw: after, text: after, escaped: false });
    break;
  }
  return inline.length ? [{ ...first, tokens: inline }, ...rest] : rest;
}

/**
 * Footnotes as pandoc prints them: `[1]` in the text, and the notes,
 * numbered, at the end. marked-footnote reads them; its renderers write
 * HTML, so the two token kinds it makes are drawn here. It numbers
 * references with a count that only its own renderer resets, so the
 * numbers are set again for each document from the order of the notes.
 */
function footnotes(c: Style): MarkedExtension {
  const ref: TokenizerAndRendererExtension = { name: 'footnoteRef', renderer: (token) => c.dim(`[${(token as unknown as FootnoteRef).id}]`) };
  const notes: TokenizerAndRendererExtension = {
    name: 'footnotes',
    renderer(token) {
      const { items } = token as unknown as Footnotes;
      if (!items.length) return '';
      const lines = items.map((item, i) => `${c.dim(`[${i + 1}]`)} ${this.parser.parse(item.content).trim()}`);
      return `${lines.join('\n\n')}\n\n`;
    },
  };
  return {
    extensions: [ref, notes],
    walkTokens(token) {
      if (token.type !== 'footnotes') return;
      (token as unknown as Footnotes).items.forEach((item, i) => item.refs.forEach((r) => (r.id = String(i + 1))));
    },
  };
}

/** Longer than any real formula: an opening `$$` that never closes is not searched for to the end of a large file. */
const MATH = /^ {0,3}\$\$([\s\S]{1,20000}?)\$\$[ \t]*(?:\n+|$)/;

/** Display math (`$$ … $$` on lines of their own) as a code block, its lines as written, as pandoc keeps them. */
const displayMath: MarkedExtension = {
  extensions: [
    {
      name: 'displayMath',
      level: 'block',
      start: (src: string) => src.match(/^ {0,3}\$\$/m)?.index,
      tokenizer(src: string) {
        const math = MATH.exec(src);
        if (!math) return undefined;
        return { type: 'code', raw: math[0], text: (math[1] ?? '').replace(/^\n+|\s+$/g, ''), codeBlockStyle: 'indented' };
      },
    },
  ],
};
