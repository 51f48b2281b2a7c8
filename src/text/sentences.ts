/*
 * A sentence runs to an end mark followed by a space or the end of the text
 * (so "3.6" and "e.g.," stay inside one), with any closing quote or bracket
 * and the space after it. Good enough for a snippet's edges and a note's
 * first sentence; Intl.Segmenter's sentence rules cost several milliseconds
 * to set up, more than a search's own work.
 */
const SENTENCE = /(?:[^.!?]|[.!?]+(?!["'”’)\]]*(?:\s|$)))*(?:[.!?]+["'”’)\]]*(?:\s+|$)|$)/g;

/** The sentences of a text, each with its trailing space: joined, they give the text back. */
export const sentencesOf = (text: string): string[] => (text.match(SENTENCE) ?? []).filter(Boolean);
