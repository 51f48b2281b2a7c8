import { existsSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { ReadIncluded } from '../check/latex-includes.js';
import { describeBytes, FileRefused, readLimited } from '../files/read-limited.js';
import type { IO } from '../terminal/io.js';
import { errorCode } from '../text/describe-error.js';
import { stripControls } from '../text/sanitize.js';

/**
 * Reads the files a LaTeX draft includes: a path relative to the draft's
 * folder only, never above it (nor through a link that leads out of it), a
 * name without an extension tried as `.tex` first, as LaTeX does, and all of
 * them within `maxBytes` together with the draft's own `used`. Each refusal is an Error saying why.
 */
export function includedFileReader(io: IO, draftFile: string, maxBytes: number, used: number): ReadIncluded {
  const folder = draftFile === '-' ? undefined : dirname(resolve(io.cwd, draftFile));
  let left = maxBytes - used;
  return (name) => {
    if (!folder) throw new Error('files are not read for a draft on standard input');
    if (isAbsolute(name) || name.startsWith('~')) throw new Error("only a path relative to the draft's folder is read");
    for (const candidate of extname(name) ? [name] : [`${name}.tex`, name]) {
      const path = resolve(folder, candidate);
      if (!inside(folder, path)) throw new Error("it is outside the draft's folder");
      if (!existsSync(path)) continue;
      if (!inside(realpathSync(folder), realpathSync(path))) throw new Error("it links outside the draft's folder");
      const bytes = readWithin(path, left, maxBytes);
      left -= bytes.length;
      return { name: relative(folder, path), text: decodeText(bytes) };
    }
    throw new Error('no such file');
  };
}

const inside = (folder: string, path: string) => {
  const within = relative(folder, path);
  return within !== '' && !within.startsWith('..') && !isAbsolute(within);
};

function readWithin(path: string, budget: number, maxBytes: number): Buffer {
  try {
    return readLimited(path, Math.max(0, budget));
  } catch (error) {
    if (error instanceof FileRefused && /too large/.test(error.message))
      throw new Error(`the draft and the files it includes are over ${describeBytes(maxBytes)} together`);
    throw new Error(error instanceof FileRefused ? error.message : errorCode(error));
  }
}

/** A text file's characters: UTF-8 with no byte-order mark, one kind of line end, no control sequences. */
export const decodeText = (bytes: Uint8Array) =>
  stripControls(
    new TextDecoder('utf-8')
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n'),
  );
