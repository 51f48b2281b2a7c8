import type { Change, Section, SectionWithBody } from './types.js';

/** Follows each mention of something that changed since the source, in a section's text. */
export const CHANGED_MARKER = '*(changed)*';

/** The names a change goes by in the text: its mentions, or its name when it lists none. */
export const namesOf = (change: Change) => (change.mentions.length ? change.mentions : [change.name]);

/** A letter or digit of any script at the end, or at the start, of a text: compiled once, not once a name, since a Unicode class is slow to compile. */
const LETTER_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Where `text` first names `name` as a whole word or phrase, not inside a
 * longer word ("FHI" not in "FHIs", "École" not in "Écoles"), in any
 * script; -1 where it does not. Two code units are read on each side, as a
 * letter may be a surrogate pair.
 */
function indexOfName(text: string, name: string): number {
  let at = text.indexOf(name);
  while (at >= 0 && (LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at)) || LETTER_AT_START.test(text.slice(at + name.length, at + name.length + 2)))) {
    at = at < text.length ? text.indexOf(name, at + 1) : -1;
  }
  return at;
}

/** Every change, once, from all the sections that note one. */
export function allChanges(sections: readonly Section[]): Change[] {
  const seen = new Map<string, Change>();
  for (const change of sections.flatMap((s) => s.changed)) seen.set(`${change.name}\n${change.note}`, change);
  return [...seen.values()];
}

/** Whether `text` names `name`, as a whole word or phrase. */
export const names = (text: string, name: string) => indexOfName(text, name) >= 0;

/**
 * The notes `text` needs: for each changed name it mentions, one change
 * about it, from `preferred` (the notes of the section the text comes from)
 * where one there covers that name, else from all of them.
 */
export function changesMentioned(text: string, preferred: readonly Change[], all: readonly Change[]): Change[] {
  const found: Change[] = [];
  for (const name of new Set(all.flatMap(namesOf))) {
    if (!names(text, name)) continue;
    const change = preferred.find((c) => namesOf(c).includes(name)) ?? all.find((c) => namesOf(c).includes(name));
    if (change && !found.includes(change)) found.push(change);
  }
  return found;
}

/**
 * A body with each changed name marked where it first appears on a line, so
 * a reader meets the mark beside the name, not only in the box above. A
 * longer name is matched before a shorter one it contains ("Google Brain
 * Residency" before "Google Brain").
 */
export function markMentions(body: string, changes: readonly Change[]): string {
  if (!changes.length) return body;
  const byLength = [...changes].sort((a, b) => longest(b) - longest(a)).map(namesOf);
  return body.split('\n').map((line) => markLine(line, byLength)).join('\n');
}

/** Where a name ends with its possessive: the mark goes after "MIRI's", not inside it. */
const afterPossessive = (line: string, end: number) => (/^['’]s/.test(line.slice(end, end + 2)) && !LETTER_AT_START.test(line.slice(end + 2, end + 4)) ? end + 2 : end);

const longest = (change: Change) => Math.max(...namesOf(change).map((name) => name.length));

function markLine(line: string, changes: ReadonlyArray<readonly string[]>): string {
  const spans: Array<{ start: number; end: number }> = [];
  for (const names of changes) {
    let first: { start: number; end: number } | undefined;
    for (const name of names) {
      const at = indexOfName(line, name);
      if (at >= 0 && (!first || at < first.start)) first = { start: at, end: afterPossessive(line, at + name.length) };
    }
    if (first && !spans.some((span) => first.start < span.end && span.start < first.end)) spans.push(first);
  }
  let marked = line;
  for (const { end } of spans.sort((a, b) => b.end - a.end)) {
    if (!marked.startsWith(` ${CHANGED_MARKER}`, end)) marked = `${marked.slice(0, end)} ${CHANGED_MARKER}${marked.slice(end)}`;
  }
  return marked;
}

/** Names a change's mentions that its section's body never uses: a mark that would never show. */
export const unusedMentions = (section: SectionWithBody): string[] =>
  section.changed.flatMap(namesOf).filter((name) => !names(section.body, name));
