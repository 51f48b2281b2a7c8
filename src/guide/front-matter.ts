import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import { errorCode } from '../text/describe-error.js';
import { expandedSize, MAX_YAML_VALUES, parseYamlData, TOO_MANY_VALUES, yamlLine, yamlReason } from './read-data-file.js';

/** What a file's front-matter holds, and where its body starts in the text. */
export interface FrontMatterBlock {
  /** The fields; empty when there is no front-matter or it could not be read. */
  data: Record<string, unknown>;
  /** The block as written, between the fences ("" without one): for file:line messages. */
  raw: string;
  /** Where the body starts in the text. */
  bodyStart: number;
  /** Why the block could not be read (then `data` is empty): a problem for validate, never a reason to lose the body. */
  problem?: { message: string; line?: number };
}

/** The language named after the opening `---` ("---js"), as gray-matter reads it. */
const FENCE_LANGUAGE = /^---[ \t]*([^\s-][^\n]*)?\n/;

/**
 * Reads the front-matter of a guide file's (normalised) text: YAML between
 * `---` lines, or, unless `strict`, TOML (`---toml`, or Hugo's `+++`).
 * gray-matter runs `---js` / `---javascript` front-matter through eval
 * unless told otherwise (CVE-2022-25863): every language is given an engine
 * here, and any but YAML and TOML only records its refusal, so nothing is
 * ever evaluated. Nothing is thrown.
 */
export function readFrontMatter(text: string, { strict }: { strict: boolean }): FrontMatterBlock {
  const hugo = !strict && text.startsWith('+++\n');
  const fence = hugo ? '+++' : '---';
  // A note that starts with a rule (`---`) and never closes it has no front-matter; the strict reader treats it as gray-matter does.
  if (!text.startsWith(fence) || (!strict && !text.includes(`\n${fence}`, fence.length))) return { data: {}, raw: '', bodyStart: 0 };
  const named = hugo ? 'toml' : FENCE_LANGUAGE.exec(text)?.[1]?.trim() ?? 'yaml';
  const language = named.toLowerCase();

  let problem: FrontMatterBlock['problem'];
  const refuse = () => {
    problem = { message: `front-matter in "${named}" is not allowed; ${strict ? 'only YAML is read' : 'only YAML and TOML are read'}`, line: 1 };
    return {};
  };
  const guarded = (parse: (source: string) => unknown, kind: string) => (source: string): object => {
    try {
      // Whatever it is (a list, a scalar) is checked below; gray-matter only passes it on.
      return parse(source) as object;
    } catch (error) {
      // Lines of the block, whose first line is the file's second: after the opening fence. smol-toml's errors carry a 1-based `line` too.
      const within = yamlLine(error) ?? (typeof (error as { line?: unknown }).line === 'number' ? (error as { line: number }).line : undefined);
      const line = within === undefined ? undefined : within + 1;
      problem = { message: `front-matter is not valid ${kind}: ${yamlReason(error) ?? firstLine(error)}`, ...(line ? { line } : {}) };
      return {};
    }
  };
  const readers: Record<string, (source: string) => object> = { yaml: guarded(parseYamlData, 'YAML'), yml: guarded(parseYamlData, 'YAML') };
  if (!strict) readers.toml = guarded(parseToml, 'TOML');
  const engine = readers[language] ?? refuse;
  // Every name gray-matter could look up for this fence, its aliases for code included, leads to our engine.
  const engines = { js: engine, javascript: engine, coffee: engine, coffeescript: engine, cson: engine, json: engine, [named]: engine, [language]: engine, yaml: engine };

  let parsed: { data: unknown; content: string; matter?: string };
  try {
    parsed = matter(text, { engines, language, delimiters: fence });
  } catch (error) {
    return { data: {}, raw: '', bodyStart: 0, problem: { message: `front-matter could not be read: ${errorCode(error)}` } };
  }
  const raw = parsed.matter ?? '';
  const bodyStart = text.length - parsed.content.length;
  const fail = (message: string) => ({ data: {}, raw, bodyStart, problem: { message, line: 1 } });
  if (problem) return { data: {}, raw, bodyStart, problem };
  const data: unknown = parsed.data;
  if (expandedSize(data) > MAX_YAML_VALUES) return fail(`front-matter ${TOO_MANY_VALUES}`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('front-matter must be a YAML mapping of fields (title, summary, ...)');
  return { data: data as Record<string, unknown>, raw, bodyStart };
}

// A parser that recurses overflows the stack on front-matter nested thousands deep: that is a property of the file, said in its words.
const firstLine = (error: unknown) => (error instanceof RangeError ? 'it nests too deeply to read' : error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
