import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/assess/answers.js';
import type { Question } from '../../src/assess/questions.js';
import { answeredLines, askQuestion, BACK, type PromptStreams } from '../../src/terminal/prompts/ask-question.js';
import { loadAssessment } from '../assess/load-data.js';

const { data } = loadAssessment();
const question = (id: string): Question => {
  const found = data.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

/** Drives askQuestion through @inquirer/testing's virtual terminal. */
function ask(q: Question, suggested?: AnswerValue, options: { canGoBack?: boolean; ascii?: boolean } = {}) {
  const prompt = (_config: unknown, context?: Partial<PromptStreams>) =>
    askQuestion(q, { ...(context as PromptStreams), ascii: options.ascii }, { suggested, at: 2, of: 9, canGoBack: options.canGoBack ?? false });
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
    expect(screen).toMatch(/❯ 3\. From a description/);
  });

  it('starts on the first choice when there is nothing to suggest', async () => {
    const { answer, events } = await ask(question('stage'));
    events.keypress('enter');
    expect(await answer).toBe(data.questions[0]?.type === 'select' ? data.questions[0].choices[0]?.value : undefined);
  });

  it('picks the choice whose number is shown when that number key is pressed', async () => {
    const q = question('skills.software');
    const { answer, events, getScreen } = await ask(q);
    events.type('3');
    const screen = getScreen();
    events.keypress('enter');
    const third = q.type === 'select' ? q.choices[2] : undefined;
    expect(await answer).toBe(third?.value);
    expect(screen).toContain(`❯ 3. ${third?.name}`);
  });

  it('says where the questionnaire is', async () => {
    const { getScreen, events, answer } = await ask(question('numerical'));
    expect(getScreen()).toMatch(/\[2\/9\]/);
    events.keypress('enter');
    await answer;
  });

  it('goes back with Esc when there is an earlier question, and not before', async () => {
    const back = await ask(question('stage'), undefined, { canGoBack: true });
    expect(back.getScreen()).toMatch(/esc back/);
    back.events.keypress('escape');
    expect(await back.answer).toBe(BACK);

    const first = await ask(question('stage'));
    first.events.keypress('escape');
    first.events.keypress('enter');
    expect(await first.answer).not.toBe(BACK);
  });

  it('draws with ASCII symbols only when asked to', async () => {
    const { getScreen, events, answer } = await ask(question('interests'), undefined, { ascii: true });
    const screen = getScreen();
    expect(screen).toMatch(/>\[ \]/);
    expect(screen).not.toMatch(/[^\x00-\x7F]/);
    events.keypress('space');
    events.keypress('enter');
    await answer;
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

  it('does not take an empty multi-choice answer by accident, but takes "None of these"', async () => {
    const { answer, events, getScreen } = await ask(question('interests'));
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(getScreen()).toMatch(/Pick at least one/);
    events.keypress('up'); // the list loops: up from the first choice is "None of these", the last
    events.keypress('space');
    events.keypress('enter');
    expect(await answer).toEqual([]);
  });

  it('takes a count with a number prompt', async () => {
    const { answer, events } = await ask(question('publications'));
    events.type('2');
    events.keypress('enter');
    expect(await answer).toBe(2);
  });
});

describe('answeredLines (answers Esc can take back)', () => {
  /** What going back after each line writes: the rows it moves up before erasing. */
  function rowsTakenBack(columns: number, texts: string[]): number[] {
    const written: string[] = [];
    const lines = answeredLines({ columns, write: (chunk: string) => written.push(chunk) } as never);
    texts.forEach((text) => lines.add(text));
    return texts.map(() => {
      written.length = 0;
      lines.back();
      return Number(/\u001B\[(\d+)A/.exec(written.join(''))?.[1]);
    });
  }

  it('erases as many rows as a line took at the terminal width', () => {
    expect(rowsTakenBack(10, ['a'.repeat(10), 'a'.repeat(11), 'a'.repeat(25)])).toEqual([3, 2, 1]);
  });

  it('counts wide characters as two columns and combining marks as none', () => {
    // Seven ideographs are 14 columns, two rows of 10; "e" with a combining acute, ten times, fits on one (lines go back last first).
    expect(rowsTakenBack(10, ['経験のある分野', 'e\u0301'.repeat(10)])).toEqual([1, 2]);
  });
});
