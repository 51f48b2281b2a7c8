import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/text/hash.js';

describe('shortHash', () => {
  it('names the same text the same way every time, in 16 hex digits safe for a file name', () => {
    expect(shortHash('/home/me/notes')).toBe(shortHash('/home/me/notes'));
    expect(shortHash('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with any character', () => {
    expect(shortHash('guide/a.md:1')).not.toBe(shortHash('guide/a.md:2'));
  });
});
