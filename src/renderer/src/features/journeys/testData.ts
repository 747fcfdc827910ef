/** Small journeys for the unit tests of this feature. */
import type { JourneyStep } from '@shared/domain/journeys';
import type { Channel, Phase } from '@shared/domain/types';

export function phase(id: string, position: string, hidden = false): Phase {
  return { kind: 'phase', id, key: null, name: id.toUpperCase(), description: '', position, hidden, digitalRole: '' };
}

export function channel(id: string, online: boolean, position = 'a0'): Channel {
  return {
    kind: 'channel',
    id,
    key: null,
    name: id,
    description: '',
    position,
    hidden: false,
    online,
    personal: !online,
    dialogue: false,
    costPerContact: null,
    reach: null,
    costGroup: null,
    color: null,
    icon: null,
  };
}

export function step(id: string, phaseId: string | null, position: string, extra: Partial<JourneyStep> = {}): JourneyStep {
  return {
    id,
    journeyId: 'j1',
    phaseId,
    channelId: null,
    position,
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
    ...extra,
  };
}
