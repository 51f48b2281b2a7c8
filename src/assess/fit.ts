/** How well a role fits, weakest first: the order caps and thresholds compare by. */
export const FIT_LEVELS = ['stretch', 'possible', 'strong'] as const;
export type Fit = (typeof FIT_LEVELS)[number];

export interface FitThresholds {
  /** The lowest score that counts as a strong fit. */
  strong: number;
  /** The lowest score that counts as possible; anything below is a stretch. */
  possible: number;
}

/** The fit a score earns, lowered to the tightest cap a rule put on it. */
export function fitFor(score: number, thresholds: FitThresholds, caps: readonly Fit[]): Fit {
  const earned: Fit = score >= thresholds.strong ? 'strong' : score >= thresholds.possible ? 'possible' : 'stretch';
  return caps.reduce<Fit>((fit, cap) => (FIT_LEVELS.indexOf(cap) < FIT_LEVELS.indexOf(fit) ? cap : fit), earned);
}
