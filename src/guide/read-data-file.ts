import { isMap, isSeq, LineCounter, parseDocument, YAMLError, YAMLParseError, type Node } from 'yaml';
import { GuideFileError, readGuideFile } from './guide-file.js';


/**
 * Most values (scalars, lists and mappings) the YAML of a guide file may stand
 * for. Aliases let a few lines stand for billions ("billion laughs"): js-yaml
 * keeps them as shared references, but whatever walks the data (validation,
 * the folder cache, JSON output) would expand them. Real files have hundreds.
 */
export const MAX_YAML_VALUES = 20_000;
/**
 * How deeply values may nest. Real front-matter is two or three levels deep;
 * a TOML dotted key of thousands of parts, or a chain of YAML aliases, would
 * overflow the stack of whatever walks the data recursively afterwards.
 */
export const MAX_YAML_DEPTH = 64;
export const TOO_MANY_VALUES = `stands for more than ${MAX_YAML_VALUES} values once its YAML aliases are expanded, or nests more than ${MAX_YAML_DEPTH} deep`;

/**
 * How many values `data` stands for with every alias expanded, counted up to
 * just past `limit`; Infinity when it nests deeper than MAX_YAML_DEPTH or
 * refers to itself. The walk keeps its own stack, so no depth of data can
 * overflow the call stack, and it stops at the limit, so the work is bounded
 * however far aliases would expand.
 */
export function expandedSize(data: unknown, limit = MAX_YAML_VALUES): number {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  let count = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (++count > limit) return count;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_YAML_DEPTH) return Infinity;
    for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  return count;
}

/** C0 controls but tab and line breaks: what js-yaml refused anywhere in a document (the others are cleaned before anything is printed). */
const NOT_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * Parses YAML that no one we trust wrote (guide files, answers files) into
 * plain data: the core schema (strings, numbers, booleans, null, lists and
 * mappings; no dates, no custom types), an unknown tag (`!!js/function`,
 * `!!binary`) or a duplicate key refused, and nothing printed. Aliases stay
 * shared references, for expandedSize to count, rather than the library's
 * own alias limit, so a bomb is reported as one.
 */
export function parseYamlData(text: string): unknown {
  // YAML allows no C0 control but tab and line breaks; the parser itself lets them through.
  const control = NOT_PRINTABLE.exec(text);
  if (control) throw new YAMLParseError([control.index, control.index + 1], 'UNEXPECTED_TOKEN', `YAML does not allow the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const document = parseDocument(text, { schema: 'core', resolveKnownTags: false, logLevel: 'silent' });
  const problem = document.errors[0] ?? document.warnings[0];
  // The parser catches its own stack overflow on collections nested thousands deep and reports it as an error; callers say that one as "nests too deeply".
  if (problem?.code === 'RESOURCE_EXHAUSTION') throw new RangeError('it nests too deeply to read');
  if (problem) throw problem;
  return document.toJS({ maxAliasCount: -1 });
}

/**
 * Where fields (`title`, `role.weights.ml`, `rules[2].section`) are in YAML
 * text: the 1-based line of each, from the parser's node ranges, the text
 * parsed once when first asked; a field that is missing points at the
 * deepest of its parents that is there.
 */
export function yamlFieldLines(text: string): (field: string) => number | undefined {
  let parsed: { document: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  return (field) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { document: parseDocument(text, { lineCounter: lines, schema: 'core', resolveKnownTags: false, logLevel: 'silent' }), lines };
    }
    return fieldLine(parsed.document.contents, parsed.lines, field);
  };
}

function fieldLine(contents: unknown, lines: LineCounter, field: string): number | undefined {
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  let node = contents;
  let line: number | undefined;
  for (const step of field.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
      if (!pair) break;
      line = lineOf(pair.key as Node) ?? line;
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(step)) {
      node = node.items[Number(step)];
      if (!node) break;
      line = lineOf(node as Node) ?? line;
    } else break;
  }
  return line;
}

/**
 * Reads a YAML data file of the guide (the assessment's questions, scoring
 * and next steps; the records of today's routes). Core schema only: plain data, no dates, no custom types,
 * so nothing in a guide folder can construct code or objects.
 */
export function readYamlFile(file: string): unknown {
  let data: unknown;
  try {
    data = parseYamlData(readGuideFile(file).toString('utf8'));
  } catch (error) {
    // YAML nested thousands deep overflows the stack (in the parser, or in turning its nodes into data): a property of the file like any other error in it.
    if (error instanceof RangeError) throw new GuideFileError('file nests too deeply to read');
    throw error;
  }
  if (expandedSize(data) > MAX_YAML_VALUES) throw new GuideFileError(`file ${TOO_MANY_VALUES}`);
  return data;
}

/** What the YAML parser says is wrong, on one line, without its position (its full message adds the line and a source excerpt); undefined for other errors. */
export const yamlReason = (error: unknown): string | undefined =>
  error instanceof YAMLError ? (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') : undefined;

/** The 1-based line of the YAML text where the parser found an error, when it says. */
export const yamlLine = (error: unknown): number | undefined => (error instanceof YAMLError ? error.linePos?.[0].line : undefined);
