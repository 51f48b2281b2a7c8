// Parsers for drafts that `careers check` reviews: markdown (mdast), LaTeX
// (unified-latex) and English sentences (nlcst), all of the unified
// collective. Needed only by `careers check` (see markdown.ts for why this file exists).
export { fromMarkdown } from 'mdast-util-from-markdown';
export { parse as parseLatex } from '@unified-latex/unified-latex-util-parse';
export { ParseEnglish } from 'parse-english';
export { toString as nlcstToString } from 'nlcst-to-string';
export type { Nodes as MdastNode, Root as MdastRoot } from 'mdast';
export type { Node as LatexNode, Root as LatexRoot } from '@unified-latex/unified-latex-types';
