import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import type { PageProps } from '../workspace';
import { JourneyList } from './JourneyList';
import { JourneyView } from './JourneyView';
import { useCatalog } from './queries';
import { useJourneyRoute } from './useJourneyRoute';
import './journeys.css';

/** The journeys: a list, or one journey's map when the URL names it. */
export function JourneysPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const [journeyId, openJourney] = useJourneyRoute();
  return (
    <div className="page journeys-page">
      {catalog.isPending && <p className="muted">{t('ui.journeys.loading')}</p>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {catalog.data &&
        (journeyId ? (
          <JourneyView key={journeyId} id={journeyId} catalog={catalog.data} readOnly={workspace.readOnly} />
        ) : (
          <JourneyList catalog={catalog.data} readOnly={workspace.readOnly} onOpen={openJourney} />
        ))}
    </div>
  );
}
