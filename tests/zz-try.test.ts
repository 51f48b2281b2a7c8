import { test } from 'vitest';
import { readLatex } from '../src/check/read-latex.js';
import { readMarkdown } from '../src/check/read-markdown.js';
import { readPlainText } from '../src/check/read-lines.js';
test('x', () => {
  const tex = String.raw`\documentclass{article}
% a comment with moral philosophy
\begin{document}
\section{Research so far}
I worked on RL with Prof.~Smith \cite{smith2020,jones}. See Fig.~\ref{x}.
\textbf{Bold} text here, with $x^2$ maths.

Second para \emph{here}. Another sentence.
\begin{itemize}
\item One item.
\item Two item.
\end{itemize}
\begin{thebibliography}{9}
\bibitem{a} D. Amodei et al. Concrete problems. 2016.
\end{thebibliography}
\end{document}`;
  console.log(JSON.stringify(readLatex(tex), null, 1));
  console.log(JSON.stringify(readMarkdown('# Title\n\nHello *there* friend.\nSecond line. Third [link](x) here.\n\n- a item\n- b item\n\n## References\n\n[1] A. B. Title. 2020.\n'), null, 1));
  console.log(JSON.stringify(readPlainText('Publications\n[1] A. Title. 2020.\n[2] B. Title (2021).\n\nSome prose here. More.'), null, 1));
});
