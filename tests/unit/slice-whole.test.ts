import { describe, expect, it } from 'vitest';
import { sliceWhole } from '../../src/text/slice-whole.js';

describe('sliceWhole', () => {
  it('cuts like slice, but never between the halves of a surrogate pair', () => {
    expect(sliceWhole('abcdef', 3)).toBe('abc');
    expect(sliceWhole('ab𐀀cd', 3)).toBe('ab'); // 3 would keep half of 𐀀
    expect(sliceWhole('ab𐀀cd', 4)).toBe('ab𐀀');
    expect(sliceWhole('ab', 0)).toBe('');
    expect(sliceWhole('ab', 5)).toBe('ab');
  });
});
