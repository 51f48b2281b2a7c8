import type { Nodes as MdastNode } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toDraft, type Draft, type Piece, type RawBlock } from './draft.js';

/** The prose of a markdown draft, from its syntax tree: headings, paragraphs and list items; code and HTML are not prose. */
export function readMarkdown(text: string): Draft {
  const blocks: RawBlock[] = [];
  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', pieces: inlinePieces(node) });
        return;
      case 'paragraph':
      case 'tableCell':
        blocks.push({ kind: 'paragraph', pieces: inlinePieces(node) });
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
        return;
      default:
        // Lists, list items, quotes and the root: their paragraphs are blocks of their own (each list item an entry).
        if ('children' in node) for (const child of node.children) visit(child);
    }
  };
  visit(fromMarkdown(text));
  return toDraft('markdown', blocks);
}

/** The words of a paragraph or heading with the line each text node starts on; soft line breaks move the line on. */
function inlinePieces(node: MdastNode): Piece[] {
  const pieces: Piece[] = [];
  const walk = (inline: MdastNode) => {
    const line = inline.position?.start.line ?? 1;
    if (inline.type === 'text' || inline.type === 'inlineCode') {
      inline.value.split('\n').forEach((part, index) => pieces.push({ text: index ? ` ${part}` : part, line: line + index }));
    } else if (inline.type === 'break') {
      pieces.push({ text: ' ', line });
    } else if ('children' in inline) {
      for (const child of inline.children) walk(child);
    }
  };
  walk(node);
  return pieces;
}
