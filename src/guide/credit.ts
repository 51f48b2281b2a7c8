/** The document the built-in guide is rewritten from; credited wherever its advice is printed. */
export const SOURCE_CREDIT = {
  title: 'Careers in Beneficial AI Research',
  author: 'Adam Gleave',
  updated: '2020-07-06',
} as const;

export const CREDIT_LINE = `"${SOURCE_CREDIT.title}" by ${SOURCE_CREDIT.author} (last updated ${SOURCE_CREDIT.updated}), rewritten in our own words`;

export const BUILTIN_ORIGIN = 'built-in';
