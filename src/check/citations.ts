import type { Draft, Place } from './draft.js';

export const CITATION_STYLES = ['numbered', 'author-year', 'command'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface Citation extends Place {
  style: CitationStyle;
  text: string;
}

/** [1], [2, 5], [3–7]: numbered references. */
const NUMBERED = /\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]/gu;
/** A date is not an author: "(June 2023)", "(Summer 2022)" and "(In 2020)" are not citations. */
const NOT_A_NAME =
  '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|In|Since|From|Until|Before|After|Circa|Est|Class|Fiscal|Term)(?![\\p{L}]))';
const NAME = `${NOT_A_NAME}\\p{Lu}[\\p{L}'’-]+`;
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
      const place: Place = {
        line: sentence.line,
        ...(sentence.page === undefined ? {} : { page: sentence.page }),
        ...(sentence.file ? { file: sentence.file } : {}),
      };
      for (const match of sentence.text.matchAll(NUMBERED)) found.push({ ...place, style: 'numbered', text: match[0] });
      for (const match of sentence.text.matchAll(AUTHOR_YEAR)) found.push({ ...place, style: 'author-year', text: match[0] });
    }
  }
  return found;
}
