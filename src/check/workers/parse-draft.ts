// A worker thread's script (not imported: started by src/cli/read-draft.ts
// through runBounded) that parses a text draft (markdown, LaTeX or plain
// text) into the shape the rules read. Parsers can take time that grows
// much faster than a hostile file's length (micromark on thousands of nested
// list markers, for one), so they run where the caller can stop them.
import { parentPort, workerData } from 'node:worker_threads';
import { readLatex } from '../read-latex.js';
import { readMarkdown } from '../read-markdown.js';
import { readPlainText } from '../read-lines.js';

interface Job {
  text: string;
  format: 'markdown' | 'latex' | 'text';
  name: string;
}

function parse({ text, format, name }: Job) {
  if (format === 'text') return { draft: readPlainText(text), warnings: [] };
  try {
    return { draft: format === 'latex' ? readLatex(text) : readMarkdown(text), warnings: [] };
  } catch (error) {
    // A parser that gives up (nesting too deep for its stack, say) still leaves the words: they are read as plain text.
    const why = error instanceof Error ? error.name : 'an error';
    return { draft: readPlainText(text), warnings: [`${name} could not be parsed as ${format} (${why}); read as plain text`] };
  }
}

try {
  parentPort?.postMessage({ ok: parse(workerData as Job) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
