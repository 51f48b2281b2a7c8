import type { Token, Tokens } from 'marked';
import { markdownTokens, oneLine, tokensText } from '../text/plain-text.js';
import { stripControls } from '../text/sanitize.js';
import { shortenAtWord } from '../text/shorten.js';
import { sentencesOf } from '../text/sentences.js';

/*
 * What a note without front-matter says about itself: its title in its first
 * level-1 heading, its summary in the first sentence of its first paragraph
 * (or list item). marked's lexer finds them, so a line inside a fenced code
 * block is never taken for either.
 */

/** A summary made from a body is cut to this, after a whole word. */
const MAX_SUMMARY = 160;

/** A paragraph that is only templating (`{% include x %}`, `{{ site.title }}`): not prose. */
const TEMPLATING = /^\{[{%][^\n]*[}%]\}$/;

/** Words on one line, without markup or control characters. */
const wordsOf = (tokens: readonly Token[]) => oneLine(stripControls(tokensText(tokens)));

/**
 * The first level-1 heading of the text from `from`: its words, and, when
 * nothing but blank lines comes before it, where the text after it starts
 * (a note's title is shown once, not again as the first line of its body).
 */
export function firstHeading(text: string, from: number): { title: string; after?: number } | undefined {
  const tokens = markdownTokens(text.slice(from)) ?? [];
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'heading' || (token as Tokens.Heading).depth !== 1) continue;
    const title = wordsOf((token as Tokens.Heading).tokens);
    if (!title) continue;
    const leading = tokens.slice(0, index).every((t) => t.type === 'space');
    return leading ? { title, after: afterLines(text, from, token.raw.replace(/\n+$/, '').split('\n').length) } : { title };
  }
  return undefined;
}

/** The offset after the first `count` lines from `from` that follow its blank lines (the lexer's offsets are of text with line ends made `\n`). */
function afterLines(text: string, from: number, count: number): number {
  let at = from;
  let seen = 0;
  while (at < text.length && seen < count) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    if (seen > 0 || text.slice(at, end).trim() !== '') seen++;
    at = end;
  }
  return at;
}

/** The first sentence of the first paragraph (or list item) of a body, as plain text on one line, cut at a word. */
export function firstSentence(body: string): string {
  const paragraph = (markdownTokens(body) ?? []).map(proseOf).find((words) => words !== undefined) ?? '';
  const [first = ''] = sentencesOf(paragraph);
  return shortenAtWord(first.trim(), MAX_SUMMARY);
}

/** A paragraph's words, or a list's first item's; undefined for what is not prose (headings, rules, tables, quotes, code, HTML, images, templating). */
function proseOf(token: Token): string | undefined {
  const tokens =
    token.type === 'paragraph' ? (token as Tokens.Paragraph).tokens : token.type === 'list' ? (token as Tokens.List).items[0]?.tokens.filter((t) => t.type !== 'list') : undefined;
  if (!tokens || tokens.every((t) => t.type === 'image' || !t.raw.trim())) return undefined;
  const words = wordsOf(tokens);
  return words && !TEMPLATING.test(words) ? words : undefined;
}
