/*
 * Where markdown is code, so that syntax written about (a note on Obsidian's
 * `[[links]]`) is left as written. One pass over the lines, linear in the
 * text: this runs whenever a note is loaded, where a markdown parser
 * (marked, micromark) would add its start-up to every command.
 */

/** A fence opening or closing a code block, after any quote marks and list indentation: its marker run. */
const FENCE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;
const INDENTED = /^(?: {4}|\t)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
const BACKTICKS = /`+/g;

/**
 * The text with `change` applied to each stretch of prose, and code kept as
 * written: fenced blocks, indented blocks (not a list item's continuation),
 * and inline code spans, a run of backticks closed by a run of the same
 * length within one paragraph (CommonMark's rule).
 */
export function outsideCode(markdown: string, change: (prose: string) => string): string {
  const lines = markdown.split(/(?<=\n)/);
  const out: string[] = [];
  let paragraph = '';
  const flush = () => {
    out.push(outsideCodeSpans(paragraph, change));
    paragraph = '';
  };
  let fence: string | undefined;
  let indentedCode = false;
  // What the last line with text was: an indented line after it and a blank line is code only after plain prose or code.
  let afterBlank = true;
  let lastWasList = false;
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      flush();
      fence = marker;
      out.push(line);
      continue;
    }
    const blank = line.trim() === '';
    if ((indentedCode || (afterBlank && !lastWasList)) && INDENTED.test(line) && !blank) {
      flush();
      indentedCode = true;
      out.push(line);
      continue;
    }
    if (blank) {
      flush();
      out.push(line);
      afterBlank = true;
      continue;
    }
    indentedCode = false;
    afterBlank = false;
    lastWasList = LIST_ITEM.test(line) || (lastWasList && /^[ \t]/.test(line));
    paragraph += line;
  }
  flush();
  return out.join('');
}

/** One paragraph with `change` applied outside its code spans. */
function outsideCodeSpans(text: string, change: (prose: string) => string): string {
  if (!text) return text;
  if (!text.includes('`')) return change(text);
  const runs = [...text.matchAll(BACKTICKS)];
  // For each run, the next run of the same length: found in one pass from the end, so many unclosed runs cost no more than a few.
  const next: number[] = [];
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]![0].length;
    next[i] = seen.get(length) ?? -1;
    seen.set(length, i);
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    const close = next[i] ?? -1;
    if (close < 0) continue;
    const end = (runs[close]!.index ?? 0) + open[0].length;
    out += change(text.slice(from, open.index)) + text.slice(open.index, end);
    from = end;
    i = close;
  }
  return out + change(text.slice(from));
}
