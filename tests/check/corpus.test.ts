import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { decodeBombPdf, placedPdf, tinyPdf, wrapWords, type PlacedText } from '../helpers/tiny-pdf.js';
import { ALTACV, AWESOME_CV, MODERNCV, RESUME, SPLIT_SOP } from './corpus/latex-drafts.js';
import { toLatex, toMarkdown, toPdf, type DraftSource } from './drafts.js';

interface Quote {
  text: string;
  line: number;
  page?: number;
  file?: string;
}
interface ReviewJson {
  words: number;
  pages: number;
  pdfPages: number | null;
  notes: string[];
  findings: Array<{ rule: string; found: string; quotes: Quote[] }>;
  strengths: Array<{ rule: string; quotes: Quote[] }>;
}

let dir: string;
const write = (files: Record<string, string | Buffer>, under = '') => {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, under, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return path.join(dir, under);
};
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-corpus-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const review = async (args: string[]) => {
  const result = await runCli(['check', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReviewJson;
};
const rules = (r: ReviewJson) => r.findings.map((f) => f.rule).sort();
const allText = (r: ReviewJson) => JSON.stringify([r.findings, r.strengths]);

describe('a statement split over \\input files', () => {
  it('is read whole from its folder, with quotes in the file they came from and unreadable files named', async () => {
    const folder = write(SPLIT_SOP, 'split');
    fs.writeFileSync(path.join(dir, 'outside.tex'), 'Utilitarian ethics drives everything I do.\n');
    const r = await review(['sop', path.join(folder, 'statement.tex'), '--region', 'us']);
    for (const rule of ['sop-research-so-far', 'sop-why-phd', 'sop-interests', 'sop-fit', 'sop-moral-philosophy']) expect(rules(r)).not.toContain(rule);
    expect(r.words).toBeGreaterThan(80);
    expect(r.strengths.find((s) => s.rule === 'sop-research-so-far')?.quotes[0]).toMatchObject({ file: path.join('sections', 'research.tex'), line: 1 });
    expect(r.notes).toEqual(['sections/missing could not be read: no such file.', "../outside could not be read: it is outside the draft's folder."]);
    expect(allText(r)).not.toMatch(/old-draft|student2024hacking/);
  });

  it('says in one line of the review which file could not be read', async () => {
    const folder = write(SPLIT_SOP, 'split-text');
    const { stdout } = await runCli(['check', 'sop', path.join(folder, 'statement.tex'), '--region', 'us', '--format', 'markdown']);
    expect(stdout.split('\n').filter((line) => line.includes('sections/missing could not be read'))).toHaveLength(1);
  });

  it('follows at most 50 files, and never a link out of the folder', async () => {
    const chain = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`part${i}.tex`, `Sentence ${i} of the chain.\n\\input{part${i + 1}}\n`]));
    const folder = write({ ...chain, 'main.tex': '\\begin{document}\n\\input{part0}\n\\end{document}\n' }, 'chain');
    const r = await review(['sop', path.join(folder, 'main.tex')]);
    expect(r.notes).toEqual(['part50 was not read: a draft includes at most 50 files.']);
    fs.symlinkSync(path.join(dir, 'outside.tex'), path.join(folder, 'link.tex'));
    fs.writeFileSync(path.join(folder, 'linked.tex'), 'I built things.\n\\input{link}\n');
    expect((await review(['sop', path.join(folder, 'linked.tex')])).notes).toEqual(["link could not be read: it links outside the draft's folder."]);
  });
});

describe('CVs in the common LaTeX classes', () => {
  it('moderncv: every field of an entry, headings, "available upon request" under References, publications in one format', async () => {
    const file = path.join(write({ 'cv.tex': MODERNCV }, 'moderncv'), 'cv.tex');
    const r = await review(['cv', file, '--stage', 'undergrad']);
    expect(rules(r)).toContain('cv-business-habits');
    expect(r.findings.find((f) => f.rule === 'cv-business-habits')?.quotes.map((q) => q.text)).toEqual(['Available upon request.']);
    for (const rule of ['cv-research-first', 'cv-publication-format', 'cv-no-research-section-early']) expect(rules(r)).not.toContain(rule);
    expect(r.strengths.map((s) => s.rule)).toContain('cv-publication-format');
    expect(allText(r)).not.toMatch(/okafor2024hacking|publication\.bib|banking|"blue"/);
  });

  it('Awesome-CV: sections from its included files, business phrases found, no research section said once, stage not claimed', async () => {
    const folder = write(AWESOME_CV, 'awesome');
    const r = await review(['cv', path.join(folder, 'cv.tex')]);
    expect(rules(r)).toEqual(expect.arrayContaining(['cv-business-habits', 'cv-no-research-section-early', 'cv-length']));
    expect(rules(r)).not.toContain('cv-research-first');
    expect(r.findings.find((f) => f.rule === 'cv-length')?.found).toMatch(/usual for most applicants/);
    expect(r.findings.find((f) => f.rule === 'cv-business-habits')?.quotes[0]).toMatchObject({ file: path.join('cv', 'summary.tex') });
  });

  it('AltaCV in a business style is not "no findings", and its settings and skill levels are not text', async () => {
    const file = path.join(write({ 'cv.tex': ALTACV }, 'altacv'), 'cv.tex');
    const r = await review(['cv', file, '--stage', 'industry']);
    expect(rules(r)).toEqual(expect.arrayContaining(['cv-business-habits', 'cv-no-research-section-early']));
    expect(allText(r)).not.toMatch(/1\.25cm|0\.6|withhyper/);
  });

  it('the one-page résumé macros: rSection headings, courses found, research before awards', async () => {
    const file = path.join(write({ 'resume.tex': RESUME }, 'resume'), 'resume.tex');
    const r = await review(['cv', file, '--stage', 'undergrad']);
    expect(rules(r)).toContain('cv-courses');
    expect(rules(r)).not.toContain('cv-research-first');
    expect(r.strengths.map((s) => s.rule)).toEqual(expect.arrayContaining(['cv-research-first', 'cv-no-research-section-early']));
  });

  it('a markdown academic CV with a "Research interests" heading and no research gets no praise for research first', async () => {
    const cv =
      '# Sam Ruiz\n\n## Research interests\n\nRobustness, interpretability.\n\n## Experience\n\n- Analyst, Example Bank, 2023.\n\n## References\n\nAvailable upon request.\n';
    const r = await review(['cv', write({ 'cv.md': cv }, 'mdcv') + '/cv.md', '--stage', 'phd-student']);
    expect(rules(r)).toEqual(expect.arrayContaining(['cv-no-research-section', 'cv-business-habits']));
    expect(r.strengths.map((s) => s.rule)).not.toContain('cv-research-first');
  });
});

/** The statement of these tests, with a reference list, laid out as a typeset PDF would be: a title page, the body, then the references on a page of their own. */
const STATEMENT: DraftSource = {
  paragraphs: [
    'As a research assistant in the Robust Agents Lab I built a benchmark of forty reward-hacking environments, which led to a workshop paper [1]. I also compared three exploration bonuses for my honours thesis.',
    'I want to pursue a PhD because the questions I met in the lab need years of focused work.',
    'I am interested in reliable reinforcement learning. In particular, I want to study how agents notice that their training no longer applies, following Concrete Problems in AI Safety [2].',
    "Professor Rivera's group at this university works on exactly this, and I would be glad to work with her.",
  ],
  references: [
    '[1] I. Okafor and T. Mentor. Reward hacking in simulated robots. Workshop on Safe RL, 2024.',
    '[2] D. Amodei et al. Concrete Problems in AI Safety. arXiv, 2016.',
  ],
};

describe('PDFs', () => {
  it('leave title, reference and blank pages out of the page count, and agree with the markdown', async () => {
    const body = STATEMENT.paragraphs.flatMap((p) => [...wrapWords(p), '']);
    const pdf = tinyPdf([['Statement of Purpose', '', 'Ines Okafor'], body, [], ['References', ...STATEMENT.references.flatMap((r) => wrapWords(r))]]);
    const folder = write({ 'sop.pdf': pdf, 'sop.md': toMarkdown(STATEMENT), 'sop.tex': toLatex(STATEMENT) }, 'pdf-pages');
    const [md, tex, fromPdf] = await Promise.all(['md', 'tex', 'pdf'].map((ext) => review(['sop', path.join(folder, `sop.${ext}`), '--region', 'us'])));
    expect(fromPdf?.pdfPages).toBe(1);
    expect(rules(fromPdf!)).toEqual(rules(md!));
    expect(rules(tex!)).toEqual(rules(md!));
    // One length verdict in every format: the same words, the same estimate (the PDF's title words aside).
    expect(fromPdf?.findings.find((f) => f.rule === 'sop-length')).toEqual(md?.findings.find((f) => f.rule === 'sop-length'));
  });

  it('give a 400-word proposal one length verdict as markdown, LaTeX and PDF', async () => {
    // Twenty sentences that differ by their number: a sentence said again is counted once.
    const sentence = (n: number) => `Stage ${n} of the plan then trains reward models on preference data gathered from three groups of raters.`;
    const proposal: DraftSource = { paragraphs: Array.from({ length: 20 }, (_, i) => sentence(i + 1)), references: STATEMENT.references };
    const folder = write({ 'p.md': toMarkdown(proposal), 'p.tex': toLatex(proposal), 'p.pdf': toPdf(proposal) }, 'proposal');
    const verdicts = await Promise.all(
      ['md', 'tex', 'pdf'].map(
        async (ext) => (await review(['proposal', path.join(folder, `p.${ext}`), '--region', 'uk'])).findings.find((f) => f.rule === 'proposal-length')?.found,
      ),
    );
    expect(verdicts[0]).toMatch(/about 0\.8 pages; programmes that ask for one, as in the UK, usually expect 2 to 3 pages/);
    expect(verdicts).toEqual([verdicts[0], verdicts[0], verdicts[0]]);
  });

  const item = (text: string, x: number, y: number, extra: Partial<PlacedText> = {}): PlacedText => ({ text, x, y, ...extra });
  it('are read column by column, with headings from their type and page numbers dropped', async () => {
    const left = [
      'Research intern, Example Lab, 2024.',
      'Built a simulator for reward hacking.',
      'Software intern, Example Corp, 2023.',
      'Wrote a data pipeline.',
    ];
    const right = ['Keep learning, always.', 'Leave every team better.', 'Curious and careful.', 'Hard-working.'];
    const page: PlacedText[] = [
      item('Mara Quint', 60, 740, { size: 18, bold: true }),
      item('EXPERIENCE', 60, 700, { bold: true }),
      ...left.map((text, i) => item(text, 60, 687 - i * 13)),
      item('MY LIFE PHILOSOPHY', 330, 700, { bold: true }),
      ...right.map((text, i) => item(text, 330, 687 - i * 13)),
      item('1', 300, 30),
    ];
    const file = path.join(write({ 'cv.pdf': placedPdf([page]) }, 'columns'), 'cv.pdf');
    const result = await runCli(['check', 'cv', file, '--format', 'json']);
    const r = JSON.parse(result.stdout) as ReviewJson;
    expect(allText(r)).not.toMatch(/EXPERIENCE MY LIFE|Example Lab, 2024\. Keep learning/);
    const { readLines } = await import('../../src/check/read-lines.js');
    const { pdfLines } = await import('../../src/check/pdf-layout.js');
    const lines = pdfLines([{ height: 792, items: page.map((p) => ({ ...p, width: p.text.length * 5, size: p.size ?? 10, bold: p.bold ?? false })) }]);
    expect(lines.map((l) => l.text)).not.toContain('1');
    const headings = readLines('pdf', lines)
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['Mara Quint', 'EXPERIENCE', 'MY LIFE PHILOSOPHY']);
  });

  it('over the page limit, say how many pages were read', async () => {
    const words = ['reward hacking', 'safe exploration', 'robust planning', 'model editing', 'scalable oversight'];
    const pages = Array.from({ length: 45 }, (_, i) => [
      '',
      `This page holds a sentence about ${words[i % 5]} and ${words[Math.floor(i / 5) % 5]}, number ${'I'.repeat(1 + (i % 9))}.`,
    ]);
    const r = await review(['sop', write({ 'long.pdf': tinyPdf(pages) }, 'long') + '/long.pdf']);
    expect(r.notes).toEqual(['Only the first 40 of its 45 pages were read.']);
  });

  it('refuse a decode bomb with one line, before it fills the memory', async () => {
    // 1 GiB decoded is enough: without the cap, pdf.js decoding it meets the worker's memory limit, a different message.
    const file = path.join(write({ 'bomb.pdf': decodeBombPdf(1) }, 'bomb'), 'bomb.pdf');
    expect(fs.statSync(file).size).toBeLessThan(100_000);
    const result = await runCli(['check', 'cv', file]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^careers: cannot read the PDF: a stream in it decodes to more than 64 MB\n$/);
  });
});
