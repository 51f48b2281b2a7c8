import { fstatSync, writeSync, type Stats } from 'node:fs';
import type { Output } from './io.js';

/**
 * What a descriptor is, without loading node:tty: creating process.stdout
 * or calling tty.isatty loads Node's stream, net and tty modules, a few
 * milliseconds of every start for a lookup whose output goes to a pipe or
 * a file. A pipe or a regular file is certainly not a terminal; anything
 * else (a character device: a terminal or /dev/null) asks tty.isatty.
 */
export function isTerminal(fd: number): boolean {
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch {
    return false; // closed (`<&-`): not a terminal
  }
  if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return false;
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/** Whether a descriptor is a regular file with something in it already: output to it is appended (`>> notes.md`). */
export function isNonEmptyFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}

/** Where a write that cannot go on fails: the quiet exit for a closed reader, one line for anything else. */
export interface WriteFailure {
  (error: NodeJS.ErrnoException): void;
}

/**
 * Output written straight to a descriptor with writeSync, for stdout
 * and stderr when they are not terminals: no stream is created, and the
 * text is out before the process exits. A descriptor left non-blocking by
 * whoever started us (EAGAIN) hands the rest to the stream, which waits for
 * the reader; any other error goes to `failed`.
 */
export function fdOutput(fd: number, stream: () => NodeJS.WritableStream, failed: WriteFailure): Output {
  let fallback: NodeJS.WritableStream | undefined; // made once: the caller may set up listeners on it
  return {
    write(text: string) {
      if (fallback) {
        fallback.write(text);
        return;
      }
      const bytes = Buffer.from(text);
      let offset = 0;
      try {
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EAGAIN') return failed(error as NodeJS.ErrnoException);
        fallback = stream();
        fallback.write(bytes.subarray(offset));
      }
    },
  };
}
