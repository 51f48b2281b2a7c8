import type { AnswerKey, AnswerValue } from '../assess/answers.js';
import { answerText, labelOf, questionFor } from '../assess/labels.js';
import type { Question } from '../assess/questions.js';

/** What changed between two saved runs: each answer that differs, and each role that moved. */
export interface RunComparison {
  answers: Array<{ key: string; from: unknown; to: unknown }>;
  roles: Array<{ id: string; title: string; from: RoleStanding | null; to: RoleStanding | null }>;
}

export interface RoleStanding {
  rank: number;
  fit: string;
}

interface ComparableRun {
  answers: object;
  roles: ReadonlyArray<{ id: string; title: string; fit: string }>;
}

/** Answers by dot path (`skills.ml`), the way answer files and error messages name them. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) for (const [k, v] of flatten(inner, `${prefix}${key}.`)) out.set(k, v);
  } else {
    out.set(prefix.slice(0, -1), value);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Pure: the same two runs always compare the same way. Roles that kept their place and fit are left out. */
export function compareRuns(before: ComparableRun, after: ComparableRun): RunComparison {
  const [a, b] = [flatten(before.answers), flatten(after.answers)];
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const standing = (run: ComparableRun, id: string): RoleStanding | null => {
    const rank = run.roles.findIndex((r) => r.id === id);
    const role = run.roles[rank];
    return role ? { rank: rank + 1, fit: role.fit } : null;
  };
  const ids = [...new Set([...after.roles, ...before.roles].map((r) => r.id))];
  return {
    answers: keys.filter((key) => !same(a.get(key), b.get(key))).map((key) => ({ key, from: a.get(key), to: b.get(key) })),
    roles: ids
      .map((id) => ({
        id,
        title: (after.roles.find((r) => r.id === id) ?? before.roles.find((r) => r.id === id))?.title ?? id,
        from: standing(before, id),
        to: standing(after, id),
      }))
      .filter((role) => !same(role.from, role.to)),
  };
}

/**
 * An answer that changed, as a person reads it: the question's label and
 * each answer as the menu named it ("ML implementation rating: Standard
 * models, level 2 of 5 -> Reproduced a paper, level 4 of 5"). A key the
 * questions no longer ask keeps its dot path and raw values.
 */
export function answerChangeText(change: RunComparison['answers'][number], questions: readonly Question[]): string {
  const key = change.key as AnswerKey;
  const question = questionFor(questions, key);
  const value = (v: unknown) => answerText(question, v as AnswerValue | undefined);
  return `${question ? labelOf(questions, key) : change.key}: ${value(change.from)} -> ${value(change.to)}`;
}
