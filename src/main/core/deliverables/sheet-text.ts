import type { KeysUnder } from '@shared/i18n/keys';
import type { TFunction } from 'i18next';
import type { ExportValue } from '@shared/matrix-io/export-rows';
import { escapeFormula } from '@shared/matrix-io/text';

/** Words inside exported files, in the workspace's content language. */
export interface SheetText {
  t: TFunction;
  /** A column heading (ui.deliverables.columns.*). */
  col(key: KeysUnder<'ui.deliverables.columns'>): string;
  /** User text, escaped so no spreadsheet runs it as a formula; null stays blank. */
  text(value: string | null | undefined): ExportValue;
  yesNo(value: boolean): string;
  num(value: number | null | undefined): ExportValue;
}

export function sheetText(t: TFunction): SheetText {
  return {
    t,
    col: (key) => escapeFormula(t(`ui.deliverables.columns.${key}`)),
    text: (value) => (value === null || value === undefined || value === '' ? null : escapeFormula(value)),
    yesNo: (value) => t(value ? 'ui.deliverables.yes' : 'ui.deliverables.no'),
    num: (value) => (value === null || value === undefined || !Number.isFinite(value) ? null : value),
  };
}
