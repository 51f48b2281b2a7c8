import yaml from 'js-yaml';
import { GuideFileError, readGuideFile } from './guide-file.js';


/**
 * Most values (scalars, lists and mappings) the YAML of a guide file may stand
 * for. Aliases let a few lines stand for billions ("billion laughs"): js-yaml
 * keeps them as shared references, but whatever walks the data (validation,
 * the folder cache, JSON output) would expand them. Real files have hundreds.
 */
export const MAX_YAML_VALUES = 20_000;
export const TOO_MANY_VALUES = `stands for more than ${MAX_YAML_VALUES} values once its YAML aliases are expanded`;

/** How many values `data` stands for with every alias expanded, in time linear in its size as parsed (each shared part is counted once). */
export function expandedSize(data: unknown, memo = new Map<object, number>()): number {
  if (data === null || typeof data !== 'object') return 1;
  const known = memo.get(data);
  if (known !== undefined) return known;
  memo.set(data, Infinity); // a cycle would expand forever
  const size = Object.values(data).reduce((sum: number, item) => sum + expandedSize(item, memo), 1);
  memo.set(data, size);
  return size;
}

/**
 * Reads a YAML data file of the guide (the assessment's questions, scoring
 * and next steps; the records of today's routes). Core schema only: plain data, no dates, no custom types,
 * so nothing in a guide folder can construct code or objects.
 */
export function readYamlFile(file: string): unknown {
  const data: unknown = yaml.safeLoad(readGuideFile(file).toString('utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
  if (expandedSize(data) > MAX_YAML_VALUES) throw new GuideFileError(`file ${TOO_MANY_VALUES}`);
  return data;
}
