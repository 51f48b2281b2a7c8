/** The terminal the prompts draw on (from the IO object). */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Draw with ASCII symbols only: the locale is not UTF-8. */
  ascii?: boolean | undefined;
}

/** What an Inquirer prompt is given to draw on. */
export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clearPromptOnDone: boolean;
  signal: AbortSignal;
}

/** What a prompt returns when the person pressed Esc to go back to the previous question. */
export const BACK = Symbol('back');

interface Key {
  name?: string;
}

/**
 * Runs one Inquirer prompt on the given terminal. If the input ends while it
 * waits (the terminal or pipe closed), the prompt is aborted, so the command
 * ends as cancelled (exit 130) instead of leaving a promise that never settles.
 * With `escapeGoesBack`, Esc aborts it too, and the answer is BACK.
 */
export function withPromptContext<T>(
  streams: PromptStreams,
  prompt: (context: PromptContext) => Promise<T>,
  options?: { clearPromptOnDone?: boolean },
): Promise<T>;
export function withPromptContext<T>(
  streams: PromptStreams,
  prompt: (context: PromptContext) => Promise<T>,
  options: { escapeGoesBack: boolean },
): Promise<T | typeof BACK>;
export async function withPromptContext<T>(
  streams: PromptStreams,
  prompt: (context: PromptContext) => Promise<T>,
  { clearPromptOnDone = false, escapeGoesBack = false }: { clearPromptOnDone?: boolean; escapeGoesBack?: boolean } = {},
): Promise<T | typeof BACK> {
  const controller = new AbortController();
  const onEnd = () => controller.abort(new Error('input closed'));
  // Inquirer's readline turns the input's bytes into keypress events; a lone Esc arrives as "escape".
  const onKeypress = (_text: string, key?: Key) => {
    if (escapeGoesBack && key?.name === 'escape') controller.abort(BACK);
  };
  streams.input.once('end', onEnd);
  streams.input.once('close', onEnd);
  streams.input.on('keypress', onKeypress);
  try {
    return await prompt({ input: streams.input, output: streams.output, clearPromptOnDone, signal: controller.signal });
  } catch (error) {
    if (controller.signal.reason === BACK) return BACK;
    throw error;
  } finally {
    streams.input.removeListener('end', onEnd);
    streams.input.removeListener('close', onEnd);
    streams.input.removeListener('keypress', onKeypress);
  }
}
