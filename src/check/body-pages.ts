import { isReferencesHeading, type Draft } from './draft.js';

/** A first page with fewer words than this, in a longer document, is a title page. */
const TITLE_PAGE_WORDS = 60;
const CONTENTS_HEADING = /^\s*(?:table of\s+)?contents\s*$/i;

/**
 * The pages of a PDF that hold its body: not a title page, a table of
 * contents, a blank page or pages of references, which a page limit does not
 * count. Each block counts for the page it starts on.
 */
export function bodyPages(draft: Draft): number {
  const words = new Map<number, number>();
  const skipped = new Set<number>();
  let heading = '';
  for (const block of draft.blocks) {
    const page = block.page ?? 1;
    if (block.kind === 'heading') heading = block.text;
    if (block.kind === 'reference' || isReferencesHeading(block.text) || CONTENTS_HEADING.test(heading)) {
      skipped.add(page);
      continue;
    }
    words.set(page, (words.get(page) ?? 0) + block.text.split(/\s+/).length);
  }
  const pages = [...words.keys()];
  const title = pages.length > 1 && (words.get(1) ?? 0) < TITLE_PAGE_WORDS ? 1 : undefined;
  // A page that starts with the last words of the body and goes on into the references is still a body page.
  return pages.filter((page) => page !== title && (!skipped.has(page) || (words.get(page) ?? 0) >= TITLE_PAGE_WORDS)).length;
}
