import { useQuery } from '@tanstack/react-query';
import type { Lens } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

export interface ChosenFile {
  /** Changes with every pick, so picking the same file again re-reads it. */
  token: number;
  name: string;
  size: number;
  contentBase64: string;
}

/**
 * The import preview of a chosen file for a scenario and lens. Not keyed under
 * the matrix: applying the import must not re-upload the file to re-plan it
 * (apply re-reads it in the core anyway). Dropped from the cache as soon as
 * the dialog closes, since it holds the file.
 */
export function useImportPreview(file: ChosenFile | null, scenarioId: string, lens: Lens, sheet: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...queryKeys.ws.all, 'matrixImport', file?.token ?? null, scenarioId, lens.kind, lens.kind === 'all' ? null : lens.id, sheet] as const,
    queryFn: () =>
      unwrap(client.call('matrix.importPreview', { fileName: file!.name, contentBase64: file!.contentBase64, scenarioId, lens, sheet })),
    enabled: file !== null,
    gcTime: 0,
  });
}
