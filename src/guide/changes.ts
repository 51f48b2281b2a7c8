import type { Change, Section, SectionWithBody } from './types.js';

/** Follows each mention of something that changed since the source, in a section's text. */
export const CHANGED_MARKER = '*(changed)*';

/** The names a change goes by in the text: its mentions, or its name when it lists none. */
export const namesOf = (change: Change) => (change.mentions.length ? change.mentions : [change.name]);

/*
 * A letter or digit in any script, one pattern for every name: a pattern of
 * its own for each name, with these Unicode classes in it, took about 1 ms
 * a name to compile, in every run that marks or looks for changed names.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether the character (a whole code point) just before `at`, or the one at `at`, is a letter or digit. */
const letterBefore = (text: string, at: number) => LETTER_OR_DIGIT.test([...text.slice(Math.max(0, at - 2), at)].pop() ?? '');
const letterAt = (text: string, at: number) => LETTER_OR_DIGIT.test([...text.slice(at, at + 2)][0] ?? '');

/** Where `name` first stands in `text` as a whole word or phrase, not inside a longer word ("FHI" not in "FHIs", "École" not in "Écoles"), in any script; -1 if nowhere. */
function findName(text: string, name: string): number {
  for (let at = text.indexOf(name); at !== -1 && at < text.length; at = text.indexOf(name, at + 1)) {
    if (!letterBefore(text, at) && !letterAt(text, at + name.length)) return at;
  }
  return -1;
}

/** Every change, once, from all the sections that note one. */
export function allChanges(sections: readonly Section[]): Change[] {
  const seen = new Map<string, Change>();
  for (const change of sections.flatMap((s) => s.changed)) seen.set(`${change.name}\n${change.note}`, change);
  return [...seen.values()];
}

/** Whether `text` names `name`, as a whole word or phrase. */
export const names = (text: string, name: string) => findName(text, name) !== -1;

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
const afterPossessive = (line: string, end: number) => (/^['’]s(?![\p{L}\p{N}])/u.test(line.slice(end, end + 3)) ? end + 2 : end);

const longest = (change: Change) => Math.max(...namesOf(change).map((name) => name.length));

function markLine(line: string, changes: ReadonlyArray<readonly string[]>): string {
  const spans: Array<{ start: number; end: number }> = [];
  for (const names of changes) {
    let first: { start: number; end: number } | undefined;
    for (const name of names) {
      const at = findName(line, name);
      if (at !== -1 && (!first || at < first.start)) first = { start: at, end: afterPossessive(line, at + name.length) };
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
