import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/text/sentences.js';

describe('sentencesOf and abbreviations', () => {
  it.each([
    'Applications close Dec. 15 for most programmes.',
    'Most U.S. applicants apply to ten schools.',
    'Pick a topic, e.g. this one, and go deep.',
    'That is, i.e. the short version, enough.',
    'Ask Dr. Smith or Prof. Jones first.',
    'Many Ph.D. students publish early.',
    'As shown by Gleave et al. 2020 and others.',
    'See form No. 5 and Fig. 2 for details.',
  ])('keeps "%s" whole', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('still splits at real sentence ends, also after an abbreviation that can end one', () => {
    expect(sentencesOf('I applied in the U.S. The next year I moved.')).toEqual(['I applied in the U.S. ', 'The next year I moved.']);
    expect(sentencesOf('Papers, talks, etc. Then apply.')).toEqual(['Papers, talks, etc. ', 'Then apply.']);
    expect(sentencesOf('It closes in Dec. The rest is open.')).toEqual(['It closes in Dec. ', 'The rest is open.']);
    expect(sentencesOf('The answer is no. Ask again later.')).toEqual(['The answer is no. ', 'Ask again later.']);
    expect(sentencesOf('Talk to Dr. Smith. She knows.')).toEqual(['Talk to Dr. Smith. ', 'She knows.']);
  });

  it('gives the text back when joined', () => {
    const text = 'See e.g. Dr. Who. No. 5 is U.S. based. Done etc. ok';
    expect(sentencesOf(text).join('')).toBe(text);
  });
});
