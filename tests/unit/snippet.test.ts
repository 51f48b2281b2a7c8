import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/search/snippet.js';
import { sentencesOf } from '../../src/text/sentences.js';

const has = (word: string) => (sentence: string) => sentence.toLowerCase().includes(word);
const PASSAGE = 'Grades matter less than you think. Research experience is what counts most for admission. Letters carry it.';

describe('snippet (what a search shows of a passage)', () => {
  it('starts at the sentence with the first matched word, not mid-sentence', () => {
    expect(snippet(PASSAGE, has('letters'), 200)).toBe('Letters carry it.');
    expect(snippet(PASSAGE, has('research'), 200)).toBe('Research experience is what counts most for admission. Letters carry it.');
  });

  it('keeps whole sentences while they fit', () => {
    expect(snippet(PASSAGE, has('grades'), 70)).toBe('Grades matter less than you think.');
  });

  it('cuts a sentence too long to fit after a whole word, with an ellipsis', () => {
    const cut = snippet(PASSAGE, has('research'), 30);
    expect(cut).toBe('Research experience is what…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('starts at the beginning when no sentence matches', () => {
    expect(snippet(PASSAGE, () => false, 40)).toBe('Grades matter less than you think.');
  });
});

describe('sentencesOf', () => {
  it('ends a sentence at an end mark followed by a space or the end, never inside a number', () => {
    expect(sentencesOf('A GPA of 3.6 is fine. Next one! And (this.) ok')).toEqual(['A GPA of 3.6 is fine. ', 'Next one! ', 'And (this.) ', 'ok']);
  });

  // Runs of end marks and quotes are where a pattern like this could backtrack without end; the test's timeout catches that.
  it('gives the text back when joined, even for hostile runs of end marks', () => {
    const hostile = `${'.'.repeat(50_000)}${"'".repeat(50_000)}x ${'!? '.repeat(20_000)}`;
    expect(sentencesOf(hostile).join('')).toBe(hostile);
  });
});
