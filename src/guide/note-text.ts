import { plainText } from '../text/plain-text.js';
import { stripControls } from '../text/sanitize.js';
import { shortenAtWord } from '../text/shorten.js';
import { sentencesOf } from '../text/sentences.js';

/*
 * What a note without front-matter says about itself: its title in its first
 * `# ` heading, its summary in the first sentence of its first paragraph.
 * Lines inside fenced code blocks are never taken for either.
 */

/** A summary made from a body is cut to this, after a whole word. */
const MAX_SUMMARY = 160;

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^#{1,6}(\s|$)/;
/** Lines that are not prose: headings, rules, tables, quotes and callouts, HTML, images, and lines that are only templating (`{% include x %}`). */
const NOT_PROSE = /^(#{1,6}(\s|$)|[-*_]{3,}\s*$|\||>|<|!\[|\{[{%][^\n]*[}%]\}\s*$)/;

interface Line {
  text: string;
  start: number;
  end: number;
}

/** The lines of `text` from `from` that are outside fenced code blocks, with their offsets. */
function* proseLines(text: string, from: number): Generator<Line & { blank: boolean }> {
  let inFence = false;
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(start, newline < 0 ? text.length : newline);
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) yield { text: line, start, end, blank: line.trim() === '' };
    start = end;
  }
}

/** A heading's words on one line, without markup or control characters. */
const headingText = (line: string) => plainText(stripControls(line.replace(/^#\s+/, '').replace(/\s+#+\s*$/, '')));

/**
 * The first level-1 heading of the text from `from`: its words, and, when
 * nothing but blank lines comes before it, where the text after it starts
 * (a note's title is shown once, not again as the first line of its body).
 */
export function firstHeading(text: string, from: number): { title: string; after?: number } | undefined {
  let leading = true;
  for (const line of proseLines(text, from)) {
    if (line.blank) continue;
    if (/^#\s/.test(line.text)) {
      const title = headingText(line.text);
      if (title) return leading ? { title, after: line.end } : { title };
    }
    leading = false;
  }
  return undefined;
}

/** The first sentence of the first paragraph (or list item) of a body, as plain text on one line, cut at a word. */
export function firstSentence(body: string): string {
  const paragraph: string[] = [];
  for (const line of proseLines(body, 0)) {
    if (line.blank || HEADING.test(line.text) || (!paragraph.length && NOT_PROSE.test(line.text.trim()))) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(line.text);
  }
  const text = plainText(stripControls(paragraph.join('\n')));
  const [first = ''] = sentencesOf(text);
  return shortenAtWord(first.trim(), MAX_SUMMARY);
}
