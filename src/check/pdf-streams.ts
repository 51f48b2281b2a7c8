import { constants, inflateRawSync, inflateSync } from 'node:zlib';

/*
 * pdf.js decodes a compressed stream whole, in buffers outside the
 * JavaScript heap, and offers no limit on how large one may grow: a few
 * kilobytes compressed twice can decode to gigabytes. Before pdf.js sees a
 * file, each Flate-compressed stream is decoded here by zlib with a cap on its
 * output (zlib's own `maxOutputLength`), which stops at the cap at native speed.
 */

/** The keyword that starts a stream's data, after its dictionary. */
const STREAM = /(?<![A-Za-z])stream\r?\n/g;
const FLATE = /\/(?:FlateDecode|Fl)(?![A-Za-z])/g;

/**
 * Why a PDF is refused before it is parsed, if it is: a Flate stream that
 * decodes to more than `maxStreamBytes`, or streams that together decode to
 * more than `maxTotalBytes`. Streams that do not decode (encrypted, damaged)
 * are left to pdf.js.
 */
export function decodeBomb(bytes: Uint8Array, maxStreamBytes: number, maxTotalBytes: number): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  let after = 0;
  for (const match of text.matchAll(STREAM)) {
    if ((match.index ?? 0) < after) continue; // "stream" inside a stream's own data
    // The stream's dictionary is what stands between its object's "obj" and "stream": each stretch of the file is looked at once.
    const dictionary = text.slice(Math.max(after, text.lastIndexOf('obj', match.index)), match.index);
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    after = end < 0 ? text.length : end;
    const filters = dictionary.match(FLATE)?.length ?? 0;
    if (!filters) continue;
    let data: Buffer = Buffer.from(bytes.subarray(start, end < 0 ? bytes.length : end));
    for (let round = 0; round < filters; round++) {
      const decoded = inflateCapped(data, maxStreamBytes + 1);
      if (!decoded) break;
      if (decoded.length > maxStreamBytes) return `a stream in it decodes to more than ${maxStreamBytes / 1024 / 1024} MB`;
      data = decoded;
    }
    total += data.length;
    if (total > maxTotalBytes) return `its streams decode to more than ${maxTotalBytes / 1024 / 1024} MB`;
  }
  return undefined;
}

/** Decodes zlib data up to `cap` bytes (what was decoded by then if it is longer); undefined if it does not decode at all. */
function inflateCapped(data: Buffer, cap: number): Buffer | undefined {
  for (const inflate of [inflateSync, inflateRawSync]) {
    try {
      return inflate(data, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH /* a stream cut short still gives what it holds */ });
    } catch (error) {
      if (error instanceof RangeError) return Buffer.alloc(cap);
    }
  }
  return undefined;
}
