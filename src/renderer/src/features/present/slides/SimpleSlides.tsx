import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { sortByPosition } from '../../framework';
import { useScenarioCells } from '../../matrix';
import { useFindings } from '../../findings';
import { SlideBody } from '../fit/SlideBody';

const visible = <T extends { hidden: boolean; position: string; id: string }>(items: readonly T[]): T[] => sortByPosition(items).filter((i) => !i.hidden);

export function TitleSlide({ catalog, journeys }: { catalog: Catalog; journeys: readonly Journey[] }) {
  const { t } = useTranslation();
  return (
    <SlideBody>
    <p className="present-slide__lead">
      {t('ui.present.titleSlide.facts', {
        scenarios: visible(catalog.scenarios).length,
        phases: visible(catalog.phases).length,
        channels: visible(catalog.channels).length,
        journeys: journeys.length,
      })}
    </p>
    </SlideBody>
  );
}

export function TextSlide({ body }: { body: string }) {
  return (
    <SlideBody min={0.5} max={1.25}>
      <div className="present-slide__text">{body}</div>
    </SlideBody>
  );
}

/** The closing slide: the lead channel(s) of every phase in the first scenario, and how many findings are open. */
export function SummarySlide({ catalog, scenarioId }: { catalog: Catalog; scenarioId: string | null }) {
  const { t } = useTranslation();
  const cells = useScenarioCells(scenarioId);
  const phases = useMemo(() => visible(catalog.phases), [catalog.phases]);
  const channels = useMemo(() => visible(catalog.channels), [catalog.channels]);
  const leads = useMemo(() => {
    const matrix = effectiveMatrix(cells.data ?? [], { kind: 'all' });
    return phases.map((phase) => ({
      phase,
      channels: channels.filter((c) => matrix.get(cellKey(phase.id, c.id))?.role === 3).map((c) => c.name),
    }));
  }, [cells.data, phases, channels]);
  if (scenarioId === null) return <SlideBody><p className="present-slide__lead">{t('ui.present.summary.noScenario')}</p></SlideBody>;
  const scenario = catalog.scenarios.find((s) => s.id === scenarioId)?.name ?? '';
  return (
    <SlideBody min={0.6}>
      <h3 className="present-slide__subhead">{t('ui.present.summary.leads', { scenario })}</h3>
      <dl className="present-summary">
        {leads.map(({ phase, channels: names }) => (
          <div key={phase.id} className="present-summary__row">
            <dt>{phase.name}</dt>
            <dd>{names.length > 0 ? names.join(', ') : t('ui.present.summary.noLead')}</dd>
          </div>
        ))}
      </dl>
      <FindingsCount catalog={catalog} scenarioId={scenarioId} />
    </SlideBody>
  );
}

function FindingsCount({ catalog, scenarioId }: { catalog: Catalog; scenarioId: string }) {
  const { t } = useTranslation();
  const { findings } = useFindings(catalog, scenarioId, 'default');
  if (!findings) return null;
  return <p className="present-slide__more">{t('ui.present.summary.findings', { count: findings.length })}</p>;
}
