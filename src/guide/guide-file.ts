import { statSync } from 'node:fs';
import { CareersError } from '../errors.js';
import { FileRefused, readLimited } from '../files/read-limited.js';
import { stripControls } from '../text/sanitize.js';

/** A larger file is almost certainly not a guide file; reading it whole would only slow every command. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file of a guide folder that is there but cannot be used; its message says why ("file is too large ..."), for a warning. */
export class GuideFileError extends Error {
  override name = 'GuideFileError';
}

/** Reads one file of a guide folder: a regular file of at most 1 MiB (see readLimited). */
export function readGuideFile(file: string): Buffer {
  try {
    return readLimited(file, MAX_FILE_BYTES);
  } catch (error) {
    throw error instanceof FileRefused ? new GuideFileError(error.message) : error;
  }
}

/** A guide file's text as it is parsed: no byte-order mark, and only \n line breaks. */
export const normalizeText = (raw: string) => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** A section's body: its file's text from where the front-matter ends, trimmed, with control characters removed. */
export const bodyAt = (text: string, start: number) => stripControls(text.slice(start)).trim();

/** UTF-8 that refuses invalid bytes rather than replacing them: a guide file must be text. */
export const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A markdown file's bytes as text, or a GuideFileError saying why they are not text (binary, or not UTF-8). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new GuideFileError('file looks binary (it contains NUL bytes)');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new GuideFileError('file is not valid UTF-8');
  }
}

/**
 * The body of a section whose front-matter was parsed earlier (and cached):
 * read again from its file, which must still have the mtime and size it had
 * then. A cache keeps what parsing found, not a second copy of every file.
 */
export function readBody(file: string, start: number, mtimeMs: number, size: number, asMarkdown?: (text: string) => string): string {
  const changed = () => new CareersError(`${file} changed while careers was reading it; run the command again`);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.mtimeMs !== mtimeMs || stat.size !== size) throw changed();
  const read = normalizeText(utf8.decode(readGuideFile(file)));
  const text = asMarkdown ? asMarkdown(read) : read;
  if (start > text.length) throw changed();
  return bodyAt(text, start);
}
