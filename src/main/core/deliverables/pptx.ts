import PptxGenJS from 'pptxgenjs';
import { chartsData, type ChartsData } from '@shared/analysis/charts/charts';
import { deltaData } from '@shared/analysis/charts/delta';
import { indexCells } from '@shared/analysis/charts/cells';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import { scenarioChange } from '@shared/analysis/scenario-change';
import { createTranslator } from '@shared/i18n/translate';
import { formatDate, numberFormats } from '@shared/i18n/format';
import { contentLocale } from '@shared/report/locale';
import type { Lens } from '@shared/domain/types';
import { lensName, safeFileName } from '@shared/matrix-io/export-rows';
import { visibleSlides, type Deck, type Slide } from '@shared/present/deck';
import type { Workspace } from '../workspace';
import { exportDeck, firstScenarioFindings, lensFindings, slideSubject } from './deck-source';
import { changeHighlights, findingMessage } from '@shared/i18n/finding-text';
import type { Plan, Step } from './plan';
import { scenarioFindings } from '../services/scenario-findings';
import { chartSlide } from './pptx-chart-slides';
import { fixDeck } from './pptx-fixups';
import { economicsSlides } from './pptx-economics';
import { changeSlide, findingsSlides } from './pptx-findings';
import { journeySlides } from './pptx-journey';
import { matrixSlides } from './pptx-matrix';
import { coverSlide, summarySlide, textSlides, voteSlides } from './pptx-slides';
import { addPage, type DeckContext } from './pptx-theme';
import type { BuiltFile } from './workbook';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Slides meant for the room only: the workshop's join slide (a QR code to a live server) has no place in a handout. */
const ROOM_ONLY: ReadonlySet<string> = new Set(['join']);

/**
 * The presentation as a PowerPoint file: each visible deck slide in deck
 * order, as one slide or, when its content needs more room, several (never
 * smaller text, never dropped content), with the deck's speaker notes. Tables,
 * text and charts are native, so the file stays editable. Words are in the
 * content language; each slide shows the scenario and lens the deck chose.
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
  let notes = '';
  const ctx: DeckContext = {
    pptx,
    t,
    lang,
    // The report's locale and the workspace currency, so deck and report write figures alike.
    formats: numberFormats(contentLocale(lang), ws.settings.get().currency),
    catalog,
    page: (title, subtitle, parts) => addPage(pptx, { t, footer: info.name, notes }, title, subtitle, parts),
    blank: () => {
      const slide = pptx.addSlide();
      if (notes.trim() !== '') slide.addNotes(notes);
      return slide;
    },
  };
  const scenarioName = (id: string) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
  const lensLabel = (lens: Lens) => lensName(catalog, lang, lens);
  const charts = new Map<string, ChartsData>();
  const chartsOf = (scenarioId: string, lens: Lens, compare: string | null): ChartsData => {
    const key = `${scenarioId}:${compare ?? ''}:${JSON.stringify(lens)}`;
    let data = charts.get(key);
    if (!data) {
      data = chartsData({
        catalog,
        lens,
        cells: ws.matrix.scenarioCells(scenarioId),
        profileTypeIds: defaultProfileTypes(catalog),
        delta: compare
          ? { fromCells: ws.matrix.scenarioCells(scenarioId), toCells: ws.matrix.scenarioCells(compare), fromName: scenarioName(scenarioId), toName: scenarioName(compare) }
          : null,
      });
      charts.set(key, data);
    }
    return data;
  };
  const findingsOf = new Map<string, ReturnType<typeof scenarioFindings>>();
  const findings = (scenarioId: string) => findingsOf.get(scenarioId) ?? findingsOf.set(scenarioId, scenarioFindings(ws, catalog, scenarioId)).get(scenarioId)!;

  const fill = (deckSlide: Slide): void => {
    const p = deckSlide.params;
    const subject = slideSubject(p, catalog);
    // Kinds newer than some deck types (change, join) are matched by name: this reads decks of either shape.
    const kind: string = p.kind;
    if (ROOM_ONLY.has(kind)) return;
    if (kind === 'change') {
      if (subject?.compareScenarioId) addChange(subject.scenarioId, subject.compareScenarioId, subject.lens);
      return;
    }
    switch (p.kind) {
      case 'title':
        coverSlide(ctx, info.name, t('ui.deliverables.report.generated', { date: formatDate(contentLocale(lang), new Date()) }));
        return;
      case 'matrix':
        matrixSlides(ctx, t('ui.deliverables.report.matrix', { scenario: scenarioName(p.scenarioId) }), lensLabel(p.lens), ws.matrix.get(p.scenarioId, p.lens), p.lens);
        return;
      case 'chart':
        chartSlide(
          ctx,
          { chartId: p.chartId, scenario: scenarioName(p.scenarioId), compare: p.compareScenarioId ? scenarioName(p.compareScenarioId) : null, lens: lensLabel(p.lens) },
          chartsOf(p.scenarioId, p.lens, p.compareScenarioId),
        );
        return;
      case 'findings':
        if (subject) findingsSlides(ctx, scenarioName(subject.scenarioId), lensLabel(subject.lens), lensFindings(findings(subject.scenarioId), subject.lens));
        return;
      case 'journey': {
        const detail = ws.journeys.get(p.journeyId);
        const j = detail.journey;
        const lens = [
          catalog.customerTypes.find((c) => c.id === j.customerTypeId)?.name,
          catalog.typologies.find((c) => c.id === j.typologyId)?.name,
          catalog.productDomains.find((c) => c.id === j.productDomainId)?.name,
        ].filter((name): name is string => Boolean(name));
        const subtitle = [scenarioName(j.scenarioId), ...(lens.length > 0 ? lens : [lensLabel({ kind: 'all' })])].join(' \u00b7 ');
        journeySlides(ctx, detail, t('ui.deliverables.report.journey', { name: j.name }), subtitle);
        return;
      }
      case 'economics':
        if (subject) {
          const subtitle = `${scenarioName(subject.scenarioId)} \u00b7 ${lensLabel(subject.lens)}`;
          economicsSlides(ctx, t('ui.deliverables.deck.economicsTitle'), subtitle, ws.economics.get(subject.scenarioId), ws.matrix.scenarioCells(subject.scenarioId), subject.lens);
        }
        return;
      case 'summary': {
        const visible = <T extends { hidden: boolean }>(items: readonly T[]) => items.filter((i) => !i.hidden).length;
        const found = firstScenarioFindings(ws, catalog);
        const counts = t('ui.deliverables.deck.summary', {
          scenarios: visible(catalog.scenarios),
          channels: visible(catalog.channels),
          phases: visible(catalog.phases),
          journeys: ws.journeys.list().length,
          findings: found?.findings.length ?? 0,
        });
        summarySlide(ctx, info.name, [counts, ...(found?.findings ?? []).slice(0, 3).map((f) => findingMessage(t, lang, f, ctx.formats.currency))]);
        return;
      }
      case 'votes': {
        const results = ws.votes.tally(p.voteId, null);
        voteSlides(ctx, t('ui.present.slideTitle.votes', { title: results.session.title }), t('ui.present.votes.voters', { count: results.voters }), results);
        return;
      }
      case 'text':
        textSlides(ctx, p.title, p.body);
    }
  };

  /** What moving from one scenario to another changes, in a lens (the deck's "change" slide). */
  const addChange = (from: string, to: string, lens: Lens): void => {
    const fromCells = ws.matrix.scenarioCells(from);
    const toCells = ws.matrix.scenarioCells(to);
    const names = { from: scenarioName(from), to: scenarioName(to), lens: lensLabel(lens) };
    const delta = deltaData(catalog, indexCells(fromCells), indexCells(toCells), lens, names);
    // Money, leads and retired channels are said for all customers only.
    const highlights = lens.kind === 'all' ? changeHighlights(t, lang, scenarioFindings(ws, catalog, to, from), ctx.formats.currency) : [];
    changeSlide(ctx, names, scenarioChange(catalog, fromCells, toCells, lens), delta.phases, highlights);
  };

  const steps: Step[] = visibleSlides(deck).map((deckSlide, i) => ({
    label: { key: 'ui.deliverables.steps.slide', params: { n: i + 1 } },
    run: () => {
      notes = deckSlide.notes;
      fill(deckSlide);
    },
  }));
  return {
    steps,
    finish: async () => {
      const bytes = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
      return { fileName: safeFileName(info.name, 'pptx'), mimeType: PPTX_MIME, bytes: Buffer.from(fixDeck(new Uint8Array(bytes))) };
    },
  };
}
