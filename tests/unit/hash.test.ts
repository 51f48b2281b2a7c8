import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/text/hash.js';

describe('shortHash', () => {
  it('is FNV-1a twice (two seeds): stable values, so cache file names survive upgrades', () => {
    expect(shortHash('')).toBe('811c9dc501000193');
    expect(shortHash('hello world')).toBe('d58b3fa709351fc9');
  });

  it('changes with any character', () => {
    expect(shortHash('guide/a.md:1')).not.toBe(shortHash('guide/a.md:2'));
  });
});
