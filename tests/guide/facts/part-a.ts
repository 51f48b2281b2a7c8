/**
 * Key facts from "Careers in Beneficial AI Research" (Adam Gleave, last
 * updated 2020-07-06) that the sections about, landscape, skills,
 * research-engineering, research and research-experience must keep.
 * Each fact is a short literal that must appear (case-insensitively) in the
 * section's body or front-matter summary.
 */
export const facts: ReadonlyArray<readonly [section: string, fact: string]> = [
  // about
  ['about', 'Careers in Beneficial AI Research'],
  ['about', 'Adam Gleave'],
  ['about', '2020-07-06'],
  ['about', 'UC Berkeley'],
  ['about', 'Rohin Shah'],
  ['about', 'Dan Hendrycks'],
  ['about', 'anonymous'],
  ['about', 'rewrite'],
  ['about', 'Tips for applying to a PhD'],

  // landscape
  ['landscape', '80,000 Hours'],
  ['landscape', 'dated but still useful'],
  ['landscape', 'AI strategy and policy'],
  ['landscape', 'technical expertise'],
  ['landscape', 'Biorisk'],
  ['landscape', 'Extreme climate change'],
  ['landscape', 'horizon scanning'],
  ['landscape', 'currently unrecognised'],

  // skills
  ['skills', 'Software engineering'],
  ['skills', 'ML implementation'],
  ['skills', 'ML research direction'],
  ['skills', 'ICLR'],
  ['skills', 'COLT'],
  ['skills', 'learning theory'],
  ['skills', 'Agent Foundations'],
  ['skills', 'Matthew Rahtz'],
  ['skills', 'applied mathematics'],
  ['skills', 'messy codebases'],
  ['skills', 'bottleneck'],
  ['skills', 'slight preference'],
  ['skills', 'average researcher'],

  // research-engineering
  ['research-engineering', 'residency programs'],
  ['research-engineering', 'top-4'],
  ['research-engineering', 'DeepMind'],
  ['research-engineering', 'OpenAI'],
  ['research-engineering', 'Google Brain'],
  ['research-engineering', 'FAIR'],
  ['research-engineering', 'weak impression'],
  ['research-engineering', 'Anthropic'],
  ['research-engineering', 'Redwood Research'],
  ['research-engineering', 'NVIDIA'],
  ['research-engineering', 'Vicarious'],
  ['research-engineering', 'less desirable'],
  ['research-engineering', 'RL, NLP, CV'],
  ['research-engineering', 'infrastructure and tooling'],
  ['research-engineering', 'near neutral'],
  ['research-engineering', 'net-negative'],
  ['research-engineering', 'Reproduce papers'],
  ['research-engineering', 'far from ideal'],
  ['research-engineering', 'adequate engineers at best'],

  // research
  ['research', 'residency program'],
  ['research', 'limits your options'],
  ['research', 'Google Brain'],
  ['research', 'most flexible'],
  ['research', 'MIRI'],
  ['research', 'one year later'],

  // research-experience
  ['research-experience', 'top research institution'],
  ['research-experience', 'professor officially agrees'],
  ['research-experience', 'higher bar'],
  ['research-experience', 'CMU RISS'],
  ['research-experience', 'undergraduates only'],
  ['research-experience', 'MILA'],
  ['research-experience', 'TTIC Visiting Students'],
  ['research-experience', 'ICL UROP'],
  ['research-experience', 'Aalto University Science Institute'],
  ['research-experience', 'LLNL Data Science Summer Institute'],
  ['research-experience', 'applied ML'],
  ['research-experience', 'over the summer'],
  ['research-experience', 'one to two years'],
  ['research-experience', 'cold emails'],
  ['research-experience', 'CHAI'],
  ['research-experience', 'FHI'],
  ['research-experience', 'harder to publish'],
  ['research-experience', 'AI Safety Camp'],
  ['research-experience', 'hands-off'],
  ['research-experience', 'do great research'],
];
