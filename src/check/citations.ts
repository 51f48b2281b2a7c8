import type { Draft, Place } from './draft.js';

export const CITATION_STYLES = ['numbered', 'author-year', 'command'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface Citation extends Place {
  style: CitationStyle;
  text: string;
}

/** [1], [2, 5], [3–7]: numbered references. */
const NUMBERED = /\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]/gu;
const NAME = "\\p{Lu}[\\p{L}'’-]+";
const AUTHORS = `${NAME}(?:\\s+(?:et\\s+al\\.?|(?:and|&)\\s+${NAME}))?`;
/** (Amodei et al., 2016), (Hadfield-Menell and Russell 2017; Leike 2018), or Amodei et al. (2016): author and year. */
const AUTHOR_YEAR = new RegExp(`\\(${AUTHORS},?\\s+\\d{4}[a-z]?(?:;\\s*${AUTHORS},?\\s+\\d{4}[a-z]?)*\\)|${AUTHORS}\\s+\\(\\d{4}[a-z]?\\)`, 'gu');

/**
 * The citations in a draft's prose: LaTeX citation commands, and numbered
 * or author-year citations found in its sentences. References lists are not prose.
 */
export function findCitations(draft: Draft): Citation[] {
  const found: Citation[] = draft.citeCommands.map((place) => ({ ...place, style: 'command', text: '\\cite' }));
  for (const block of draft.blocks) {
    for (const sentence of block.sentences) {
      const place: Place = sentence.page === undefined ? { line: sentence.line } : { line: sentence.line, page: sentence.page };
      for (const match of sentence.text.matchAll(NUMBERED)) found.push({ ...place, style: 'numbered', text: match[0] });
      for (const match of sentence.text.matchAll(AUTHOR_YEAR)) found.push({ ...place, style: 'author-year', text: match[0] });
    }
  }
  return found;
}
