import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file that is there but is not read: not a regular file, or too large. Its message says why. */
export class FileRefused extends Error {
  override name = 'FileRefused';
}

/**
 * Reads a file of at most `maxBytes`, counting the bytes read rather than
 * trusting the size the file claims (a device or a pipe says 0 and may
 * stream without end). Files the guide, caches and saved runs are made of
 * must be regular files (`regularOnly`): they are opened non-blocking and
 * checked through the descriptor, since a FIFO would block a read forever.
 * A file the user names (`--answers <(...)`) may be a pipe.
 */
export function readLimited(file: string, maxBytes: number, { regularOnly = true } = {}): Buffer {
  const fd = openSync(file, regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
  try {
    const stat = fstatSync(fd);
    if (regularOnly && !stat.isFile()) throw new FileRefused('not a regular file (a FIFO, socket, device or folder)');
    if (stat.isDirectory()) throw new FileRefused('a folder, not a file');
    // A regular file's size is a good first guess (one read); a pipe or a device says 0 and grows the buffer as it streams.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1 || 64 * 1024));
    let length = 0;
    while (length <= maxBytes) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2) - buffer.length)]);
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw new FileRefused(`file is too large (over ${describeBytes(maxBytes)})`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export const describeBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`);

/** Reads a stream (standard input) to its end, refusing it once it holds more than `maxBytes`: `yes |` ends as "too large", not as a full memory. */
export async function readStreamLimited(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > maxBytes) throw new FileRefused(`file is too large (over ${describeBytes(maxBytes)})`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
