import PptxGenJS from 'pptxgenjs';
import { chartsData, type ChartsData } from '@shared/analysis/charts/charts';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import { customerValue, lifetimeValue, netPromoterScore } from '@shared/analysis/economics';
import type { Finding } from '@shared/analysis/findings';
import { createTranslator } from '@shared/i18n/translate';
import { lensName, safeFileName } from '@shared/matrix-io/export-rows';
import { visibleSlides, type Deck, type Slide } from '@shared/present/deck';
import type { Workspace } from '../workspace';
import { exportDeck, findingSentence, firstScenarioFindings } from './deck-source';
import type { Plan, Step } from './plan';
import { voteServiceOf } from '../services/vote-labels';
import { addBullets, addChart, addJourney, addMatrixTable, addTitle, addVoteResults, MARGIN, W } from './pptx-slides';
import type { BuiltFile } from './workbook';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Findings on one slide: more would not be readable from the back of the room. */
const FINDINGS_PER_SLIDE = 8;

/**
 * The presentation as a PowerPoint file: one slide per visible deck slide, in
 * deck order, with the deck's speaker notes. Tables, text and charts are
 * native, so the file stays editable. Words are in the content language.
 */
export function planPptx(ws: Workspace, deck: Deck = exportDeck(ws)): Plan<BuiltFile> {
  const catalog = ws.catalogRepo.catalog();
  const info = ws.info();
  const lang = info.contentLanguage;
  const t = createTranslator(lang);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = info.name;
  pptx.company = 'Channelwise';
  const scenarioName = (id: string) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
  let findings: { scenarioId: string; findings: Finding[] } | null | undefined;
  const findingsOnce = () => (findings === undefined ? (findings = firstScenarioFindings(ws, catalog)) : findings);
  const charts = new Map<string, ChartsData>();

  const fill = (slide: PptxGenJS.Slide, deckSlide: Slide): void => {
    const p = deckSlide.params;
    switch (p.kind) {
      case 'title':
        slide.addText(info.name, { x: MARGIN, y: 1.8, w: W - 2 * MARGIN, h: 1.2, fontSize: 40, bold: true, align: 'center', color: '1F2937' });
        slide.addText(t('ui.deliverables.report.generated', { date: new Date().toLocaleDateString(lang) }), { x: MARGIN, y: 3.1, w: W - 2 * MARGIN, h: 0.5, fontSize: 16, align: 'center', color: '4B5563' });
        return;
      case 'matrix':
        addTitle(slide, t('ui.deliverables.report.matrix', { scenario: scenarioName(p.scenarioId) }), lensName(catalog, lang, p.lens));
        addMatrixTable(slide, t, catalog, ws.matrix.get(p.scenarioId, p.lens), p.lens);
        return;
      case 'chart': {
        const key = `${p.scenarioId}:${p.compareScenarioId ?? ''}:${JSON.stringify(p.lens)}`;
        let data = charts.get(key);
        if (!data) {
          const compare = p.compareScenarioId;
          data = chartsData({
            catalog,
            lens: p.lens,
            cells: ws.matrix.scenarioCells(p.scenarioId),
            profileTypeIds: defaultProfileTypes(catalog),
            delta: compare
              ? { fromCells: ws.matrix.scenarioCells(p.scenarioId), toCells: ws.matrix.scenarioCells(compare), fromName: scenarioName(p.scenarioId), toName: scenarioName(compare) }
              : null,
          });
          charts.set(key, data);
        }
        const title = p.chartId === 'delta' ? t('ui.charts.delta.phaseTitle') : t(`ui.charts.${p.chartId}.title`);
        addTitle(slide, title, `${scenarioName(p.scenarioId)}${p.compareScenarioId ? ` → ${scenarioName(p.compareScenarioId)}` : ''} · ${lensName(catalog, lang, p.lens)}`);
        addChart(pptx, slide, t, p.chartId, data, p.compareScenarioId ? { from: scenarioName(p.scenarioId), to: scenarioName(p.compareScenarioId) } : null);
        return;
      }
      case 'findings': {
        const found = findingsOnce();
        const scenario = found ? scenarioName(found.scenarioId) : '';
        addTitle(slide, t('ui.deliverables.report.findings', { scenario }));
        const lines = (found?.findings ?? []).slice(0, FINDINGS_PER_SLIDE).map((f) => findingSentence(t, lang, f));
        addBullets(slide, lines.length > 0 ? lines : [t('ui.deliverables.report.noFindings')], 16);
        return;
      }
      case 'journey': {
        const detail = ws.journeys.get(p.journeyId);
        addTitle(slide, t('ui.deliverables.report.journey', { name: detail.journey.name }), scenarioName(detail.journey.scenarioId));
        addJourney(pptx, slide, catalog, detail);
        return;
      }
      case 'economics': {
        addTitle(slide, t('ui.deliverables.deck.economicsTitle'));
        const scenario = catalog.scenarios.find((s) => !s.hidden);
        const data = scenario ? ws.economics.get(scenario.id) : null;
        const na = t('ui.deliverables.economics.notAvailable');
        const money = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 0 });
        const rows: PptxGenJS.TableRow[] = [
          [t('ui.deliverables.columns.customerType'), t('ui.deliverables.economics.customerValue'), t('ui.deliverables.economics.lifetimeValue'), t('ui.deliverables.economics.nps')].map(
            (text) => ({ text, options: { bold: true, fill: { color: 'F3F4F6' } } }),
          ),
          ...(data?.customerTypes ?? []).map((inputs) => {
            const kw = customerValue(inputs);
            const clv = lifetimeValue(inputs);
            const nps = netPromoterScore(inputs);
            return [
              catalog.customerTypes.find((c) => c.id === inputs.customerTypeId)?.name ?? '',
              kw.ok ? money(kw.value.value) : na,
              clv.ok ? money(clv.value) : na,
              nps.ok ? String(Math.round(nps.value.score)) : na,
            ].map((text) => ({ text }));
          }),
        ];
        if (rows.length === 1) addBullets(slide, [t('ui.deliverables.deck.noData')]);
        else slide.addTable(rows, { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, fontSize: 16, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' }, autoPage: false });
        return;
      }
      case 'summary': {
        addTitle(slide, info.name);
        const visible = <T extends { hidden: boolean }>(items: readonly T[]) => items.filter((i) => !i.hidden).length;
        const found = findingsOnce();
        addBullets(slide, [
          t('ui.deliverables.deck.summary', {
            scenarios: visible(catalog.scenarios),
            channels: visible(catalog.channels),
            phases: visible(catalog.phases),
            journeys: ws.journeys.list().length,
            findings: found?.findings.length ?? 0,
          }),
          ...(found?.findings ?? []).slice(0, 3).map((f) => findingSentence(t, lang, f)),
        ], 18);
        return;
      }
      case 'votes': {
        const results = voteServiceOf(ws).tally(p.voteId, null);
        addTitle(slide, t('ui.present.slideTitle.votes', { title: results.session.title }), t('ui.present.votes.voters', { count: results.voters }));
        addVoteResults(pptx, slide, t, results);
        return;
      }
      case 'text':
        addTitle(slide, p.title);
        slide.addText(p.body, { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, h: 4.1, fontSize: 18, valign: 'top', color: '1F2937', fit: 'shrink' });
    }
  };

  const steps: Step[] = visibleSlides(deck).map((deckSlide, i) => ({
    label: { key: 'ui.deliverables.steps.slide', params: { n: i + 1 } },
    run: () => {
      const slide = pptx.addSlide();
      fill(slide, deckSlide);
      if (deckSlide.notes.trim() !== '') slide.addNotes(deckSlide.notes);
    },
  }));
  return {
    steps,
    finish: async () => {
      const bytes = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
      return { fileName: safeFileName(info.name, 'pptx'), mimeType: PPTX_MIME, bytes: Buffer.from(bytes) };
    },
  };
}
