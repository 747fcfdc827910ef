/**
 * Everything the journey map and the command line show about one journey,
 * computed at once from what the contract returns: its lens, its steps in
 * reading order, channel switches, consistency flags, curve and findings.
 */
import type { JourneyDetail } from '../../domain/journeys';
import type { Channel, Lens, ScenarioCell, Phase } from '../../domain/types';
import { effectiveMatrix } from '../matrix';
import { consistency, type ConsistencyFlag } from './consistency';
import { emotionCurve, thinCurve, type CurvePoint } from './curve';
import { journeyFindings, type JourneyFinding } from './findings';
import { journeyLens, liveLensIds } from './lens';
import { readingOrder } from './order';
import { channelSwitches, type SwitchSummary } from './switches';

export interface JourneySummary {
  lens: Lens;
  switches: SwitchSummary;
  flags: ConsistencyFlag[];
  /** Thinned for drawing (see thinCurve). */
  curve: CurvePoint[];
  findings: JourneyFinding[];
}

/** `scenarioCells`: every set cell of the journey's scenario in every lens (matrix.scenarioCells). */
export function summarizeJourney(
  detail: JourneyDetail,
  catalog: {
    phases: readonly Pick<Phase, 'id' | 'name'>[];
    channels: readonly Pick<Channel, 'id' | 'online'>[];
    customerTypes: readonly { id: string }[];
    typologies: readonly { id: string }[];
    productDomains: readonly { id: string }[];
  },
  scenarioCells: readonly ScenarioCell[],
): JourneySummary {
  const lens = journeyLens(detail.journey, liveLensIds(catalog));
  const ordered = readingOrder(detail.steps, catalog.phases);
  const matrix = effectiveMatrix(scenarioCells, lens);
  return {
    lens,
    switches: channelSwitches(ordered, catalog.channels),
    flags: consistency(ordered, matrix, catalog.phases, catalog.channels),
    curve: thinCurve(emotionCurve(ordered, catalog.phases)),
    findings: journeyFindings(detail.journey, ordered, catalog.phases),
  };
}
