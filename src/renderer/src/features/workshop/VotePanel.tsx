import { useTranslation } from 'react-i18next';
import type { Catalog } from '@shared/domain/types';
import { resultsSlide, type WorkshopState } from '@shared/domain/workshop';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import { useCloseVote, useRevealVote, useSetSlide } from './mutations';
import { useVoteResults } from './queries';
import { VoteForm } from './VoteForm';
import { VoteResultsTable } from './VoteResultsTable';

/** The dot vote: open one, follow who voted, close it, reveal the totals, show them as the slide. */
export function VotePanel({ state, catalog }: { state: WorkshopState; catalog: Catalog }) {
  const { t } = useTranslation();
  const vote = state.vote;
  const close = useCloseVote();
  const reveal = useRevealVote();
  const status = vote?.session.status;
  const error = close.error ?? reveal.error;
  return (
    <section className="card workshop-vote" aria-labelledby="workshop-vote-title">
      <h2 id="workshop-vote-title" className="card__title">
        {t('ui.workshop.vote.heading')}
      </h2>
      {error && <Alert tone="error">{describeError(t, error)}</Alert>}
      {vote && (
        <div className="workshop-vote__current">
          <h3>{vote.session.title}</h3>
          <p role="status">{t(`ui.workshop.vote.status.${vote.session.status}`)}</p>
          <p>
            {t('ui.workshop.vote.progress', { voters: vote.voters, participants: state.participants.length, dots: vote.dotsCast })}
          </p>
          <div className="workshop-row">
            {status === 'open' && (
              <Button disabled={close.isPending} onClick={() => close.mutate({ id: vote.session.id })}>
                {t('ui.workshop.vote.close')}
              </Button>
            )}
            {status !== 'revealed' && (
              <Button variant="primary" disabled={reveal.isPending} onClick={() => reveal.mutate({ id: vote.session.id })}>
                {t('ui.workshop.vote.reveal')}
              </Button>
            )}
          </div>
          {status === 'revealed' && <Results id={vote.session.id} />}
        </div>
      )}
      {status !== 'open' && <VoteForm catalog={catalog} hasPrevious={vote !== null} />}
    </section>
  );
}

function Results({ id }: { id: string }) {
  const { t } = useTranslation();
  const results = useVoteResults(id);
  const setSlide = useSetSlide();
  const data = results.data;
  const show = () => {
    if (!data) return;
    const slide = resultsSlide(data);
    setSlide.mutate({ slide: { ...slide, title: t('ui.workshop.vote.resultsTitle', { title: data.session.title }) } });
  };
  return (
    <>
      <VoteResultsTable id={id} />
      <div>
        <Button onClick={show} disabled={setSlide.isPending || !data}>
          {t('ui.workshop.vote.showResults')}
        </Button>
      </div>
    </>
  );
}
