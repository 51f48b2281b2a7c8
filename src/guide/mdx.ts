import { fromMarkdown, mdxFromMarkdown, mdxjs } from '../vendor/mdx-parser.js';
import { readFrontMatter } from './front-matter.js';

/*
 * MDX pages (Astro, Docusaurus, Next.js sites) as markdown: the body is
 * parsed by micromark's MDX extension, then imports, exports and `{…}`
 * expressions are cut out, and each JSX component is cut down to its
 * children, so `<Callout>Read this</Callout>` keeps "Read this". Nothing of
 * the page's code is run.
 */

type Node = { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Node[] };

/** What an MDX file reads as: its text with the code cut out, and why it could not be, if it could not (then the text is as written). */
export interface MdxText {
  text: string;
  problem?: { message: string; line?: number };
}

const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const COMPONENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** An MDX file's normalised text as markdown: its front-matter kept as written, its body without code. */
export function mdxAsMarkdown(text: string): MdxText {
  const start = readFrontMatter(text, { strict: false }).bodyStart;
  const body = text.slice(start);
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    const line = place === undefined ? undefined : place + text.slice(0, start).split('\n').length - 1;
    return { text, problem: { message: `not valid MDX (${reason.split('\n')[0]}); read as markdown`, ...(line ? { line } : {}) } };
  }
  const cuts: Array<[number, number]> = [];
  const visit = (node: Node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    if (DROPPED.has(node.type)) return void cuts.push([from, to]);
    const children = node.children ?? [];
    if (COMPONENT.has(node.type)) {
      const first = children[0]?.position?.start.offset;
      const last = children.at(-1)?.position?.end.offset;
      // The opening and closing tags go; with no children, the whole element.
      if (first === undefined || last === undefined) return void cuts.push([from, to]);
      cuts.push([from, first], [last, to]);
    }
    children.forEach(visit);
  };
  visit(tree);
  let out = '';
  let at = 0;
  for (const [from, to] of cuts.sort((a, b) => a[0] - b[0])) {
    out += body.slice(at, from);
    at = Math.max(at, to);
  }
  out += body.slice(at);
  return { text: text.slice(0, start) + out.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '') };
}

export type MdxReader = typeof mdxAsMarkdown;
