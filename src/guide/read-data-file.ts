import fs from 'node:fs';
import yaml from 'js-yaml';

/**
 * Reads a YAML data file of the guide (the assessment's questions, scoring
 * and next steps). Core schema only: plain data, no dates, no custom types,
 * so nothing in a guide folder can construct code or objects.
 */
export function readYamlFile(file: string): unknown {
  return yaml.safeLoad(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
}
