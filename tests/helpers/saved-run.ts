/** A saved run of `careers assess` as the data folder's runs/ holds it: made on `date` (ISO) by someone at `stage`. */
export const savedRun = (date: string, stage: string) =>
  JSON.stringify({
    version: 1,
    date,
    answers: { stage },
    result: {
      roles: [{ id: 'research-engineer', title: 'Research engineer', score: 1, fit: 'strong', reasons: [] }],
      whatWouldChange: null,
      nextSteps: [],
      sections: [],
      answers: { stage },
      caveat: 'c',
    },
  });
