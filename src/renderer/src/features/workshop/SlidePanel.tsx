import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import type { SharedSlide } from '@shared/domain/workshop';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework';
import { LensSelect, lensName } from '../matrix';
import { useSetSlide } from './mutations';
import { ScenarioSelect } from './ScenarioSelect';
import { matrixSlide } from './slides';

/** What the participants see: for now a scenario's matrix in one lens, as a read-only table. */
export function SlidePanel({ slide, catalog }: { slide: SharedSlide | null; catalog: Catalog }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const setSlide = useSetSlide();
  const scenarios = sortByPosition(catalog.scenarios);
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [lens, setLens] = useState<Lens>({ kind: 'all' });
  const [error, setError] = useState<unknown>(null);

  const share = async () => {
    setError(null);
    try {
      const cells = await unwrap(client.call('matrix.get', { scenarioId, lens }));
      const phases = sortByPosition(catalog.phases).filter((p) => !p.hidden);
      const channels = sortByPosition(catalog.channels).filter((c) => !c.hidden);
      const scenario = scenarios.find((s) => s.id === scenarioId)?.name ?? '';
      const texts = {
        title: t('ui.workshop.slide.matrixTitle', { scenario, lens: lensName(catalog, lens, t('ui.matrix.lens.all')) }),
        subtitle: '',
        corner: t('ui.workshop.slide.phaseChannel'),
        roles: { 0: t('ui.matrix.roles.0'), 1: t('ui.matrix.roles.1'), 2: t('ui.matrix.roles.2'), 3: t('ui.matrix.roles.3') },
      };
      await setSlide.mutateAsync({ slide: matrixSlide(cells, lens, phases, channels, texts) });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card workshop-slide" aria-labelledby="workshop-slide-title">
      <h2 id="workshop-slide-title" className="card__title">
        {t('ui.workshop.slide.heading')}
      </h2>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      <p className={slide ? undefined : 'muted'}>
        {slide ? t('ui.workshop.slide.showing', { title: slide.title }) : t('ui.workshop.slide.none')}
      </p>
      <div className="workshop-row">
        <ScenarioSelect scenarios={scenarios} value={scenarioId} onChange={setScenarioId} />
        <LensSelect catalog={catalog} value={lens} onChange={setLens} />
      </div>
      <div className="workshop-row">
        <Button variant="primary" disabled={!scenarioId || setSlide.isPending} onClick={() => void share()}>
          {t('ui.workshop.slide.shareMatrix')}
        </Button>
        {slide && <Button onClick={() => setSlide.mutate({ slide: null })}>{t('ui.workshop.slide.clear')}</Button>}
      </div>
    </section>
  );
}
