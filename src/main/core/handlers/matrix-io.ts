import type { matrixIoMethods } from '@shared/contract/matrix-io';
import type { AreaHandlers } from '../dispatch';
import { applyImport, previewImport } from '../matrix-io/import-service';
import { exportMatrixFile } from '../matrix-io/export-service';
import { decodeUpload } from '../matrix-io/sniff';
import type { Workspace } from '../workspace';

/** Matrix import and export; `need` gives the open workspace or throws NO_WORKSPACE. */
export function matrixIoHandlers(need: () => Workspace): AreaHandlers<typeof matrixIoMethods> {
  return {
    'matrix.importPreview': ({ fileName, contentBase64, scenarioId, lens, sheet }) =>
      previewImport(need(), { fileName, bytes: decodeUpload(fileName, contentBase64), scenarioId, lens, sheet }),
    'matrix.importApply': async ({ decisions, ...file }) => {
      const ws = need();
      const preview = await previewImport(ws, { ...file, bytes: decodeUpload(file.fileName, file.contentBase64) });
      return applyImport(ws, preview, decisions);
    },
    'matrix.export': (request) => exportMatrixFile(need(), request),
  };
}
