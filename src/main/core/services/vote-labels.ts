import type { Finding } from '@shared/analysis/findings';
import { createTranslator } from '@shared/i18n/translate';
import { cellItemLabel, parseCellItemId } from '@shared/domain/workshop';
import { resolveVoteLabel, scenarioOfFindingId, shortenLabel, stepLabel, type VoteLabelSource } from '@shared/domain/vote-items';
import type { VoteItemKind } from '@shared/domain/workshop';
import { findingMessage } from '@shared/i18n/finding-text';
import type { Lang } from '@shared/domain/types';
import type { CatalogRepo } from '../repos/catalog-repo';
import type { JourneyService } from './journey-service';
import { scenarioFindings, type FindingsSources } from './scenario-findings';
import type { WorkspaceSettingsService } from './workspace-settings';

/** What the labels are read from (a Workspace has it; services never import the composition root). */
export interface LabelSources extends FindingsSources {
  catalogRepo: Pick<CatalogRepo, 'catalog'>;
  journeys: Pick<JourneyService, 'details' | 'list' | 'get'>;
  settings: Pick<WorkspaceSettingsService, 'get'>;
  info(): { contentLanguage: Lang };
}

export type VoteLabeler = (kind: VoteItemKind, id: string) => string;

/**
 * Labels of saved vote items as the workspace names them now, in its content
 * language. Findings and steps are looked up once per labeler (a tally makes
 * one), so a vote of 200 findings computes each scenario's findings once.
 */
export function workspaceVoteLabeler(ws: LabelSources): VoteLabeler {
  const catalog = ws.catalogRepo.catalog();
  const lang = ws.info().contentLanguage;
  const t = createTranslator(lang);
  const phaseName = (id: string) => catalog.phases.find((p) => p.id === id)?.name;
  const findingsByScenario = new Map<string, Map<string, Finding>>();
  let steps: Map<string, string> | null = null;

  const findingsOf = (scenarioId: string): Map<string, Finding> => {
    let found = findingsByScenario.get(scenarioId);
    if (!found) {
      found = new Map();
      if (catalog.scenarios.some((s) => s.id === scenarioId)) {
        for (const f of scenarioFindings(ws, catalog, scenarioId)) found.set(f.id, f);
      }
      findingsByScenario.set(scenarioId, found);
    }
    return found;
  };

  const source: VoteLabelSource = {
    cell: (id) => {
      const key = parseCellItemId(id);
      const phase = key && catalog.phases.find((p) => p.id === key.phaseId);
      const channel = key && catalog.channels.find((c) => c.id === key.channelId);
      return phase && channel ? cellItemLabel(phase.name, channel.name) : null;
    },
    finding: (id) => {
      const scenarioId = scenarioOfFindingId(id);
      const finding = scenarioId ? findingsOf(scenarioId).get(id) : undefined;
      return finding ? shortenLabel(findingMessage(t, lang, finding, ws.settings.get().currency)) : null;
    },
    step: (id) => {
      if (!steps) {
        steps = new Map();
        const words = { noPhase: t('ui.workshop.vote.noPhase'), untitled: t('ui.workshop.vote.untitled') };
        for (const journey of ws.journeys.list()) {
          for (const step of ws.journeys.get(journey.id).steps) steps.set(step.id, stepLabel(step, phaseName, words));
        }
      }
      return steps.get(id) ?? null;
    },
  };
  const missing = t('ui.workshop.vote.itemGone');
  return (kind, id) => resolveVoteLabel(kind, id, source, missing);
}
