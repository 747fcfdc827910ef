import type { TFunction } from 'i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog, Lens } from '@shared/domain/types';
import { CHARTS } from '@shared/analysis/charts/registry';
import type { Slide } from '@shared/present/deck';

export interface TitleContext {
  t: TFunction;
  catalog: Catalog;
  journeys: readonly Journey[];
  workspaceName: string;
}

export function scenarioName(ctx: TitleContext, id: string | null): string {
  return ctx.catalog.scenarios.find((s) => s.id === id)?.name ?? ctx.t('ui.present.slideTitle.missing');
}

export function lensTitle(ctx: TitleContext, lens: Lens): string {
  if (lens.kind === 'all') return ctx.t('ui.matrix.lens.all');
  const list = lens.kind === 'customerType' ? ctx.catalog.customerTypes : lens.kind === 'typology' ? ctx.catalog.typologies : ctx.catalog.productDomains;
  return list.find((item) => item.id === lens.id)?.name ?? ctx.t('ui.present.slideTitle.missing');
}

/** The first scenario in the user's order (what findings, economics and the summary show). */
export function firstScenarioId(catalog: Catalog): string | null {
  const visible = catalog.scenarios.filter((s) => !s.hidden).sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  return visible[0]?.id ?? null;
}

/** The slide's title as it is shown on the slide, in the sorter and in the live region. */
export function slideTitle(ctx: TitleContext, slide: Slide): string {
  const { t } = ctx;
  const p = slide.params;
  // A lens other than all customers is named in the title, so two slides of one scenario tell apart.
  const lensed = (name: 'chart' | 'delta' | 'change' | 'findings' | 'economics', values: Record<string, string>, lens: Lens) =>
    lens.kind === 'all' ? t(`ui.present.slideTitle.${name}`, { replace: values }) : t(`ui.present.slideTitle.${name}Lens`, { replace: { ...values, lens: lensTitle(ctx, lens) } });
  switch (p.kind) {
    case 'title':
      return ctx.workspaceName;
    case 'matrix':
      return t('ui.present.slideTitle.matrix', { scenario: scenarioName(ctx, p.scenarioId), lens: lensTitle(ctx, p.lens) });
    case 'chart':
      return CHARTS[p.chartId].compares
        ? lensed('delta', { chart: t(CHARTS[p.chartId].titleKey), from: scenarioName(ctx, p.scenarioId), to: scenarioName(ctx, p.compareScenarioId) }, p.lens)
        : lensed('chart', { chart: t(CHARTS[p.chartId].titleKey), scenario: scenarioName(ctx, p.scenarioId) }, p.lens);
    case 'change':
      return lensed('change', { from: scenarioName(ctx, p.scenarioId), to: scenarioName(ctx, p.compareScenarioId) }, p.lens);
    case 'findings':
      return lensed('findings', { scenario: scenarioName(ctx, p.scenarioId) }, p.lens);
    case 'journey':
      return t('ui.present.slideTitle.journey', { name: ctx.journeys.find((j) => j.id === p.journeyId)?.name ?? t('ui.present.slideTitle.missing') });
    case 'economics':
      return lensed('economics', { scenario: scenarioName(ctx, p.scenarioId) }, p.lens);
    case 'summary':
      return t('ui.present.slideTitle.summary');
    case 'text':
      return p.title;
    case 'votes':
      return t('ui.present.slideTitle.votes', { title: p.title });
    case 'join':
      return t('ui.present.slideTitle.join');
  }
}
