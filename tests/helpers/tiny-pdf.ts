import { deflateSync } from 'node:zlib';

/**
 * A small PDF with a text layer, written by hand: pages of lines in
 * Helvetica, an empty line leaving a paragraph gap. Enough for pdf.js to
 * extract the same words a draft's source has, with no library to make it.
 */
export function tinyPdf(pages: readonly (readonly string[])[]): Buffer {
  const escape = (line: string) => line.replace(/[\\()]/g, (c) => `\\${c}`);
  return pdfOf(
    pages.map((lines) => ['BT', '/F1 10 Tf', '13 TL', '60 770 Td', ...lines.map((line) => (line ? `(${escape(line)}) Tj T*` : 'T*')), 'ET'].join('\n')),
    '/F1 1 0 R /F2 3 0 R',
  );
}

/** A PDF of US Letter pages, one content stream each (`filter` names how they are compressed), with Helvetica as /F1 and Helvetica-Bold as /F2. */
function pdfOf(contents: readonly string[], fonts: string, filter = ''): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add(''); // the page tree, filled in once its pages are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const ops of contents) {
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} ${filter} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fonts} >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Lines of at most `width` characters, for laying a paragraph out on a page. */
export function wrapWords(text: string, width = 95): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A run of text placed on a page: where (points from the bottom left), how large, and whether bold. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

/** A PDF whose text is placed by position, size and weight: columns, headings in larger or bold type, footers. */
export function placedPdf(pages: readonly (readonly PlacedText[])[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  return pdfOf(
    pages.map((items) =>
      items.map((item) => `BT /${item.bold ? 'F2' : 'F1'} ${item.size ?? 10} Tf ${item.x} ${item.y} Td (${escape(item.text)}) Tj ET`).join('\n'),
    ),
    '/F1 1 0 R /F2 3 0 R',
  );
}

/**
 * A decompression bomb: a page whose content stream is compressed twice, a
 * few kilobytes on disk that decode to `gib` GiB of spaces. The inner stream
 * is written by hand (a fixed-Huffman deflate block repeating one byte), so
 * making it costs no memory of the size it decodes to.
 */
export function decodeBombPdf(gib = 4): Buffer {
  const inner = repeatedByteDeflate(gib * 1024 ** 3);
  const outer = deflateSync(inner);
  const body = outer.toString('latin1');
  return pdfOf([body], '/F1 1 0 R', '/Filter [/FlateDecode /FlateDecode]');
}

/**
 * A zlib stream of about `length` spaces: one literal, then matches of 258
 * bytes at distance 1, 13 bits each, so eight matches fill 13 bytes and the
 * stream is one 13-byte pattern repeated. (No checksum: pdf.js reads none.)
 */
function repeatedByteDeflate(length: number): Buffer {
  const bitsOf = (matches: number, end: boolean) => {
    const bits = [1, 1, 0]; // the last block, with fixed Huffman codes
    const msbFirst = (value: number, count: number) => {
      for (let b = count - 1; b >= 0; b--) bits.push((value >> b) & 1);
    };
    msbFirst(0x30 + 0x20, 8); // the literal " "
    for (let i = 0; i < matches; i++) {
      msbFirst(0b11000101, 8); // length 258 (code 285)
      msbFirst(0, 5); // distance 1 (code 0)
    }
    if (end) msbFirst(0, 7); // end of block (code 256)
    const bytes = Buffer.alloc(Math.ceil(bits.length / 8));
    bits.forEach((bit, i) => (bytes[i >> 3] = (bytes[i >> 3] ?? 0) | (bit << (i & 7))));
    return bytes;
  };
  const rounds = Math.max(1, Math.floor(length / (258 * 8)));
  const one = bitsOf(8, true); // 16 bytes: 2 of head, 12 of matches, 2 of tail
  const period = bitsOf(16, false).subarray(2, 15);
  const middle = Buffer.alloc(13 * rounds - 1);
  for (let at = 0; at < middle.length; at += 13) period.copy(middle, at, 0, Math.min(13, middle.length - at));
  return Buffer.concat([Buffer.from([0x78, 0x01]), one.subarray(0, 2), middle, one.subarray(14)]);
}
