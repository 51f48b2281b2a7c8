/*
 * What LaTeX commands mean for a reader of the typeset page: which give a
 * heading, which an entry (a CV line of several fields), and which hold no
 * prose at all (settings, keys, colours, files, lengths, contact details).
 * Signatures are in unified-latex's notation (`o` an optional argument,
 * `m` a mandatory one), so the parser attaches the arguments to the command.
 * Written from the public templates' documented commands: moderncv,
 * Awesome-CV, AltaCV and the widely copied one-page résumé macros.
 */

export interface CommandRole {
  signature?: string;
  role: 'heading' | 'entry' | 'prose' | 'none';
  /** Mandatory arguments (counted from 0) that are not prose: an icon, a colour, a skill level, a link's address. */
  skip?: number[];
}

const heading = (signature: string): CommandRole => ({ signature, role: 'heading' });
const entry = (signature: string, skip?: number[]): CommandRole => ({ signature, role: 'entry', ...(skip ? { skip } : {}) });
const prose = (skip: number[]): CommandRole => ({ role: 'prose', skip });
const NONE: CommandRole = { role: 'none' };

/** Commands every class shares: sectioning, CV sections of the common classes, and what is never prose. */
const COMMON: Record<string, CommandRole> = {
  cvsection: heading('o m'),
  cvsubsection: heading('o m'),
  marginhead: heading('m'),
  // moderncv
  cvitem: entry('o m m'),
  cvdoubleitem: entry('m m m m'),
  cvlistitem: entry('o m'),
  cvlistdoubleitem: entry('o m m'),
  cvitemwithcomment: entry('o m m m'),
  // Awesome-CV
  cvhonor: entry('m m m m'),
  cvsubentry: entry('m m m m'),
  // AltaCV
  cvevent: entry('m m m m'),
  cvachievement: entry('m m m', [0]),
  cvref: entry('m m m'),
  cvlang: entry('m m'),
  // the one-page résumé macros
  resumeSubheading: entry('m m m m'),
  resumeSubSubheading: entry('m m'),
  resumeProjectHeading: entry('m m'),
  resumeItem: entry('m'),
  resumeSubItem: entry('m m'),
  // prose commands with an argument that is not prose
  textcolor: prose([0]),
  colorbox: prose([0]),
  fcolorbox: prose([0, 1]),
  href: prose([0]),
  hyperlink: prose([0]),
  raisebox: prose([0]),
};

/**
 * Commands whose arguments are names, files, sizes, settings or contact
 * details: never prose. Their signatures let the parser take the arguments
 * with them (a command it does not know leaves them as loose groups).
 */
const NOT_PROSE: Record<string, string> = {
  documentclass: 'o m',
  usepackage: 'o m',
  RequirePackage: 'o m',
  label: 'm',
  ref: 'm',
  eqref: 'm',
  autoref: 'm',
  cref: 'm',
  Cref: 'm',
  pageref: 'm',
  url: 'm',
  includegraphics: 'o m',
  input: 'm',
  include: 'm',
  subfile: 'm',
  bibliography: 'm',
  bibliographystyle: 'm',
  addbibresource: 'o m',
  printbibliography: 'o',
  vspace: 's m',
  hspace: 's m',
  setlength: 'm m',
  addtolength: 'm m',
  newenvironment: 'm o o m m',
  renewenvironment: 'm o o m m',
  geometry: 'm',
  pagestyle: 'm',
  thispagestyle: 'm',
  title: 'o m',
  author: 'o m',
  date: 'm',
  maketitle: '',
  hypersetup: 'm',
  definecolor: 'o m m m',
  colorlet: 'o m m',
  color: 'o m',
  pagecolor: 'o m',
  setcounter: 'm m',
  setmainfont: 'o m',
  setsansfont: 'o m',
  setmonofont: 'o m',
  fontsize: 'm m',
  selectfont: '',
  rule: 'o m m',
  moderncvstyle: 'm',
  moderncvcolor: 'm',
  moderncvtheme: 'o m',
  photo: 'o o m',
  photoR: 'm m',
  photoL: 'm m',
  firstname: 'm',
  familyname: 'm',
  address: 'm',
  phone: 'o m',
  mobile: 'm',
  email: 'm',
  homepage: 'm',
  social: 'o m',
  github: 'm',
  linkedin: 'm',
  gitlab: 'm',
  orcid: 'm',
  twitter: 'm',
  extrainfo: 'm',
  position: 'm',
  quote: 'm',
  makecvheader: 'o',
  makecvfooter: 'm m m',
  makecvtitle: '',
  personalinfo: 'm',
  columnratio: 'm',
  divider: '',
  fontdir: 'o',
  setbool: 'm m',
  usetikzlibrary: 'm',
  tikzset: 'm',
  urlstyle: 'm',
  raggedright: '',
  raggedleft: '',
  centering: '',
  hfill: '',
  vfill: '',
};
for (const [name, signature] of Object.entries(NOT_PROSE)) COMMON[name] = signature ? { signature, role: 'none' } : NONE;

/** Commands whose meaning differs between classes: \cventry has six fields in moderncv, five in Awesome-CV. */
const BY_CLASS: Record<string, Record<string, CommandRole>> = {
  moderncv: { cventry: entry('o m m m m m m'), name: { signature: 'm m', role: 'none' } },
  'awesome-cv': { cventry: entry('m m m m m'), cvskill: entry('m m'), name: { signature: 'm m', role: 'none' } },
  altacv: { cvskill: entry('m m', [1]), name: { signature: 'm', role: 'none' }, tagline: { signature: 'm', role: 'none' } },
};

/** Environments: the one-page résumé's sections and entries, and those that hold no prose (figures, tables, maths, code). */
export const ENVIRONMENT_HEADINGS: Record<string, string> = { rSection: 'm' };
export const ENVIRONMENT_ENTRIES: Record<string, string> = { rSubsection: 'm m m m' };
export const NOT_PROSE_ENVIRONMENTS =
  /^(figure|table|tabular|equation|align|gather|multline|displaymath|verbatim|lstlisting|minted|tikzpicture|algorithm|algorithmic)\*?$/;

const CLASS = /\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([\w-]+)\s*\}/;

/** The commands of a document, by the class it names (moderncv's \cventry when it names none of the CV classes). */
export function commandsFor(text: string): Record<string, CommandRole> {
  const documentClass = CLASS.exec(text)?.[1]?.toLowerCase() ?? '';
  return { ...COMMON, ...(BY_CLASS[documentClass] ?? BY_CLASS.moderncv) };
}
