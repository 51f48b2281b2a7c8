/*
 * LaTeX's \input, \include and \subfile put another file's text where they
 * stand. A statement split over several files is read whole by splicing
 * them in the same way, before parsing; each line of the result remembers
 * the file and line it came from, so that quotes point at the right file.
 * Reading the files (and refusing paths outside the draft's folder) is the
 * caller's: this module only finds and splices.
 */

/** Where a line of the spliced text came from: `file` is empty for the draft itself. */
export interface SourceLine {
  file: string;
  line: number;
}

export interface Spliced {
  text: string;
  lines: SourceLine[];
  /** Files that could not be read, each with why, in one line. */
  notes: string[];
}

/** Reads an included file by the name the draft gives it (relative to the draft's folder), or throws an Error saying why not. */
export type ReadIncluded = (name: string) => { name: string; text: string };

/** At most this many files are spliced into one draft. */
export const MAX_INCLUDED_FILES = 50;

const INCLUDE = /\\(?:input|include|subfile)\s*\{([^{}]*)\}|\\input\s+([^\s{}\\%]+)/;

/** The part of a line before its comment: a % not escaped by a backslash starts one. */
const beforeComment = (line: string) => {
  const at = line.search(/(?<!\\)%/);
  return at < 0 ? line : line.slice(0, at);
};

/**
 * The draft's text with the files it includes spliced in (recursively, at
 * most MAX_INCLUDED_FILES, each once on any path), and where each line came from.
 */
export function spliceIncludes(text: string, read: ReadIncluded): Spliced {
  const out: string[] = [];
  const lines: SourceLine[] = [];
  const notes: string[] = [];
  let files = 0;
  const splice = (source: string, file: string, stack: readonly string[]) => {
    source.split('\n').forEach((whole, index) => {
      let rest = whole;
      const at = { file, line: index + 1 };
      for (let match = INCLUDE.exec(beforeComment(rest)); match; match = INCLUDE.exec(beforeComment(rest))) {
        const before = rest.slice(0, match.index);
        // A line split around an inclusion keeps its words; an empty part would add a blank line, which LaTeX reads as a paragraph break.
        if (before.trim()) {
          out.push(before);
          lines.push(at);
        }
        rest = rest.slice(match.index + match[0].length);
        const name = (match[1] ?? match[2] ?? '').trim();
        if (!name) continue;
        if (files >= MAX_INCLUDED_FILES) {
          notes.push(`${name} was not read: a draft includes at most ${MAX_INCLUDED_FILES} files.`);
          continue;
        }
        try {
          const included = read(name);
          if (stack.includes(included.name)) throw new Error('it includes itself');
          files++;
          splice(included.text, included.name, [...stack, included.name]);
        } catch (error) {
          notes.push(`${name} could not be read: ${error instanceof Error ? error.message : String(error)}.`);
        }
      }
      if (rest.trim() || rest === whole) {
        out.push(rest);
        lines.push(at);
      }
    });
  };
  splice(text, '', ['']);
  return { text: out.join('\n'), lines, notes };
}

/** Moves a place in the spliced text back to the file and line it came from (`file` only for an included file). */
export function placeInSource<T extends { line: number; file?: string }>(place: T, lines: readonly SourceLine[]): T {
  const source = lines[place.line - 1];
  if (!source) return place;
  return source.file ? { ...place, line: source.line, file: source.file } : { ...place, line: source.line };
}
