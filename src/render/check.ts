import type { Finding, Quote, Review } from '../check/review.js';
import type { DocumentKind } from '../check/schema.js';

const KIND_NAMES: Record<DocumentKind, string> = { sop: 'statement of purpose', proposal: 'research proposal', cv: 'CV' };
const REGION_NAMES = { us: 'US', uk: 'UK', other: "any country's" } as const;
const LEVEL_NAMES = { change: 'Change this', consider: 'Consider' } as const;

/** Where the review's region and stage came from, said once under the heading. */
export interface ReviewSource {
  file: string;
  region: 'given' | 'saved' | 'assumed';
  stage: 'given' | 'saved' | 'none';
}

/**
 * A draft's words shown as text, not markup: a quote must not turn into a
 * heading, a link or a task in someone's notes, nor break out of its quotes.
 */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s+/g, ' ');

const placeText = (quote: Quote) =>
  `${quote.file ? `${escapeMarkdown(quote.file)}, ` : ''}${quote.page === undefined ? `line ${quote.line}` : `page ${quote.page}, line ${quote.line}`}`;
const quoteText = (quote: Quote) => `${placeText(quote)}: “${escapeMarkdown(quote.text)}”`;
const readCommand = (section: string) => `\`careers read ${section}\``;

function findingText(finding: Finding): string {
  const quotes = finding.quotes.length ? ` (${finding.quotes.map(quoteText).join('; ')})` : '';
  return `**${LEVEL_NAMES[finding.level]}:** ${escapeMarkdown(finding.found)}${quotes} ${escapeMarkdown(finding.why)} Read ${readCommand(finding.section)}.`;
}

function context(review: Review, source: ReviewSource): string {
  const region = `${REGION_NAMES[review.region]} applications${source.region === 'saved' ? ' (from your last assessment)' : source.region === 'assumed' ? ' (assumed: pass --region us or uk)' : ''}`;
  const stage = review.stage ? `, stage ${review.stage}${source.stage === 'saved' ? ' (from your last assessment)' : ''}` : '';
  // Length is judged by words at a stated rate, the same in every format; a PDF's own body pages are shown beside it.
  const estimate = review.pages === null ? '' : `, about ${review.pages} page${review.pages === 1 ? '' : 's'} at ${review.wordsPerPage} words a page`;
  const pdf =
    review.pdfPages === null
      ? ''
      : ` (the PDF has ${review.pdfPages} page${review.pdfPages === 1 ? '' : 's'} of body text, not counting title, contents, blank and reference pages)`;
  const size = `${review.words} words${estimate}${pdf}`;
  const notes = review.notes.map((note) => ` ${escapeMarkdown(note)}`).join('');
  return `Reviewed for ${region}${stage}${review.interdisciplinary ? ', an interdisciplinary programme' : ''}; ${size}, read as ${review.format}.${notes}`;
}

/** The summary both renderings start with: what the draft already does well, then the three most important changes. */
function summary(review: Review): string[] {
  const good = review.strengths.length
    ? review.strengths.map((s) => `- ${escapeMarkdown(s.text)}`).join('\n')
    : '- Nothing yet that the rules look for: start with the changes below.';
  const byRule = new Map(review.findings.map((f) => [f.rule, f]));
  const top = review.mostImportant.flatMap((id, i) => {
    const finding = byRule.get(id);
    return finding ? [`${i + 1}. ${escapeMarkdown(finding.found)}`] : [];
  });
  return [
    `**Already does well:**\n\n${good}`,
    top.length ? `**Most important changes:**\n\n${top.join('\n')}` : '**Most important changes:** none; the rules found nothing to change.',
  ];
}

const heading = (review: Review, source: ReviewSource) => `# Review of ${escapeMarkdown(source.file)} (${KIND_NAMES[review.kind]})`;

/**
 * The review as a markdown checklist for notes: one level-1 heading, the
 * summary, then a `- [ ]` line a finding. No front-matter; ends with
 * exactly one newline, so it appends cleanly to a notes file.
 */
export function reviewMarkdown(review: Review, source: ReviewSource): string {
  const findings = review.findings.length
    ? review.findings.map((f) => `- [ ] ${findingText(f)}`).join('\n')
    : 'No findings: the draft does what these rules look for.';
  return `${[heading(review, source), context(review, source), ...summary(review), `**Every finding (${review.findings.length}):**`, findings].join('\n\n')}\n`;
}

/** The review for a terminal (rendered from this markdown): the same content, findings grouped by level. */
export function reviewTerminalMarkdown(review: Review, source: ReviewSource): string {
  const groups = (['change', 'consider'] as const).flatMap((level) => {
    const items = review.findings.filter((f) => f.level === level);
    return items.length
      ? [`## ${LEVEL_NAMES[level]} (${items.length})`, items.map((f) => `- ${findingText(f).replace(/^\*\*[^*]+:\*\* /, '')}`).join('\n')]
      : [];
  });
  return `${[heading(review, source), context(review, source), ...summary(review), ...(groups.length ? groups : ['No findings: the draft does what these rules look for.'])].join('\n\n')}\n`;
}

/** The review as JSON: the stable schema documented in the README (version 2). */
export const reviewJson = (review: Review, source: ReviewSource) => ({ ...review, file: source.file });
