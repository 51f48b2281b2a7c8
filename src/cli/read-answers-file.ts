import { resolve } from 'node:path';
import { usageError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import { FileRefused, readLimited, readStreamLimited } from '../files/read-limited.js';
import { errorCode } from '../text/describe-error.js';

/** Answer files are typed by hand; anything this large is a mistake, not answers. */
const MAX_BYTES = 256 * 1024;

/** Reads an answers file (JSON or YAML; `-` is standard input) into plain data, or fails with exit 2. */
export async function readAnswersFile(io: IO, file: string): Promise<unknown> {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = file === '-' ? (await readStreamLimited(io.stdin(), MAX_BYTES)).toString('utf8') : readSmallFile(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = error instanceof FileRefused ? error.message : code === 'ENOENT' ? 'no such file' : errorCode(error);
    throw usageError(`cannot read answers from ${name}: ${why}`);
  }
  text = text.replace(/^\uFEFF/, '');
  // JSON is YAML, but JSON.parse is faster and gives better messages for JSON
  // files; a document that only looks like JSON ({stage: industry}) is YAML.
  if (/^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through to YAML
    }
  }
  // The YAML parser is loaded only for an answers file that is not JSON: it was about 5% of the CPU time of an `assess` given JSON (docs/performance.md).
  const { parseYamlData, yamlReason } = await import('../guide/read-data-file.js');
  try {
    return parseYamlData(text);
  } catch (error) {
    throw usageError(`answers in ${name} are not valid JSON or YAML: ${yamlReason(error) ?? errorCode(error)}`);
  }
}

/** Bounded by the bytes read, whatever the file is: `--answers <(yes)` or /dev/zero end as "too large", not as a full memory. */
function readSmallFile(file: string): string {
  return readLimited(file, MAX_BYTES, { regularOnly: false }).toString('utf8');
}

/** A saved run file (in the runs folder) holds its answers under `answers`: given one, those are the answers. */
export function answersOf(data: unknown): unknown {
  const isRun = typeof data === 'object' && data !== null && 'version' in data && 'date' in data && 'answers' in data && 'result' in data;
  return isRun ? data.answers : data;
}
