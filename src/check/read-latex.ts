import { getParser } from '@unified-latex/unified-latex-util-parse';
import type { Argument, Node as LatexNode } from '@unified-latex/unified-latex-types';
import { toDraft, type Draft, type Place, type RawBlock } from './draft.js';
import { commandsFor, ENVIRONMENT_ENTRIES, ENVIRONMENT_HEADINGS, NOT_PROSE_ENVIRONMENTS, type CommandRole } from './latex-commands.js';

/** Sectioning commands: their title is a heading (starred or not). */
const HEADINGS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph']);
/** Citation commands of LaTeX, natbib and biblatex. */
const CITES = new Set(['cite', 'citep', 'citet', 'citealp', 'citealt', 'citeauthor', 'citeyear', 'parencite', 'textcite', 'autocite', 'footcite', 'nocite']);
/** Commands that print a character or a space the parser keeps as a macro. */
const SYMBOLS: Record<string, string> = {
  '\\': ' ',
  ',': ' ',
  ' ': ' ',
  '&': '&',
  '%': '%',
  $: '$',
  '#': '#',
  _: '_',
  ldots: '…',
  dots: '…',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
};
const DEFINES = new Set(['newcommand', 'renewcommand', 'providecommand']);
/** Macros that expand to macros: deeper than this is a loop. */
const MAX_EXPANSION = 8;

type Macro = Extract<LatexNode, { type: 'macro' }>;
const mandatory = (args: readonly Argument[] | undefined) => (args ?? []).filter((a) => a.openMark === '{');

/**
 * The prose of a LaTeX draft as the typeset page shows it, from its syntax
 * tree (unified-latex): comments, preamble, options, keys, colours, files and
 * lengths are not prose; every argument of a command is read, with spaces
 * between; sectioning commands and the CV classes' section commands are
 * headings, their entry commands entries; simple macros without arguments
 * (\newcommand{\lab}{the Vision Lab}) are expanded; \cite and kin are
 * citations; a bibliography's entries are references.
 */
export function readLatex(text: string): Draft {
  const commands = commandsFor(text);
  const macros = {
    ...Object.fromEntries([...CITES].map((name) => [name, { signature: 'o o m' }])),
    ...Object.fromEntries(Object.entries(commands).flatMap(([name, role]) => (role.signature ? [[name, { signature: role.signature }]] : []))),
  };
  const environments = Object.fromEntries(
    Object.entries({ ...ENVIRONMENT_HEADINGS, ...ENVIRONMENT_ENTRIES }).map(([name, signature]) => [name, { signature }]),
  );
  const root = getParser({ macros, environments }).parse(text);
  const blocks: RawBlock[] = [];
  const citeCommands: Place[] = [];
  const defined = new Map<string, LatexNode[]>();
  let current: RawBlock | undefined;
  let depth = 0;
  const paragraph = (kind: RawBlock['kind'] = 'paragraph') => {
    current = { kind, pieces: [] };
    blocks.push(current);
    return current;
  };
  const end = () => {
    current = undefined;
  };
  const add = (words: string, line: number) => (current ?? paragraph()).pieces.push({ text: words, line });
  const space = (line: number) => current?.pieces.push({ text: ' ', line });
  const lineOf = (node: LatexNode) => node.position?.start.line ?? 1;

  const visit = (nodes: readonly LatexNode[]) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node) continue;
      switch (node.type) {
        case 'string': {
          // The parser splits "--" and "---" into single hyphens: they are dashes.
          let dashes = 0;
          while (node.content === '-' && nodes[i + dashes + 1]?.type === 'string' && (nodes[i + dashes + 1] as { content: string }).content === '-') dashes++;
          if (dashes) {
            add('–', lineOf(node));
            i += dashes;
          } else add(node.content.replace(/~/g, ' ').replace(/``|''/g, '"'), lineOf(node));
          break;
        }
        case 'whitespace':
          space(lineOf(node));
          break;
        case 'parbreak':
          end();
          break;
        case 'group':
          // A group is a unit of its own: "{Example University}{London}" reads as two names, not one.
          space(lineOf(node));
          visit(node.content);
          space(lineOf(node));
          break;
        case 'macro':
          macro(node);
          break;
        case 'environment':
        case 'mathenv':
          environment(node, lineOf(node));
          break;
        default:
        // comments, maths and verbatim text are not prose
      }
    }
  };

  /** Each argument of a command (never an option), with a separator between those that hold words. */
  const readArguments = (args: readonly Argument[] | undefined, skip: readonly number[] = [], separator = ' ') => {
    mandatory(args).forEach((arg, index) => {
      if (skip.includes(index) || !arg.content.length) return;
      if (current?.pieces.some((p) => p.text.trim())) add(separator, lineOf(arg.content[0] as LatexNode));
      visit(arg.content);
    });
  };

  const startBlock = (kind: 'heading' | 'paragraph', read: () => void) => {
    end();
    paragraph(kind);
    read();
    end();
  };

  const macro = (node: Macro) => {
    const name = node.content;
    const line = lineOf(node);
    const role: CommandRole | undefined = commands[name];
    if (CITES.has(name)) citeCommands.push({ line });
    else if (DEFINES.has(name)) define(node);
    else if (HEADINGS.has(name)) startBlock('heading', () => visit(mandatory(node.args).at(-1)?.content ?? []));
    else if (role?.role === 'heading') startBlock('heading', () => readArguments(node.args));
    else if (role?.role === 'entry') startBlock('paragraph', () => readArguments(node.args, role.skip, ', '));
    else if (role?.role === 'none') return;
    else if (name === 'item' || name === 'bibitem') {
      // Each is an entry of its own; the parser hands the item's text over as its last argument (an item's [label] is not read).
      paragraph();
      visit(node.args?.at(-1)?.openMark === '' ? (node.args.at(-1)?.content ?? []) : []);
    } else if (name in SYMBOLS) add(SYMBOLS[name] ?? ' ', line);
    else if (defined.has(name) && depth < MAX_EXPANSION) {
      depth++;
      visit(defined.get(name) ?? []);
      depth--;
    } else readArguments(node.args, role?.skip);
  };

  /** \newcommand{\name}{text} with no arguments is remembered, to be read where it is used; with arguments it is not expanded. */
  const define = (node: Macro) => {
    const args = node.args ?? [];
    const named = args.find((a) => a.openMark === '{' || (a.openMark === '' && a.content.some((c) => c.type === 'macro')));
    const target = named?.content.find((c): c is Macro => c.type === 'macro');
    const takesArguments = args.some((a) => a.openMark === '[' && a.content.length);
    const body = args.at(-1);
    if (target && !takesArguments && body && body !== named) defined.set(target.content, body.content);
  };

  const environment = (node: Extract<LatexNode, { type: 'environment' | 'mathenv' }>, line: number) => {
    const env = node.env;
    if (NOT_PROSE_ENVIRONMENTS.test(env)) return;
    end();
    if (env === 'thebibliography') blocks.push({ kind: 'heading', pieces: [{ text: 'References', line }] });
    const args = 'args' in node ? node.args : undefined;
    if (env in ENVIRONMENT_HEADINGS) startBlock('heading', () => readArguments(args));
    else if (env in ENVIRONMENT_ENTRIES) startBlock('paragraph', () => readArguments(args, [], ', '));
    visit(node.content);
    end();
  };

  // Definitions come first (usually in the preamble), so a macro used before the document body still expands.
  for (const node of root.content) if (node.type === 'macro' && DEFINES.has(node.content)) define(node);
  // With a document environment, the preamble before it is settings, not prose.
  const documentBody = root.content.find((n) => n.type === 'environment' && n.env === 'document');
  visit(documentBody?.type === 'environment' ? documentBody.content : root.content);
  return toDraft('latex', blocks, { citeCommands });
}
