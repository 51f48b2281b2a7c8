import { checkbox, confirm, number, select } from '../vendor/prompts.js';
import type { AnswerValue } from '../assess/answers.js';
import type { Question } from '../assess/questions.js';
import { withPromptContext, type PromptContext, type PromptStreams } from './prompt-context.js';

export type { PromptStreams };

/**
 * Asks one question of the questionnaire with the matching Inquirer prompt.
 * The questions are data, so this is the only place that knows prompt types.
 * `suggested` (e.g. the last run's answer with --again) replaces the default.
 */
export function askQuestion(question: Question, streams: PromptStreams, suggested?: AnswerValue): Promise<AnswerValue> {
  return withPromptContext(streams, (context) => promptFor(question, context, suggested));
}

async function promptFor(question: Question, context: PromptContext, suggested?: AnswerValue): Promise<AnswerValue> {
  switch (question.type) {
    case 'select':
      return select(
        {
          message: question.message,
          choices: question.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
          default: suggested ?? question.default,
          pageSize: 8,
        },
        context,
      ) as Promise<AnswerValue>;
    case 'confirm':
      return confirm({ message: question.message, default: (suggested as boolean | undefined) ?? question.default }, context);
    case 'checkbox': {
      const chosen = (suggested as readonly (string | number)[] | undefined) ?? question.default;
      return checkbox(
        {
          message: question.message,
          choices: question.choices.map((c) => ({ value: c.value, name: c.name, checked: chosen.includes(c.value), ...(c.description ? { description: c.description } : {}) })),
        },
        context,
      ) as Promise<AnswerValue>;
    }
    case 'number': {
      const answer = await number(
        {
          message: question.message,
          default: (suggested as number | undefined) ?? question.default,
          required: true,
          step: 1,
          ...(question.min !== undefined ? { min: question.min } : {}),
          ...(question.max !== undefined ? { max: question.max } : {}),
        },
        context,
      );
      return answer ?? question.default;
    }
  }
}
