import { parse as parseLatex } from '@unified-latex/unified-latex-util-parse';
import type { Node as LatexNode } from '@unified-latex/unified-latex-types';
import { toDraft, type Draft, type Place, type RawBlock } from './draft.js';

/** Sectioning commands: their title is a heading. */
const HEADINGS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph']);
/** Citation commands of LaTeX, natbib and biblatex. */
const CITES = new Set(['cite', 'citep', 'citet', 'citealp', 'citealt', 'citeauthor', 'citeyear', 'parencite', 'textcite', 'autocite', 'footcite', 'nocite']);
/** Commands whose arguments are names, files, sizes or settings: never prose. */
const NOT_PROSE = new Set([
  'documentclass', 'usepackage', 'label', 'ref', 'eqref', 'autoref', 'cref', 'Cref', 'pageref', 'url', 'includegraphics', 'input', 'include',
  'bibliography', 'bibliographystyle', 'addbibresource', 'printbibliography', 'vspace', 'hspace', 'setlength', 'newcommand', 'renewcommand',
  'geometry', 'pagestyle', 'thispagestyle', 'title', 'author', 'date', 'maketitle', 'hypersetup', 'definecolor', 'setcounter',
]);
/** Environments that hold no prose: figures, tables, maths, code. */
const NOT_PROSE_ENVS = /^(figure|table|tabular|equation|align|gather|multline|displaymath|verbatim|lstlisting|minted|tikzpicture|algorithm|algorithmic)\*?$/;
/** Commands that print a character or a space the parser keeps as a macro. */
const SYMBOLS: Record<string, string> = { '\\': ' ', ',': ' ', ' ': ' ', '&': '&', '%': '%', $: '$', '#': '#', _: '_', ldots: '…', dots: '…', LaTeX: 'LaTeX', TeX: 'TeX' };

/**
 * The prose of a LaTeX draft, from its syntax tree (unified-latex):
 * comments, preamble and commands are not prose; sectioning commands are
 * headings; \cite and kin are citations; a bibliography's entries are references.
 */
export function readLatex(text: string): Draft {
  const root = parseLatex(text);
  const blocks: RawBlock[] = [];
  const citeCommands: Place[] = [];
  let current: RawBlock | undefined;
  const paragraph = (kind: RawBlock['kind'] = 'paragraph') => {
    current = { kind, pieces: [] };
    blocks.push(current);
    return current;
  };
  const end = () => {
    current = undefined;
  };
  const add = (words: string, line: number) => (current ?? paragraph()).pieces.push({ text: words, line });
  const lineOf = (node: LatexNode) => node.position?.start.line ?? 1;

  const visit = (nodes: readonly LatexNode[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'string':
          add(node.content.replace(/~/g, ' ').replace(/---?/g, '–').replace(/``|''/g, '"'), lineOf(node));
          break;
        case 'whitespace':
          if (current) current.pieces.push({ text: ' ', line: lineOf(node) });
          break;
        case 'parbreak':
          end();
          break;
        case 'group':
          visit(node.content);
          break;
        case 'macro':
          macro(node);
          break;
        case 'environment':
        case 'mathenv':
          environment(node.env, node.content, lineOf(node));
          break;
        default:
        // comments, maths and verbatim text are not prose
      }
    }
  };

  const macro = (node: Extract<LatexNode, { type: 'macro' }>) => {
    const name = node.content;
    const line = lineOf(node);
    const lastArgument = node.args?.filter((a) => a.openMark === '{').at(-1)?.content ?? [];
    if (CITES.has(name)) citeCommands.push({ line });
    else if (HEADINGS.has(name)) {
      end();
      paragraph('heading');
      visit(lastArgument);
      end();
    } else if (name === 'item' || name === 'bibitem') {
      // Each is an entry of its own; the parser hands its text over as the last argument.
      paragraph();
      visit(node.args?.at(-1)?.content ?? []);
    } else if (name in SYMBOLS) add(SYMBOLS[name] ?? ' ', line);
    else if (!NOT_PROSE.has(name)) visit(lastArgument);
  };

  const environment = (env: string, content: readonly LatexNode[], line: number) => {
    if (NOT_PROSE_ENVS.test(env)) return;
    end();
    if (env === 'thebibliography') {
      blocks.push({ kind: 'heading', pieces: [{ text: 'References', line }] });
    }
    visit(content);
    end();
  };

  // With a document environment, the preamble before it is settings, not prose.
  const documentBody = root.content.find((n) => n.type === 'environment' && n.env === 'document');
  visit(documentBody?.type === 'environment' ? documentBody.content : root.content);
  return toDraft('latex', blocks, { citeCommands });
}
