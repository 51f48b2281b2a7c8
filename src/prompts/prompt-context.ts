/** The terminal the prompts draw on (from the IO object). */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** What an Inquirer prompt is given to draw on. */
export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clearPromptOnDone: boolean;
  signal: AbortSignal;
}

/**
 * Runs one Inquirer prompt on the given terminal. If the input ends while it
 * waits (the terminal or pipe closed), the prompt is aborted, so the command
 * ends as cancelled (exit 130) instead of leaving a promise that never settles.
 */
export async function withPromptContext<T>(
  streams: PromptStreams,
  prompt: (context: PromptContext) => Promise<T>,
  clearPromptOnDone = false,
): Promise<T> {
  const controller = new AbortController();
  const onEnd = () => controller.abort(new Error('input closed'));
  streams.input.once('end', onEnd);
  streams.input.once('close', onEnd);
  try {
    return await prompt({ input: streams.input, output: streams.output, clearPromptOnDone, signal: controller.signal });
  } finally {
    streams.input.removeListener('end', onEnd);
    streams.input.removeListener('close', onEnd);
  }
}
