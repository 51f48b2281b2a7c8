import { describe, expect, it } from 'vitest';
import { CHANGED_MARKER, markMentions, names } from '../../src/guide/changes.js';
import type { Change } from '../../src/guide/types.js';

const change = (name: string, mentions: string[] = []): Change => ({
  name,
  mentions,
  note: 'Renamed.',
  source: 'Its own site, 2026-01-01',
  as_of: '2026-12-06',
});

describe('changed names in a text', () => {
  it('match whole words in any script, never part of a longer word', () => {
    expect(names('She studied at the École normale.', 'École')).toBe(true);
    expect(names('Two Écoles merged.', 'École')).toBe(false);
    // The letters beside the name are not ASCII: an ASCII-only guard would match inside these words.
    expect(names('A lab in Montréal.', 'Montr')).toBe(false);
    expect(names('Ñandú Labs', 'andú Labs')).toBe(false);
    expect(names('Учёба в МФТИ летом.', 'МФТИ')).toBe(true);
    expect(names('Учёба в МФТИх летом.', 'МФТИ')).toBe(false);
    // A letter outside the Basic Multilingual Plane is two UTF-16 units, and still a letter.
    expect(names('𝐀FHI and FHI𝐀', 'FHI')).toBe(false);
    expect(names('😀FHI', 'FHI')).toBe(true);
    // A letter outside the Basic Multilingual Plane (two code units) still joins a word.
    expect(names('𝐀FHI', 'FHI')).toBe(false);
    expect(names('FHI𝐀', 'FHI')).toBe(false);
    expect(names('𝐀FHI, then FHI alone.', 'FHI')).toBe(true);
  });

  it('are found as written, their punctuation taken literally', () => {
    expect(names('Now at the A.I. Lab (London).', 'A.I. Lab (London)')).toBe(true);
    expect(names('Now at the AxI. Lab (London).', 'A.I. Lab (London)')).toBe(false);
  });

  it('end on an empty name, which only a hand-edited cache holds', () => {
    expect(names('text', '')).toBe(false);
    expect(markMentions('a line', [change('', [''])])).toBe('a line');
  });

  it('are marked where a name with accents appears, after its possessive', () => {
    const marked = markMentions('Die Universität Tübingen lädt ein.\nUniversität Tübingen’s lab too.', [change('Universität Tübingen')]);
    expect(marked).toBe(`Die Universität Tübingen ${CHANGED_MARKER} lädt ein.\nUniversität Tübingen’s ${CHANGED_MARKER} lab too.`);
  });
});
