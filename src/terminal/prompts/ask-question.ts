import { checkbox, confirm, number, select } from '../../vendor/prompts.js';
import type { AnswerValue } from '../../assess/answers.js';
import type { Question } from '../../assess/questions.js';
import { BACK, withPromptContext, type PromptContext, type PromptStreams } from './prompt-context.js';
import { listTheme, promptTheme } from './theme.js';

export { BACK };
export type { PromptStreams };

export interface AskOptions {
  /** The answer to start on: the last run's with --again, or this run's when coming back to a question. */
  suggested?: AnswerValue | undefined;
  /** Where the questionnaire is: question `at` of about `of` (later answers may skip some). */
  at: number;
  of: number;
  /** Whether Esc may go back: there is an earlier question to return to. */
  canGoBack: boolean;
}

/** Stands for "none of these" in a multi-choice list, which may not be left empty by accident. */
const NONE = Symbol('none');

/**
 * Asks one question of the questionnaire with the matching Inquirer prompt.
 * The questions are data, so this is the only place that knows prompt types.
 * The cursor starts on the first choice unless there is a suggestion; number
 * keys pick the choice shown with that number.
 */
export function askQuestion(question: Question, streams: PromptStreams, options: AskOptions): Promise<AnswerValue | typeof BACK> {
  return withPromptContext(streams, (context) => promptFor(question, context, streams.ascii, options), { escapeGoesBack: options.canGoBack });
}

async function promptFor(question: Question, context: PromptContext, ascii: boolean | undefined, options: AskOptions): Promise<AnswerValue> {
  const back: Array<[string, string]> = options.canGoBack ? [['esc', 'back']] : [];
  const message = `[${options.at}/${options.of}] ${question.message}`;
  // confirm and number prompts have no help line of their own.
  const withKeys = back.length ? `${message} (esc: back)` : message;
  const { suggested } = options;
  switch (question.type) {
    case 'select':
      return select(
        {
          message,
          choices: question.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
          ...(suggested !== undefined ? { default: suggested } : {}),
          pageSize: 8,
          theme: { ...listTheme(ascii, back), indexMode: 'number' as const },
        },
        context,
      );
    case 'confirm':
      return confirm({ message: withKeys, default: (suggested as boolean | undefined) ?? question.default, theme: promptTheme(ascii) }, context);
    case 'checkbox': {
      const chosen = (suggested as readonly (string | number)[] | undefined) ?? question.default;
      const picked = await checkbox<string | number | typeof NONE>(
        {
          message,
          choices: [
            ...question.choices.map((c) => ({ value: c.value, name: c.name, checked: chosen.includes(c.value), ...(c.description ? { description: c.description } : {}) })),
            { value: NONE, name: 'None of these', checked: suggested !== undefined && chosen.length === 0 },
          ],
          validate: (items) => {
            if (!items.length) return 'Pick at least one with Space (or "None of these"), then press Enter';
            return items.some((item) => item.value === NONE) && items.length > 1 ? '"None of these" goes alone' : true;
          },
          theme: listTheme(ascii, back),
        },
        context,
      );
      return picked.filter((value): value is string | number => value !== NONE);
    }
    case 'number': {
      const answer = await number(
        {
          message: withKeys,
          default: (suggested as number | undefined) ?? question.default,
          required: true,
          step: 1,
          ...(question.min !== undefined ? { min: question.min } : {}),
          ...(question.max !== undefined ? { max: question.max } : {}),
          theme: promptTheme(ascii),
        },
        context,
      );
      return answer ?? question.default;
    }
  }
}
