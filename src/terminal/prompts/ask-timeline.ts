import number from '@inquirer/number';
import select from '@inquirer/select';
import { PLACES, TARGETS } from '../../guide/types.js';
import { MAX_YEARS_AHEAD, type Target, type TimelineRegion } from '../../timeline/schema.js';
import { withPromptContext, type PromptStreams } from './prompt-context.js';
import { listTheme, promptTheme } from './theme.js';

export interface TimelineChoices {
  intake?: number | undefined;
  region?: TimelineRegion | undefined;
  target?: Target | undefined;
}

const REGION_NAMES: Record<TimelineRegion, string> = { us: 'United States', uk: 'United Kingdom', other: 'somewhere else' };
const TARGET_NAMES: Record<Target, string> = { phd: 'a PhD', fellowship: 'a research fellowship', residency: 'a residency at a lab' };

/** Asks, in a terminal, for whichever of the timeline's choices the command line and the last assessment left open. */
export async function askTimelineChoices(known: TimelineChoices, streams: PromptStreams, thisYear: number): Promise<Required<TimelineChoices>> {
  const target =
    known.target ??
    (await withPromptContext(streams, (context) =>
      select(
        { message: 'What are you applying for?', choices: TARGETS.map((value) => ({ value, name: TARGET_NAMES[value] })), theme: listTheme(streams.ascii) },
        context,
      ),
    ));
  const region =
    known.region ??
    (await withPromptContext(streams, (context) =>
      select({ message: 'Where?', choices: PLACES.map((value) => ({ value, name: REGION_NAMES[value] })), theme: listTheme(streams.ascii) }, context),
    ));
  const intake =
    known.intake ??
    (await withPromptContext(streams, (context) =>
      number(
        {
          message: 'Which year do you want to start?',
          default: thisYear + 1,
          min: thisYear,
          max: thisYear + MAX_YEARS_AHEAD,
          step: 1,
          required: true,
          theme: promptTheme(streams.ascii),
        },
        context,
      ),
    )) ??
    thisYear + 1;
  return { target, region, intake };
}
