import fs from 'node:fs';

/** Files up to this size are read whole; larger ones only up to the end of their first part. */
const READ_WHOLE = 256 * 1024;
const CHUNK = 256 * 1024;

/** A file of two parts separated by the first newline; the second is read piece by piece, when asked for. */
export interface TwoPartFile {
  first: string;
  /**
   * Bytes [start, end) of the second part, decoded. They come from the
   * file as it was when first read, even if it was replaced since: the
   * descriptor stays open for this.
   */
  slice(start: number, end: number): string;
  /** Done with it: later slices come from what was already read, or are empty. */
  close(): void;
}

/**
 * Reads the first part of a file written as `first + "\n" + second`, where
 * the first part has no newline (JSON.stringify never writes one). A large
 * guide's cache is mostly section bodies: `list` never reads them, and a
 * lookup reads only the ones it prints. Undefined if the file is missing
 * or has no newline.
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
    let bytes = Buffer.alloc(0);
    let newline = -1;
    while (newline < 0 && bytes.length < size) {
      const chunk = Buffer.alloc(size <= READ_WHOLE ? size : Math.min(CHUNK, size - bytes.length));
      const length = readAt(fd, chunk, bytes.length);
      if (!length) break;
      const found = chunk.subarray(0, length).indexOf(10);
      if (found >= 0) newline = bytes.length + found;
      bytes = bytes.length ? Buffer.concat([bytes, chunk.subarray(0, length)]) : chunk.subarray(0, length);
    }
    let open = true;
    const close = () => {
      if (open) fs.closeSync(fd);
      open = false;
    };
    if (bytes.length >= size) close(); // all of it is in memory

    if (newline < 0) {
      close();
      return undefined;
    }
    const base = newline + 1;
    return {
      first: bytes.toString('utf8', 0, newline),
      slice(start, end) {
        if (!open || base + end <= bytes.length) return bytes.toString('utf8', base + start, Math.min(base + end, bytes.length));
        const piece = Buffer.alloc(end - start);
        return piece.toString('utf8', 0, readAt(fd, piece, base + start));
      },
      close,
    };
  } catch {
    fs.closeSync(fd);
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
