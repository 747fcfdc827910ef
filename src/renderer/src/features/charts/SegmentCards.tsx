/** The cards about customer types and typologies: the profile radar and the typology quadrant. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileData } from '@shared/analysis/charts/profile';
import type { QuadrantData } from '@shared/analysis/charts/quadrant';
import { ChartCard } from './ChartCard';
import { ProfileRadar, profileStyle } from './ProfileRadar';
import { QuadrantChart } from './QuadrantChart';
import { readingText } from './readingText';

export function ProfileCard({ data, view, controls }: { data: ProfileData; view: string; controls: ReactNode }) {
  const { t } = useTranslation();
  const title = t('ui.charts.profile.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.profile.explain')}
      fileName={`${title} - ${view}`}
      controls={controls}
      legend={data.series.map((series, i) => ({ label: series.name, style: profileStyle(i), dash: profileStyle(i).dash }))}
      table={{
        columns: [t('ui.charts.profile.phase'), ...data.series.map((series) => series.name)],
        rows: data.phases.map((phase, p) => [phase.name, ...data.series.map((series) => series.values[p]!)]),
      }}
    >
      {(width) => <ProfileRadar data={data} width={width} />}
    </ChartCard>
  );
}

export function QuadrantCard({ data, view }: { data: QuadrantData; view: string }) {
  const { t } = useTranslation();
  const title = t('ui.charts.quadrant.title');
  const texts = {
    structured: t('ui.charts.quadrant.structured'),
    unstructured: t('ui.charts.quadrant.unstructured'),
    certain: t('ui.charts.quadrant.certain'),
    uncertain: t('ui.charts.quadrant.uncertain'),
  };
  const unplaced = data.unplaced.length > 0 ? ` ${t('ui.charts.quadrant.unplaced', { names: data.unplaced.map((u) => u.name).join(', ') })}` : '';
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.quadrant.explain') + unplaced}
      fileName={`${title} - ${view}`}
      table={{
        columns: [
          t('ui.charts.quadrant.typology'),
          t('ui.charts.quadrant.position'),
          data.basis === 'share' ? t('ui.charts.quadrant.share') : t('ui.charts.quadrant.shareByCount'),
          t('ui.charts.quadrant.leads'),
        ],
        rows: data.points.map((point) => [
          point.name,
          `${texts[point.behaviour]}, ${texts[point.certainty]}`,
          `${point.share}%`,
          point.leads.length === 0
            ? t('ui.charts.quadrant.noLeads')
            : point.leads.map((lead) => t('ui.charts.quadrant.leadsOf', { channel: lead.name, phases: lead.phases.join(', ') })).join('; '),
        ]),
      }}
    >
      {(width) => <QuadrantChart data={data} texts={texts} width={width} />}
    </ChartCard>
  );
}
