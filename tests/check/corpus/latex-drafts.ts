/*
 * LaTeX drafts written for these tests, on the structure of the common
 * templates (a statement split over \input files; moderncv, Awesome-CV,
 * AltaCV and the one-page résumé macros). The people and their work are made up.
 */

/** A statement whose body lives in three files under sections/, one of them commented out and one missing. */
export const SPLIT_SOP: Record<string, string> = {
  'statement.tex': String.raw`\documentclass[11pt]{article}
\usepackage[margin=1in]{geometry}
\newcommand{\lab}{the Robust Agents Lab}
\begin{document}
\section*{Statement of Purpose}
\input{sections/research}
\input{sections/why}
% \input{sections/old-draft}
\include{sections/interests}
\input{sections/missing}
\input{../outside}
\end{document}
`,
  'sections/research.tex': String.raw`As an undergraduate research assistant in \lab{} I built a benchmark of forty reward-hacking environments and wrote a workshop paper on it \cite{student2024hacking}.
I also compared three exploration bonuses on sparse-reward mazes for my honours thesis.
`,
  'sections/why.tex': String.raw`I am applying for a Ph.D.\ because the questions I met in the lab need years of focused work, and I want to learn to lead such work myself.
`,
  'sections/interests.tex': String.raw`I am interested in making reinforcement learning agents reliable under distribution shift.
In particular, I want to study how agents detect that their training no longer applies.
Professor Rivera's group at this university works on exactly this, and I would be glad to work with her.
`,
};

/** moderncv: \cventry has six fields, \cvitem two; colours, styles and the name are settings. */
export const MODERNCV = String.raw`\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{banking}
\moderncvcolor{blue}
\name{Ines}{Okafor}
\email{ines@example.org}
\addbibresource{publication.bib}
\begin{document}
\makecvtitle
\section{Education}
\cventry{2021--2025}{BSc Computer Science}{Southwestern University}{Georgetown}{\textit{First-class honours}}{Thesis on model-based planning for robot arms.}
\section{Research experience}
\cventry{2024}{Research assistant}{Robust Agents Lab}{Georgetown}{}{Built a benchmark of reward-hacking environments.}
\section{Publications}
\cvitem{2024}{I. Okafor and T. Mentor. Reward hacking in simulated robots. Workshop on Safe RL, 2024.}
\cvitem{2023}{I. Okafor. Learned dynamics for robot arms. Student Research Symposium, 2023.}
\nocite{okafor2024hacking}
\section{Skills}
\cvitem{Languages}{Python, C++, Julia}
\section*{References}
\cvitem{}{Available upon request.}
\end{document}
`;

/** Awesome-CV: cv.tex includes one file a section; \cventry has five fields, inside a cventries environment. */
export const AWESOME_CV: Record<string, string> = {
  'cv.tex': String.raw`\documentclass[11pt, a4paper]{awesome-cv}
\colorlet{awesome}{awesome-red}
\name{Tomas}{Lindqvist}
\position{Student{\enskip\cdotp\enskip}Researcher}
\begin{document}
\makecvheader
\input{cv/summary.tex}
\input{cv/experience.tex}
\input{cv/education.tex}
\end{document}
`,
  'cv/summary.tex': String.raw`\cvsection{Summary}
\begin{cvparagraph}
Results-driven engineer and team player seeking a challenging position in machine learning.
\end{cvparagraph}
`,
  'cv/experience.tex': String.raw`\cvsection{Experience}
\begin{cventries}
  \cventry
    {Software Engineer Intern}
    {Example Corp}
    {Stockholm, Sweden}
    {Jun. 2023 - Aug. 2023}
    {
      \begin{cvitems}
        \item {Wrote a data pipeline that cut build times by half.}
      \end{cvitems}
    }
\end{cventries}
`,
  'cv/education.tex': String.raw`\cvsection{Education}
\begin{cventries}
  \cventry{B.S. in Computer Science}{Northfield University}{Uppsala, Sweden}{2021 - 2025}{}
\end{cventries}
`,
};

/** AltaCV in a business style: a life philosophy and strengths, no research. */
export const ALTACV = String.raw`\documentclass[10pt,a4paper,ragged2e,withhyper]{altacv}
\geometry{left=1.25cm,right=1.25cm,top=1.5cm,bottom=1.5cm,columnsep=1.2cm}
\name{Mara Quint}
\tagline{Data Analyst}
\columnratio{0.6}
\begin{document}
\makecvheader
\cvsection{Experience}
\cvevent{Data Analyst}{Example Retail}{Sept 2022 -- Ongoing}{Leeds}
\begin{itemize}
\item Built weekly sales dashboards for twelve stores.
\end{itemize}
\divider
\cvsection{My Life Philosophy}
\begin{quote}
Keep learning, and leave every team better than you found it.
\end{quote}
\cvsection{Strengths}
\cvtag{Hard-working}
\cvtag{Team player}
\cvsection{Languages}
\cvskill{English}{5}
\cvskill{Spanish}{3}
\end{document}
`;

/** The one-page résumé macros: rSection environments, a margin heading. */
export const RESUME = String.raw`\documentclass{resume}
\name{Lena Park}
\address{Example City}
\begin{document}
\begin{rSection}{Education}
{\bf Example University} \hfill {\em 2021 - 2025} \\
BSc in Mathematics, minor in Computer Science.
\end{rSection}
\begin{rSection}{Research}
\begin{rSubsection}{Learning Lab}{2024}{Undergraduate researcher}{Example City}
\item Trained small language models to detect their own errors.
\end{rSubsection}
\end{rSection}
\begin{rSection}{Relevant Coursework}
Machine Learning, Probability, Linear Algebra.
\end{rSection}
\marginhead{Awards}
Dean's list, 2023.
\end{document}
`;
