import type { TFunction } from 'i18next';
import type { Channel } from '@shared/domain/types';
import { EVIDENCE_MARKS } from '../matrix';
import { formatEmotion } from './EmotionFace';
import type { MapColumn } from './layout';
import { columnName } from './PhaseColumn';
import { LANES } from './StepLanes';
import type { ExportColumn } from './svgLayout';

/** The map's columns as the export rendition writes them, in the user's language. */
export function exportColumns(columns: readonly MapColumn[], channels: ReadonlyMap<string, Channel>, t: TFunction, withLanes: boolean): ExportColumn[] {
  return columns.map((column) => ({
    name: columnName(column, t),
    steps: column.steps.map((step) => {
      const warnings = [
        step.phaseMissing ? t('ui.journeys.map.phaseMissing') : null,
        step.channelMissing ? t('ui.journeys.map.channelMissing') : null,
      ].filter((w): w is string => w !== null);
      return {
        title: step.title.trim() || t('ui.journeys.map.untitled'),
        channel: (step.channelId && channels.get(step.channelId)?.name) || t('ui.journeys.map.noChannel'),
        emotion: step.emotion === null ? null : t('ui.journeys.map.emotion', { value: formatEmotion(step.emotion) }),
        marks: [step.momentOfTruth ? `★ ${t('ui.journeys.map.momentOfTruth')}` : '', step.evidence ? `${EVIDENCE_MARKS[step.evidence]} ${t(`ui.matrix.evidence.${step.evidence}`)}` : '']
          .filter(Boolean)
          .join('  '),
        warning: warnings.length > 0 ? warnings.join(' ') : null,
        lanes: withLanes ? LANES.filter((lane) => step[lane].trim() !== '').map((lane) => ({ label: t(`ui.journeys.lanes.${lane}`), text: step[lane] })) : [],
      };
    }),
  }));
}
