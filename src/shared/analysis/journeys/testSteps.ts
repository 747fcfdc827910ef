/** Small step builders for the journey analysis tests. */
import type { JourneyStep } from '../../domain/journeys';

export function step(id: string, fields: Partial<JourneyStep> = {}): JourneyStep {
  return {
    id,
    journeyId: 'j',
    phaseId: null,
    channelId: null,
    position: 'a0',
    title: id,
    does: '',
    thinks: '',
    feels: '',
    emotion: null,
    painPoints: '',
    opportunities: '',
    momentOfTruth: false,
    owner: '',
    kpi: '',
    evidence: null,
    phaseMissing: false,
    channelMissing: false,
    ...fields,
  };
}

export const PHASES = [
  { id: 'p1', name: 'Orient', hidden: false },
  { id: 'p2', name: 'Compare', hidden: false },
  { id: 'p3', name: 'Buy', hidden: false },
];
export const CHANNELS = [
  { id: 'web', name: 'Website', online: true, hidden: false },
  { id: 'app', name: 'App', online: true, hidden: false },
  { id: 'store', name: 'Store', online: false, hidden: false },
  { id: 'phone', name: 'Phone', online: false, hidden: false },
];
