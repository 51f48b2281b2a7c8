/*
 * A sentence runs to an end mark followed by a space or the end of the text
 * (so "3.6" and "e.g.," stay inside one), with any closing quote or bracket
 * and the space after it. Good enough for a snippet's edges and a note's
 * first sentence; Intl.Segmenter's sentence rules cost several milliseconds
 * to set up, more than a search's own work.
 */
const SENTENCE = /(?:[^.!?]|[.!?]+(?!["'”’)\]]*(?:\s|$)))*(?:[.!?]+["'”’)\]]*(?:\s+|$)|$)/g;

/** The word a piece ends on when that is a word and a full stop ("U.S" of "in the U.S. "), lower-cased. */
const LAST_WORD = /(?:^|[\s(["'“‘])([A-Za-z][A-Za-z.]*)\.\s+$/;

/*
 * Abbreviations, by what may follow them without ending the sentence. The
 * judgement call is an abbreviation that can also end one ("in the U.S. The
 * next"): a capital letter after it is taken as a new sentence. That splits
 * "U.S. Congress" wrongly, but keeps "applying in the U.S. Then ..." as two
 * sentences, which is what the guide's advice mostly says.
 */
/** Always followed by more of the sentence: titles, "e.g.", "et al.". */
const ALWAYS_INSIDE = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'e.g', 'i.e', 'cf', 'vs', 'al', 'approx']);
/** Followed by a number: "No. 5", "Dec. 15", "Fig. 2". */
const BEFORE_A_NUMBER = new Set([
  'no',
  'nos',
  'vol',
  'fig',
  'eq',
  'p',
  'pp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** May end a sentence, so a capital letter after them starts a new one. */
const MAY_END = new Set(['u.s', 'u.k', 'u.n', 'ph.d', 'd.phil', 'b.a', 'b.s', 'b.sc', 'm.a', 'm.s', 'm.sc', 'etc', 'inc', 'ltd', 'co', 'jr', 'sr']);

const isDigit = (c: string) => c >= '0' && c <= '9';
const isUpper = (c: string) => c !== c.toLowerCase();

/** Whether the full stop that ends `piece` belongs to an abbreviation that `next` goes on from. */
function continues(piece: string, next: string): boolean {
  const word = LAST_WORD.exec(piece)?.[1]?.toLowerCase();
  if (!word) return false;
  const start = next.charAt(0);
  return ALWAYS_INSIDE.has(word) || (BEFORE_A_NUMBER.has(word) && isDigit(start)) || (MAY_END.has(word) && !isUpper(start));
}

/** The sentences of a text, each with its trailing space: joined, they give the text back. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of (text.match(SENTENCE) ?? []).filter(Boolean)) {
    const last = sentences.at(-1);
    if (last !== undefined && continues(last, piece)) sentences[sentences.length - 1] = last + piece;
    else sentences.push(piece);
  }
  return sentences;
}
