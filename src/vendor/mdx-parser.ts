// The MDX parser (micromark's MDX extension, acorn) that guide/mdx.ts reads
// .mdx files with: about half a megabyte, so it is built into a bundle of its
// own (see markdown.ts) and loaded only for a folder that has .mdx files.
export { fromMarkdown } from 'mdast-util-from-markdown';
export { mdxFromMarkdown } from 'mdast-util-mdx';
export { mdxjs } from 'micromark-extension-mdxjs';
