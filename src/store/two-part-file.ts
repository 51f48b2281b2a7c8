import fs from 'node:fs';

/** Read at once; for a small file (the built-in guide's index) that is all of it. */
const FIRST_READ = 256 * 1024;

/** A file of two parts; the second is read piece by piece, when asked for. */
export interface TwoPartFile {
  first: string;
  /**
   * Bytes [start, end) of the second part, decoded. They come from the
   * file as it was when first read, even if it was replaced since: the
   * descriptor stays open for this until `close`.
   */
  slice(start: number, end: number): string;
  /** The length of the second part, in bytes. */
  secondLength: number;
  /** Done with it: later slices come from what was already read, or are empty. */
  close(): void;
}

/**
 * The text of a two-part file: the byte length of the first part on a line
 * of its own, then the first part, a newline and the second. The length
 * lets a reader take exactly the first part in one read.
 */
export const twoPartText = (first: string, second: string): string => `${Buffer.byteLength(first)}\n${first}\n${second}`;

/**
 * A second part made of values, one JSON line each, and where each line
 * starts (plus one past the last): with the offsets kept in the first part,
 * one value is read and decoded alone (see jsonLine).
 */
export function jsonLines(values: readonly unknown[]): { text: string; offsets: number[] } {
  const lines = values.map((value) => `${JSON.stringify(value)}\n`);
  const offsets = [0];
  for (const line of lines) offsets.push((offsets.at(-1) ?? 0) + Buffer.byteLength(line));
  return { text: lines.join(''), offsets };
}

/**
 * Whether offsets read back from a file can be those jsonLines wrote for a
 * second part of `length` bytes: whole numbers from 0, never decreasing,
 * ending at its end. Anything else is a damaged file, found before any read.
 */
export function offsetsFit(offsets: unknown, length: number): offsets is number[] {
  if (!Array.isArray(offsets) || offsets[0] !== 0 || offsets.at(-1) !== length) return false;
  for (let i = 1; i < offsets.length; i++) {
    if (!Number.isSafeInteger(offsets[i]) || offsets[i] < offsets[i - 1]) return false;
  }
  return true;
}

/** Value `index` of a second part written by jsonLines; undefined if it is not JSON (a damaged file). */
export const jsonLine = (file: TwoPartFile, offsets: readonly number[], index: number): unknown =>
  parseOrUndefined(file.slice(offsets[index] ?? 0, (offsets[index + 1] ?? 1) - 1));

/** Values `[start, end)` of a second part written by jsonLines, read at once; a line that is not JSON gives undefined. */
export function jsonLineRange(file: TwoPartFile, offsets: readonly number[], start: number, end: number): unknown[] {
  if (end <= start) return [];
  // JSON never has a raw newline inside a value, so the lines split on it.
  return file.slice(offsets[start] ?? 0, (offsets[end] ?? 1) - 1).split('\n').map(parseOrUndefined);
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads the first part of a file written by twoPartText. A large guide's
 * cache is mostly section bodies: `list` never reads them, and a lookup
 * reads only the ones it prints. Undefined if the file is missing or not
 * in this form.
 */
export function readTwoPartFile(file: string): TwoPartFile | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  try {
    const size = fs.fstatSync(fd).size;
    let bytes = Buffer.alloc(Math.min(size, FIRST_READ));
    bytes = bytes.subarray(0, readAt(fd, bytes, 0));
    const headerEnd = bytes.indexOf(10);
    const length = Number(bytes.toString('latin1', 0, headerEnd));
    const base = headerEnd + 1 + length + 1; // where the second part starts
    if (headerEnd < 1 || headerEnd > 15 || !Number.isSafeInteger(length) || base > size) {
      close();
      return undefined;
    }
    if (bytes.length < base) {
      const rest = Buffer.alloc(base - bytes.length);
      bytes = Buffer.concat([bytes, rest.subarray(0, readAt(fd, rest, bytes.length))]);
    }
    if (bytes.length >= size) close(); // all of it is in memory
    return {
      first: bytes.toString('utf8', headerEnd + 1, headerEnd + 1 + length),
      secondLength: size - base,
      slice(start, end) {
        if (!(start >= 0 && end >= start && end <= size - base)) return ''; // not a piece of this file: read as damage by the caller
        if (!open || base + end <= bytes.length) return bytes.toString('utf8', base + start, Math.min(base + end, bytes.length));
        const piece = Buffer.alloc(end - start);
        return piece.toString('utf8', 0, readAt(fd, piece, base + start));
      },
      close,
    };
  } catch {
    close();
    return undefined;
  }
}

function readAt(fd: number, into: Buffer, position: number): number {
  let total = 0;
  while (total < into.length) {
    const n = fs.readSync(fd, into, total, into.length - total, position + total);
    if (!n) break;
    total += n;
  }
  return total;
}
