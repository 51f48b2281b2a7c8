import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offsetsFit, readTwoPartFile, twoPartText } from '../../src/store/two-part-file.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('two-part');

const write = (text: string) => {
  const file = path.join(tempDir(), 'cache.json');
  fs.writeFileSync(file, text);
  return file;
};

describe('readTwoPartFile', () => {
  it('gives the first part, and any piece of the second by byte offsets', () => {
    const parts = readTwoPartFile(write(twoPartText('{"a":"é"}', '"one"\n"twö"\n')));
    expect(parts?.first).toBe('{"a":"é"}');
    expect(parts?.slice(6, 12)).toBe('"twö"');
  });

  it('reads a large file only to the end of its first part, then any piece of the rest, whole characters included', () => {
    const first = `"${'é'.repeat(200_000)}"`; // ~400 KB: longer than the first read
    const second = `"${'ü€'.repeat(300_000)}"`;
    const parts = readTwoPartFile(write(twoPartText(first, second)));
    const length = Buffer.byteLength(second);
    expect(parts?.first).toBe(first);
    expect(parts?.slice(0, length)).toBe(second);
    expect(parts?.slice(length - 6, length)).toBe('ü€"');
    parts?.close();
  });

  it('gives the second part of the file it started reading, even if that was replaced since', () => {
    // The second part lies past what the first read took, so it is read from the file after the replacement.
    const file = write(twoPartText('{}', `${'x'.repeat(300_000)}"old bodies"`));
    const parts = readTwoPartFile(file);
    const replacement = `${file}.new`;
    fs.writeFileSync(replacement, twoPartText('{}', `${'x'.repeat(300_000)}"new bodies"`));
    fs.renameSync(replacement, file);
    expect(parts?.slice(300_000, 300_012)).toBe('"old bodies"');
    parts?.close();
  });

  it('reads nothing more once closed', () => {
    const parts = readTwoPartFile(write(twoPartText('{}', 'x'.repeat(600_000))));
    expect(parts?.slice(0, 3)).toBe('xxx');
    parts?.close();
    expect(parts?.slice(599_990, 600_000)).toBe('');
    parts?.close(); // twice is harmless
  });

  it('is undefined for a missing file, or one not in this form (an older cache, a cut-off file)', () => {
    expect(readTwoPartFile(path.join(tempDir(), 'missing.json'))).toBeUndefined();
    expect(readTwoPartFile(write('{"a":1}\n"body"\n'))).toBeUndefined();
    expect(readTwoPartFile(write('x'.repeat(600_000)))).toBeUndefined();
    expect(readTwoPartFile(write(twoPartText('{"a":1}', 'b').slice(0, 6)))).toBeUndefined();
  });
});

describe('offsetsFit', () => {
  it.each([
    [[0, 3, 7], 7, true],
    [[0], 0, true],
    [[0, 3, 7], 8, false], // does not end at the end
    [[1, 3, 7], 7, false], // does not start at 0
    [[0, 5, 3, 7], 7, false], // goes back
    [[0, 2.5, 7], 7, false],
    [[0, '3', 7], 7, false],
    [{ length: 2 }, 7, false],
  ])('%j for a part of %i bytes: %s', (offsets, length, fits) => {
    expect(offsetsFit(offsets, length)).toBe(fits);
  });
});
