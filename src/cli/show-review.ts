import type { Review } from '../check/review.js';
import type { IO } from '../terminal/io.js';
import { reviewJson, reviewMarkdown, reviewTerminalMarkdown, type ReviewSource } from '../render/check.js';
import type { CHECK_FORMATS } from './definitions/check.js';
import { toJson } from '../render/json.js';
import type { TerminalOptions } from '../terminal/render-options.js';
import { renderForTerminal } from '../terminal/render-for-terminal.js';
import { writePage } from '../terminal/write-page.js';

/** Prints a review: rendered in a terminal, a markdown checklist for notes, or JSON. */
export async function showReview(
  io: IO,
  review: Review,
  source: ReviewSource,
  format: (typeof CHECK_FORMATS)[number],
  terminal: TerminalOptions | undefined,
  usePager: boolean,
): Promise<void> {
  if (format === 'json') io.stdout.write(toJson(reviewJson(review, source)));
  else if (format === 'markdown') io.stdout.write(reviewMarkdown(review, source));
  else if (terminal) {
    // Personal: a review of someone's draft is never kept in the render cache.
    const [text = ''] = await renderForTerminal(io, [{ markdown: reviewTerminalMarkdown(review, source), personal: true }], terminal);
    await writePage(io, text, usePager);
  }
}
