import fs from 'node:fs';

/** Files up to this size are read whole; larger ones only up to the end of their first part. */
const READ_WHOLE = 256 * 1024;
const CHUNK = 256 * 1024;

/** A file of two parts separated by the first newline, the second read only if asked for. */
export interface TwoPartFile {
  first: string;
  /** The second part; reads it from the same file even if that was replaced since (the descriptor stays open until then). */
  second(): string;
}

/**
 * Reads the first part of a file written as `first + "\n" + second`, where
 * the first part has no newline (JSON.stringify never writes one). A large
 * guide's cache is mostly section bodies that `list` never prints; reading
 * only up to the newline skips them. Undefined if the file is missing or
 * has no newline.
 */
export function readTwoPartFile(file: string): TwoPartFile | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size <= READ_WHOLE) {
      const bytes = Buffer.alloc(size);
      const length = readFully(fd, bytes, 0);
      fs.closeSync(fd);
      return split(bytes.subarray(0, length), () => Buffer.alloc(0));
    }
    let bytes = Buffer.alloc(0);
    let newline = -1;
    while (newline < 0 && bytes.length < size) {
      const chunk = Buffer.alloc(Math.min(CHUNK, size - bytes.length));
      const length = readFully(fd, chunk, bytes.length);
      if (!length) break;
      newline = chunk.subarray(0, length).indexOf(10);
      if (newline >= 0) newline += bytes.length;
      bytes = Buffer.concat([bytes, chunk.subarray(0, length)]);
    }
    if (newline < 0) {
      fs.closeSync(fd);
      return undefined;
    }
    const readSoFar = bytes.length;
    return split(bytes, () => {
      const rest = Buffer.alloc(Math.max(0, size - readSoFar));
      const length = readFully(fd, rest, readSoFar);
      fs.closeSync(fd);
      return rest.subarray(0, length);
    });
  } catch {
    fs.closeSync(fd);
    return undefined;
  }
}

/** Splits at the first newline; `more` returns whatever of the file was not read yet (decoded together, so no character is cut in two). */
function split(bytes: Buffer, more: () => Buffer): TwoPartFile | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  let second: string | undefined;
  return {
    first: bytes.toString('utf8', 0, newline),
    second: () => (second ??= Buffer.concat([bytes.subarray(newline + 1), more()]).toString('utf8')),
  };
}

function readFully(fd: number, into: Buffer, position: number): number {
  let total = 0;
  while (total < into.length) {
    const n = fs.readSync(fd, into, total, into.length - total, position + total);
    if (!n) break;
    total += n;
  }
  return total;
}
