/** Small catalog items for the matrix's unit tests. */
import type { Channel, MatrixCell, Phase, Role, Lens } from '@shared/domain/types';

export function phase(id: string, position: string, extra: Partial<Phase> = {}): Phase {
  return { kind: 'phase', id, key: null, name: id, description: '', position, hidden: false, digitalRole: '', ...extra };
}

export function channel(id: string, position: string, extra: Partial<Channel> = {}): Channel {
  return {
    kind: 'channel',
    id,
    key: null,
    name: id,
    description: '',
    position,
    hidden: false,
    online: false,
    personal: false,
    dialogue: false,
    costPerContact: null,
    reach: null,
    costGroup: null,
    color: null,
    icon: null,
    ...extra,
  };
}

export function matrixCell(phaseId: string, channelId: string, role: Role | null, lens: Lens = { kind: 'all' }, extra: Partial<MatrixCell> = {}): MatrixCell {
  return { id: `${phaseId}-${channelId}-${lens.kind}`, scenarioId: 's1', phaseId, channelId, lens, role, note: '', evidence: null, ...extra };
}
