import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { useCatalog } from '../framework';
import type { PageProps } from '../workspace';
import { useWorkshopState } from './queries';
import { JoinScreen } from './JoinScreen';
import { PastVotes } from './PastVotes';
import { ShareDetails, SharePanel } from './SharePanel';
import { SlidePanel } from './SlidePanel';
import { TimerPanel } from './TimerPanel';
import { VotePanel } from './VotePanel';
import './workshop.css';

/** The facilitator's workshop panel: sharing, the shared slide, the dot vote and the timer. */
export function WorkshopPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const state = useWorkshopState();
  const catalog = useCatalog();
  const [joinShown, setJoinShown] = useState(false);
  return (
    <div className="page workshop-page">
      <header className="page__header">
        <h1 className="page__title">{t('ui.workshop.title')}</h1>
        <p className="muted">{t('ui.workshop.intro')}</p>
      </header>
      {state.isPending && <p className="muted">{t('ui.workshop.loading')}</p>}
      {state.isError && <Alert tone="error">{describeError(t, state.error)}</Alert>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {state.data && (
        <div className="workshop-grid">
          <SharePanel state={state.data} readOnly={workspace.readOnly} onShowJoin={() => setJoinShown(true)} />
          {state.data.sharing && catalog.data && (
            <>
              <VotePanel state={state.data} catalog={catalog.data} />
              <TimerPanel timer={state.data.timer} />
              <SlidePanel slide={state.data.slide} catalog={catalog.data} />
              <ShareDetails state={state.data} />
            </>
          )}
          {!state.data.sharing && <PastVotes />}
        </div>
      )}
      {joinShown && state.data?.sharing && catalog.data && <JoinScreen catalog={catalog.data} onClose={() => setJoinShown(false)} />}
    </div>
  );
}
