import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleSorted } from '@shared/analysis/charts/cells';
import type { Catalog, WorkspaceInfo } from '@shared/domain/types';
import { useJourneyDetails, useJourneys } from '../journeys/queries';
import { useChartSections } from './ReportCharts';
import { EconomicsSection } from './ReportEconomics';
import { FindingsSection, JourneySection, MatrixSection } from './ReportSections';
import { useRevealedVotes, VotesSection } from './ReportVotes';

/** One section of the report: its own page(s), a heading and an entry in the contents. */
export interface ReportSection {
  id: string;
  title: string;
  body: ReactNode;
}

/**
 * Every section in reading order: the matrices, the charts, the findings as a
 * narrative, the economics, the journeys and the revealed votes. `loading`
 * stays true until every section that depends on a list (journeys, votes,
 * the delta's second scenario) knows whether it is there.
 */
export function useReportSections(catalog: Catalog, workspace: WorkspaceInfo): { sections: ReportSection[]; loading: boolean } {
  const { t } = useTranslation();
  const journeys = useJourneys();
  const details = useJourneyDetails((journeys.data ?? []).map((j) => j.id));
  const charts = useChartSections(catalog);
  const votes = useRevealedVotes();
  const scenarios = visibleSorted(catalog.scenarios);
  const main = scenarios[0];

  const sections: ReportSection[] = [
    ...scenarios.map((s) => ({ id: `matrix-${s.id}`, title: t('ui.deliverables.report.matrix', { scenario: s.name }), body: <MatrixSection catalog={catalog} scenario={s} /> })),
    ...charts.sections,
    ...scenarios.map((s) => ({ id: `findings-${s.id}`, title: t('ui.deliverables.report.findings', { scenario: s.name }), body: <FindingsSection catalog={catalog} scenario={s} /> })),
    ...(main
      ? [
          {
            id: 'economics',
            title: t('ui.deliverables.report.economicsOf', { scenario: main.name }),
            body: <EconomicsSection catalog={catalog} scenario={main} contentLanguage={workspace.contentLanguage} />,
          },
        ]
      : []),
    ...details.flatMap((d) => (d ? [{ id: `journey-${d.journey.id}`, title: t('ui.deliverables.report.journey', { name: d.journey.name }), body: <JourneySection catalog={catalog} detail={d} /> }] : [])),
    ...(votes && votes.length > 0 ? [{ id: 'votes', title: t('ui.deliverables.report.voteResults'), body: <VotesSection votes={votes} /> }] : []),
  ];
  const loading = journeys.isPending || details.some((d) => d === undefined) || charts.loading || votes === null;
  return { sections, loading };
}
