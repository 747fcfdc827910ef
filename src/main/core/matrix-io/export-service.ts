import { AppError } from '@shared/errors';
import type { Lens } from '@shared/domain/types';
import {
  lensName,
  lensesOf,
  longRows,
  safeFileName,
  sheetNames,
  viewGrid,
  viewNotes,
} from '@shared/matrix-io/export-rows';
import { paperFor } from '@shared/matrix-io/print-layout';
import type { CsvDelimiter, ExportFile, ExportScope, ImportFormat } from '@shared/matrix-io/types';
import { MatrixRepo, toCell } from '../repos/matrix-repo';
import type { Workspace } from '../workspace';
import { writeCsv } from './csv';
import { writeXlsx, type XlsxSheetSpec } from './xlsx-write';

export interface ExportRequest {
  format: ImportFormat;
  scope: ExportScope;
  scenarioId: string;
  lens: Lens;
  /** CSV only; default: semicolon for a Dutch workspace (what Dutch Excel reads), else comma. */
  delimiter?: CsvDelimiter | undefined;
}

export const MIME_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The matrix as a spreadsheet. A view is the grid the import reads back (what
 * the user sees, inherited roles included). Everything is, in CSV, one long
 * table (scenario, lens, phase, channel, role, note, evidence: the cells each
 * lens sets itself), and in XLSX one grid sheet per scenario and lens.
 */
export async function exportMatrix(ws: Workspace, request: ExportRequest): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const catalog = ws.catalogRepo.catalog();
  const info = ws.info();
  const lang = info.contentLanguage;
  const scenarioName = (id: string) => {
    const scenario = catalog.scenarios.find((s) => s.id === id);
    if (!scenario) throw new AppError('NOT_FOUND', `No scenario ${id}`, { id });
    return scenario.name;
  };
  const delimiter = request.delimiter ?? (lang === 'nl' ? ';' : ',');
  const print = { paper: paperFor(lang) };
  let stem: string;
  let bytes: Buffer;
  if (request.scope === 'view') {
    const { scenarioId, lens } = request;
    const cells = ws.matrix.get(scenarioId, lens);
    const title = `${scenarioName(scenarioId)} - ${lensName(catalog, lang, lens)}`;
    stem = `${info.name} - ${title}`;
    const rows = viewGrid(catalog, cells, lens, title);
    bytes =
      request.format === 'csv'
        ? Buffer.from(writeCsv(rows, delimiter), 'utf8')
        : await writeXlsx([{ name: sheetNames([title])[0]!, rows, notes: viewNotes(catalog, cells, lens), grid: true }], print);
  } else {
    stem = `${info.name} - matrix`;
    if (request.format === 'csv') {
      const repo = new MatrixRepo(ws.db);
      const scenarios = catalog.scenarios.map((s) => ({ scenarioId: s.id, cells: repo.liveRowsOfScenario(s.id).map(toCell) }));
      bytes = Buffer.from(writeCsv(longRows(catalog, lang, scenarios), delimiter), 'utf8');
    } else {
      const views = catalog.scenarios.flatMap((scenario) =>
        lensesOf(catalog, lang).map(({ lens, name }) => ({ scenario, lens, title: `${scenario.name} - ${name}` })),
      );
      const names = sheetNames(views.map((v) => v.title));
      const sheets: XlsxSheetSpec[] = views.map((view, i) => {
        const cells = ws.matrix.get(view.scenario.id, view.lens);
        return { name: names[i]!, rows: viewGrid(catalog, cells, view.lens, view.title), notes: viewNotes(catalog, cells, view.lens), grid: true };
      });
      bytes = await writeXlsx(sheets, print);
    }
  }
  return { fileName: safeFileName(stem, request.format), mimeType: MIME_TYPES[request.format], bytes };
}

export async function exportMatrixFile(ws: Workspace, request: ExportRequest): Promise<ExportFile> {
  const { fileName, mimeType, bytes } = await exportMatrix(ws, request);
  return { fileName, mimeType, contentBase64: bytes.toString('base64') };
}
