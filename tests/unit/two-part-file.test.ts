import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTwoPartFile } from '../../src/guide/two-part-file.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('two-part');

const write = (text: string) => {
  const file = path.join(tempDir(), 'cache.json');
  fs.writeFileSync(file, text);
  return file;
};

describe('readTwoPartFile', () => {
  it('splits a small file at its first newline', () => {
    const parts = readTwoPartFile(write('{"a":1}\n"one"\n"twö"\n'));
    expect(parts?.first).toBe('{"a":1}');
    expect(parts?.slice(6, 12)).toBe('"twö"');
  });

  it('reads a large file only to its first part, then any piece of the rest, whole characters across chunk edges', () => {
    const first = `"${'é'.repeat(200_000)}"`; // ~400 KB: the newline lies past the first chunk
    const second = `"${'ü€'.repeat(300_000)}"`;
    const parts = readTwoPartFile(write(`${first}\n${second}`));
    const length = Buffer.byteLength(second);
    expect(parts?.first).toBe(first);
    expect(parts?.slice(0, length)).toBe(second);
    expect(parts?.slice(length - 6, length)).toBe('€ü€"'.slice(-3));
  });

  it('gives the second part of the file it started reading, even if that was replaced since', () => {
    // Both parts past the first chunk, so the second is read from the file after the replacement.
    const file = write(`"${'a'.repeat(300_000)}"\n${'x'.repeat(300_000)}"old bodies"`);
    const parts = readTwoPartFile(file);
    const replacement = `${file}.new`;
    fs.writeFileSync(replacement, `"${'b'.repeat(300_000)}"\n${'x'.repeat(300_000)}"new bodies"`);
    fs.renameSync(replacement, file);
    expect(parts?.slice(300_000, 300_012)).toBe('"old bodies"');
    parts?.close();
  });

  it('reads nothing more once closed', () => {
    const parts = readTwoPartFile(write(`"${'a'.repeat(300_000)}"\n${'x'.repeat(300_000)}`));
    expect(parts?.slice(0, 3)).toBe('xxx');
    parts?.close();
    expect(parts?.slice(299_990, 300_000)).toBe('');
    parts?.close(); // twice is harmless
  });

  it('is undefined for a missing file or one without a newline', () => {
    expect(readTwoPartFile(path.join(tempDir(), 'missing.json'))).toBeUndefined();
    expect(readTwoPartFile(write('{"a":1}'))).toBeUndefined();
    expect(readTwoPartFile(write('x'.repeat(600_000)))).toBeUndefined();
  });
});
