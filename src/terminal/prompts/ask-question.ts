import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import number from '@inquirer/number';
import select from '@inquirer/select';
import type { AnswerValue } from '../../assess/answers.js';
import type { Question } from '../../assess/questions.js';
import stringWidth from 'fast-string-width';
import { answerText } from '../../assess/labels.js';
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
  /** The questionnaire's screen: each answered question as one line it can take back (see answeredLines). */
  answered?: AnsweredLines;
}

/**
 * The answered questions of a questionnaire, as lines on the terminal that
 * going back can clear. Inquirer leaves a prompt's last frame on the screen
 * and knows nothing of the questions before it, so Esc would leave the
 * abandoned question and the earlier answer above the question asked again.
 * Instead every frame is cleared when its prompt ends, and each answer is
 * written here as one line ("✔ [2/9] question answer", without the key
 * hints), whose height on the screen is known, so that back() erases it.
 */
export interface AnsweredLines {
  add(text: string): void;
  back(): void;
}

export function answeredLines(output: NodeJS.WritableStream & { columns?: number }): AnsweredLines {
  const heights: number[] = [];
  return {
    add(text) {
      // Plain text wraps at the terminal's edge: its height follows from its width.
      heights.push(Math.max(1, Math.ceil(stringWidth(text) / (output.columns || 80))));
      output.write(`${text}\n`);
    },
    back() {
      const rows = heights.pop();
      // Up to the answer's first row, then erase to the end of the screen.
      if (rows) output.write(`\u001B[${rows}A\r\u001B[J`);
    },
  };
}

/** Stands for "none of these" in a multi-choice list, which may not be left empty by accident. */
const NONE = Symbol('none');

/**
 * Asks one question of the questionnaire with the matching Inquirer prompt.
 * The questions are data, so this is the only place that knows prompt types.
 * The cursor starts on the first choice unless there is a suggestion; number
 * keys pick the choice shown with that number.
 */
export async function askQuestion(question: Question, streams: PromptStreams, options: AskOptions): Promise<AnswerValue | typeof BACK> {
  const { answered } = options;
  const value = await withPromptContext(
    streams,
    (context) => promptFor(question, { ...context, clearPromptOnDone: Boolean(answered) }, streams.ascii, options),
    { escapeGoesBack: options.canGoBack },
  );
  if (value !== BACK) answered?.add(`${streams.ascii ? '*' : '✔'} [${options.at}/${options.of}] ${question.message} ${answerText(question, value)}`);
  return value;
}

/** An answered prompt's line without the "(esc: back)" hint, which is for the question while it is asked. */
const withoutHint = (text: string, status?: string) => (status === 'done' ? text.replace(BACK_HINT, '') : text);
const BACK_HINT = ' (esc: back)';

async function promptFor(question: Question, context: PromptContext, ascii: boolean | undefined, options: AskOptions): Promise<AnswerValue> {
  const back: Array<[string, string]> = options.canGoBack ? [['esc', 'back']] : [];
  const message = `[${options.at}/${options.of}] ${question.message}`;
  // confirm and number prompts have no help line of their own.
  const withKeys = back.length ? `${message}${BACK_HINT}` : message;
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
      return confirm(
        {
          message: withKeys,
          default: (suggested as boolean | undefined) ?? question.default,
          theme: { ...promptTheme(ascii), style: { message: withoutHint } },
        },
        context,
      );
    case 'checkbox': {
      const chosen = (suggested as readonly (string | number)[] | undefined) ?? question.default;
      const picked = await checkbox<string | number | typeof NONE>(
        {
          message,
          choices: [
            ...question.choices.map((c) => ({
              value: c.value,
              name: c.name,
              checked: chosen.includes(c.value),
              ...(c.description ? { description: c.description } : {}),
            })),
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
          theme: { ...promptTheme(ascii), style: { message: withoutHint } },
        },
        context,
      );
      return answer ?? question.default;
    }
  }
}
