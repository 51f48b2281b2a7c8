import { tinyPdf, wrapWords } from '../helpers/tiny-pdf.js';

/*
 * Drafts written for these tests: one text each, rendered as markdown,
 * LaTeX and PDF so the three can be compared. `{cite:N}` marks a citation:
 * [N] in markdown and the PDF (what LaTeX would print), \cite in LaTeX.
 */
export interface DraftSource {
  paragraphs: string[];
  references: string[];
}

/** A US statement of purpose that does what the guide asks. */
export const GOOD_SOP: DraftSource = {
  paragraphs: [
    'My research so far has been on robust reinforcement learning. As a research assistant in the Vision and Learning lab I worked on a project on reward hacking in simulated robots, which led to a workshop paper {cite:1}. I built the evaluation suite and ran most of the experiments.',
    'I want to pursue a PhD because I want to lead research of my own. The project taught me that I enjoy forming ideas about learned behaviour and testing them carefully, and graduate study is the best place to learn to do this well.',
    'I am interested in making reinforcement learning agents reliable when they are deployed. In particular, I want to study safe exploration, building on the problems set out in Concrete Problems in AI Safety {cite:2}. I am also curious about how agents generalise beyond the situations they were trained in.',
    'Some of these problems matter for society, because deployed systems act in the real world. That is what first drew me to them.',
    "Professor Lee's group at this university fits these interests well. Her recent work on adversarial policies {cite:3} is close to my own project, and I would be glad to work with her on these questions.",
    'Over the last two years I have also worked as a teaching assistant for the machine learning course, supervised two summer students on small projects, and written software for the lab that other students now use for their experiments. These taught me to explain my work clearly, to plan projects so that they finish on time, and to keep code reproducible so that results can be checked by others.',
    'Outside the lab I read widely in the field. I keep a reading group going with four other students, in which we take one recent paper a week, reproduce one of its figures where we can, and write a short note on what we would try next. Several of those notes turned into small experiments, and one of them became the starting point for the workshop paper above. The group has taught me how different the same result can look to people with different backgrounds, and how much a clear figure helps.',
    'Alongside the thesis I took part in a term-long study group on probabilistic programming. We rebuilt a small inference library from its description, checked it against the examples in the original documentation, and found two places where our results disagreed with the published ones. Tracking those down taught me to keep careful notes of every run.',
    'Before the research assistant position I completed a thesis on model-based planning for robot arms, in which I compared learned dynamics models against hand-written ones on three manipulation tasks. The learned models were better on two of them, and working out why the third failed was where my interest in reliability began. I presented this thesis at the department research day.',
  ],
  references: [
    '[1] A. Student and B. Mentor. Reward hacking in simulated robots. Workshop on Safe RL, 2023.',
    '[2] D. Amodei et al. Concrete Problems in AI Safety. arXiv, 2016.',
    '[3] A. Gleave et al. Adversarial Policies. ICLR, 2020.',
  ],
};

/** A weak statement: a personal opening, a long moral argument, a belittled field, a proposal, no group and no citations. */
export const WEAK_SOP: DraftSource = {
  paragraphs: [
    'Ever since I was a child I have dreamed about robots.',
    'Humanity faces enormous risks from advanced AI. Society is not ready. The future of humanity depends on what we do now. I am motivated by utilitarian ethics, and this is the most important problem in the world. Work on fairness is a distraction from the real problems.',
    'I propose to test the hypothesis that reward models can be made robust. My methodology has three stages, set out in the work plan below.',
  ],
  references: [],
};

export function toMarkdown(draft: DraftSource): string {
  const body = draft.paragraphs.map((p) => p.replace(/\{cite:(\d+)\}/g, '[$1]')).join('\n\n');
  const refs = draft.references.length ? `\n\n## References\n\n${draft.references.join('\n\n')}` : '';
  return `${body}${refs}\n`;
}

export function toLatex(draft: DraftSource): string {
  const body = draft.paragraphs.map((p) => p.replace(/\{cite:(\d+)\}/g, '\\cite{ref$1}').replace(/'/g, "'")).join('\n\n');
  const items = draft.references.map((r, i) => `\\bibitem{ref${i + 1}} ${r.replace(/^\[\d+\] /, '')}`).join('\n');
  const bibliography = draft.references.length ? `\n\\begin{thebibliography}{9}\n${items}\n\\end{thebibliography}` : '';
  return `\\documentclass{article}\n% Draft 3: tighten the opening (a comment, not prose)\n\\usepackage{natbib}\n\\begin{document}\n${body}\n${bibliography}\n\\end{document}\n`;
}

/** The draft as a typeset PDF would show it: paragraphs wrapped, a gap between them, the references under a heading. */
export function toPdf(draft: DraftSource): Buffer {
  const lines = draft.paragraphs.flatMap((p) => [...wrapWords(p.replace(/\{cite:(\d+)\}/g, '[$1]')), '']);
  if (draft.references.length) lines.push('References', ...draft.references.flatMap((r) => wrapWords(r)));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 55) pages.push(lines.slice(i, i + 55));
  return tinyPdf(pages);
}
