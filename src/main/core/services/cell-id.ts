import type { Lens } from '@shared/domain/types';
import { lensColumns } from '../repos/matrix-repo';
import { derivedId } from '../db/ids';

/** A matrix cell's id comes from its key, so two devices setting one cell converge on one row. */
export const cellId = (scenarioId: string, phaseId: string, channelId: string, lens: Lens): string => {
  const { kind, id } = lensColumns(lens);
  return derivedId('cell', scenarioId, phaseId, channelId, kind, id);
};
