import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';

/**
 * How long and how much memory a worker may take before it is stopped:
 * `memoryMb` of JavaScript heap, and as much again of buffers outside it
 * (a decompressed stream, a decoded image), which V8's heap limit does not count.
 */
export interface WorkerLimits {
  seconds: number;
  memoryMb: number;
}

/** How often the process's memory is looked at while a worker runs. */
const MEMORY_POLL_MS = 50;

/**
 * Runs one of the worker bundles in io.workersDir (built from src/check/workers/) on untrusted input, in a thread of its own with a memory limit,
 * stopped after a time limit: a parser that a hostile file sends into a long
 * loop costs the command seconds, never the machine. Buffers outside the
 * heap are bounded by watching the process's resident memory: a worker that
 * grows it by more than twice `memoryMb` is stopped. `what` names the job in
 * the one-line error ("cannot read the PDF: ...").
 */
export function runBounded<T>(io: IO, bundle: string, workerData: unknown, limits: WorkerLimits, what: string): Promise<T> {
  const script = join(io.workersDir, bundle);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
      // Libraries print warnings of their own (pdf.js cannot draw in Node, which text extraction does not need): they are not ours to show.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const fail = (why: string) => {
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      reject(new CareersError(`cannot read ${what}: ${why}`));
    };
    const timer = setTimeout(() => fail(`it took longer than ${limits.seconds} seconds`), limits.seconds * 1000);
    const ceiling = process.memoryUsage.rss() + 2 * limits.memoryMb * 1024 * 1024;
    const watch = setInterval(() => process.memoryUsage.rss() > ceiling && fail(`it needed more than ${limits.memoryMb} MB of memory`), MEMORY_POLL_MS);
    worker.on('message', (message: { ok?: T; error?: string }) => {
      if (message.ok === undefined) return fail(message.error ?? 'unknown error');
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      resolve(message.ok);
    });
    worker.on('error', (error) => fail(error.message.includes('memory') ? `it needed more than ${limits.memoryMb} MB of memory` : error.message));
    worker.on('exit', (code) => code !== 0 && fail(`the reader stopped (code ${code})`));
  });
}
