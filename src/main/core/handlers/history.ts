import type { ApiEvent } from '@shared/api';
import { AppError } from '@shared/errors';
import { SNAPSHOTS_TABLE, type historyMethods } from '@shared/contract/history';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/**
 * Undo, redo, the history list and named snapshots; `need` gives the open
 * workspace or throws NO_WORKSPACE, `emit` tells every client what changed.
 */
export function historyHandlers(need: () => Workspace, emit: (event: ApiEvent) => void): AreaHandlers<typeof historyMethods> {
  return {
    'history.state': () => need().history.state(),
    'history.list': ({ limit, area }) => need().history.list(limit, area),
    'history.undo': ({ force }) => need().history.undo(force ?? false),
    'history.redo': () => need().history.redo(),
    'snapshots.list': () => need().snapshots.list(),
    'snapshots.create': ({ name }) => {
      const snapshot = need().snapshots.create(cleanSnapshotName(name));
      // Snapshots are not journaled (they are not content), so say so here.
      emit({ type: 'workspace.changed', tables: [SNAPSHOTS_TABLE] });
      return snapshot;
    },
    'snapshots.restore': ({ id }) => {
      const ws = need();
      ws.snapshots.restore(id);
      return ws.history.state();
    },
    'snapshots.delete': ({ id }) => {
      need().snapshots.delete(id);
      emit({ type: 'workspace.changed', tables: [SNAPSHOTS_TABLE] });
      return null;
    },
  };
}

function cleanSnapshotName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new AppError('NAME_EMPTY', 'A name cannot be empty');
  if ([...trimmed].length > 200) throw new AppError('NAME_TOO_LONG', 'Name too long', { max: 200, length: [...trimmed].length });
  return trimmed;
}
