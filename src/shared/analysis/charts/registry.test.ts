import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { indexCells } from './cells';
import { CHARTS, CHART_IDS, chartData, type ChartDataById, type ChartId } from './registry';
import { readingText } from './views';
import { axes, catalogOf, cellsFromGrid } from './testData';

describe('the chart registry', () => {
  it('defines every chart the deck knows, with titles and explanations in both languages', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...CHART_IDS].sort());
    for (const lang of ['en', 'nl'] as const) {
      const t = createTranslator(lang);
      for (const id of CHART_IDS) {
        for (const key of [CHARTS[id].titleKey, CHARTS[id].explainKey]) {
          expect(t(key), `${lang} ${key}`).not.toBe(key);
        }
      }
    }
  });

  it('computes each chart, and the delta only with its pair', () => {
    const catalog = catalogOf(axes(2, 3));
    const index = indexCells(cellsFromGrid([[3, 1, 0], [2, 2, 1]]));
    const input = { catalog, index, lens: { kind: 'all' } as const, profileTypeIds: [], compare: null };
    for (const id of CHART_IDS) {
      if (id === 'delta') expect(chartData(id, input)).toBeNull();
      else expect(chartData(id, input)?.reading.key).toBeTruthy();
    }
    const delta = chartData('delta', { ...input, compare: { from: index, to: index, fromName: 'A', toName: 'B' } });
    expect(delta?.reading.key).toBeTruthy();
  });

  it('says which charts look through a lens and which compare scenarios', () => {
    expect(CHART_IDS.filter((id) => !CHARTS[id].lensed)).toEqual(['profile', 'quadrant']);
    expect(CHART_IDS.filter((id) => CHARTS[id].compares)).toEqual(['delta']);
  });

  it('gives every chart a legend and an accessible table, one row per phase, and a reading in words', () => {
    const catalog = catalogOf(axes(2, 3));
    const index = indexCells(cellsFromGrid([[3, 1, 0], [2, 2, 1]]));
    const input = { catalog, index, lens: { kind: 'all' } as const, profileTypeIds: [], compare: { from: index, to: index, fromName: 'A', toName: 'B' } };
    const t = createTranslator('en');
    const texts = { t, highContrast: false, fromName: 'A', toName: 'B' };
    const check = <K extends ChartId>(id: K) => {
      const data = chartData(id, input) as ChartDataById[K];
      const table = CHARTS[id].table(data, texts);
      expect(table.columns.length, id).toBeGreaterThan(0);
      for (const row of table.rows) expect(row, id).toHaveLength(table.columns.length);
      expect(readingText(t, data.reading), id).not.toContain('ui.charts.readings');
      for (const entry of CHARTS[id].legend(data, texts)) expect(entry.style.color, id).toMatch(/^#[0-9A-F]{6}$/);
    };
    for (const id of CHART_IDS) check(id);
    expect(CHARTS.delta.legend(chartData('delta', input)!, texts).map((e) => e.label)).toEqual(['A', 'B']);
    expect(CHARTS.balance.legend(chartData('balance', input), texts).map((e) => e.label)).toEqual(['Online', 'Offline']);
  });
});
