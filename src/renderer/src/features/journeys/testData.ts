/** Small journeys for the unit tests of this feature. */
import type { JourneyStep } from '@shared/domain/journeys';
import type { Channel, Phase } from '@shared/domain/types';
import { step as sharedStep } from '@shared/analysis/journeys/testSteps';

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
  return sharedStep(id, { journeyId: 'j1', phaseId, position, ...extra });
}
