/** The cards about customer types and typologies: the profile radar and the typology quadrant. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileData } from '@shared/analysis/charts/profile';
import type { QuadrantData } from '@shared/analysis/charts/quadrant';
import { CHARTS } from '@shared/analysis/charts/registry';
import { quadrantTexts, readingText } from '@shared/analysis/charts/views';
import { ChartCard } from './ChartCard';
import { ProfileRadar } from './ProfileRadar';
import { QuadrantChart } from './QuadrantChart';
import { useChartTexts } from './useChartTexts';

export function ProfileCard({ data, view, controls }: { data: ProfileData; view: string; controls: ReactNode }) {
  const { t } = useTranslation();
  const texts = useChartTexts(t);
  const title = t('ui.charts.profile.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.profile.explain')}
      fileName={`${title} - ${view}`}
      controls={controls}
      legend={CHARTS.profile.legend(data, texts)}
      table={() => CHARTS.profile.table(data, texts)}
    >
      {(width) => <ProfileRadar data={data} width={width} />}
    </ChartCard>
  );
}

export function QuadrantCard({ data, view }: { data: QuadrantData; view: string }) {
  const { t } = useTranslation();
  const chartTexts = useChartTexts(t);
  const title = t('ui.charts.quadrant.title');
  const texts = quadrantTexts(t);
  const unplaced = data.unplaced.length > 0 ? ` ${t('ui.charts.quadrant.unplaced', { names: data.unplaced.map((u) => u.name).join(', ') })}` : '';
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.quadrant.explain') + unplaced}
      fileName={`${title} - ${view}`}
      table={() => CHARTS.quadrant.table(data, chartTexts)}
    >
      {(width) => <QuadrantChart data={data} texts={texts} width={width} />}
    </ChartCard>
  );
}
