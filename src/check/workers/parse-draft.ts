// A worker thread's script (not imported: started by src/cli/read-draft.ts
// through runBounded) that parses a text draft (markdown, LaTeX or plain
// text) into the shape the rules read. Parsers can take time that grows
// much faster than a hostile file's length (micromark on thousands of nested
// list markers, for one), so they run where the caller can stop them. Only
// the parser of the draft's format is imported: each is large (the LaTeX
// grammar alone is most of this worker), and a draft needs one.
import nodeModule from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Draft } from '../draft.js';
import { readPlainText } from '../read-lines.js';

interface Job {
  text: string;
  format: 'markdown' | 'latex' | 'text';
  name: string;
}

const parser = async (format: 'markdown' | 'latex'): Promise<(text: string) => Draft> =>
  format === 'latex' ? (await import('../read-latex.js')).readLatex : (await import('../read-markdown.js')).readMarkdown;

// A worker does not share the launcher's compile cache (bin/careers.js): the parsers imported below keep their compiled code between runs as the CLI's modules do (Node 22.1+).
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function parse({ text, format, name }: Job) {
  if (format === 'text') return { draft: readPlainText(text), warnings: [] };
  const read = await parser(format);
  try {
    return { draft: read(text), warnings: [] };
  } catch (error) {
    // A parser that gives up (nesting too deep for its stack, say) still leaves the words: they are read as plain text.
    const why = error instanceof Error ? error.name : 'an error';
    return { draft: readPlainText(text), warnings: [`${name} could not be parsed as ${format} (${why}); read as plain text`] };
  }
}

parse(workerData as Job).then(
  (result) => parentPort?.postMessage({ ok: result }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
