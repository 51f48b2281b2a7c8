import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/assess/answers.js';
import type { Question } from '../../src/assess/questions.js';
import { askQuestion, type PromptStreams } from '../../src/prompts/ask-question.js';
import { loadAssessment } from '../assess/load-data.js';

const { data } = loadAssessment();
const question = (id: string): Question => {
  const found = data.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

/** Drives askQuestion through @inquirer/testing's virtual terminal. */
function ask(q: Question, suggested?: AnswerValue) {
  const prompt = (_config: unknown, context?: Partial<PromptStreams>) => askQuestion(q, context as PromptStreams, suggested);
  return render(prompt as never, {});
}

describe('askQuestion (the questions as Inquirer prompts)', () => {
  it('shows a skill rating as a select with each level described by evidence', async () => {
    const { answer, events, getScreen } = await ask(question('skills.ml'));
    expect(getScreen()).toMatch(/ML implementation/);
    events.keypress('down');
    events.keypress('down');
    const screen = getScreen();
    events.keypress('enter');
    expect(await answer).toBe(2);
    expect(screen).toMatch(/❯ 2/);
  });

  it('starts a select on the suggested answer (careers assess --again)', async () => {
    const { answer, events } = await ask(question('stage'), 'masters');
    events.keypress('enter');
    expect(await answer).toBe('masters');
  });

  it('asks yes or no questions with confirm', async () => {
    const { answer, events } = await ask(question('numerical'));
    events.type('y');
    events.keypress('enter');
    expect(await answer).toBe(true);
  });

  it('lets several interests be picked with a checkbox', async () => {
    const { answer, events, getScreen } = await ask(question('interests'));
    expect(getScreen()).toMatch(/Pick any/);
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    expect(await answer).toEqual(['infrastructure', 'implementation']);
  });

  it('takes a count with a number prompt', async () => {
    const { answer, events } = await ask(question('publications'));
    events.type('2');
    events.keypress('enter');
    expect(await answer).toBe(2);
  });
});
