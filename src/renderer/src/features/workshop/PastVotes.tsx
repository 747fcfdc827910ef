import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VoteSession } from '@shared/domain/workshop';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { workshopKeys } from './queries';
import { VoteResultsTable } from './VoteResultsTable';

/**
 * Revealed votes stay readable once sharing has stopped: the newest open, the
 * older ones a click away. Totals never revealed are not shown.
 */
export function PastVotes() {
  const { t } = useTranslation();
  const client = useApiClient();
  const votes = useQuery({
    queryKey: workshopKeys.list(),
    queryFn: (): Promise<VoteSession[]> => unwrap(client.call('votes.list', {})),
  });
  const revealed = (votes.data ?? []).filter((v) => v.status === 'revealed');
  if (revealed.length === 0) return null;
  return (
    <section className="card workshop-vote" aria-labelledby="workshop-past-title">
      <h2 id="workshop-past-title" className="card__title">
        {t('ui.workshop.vote.past')}
      </h2>
      {revealed.map((vote, i) => (
        <details key={vote.id} className="workshop-past" open={i === 0}>
          <summary>{vote.title}</summary>
          <VoteResultsTable id={vote.id} />
        </details>
      ))}
    </section>
  );
}
