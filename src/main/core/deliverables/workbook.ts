import type { JourneyDetail } from '@shared/domain/journeys';
import type { VoteResults, VoteSession } from '@shared/domain/workshop';
import type { EconomicsData } from '@shared/analysis/economics';
import type { MatrixCell } from '@shared/domain/types';
import { lensesOf, safeFileName, sheetNames, viewGrid, viewNotes } from '@shared/matrix-io/export-rows';
import { createTranslator } from '@shared/i18n/translate';
import { paperFor } from '@shared/matrix-io/print-layout';
import { contentLocale } from '@shared/report/locale';
import { excelMoneyFormat, writeXlsx, type XlsxSheetSpec } from '../matrix-io/xlsx-write';
import type { Workspace } from '../workspace';
import type { Plan, Step } from './plan';
import { sheetText } from './sheet-text';
import { listSheets } from './workbook-lists';
import { costSheet, economicsSheet, journeySheets, voteSheet, type Sheet } from './workbook-more';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface BuiltFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * The whole workspace as one workbook: the matrix of every scenario and lens
 * (the same grid sheets, with the same names, as the matrix export, so
 * `import --matrix --sheet` reads them back), then the framework lists, the
 * journeys and their steps, the votes, the economics and the cost to serve.
 * Headings are in the workspace's content language; amounts carry the
 * workspace currency as their number format.
 */
export function planWorkbook(ws: Workspace): Plan<BuiltFile> {
  const catalog = ws.catalogRepo.catalog();
  const info = ws.info();
  const lang = info.contentLanguage;
  const s = sheetText(createTranslator(lang));
  const moneyFormat = excelMoneyFormat(contentLocale(lang), ws.settings.get().currency);
  const sheets: Sheet[] = [];
  const steps: Step[] = [];
  for (const scenario of catalog.scenarios) {
    for (const { lens, name } of lensesOf(catalog, lang)) {
      const title = `${scenario.name} - ${name}`;
      steps.push({
        label: { key: 'ui.deliverables.steps.matrix', params: { name: title } },
        run: () => {
          const cells = ws.matrix.get(scenario.id, lens);
          sheets.push({ title, rows: viewGrid(catalog, cells, lens, title), notes: viewNotes(catalog, cells, lens), grid: true });
        },
      });
    }
  }
  steps.push({ label: { key: 'ui.deliverables.steps.lists' }, run: () => void sheets.push(...listSheets(catalog, s)) });
  steps.push({
    label: { key: 'ui.deliverables.steps.journeys' },
    run: () => {
      const details: JourneyDetail[] = ws.journeys.list().map((j) => ws.journeys.get(j.id));
      sheets.push(...journeySheets(catalog, details, s));
    },
  });
  steps.push({
    label: { key: 'ui.deliverables.steps.votes' },
    run: () => {
      const votes = ws.votes;
      const rows: { session: VoteSession; results: VoteResults | null }[] = votes
        .list()
        .map((session) => ({ session, results: session.status === 'revealed' ? votes.tally(session.id, null) : null }));
      sheets.push(voteSheet(rows, s));
    },
  });
  steps.push({
    label: { key: 'ui.deliverables.steps.economics' },
    run: () => {
      const perScenario: { scenarioId: string; data: EconomicsData; cells: MatrixCell[] }[] = catalog.scenarios.map((sc) => ({
        scenarioId: sc.id,
        data: ws.economics.get(sc.id),
        cells: ws.matrix.scenarioCells(sc.id),
      }));
      const first = perScenario[0];
      if (first) sheets.push(economicsSheet(catalog, first.data, s));
      sheets.push(costSheet(catalog, perScenario, s));
    },
  });
  return {
    steps,
    finish: async () => {
      const names = sheetNames(sheets.map((sheet) => sheet.title));
      const specs: XlsxSheetSpec[] = sheets.map(({ title: _, ...sheet }, i) => ({ ...sheet, name: names[i]! }));
      return { fileName: safeFileName(info.name, 'xlsx'), mimeType: XLSX_MIME, bytes: await writeXlsx(specs, { paper: paperFor(lang), moneyFormat }) };
    },
  };
}
