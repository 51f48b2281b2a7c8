import { yaml } from '../vendor/yaml.js';
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

/**
 * Reads a YAML data file of the guide (the assessment's questions, scoring
 * and next steps; the records of today's routes). Core schema only: plain data, no dates, no custom types,
 * so nothing in a guide folder can construct code or objects.
 */
export function readYamlFile(file: string): unknown {
  const text = readGuideFile(file).toString('utf8');
  let data: unknown;
  try {
    data = yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    // The parser recurses: YAML nested thousands deep overflows the stack, a property of the file like any other error in it.
    if (error instanceof RangeError) throw new GuideFileError('file nests too deeply to read');
    throw error;
  }
  if (expandedSize(data) > MAX_YAML_VALUES) throw new GuideFileError(`file ${TOO_MANY_VALUES}`);
  return data;
}
