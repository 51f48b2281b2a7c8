import { basename, resolve } from 'node:path';
import { CareersError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import { pickFormat, pickTerminalOptions } from '../output-format.js';
import { renderForTerminal } from '../../terminal/render-for-terminal.js';
import { writePage } from '../../terminal/write-page.js';
import { stripControls } from '../../text/sanitize.js';
import type definition from '../definitions/view.js';
import type { ActionOf, OptionsOf } from '../program.js';
import { decodeText, GuideFileError, MAX_FILE_BYTES } from '../../guide/guide-file.js';
import { FileRefused, readLimited, readStreamLimited } from '../../files/read-limited.js';
import { noteMarkdown, passThrough } from '../../render/note-markdown.js';
import { mdxAsMarkdown } from '../../guide/mdx.js';

export const run: ActionOf<typeof definition> = (io, [file], options) => viewCommand(io, file, options);

/**
 * `careers view FILE`: a markdown file of one's own (a note that `careers
 * read … >> notes.md` wrote, a page of a site) with the renderer, width,
 * colour and pager of `careers read`; piped, the file as it is. The file is
 * read as guide files are: a regular file of at most 1 MiB (standard input
 * up to the same size), and text; an `.mdx` page without its code.
 */
async function viewCommand(io: IO, file: string, options: OptionsOf<typeof definition>): Promise<void> {
  const format = pickFormat(options.format, 'terminal', 'markdown', io);
  const terminal = format === 'terminal' ? pickTerminalOptions(options, io) : undefined;
  const fromStdin = file === '-';
  const shown = fromStdin ? 'standard input' : file;
  let text: string;
  try {
    const bytes = fromStdin ? await readStreamLimited(io.stdin(), MAX_FILE_BYTES) : readLimited(resolve(io.cwd, file), MAX_FILE_BYTES);
    text = decodeText(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = error instanceof GuideFileError || error instanceof FileRefused ? error.message : code === 'ENOENT' ? 'no such file' : (code ?? String(error));
    throw new CareersError(`cannot show ${shown}: ${why}`);
  }

  if (!terminal) {
    io.stdout.write(passThrough(text));
    return;
  }
  // An MDX page is read as guide folders read it: its imports, exports, expressions and component tags left out.
  const mdx = /\.mdx$/i.test(file) ? mdxAsMarkdown(text) : undefined;
  if (mdx?.problem)
    io.stderr.write(`careers: warning: ${stripControls(`${shown}${mdx.problem.line ? `:${mdx.problem.line}` : ''}: ${mdx.problem.message}`)}\n`);
  const { markdown, problem } = noteMarkdown(mdx?.text ?? text, shown, fromStdin ? 'standard input' : basename(file).replace(/\.mdx?$/i, ''));
  if (problem) io.stderr.write(`careers: warning: ${stripControls(`${shown}: ${problem}`)}; shown without it\n`);
  // Someone's own notes: rendered, never kept in the cache folder.
  const [rendered = ''] = await renderForTerminal(io, [{ markdown, personal: true, file: shown }], terminal);
  await writePage(io, rendered, options.pager);
}
