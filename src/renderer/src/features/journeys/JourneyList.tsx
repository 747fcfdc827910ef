import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework';
import { useUndo } from '../history';
import { CreateJourneyDialog } from './CreateJourneyDialog';
import { DuplicateJourneyDialog } from './DuplicateJourneyDialog';
import { journeyFacts } from './lens';
import { useDeleteJourney } from './mutations';
import { useJourneys } from './queries';
import { journeyHash } from './route';

interface JourneyListProps {
  catalog: Catalog;
  readOnly: boolean;
  onOpen: (id: string) => void;
}

/** Every journey with its scenario, lens and size; create, duplicate, and delete with an Undo at hand. */
export function JourneyList({ catalog, readOnly, onOpen }: JourneyListProps) {
  const { t } = useTranslation();
  const journeys = useJourneys();
  const notices = useNotices();
  const remove = useDeleteJourney();
  const undo = useUndo();
  const [creating, setCreating] = useState(false);
  const [duplicating, setDuplicating] = useState<Journey | null>(null);
  const [deleted, setDeleted] = useState<Journey | null>(null);
  const allName = t('ui.journeys.meta.allCustomers');

  const onDelete = async (journey: Journey) => {
    try {
      await remove.mutateAsync({ id: journey.id });
      setDeleted(journey);
      notices.announce(t('ui.journeys.list.deleted', { name: journey.name }));
    } catch (err) {
      notices.showError(t('ui.journeys.messages.saveFailed', { reason: describeError(t, err) }));
    }
  };
  const onUndo = async () => {
    if (!deleted) return;
    try {
      await undo.mutateAsync({});
      notices.announce(t('ui.journeys.list.undone', { name: deleted.name }));
      setDeleted(null);
    } catch (err) {
      notices.showError(describeError(t, err));
    }
  };

  return (
    <>
      <div className="journeys-head">
        <h1 className="page__title">{t('ui.journeys.title')}</h1>
        <Button variant="primary" icon="plus" disabled={readOnly || catalog.scenarios.length === 0} onClick={() => setCreating(true)}>
          {t('ui.journeys.create.button')}
        </Button>
      </div>
      <p className="muted journeys-intro">{catalog.scenarios.length === 0 ? t('ui.journeys.noScenarios') : t('ui.journeys.intro')}</p>
      {deleted && (
        <Alert
          tone="info"
          onDismiss={() => setDeleted(null)}
          actions={
            <Button size="small" icon="undo" disabled={undo.isPending} onClick={() => void onUndo()}>
              {t('ui.journeys.list.undo')}
            </Button>
          }
        >
          {t('ui.journeys.list.deleted', { name: deleted.name })}
        </Alert>
      )}
      {journeys.isPending && <p className="muted">{t('ui.journeys.loading')}</p>}
      {journeys.isError && <Alert tone="error">{describeError(t, journeys.error)}</Alert>}
      {journeys.data && journeys.data.length === 0 && <p className="journeys-empty">{t('ui.journeys.empty')}</p>}
      {journeys.data && journeys.data.length > 0 && (
        <ul className="journey-list" aria-label={t('ui.journeys.list.label')}>
          {sortByPosition(journeys.data).map((journey) => {
            const facts = journeyFacts(catalog, journey, allName);
            return (
              <li key={journey.id} className="journey-list__item">
                <div className="journey-list__main">
                  <a className="journey-list__name" href={journeyHash(journey.id)}>
                    {journey.name}
                  </a>
                  <p className="journey-list__facts muted">
                    {t('ui.journeys.meta.scenario', { name: facts.scenario })} · {t('ui.journeys.meta.lens', { name: facts.lens })} ·{' '}
                    {t('ui.journeys.list.steps', { count: journey.stepCount })}
                  </p>
                </div>
                <div className="journey-list__actions">
                  <Button
                    size="small"
                    disabled={readOnly}
                    aria-label={t('ui.journeys.list.duplicate', { name: journey.name })}
                    onClick={() => setDuplicating(journey)}
                  >
                    {t('ui.journeys.duplicate.submit')}
                  </Button>
                  <Button
                    size="small"
                    variant="ghost"
                    icon="trash"
                    iconOnly
                    label={t('ui.journeys.list.delete', { name: journey.name })}
                    disabled={readOnly || remove.isPending}
                    onClick={() => void onDelete(journey)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {creating && (
        <CreateJourneyDialog
          catalog={catalog}
          onClose={() => setCreating(false)}
          onCreated={(journey) => {
            setCreating(false);
            onOpen(journey.id);
          }}
        />
      )}
      {duplicating && (
        <DuplicateJourneyDialog
          catalog={catalog}
          journey={duplicating}
          onClose={() => setDuplicating(null)}
          onDuplicated={(journey) => {
            setDuplicating(null);
            onOpen(journey.id);
          }}
        />
      )}
    </>
  );
}
