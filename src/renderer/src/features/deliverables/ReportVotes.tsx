/**
 * The dot votes in the report. Only revealed votes: totals the facilitator
 * kept hidden from the room stay out of the handout too.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VoteResults, VoteSession } from '@shared/domain/workshop';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { workshopKeys } from '../workshop/queries';

/** The revealed votes with their totals, newest first; null while loading. */
export function useRevealedVotes(): VoteResults[] | null {
  const client = useApiClient();
  const list = useQuery({
    queryKey: [...queryKeys.ws.votes(), 'list'] as const,
    queryFn: (): Promise<VoteSession[]> => unwrap(client.call('votes.list', {})),
  });
  const revealed = (list.data ?? []).filter((s) => s.status === 'revealed');
  const results = useQueries({
    queries: revealed.map((session) => ({
      queryKey: workshopKeys.results(session.id),
      queryFn: (): Promise<VoteResults> => unwrap(client.call('votes.results', { id: session.id })),
    })),
  });
  if (!list.data || results.some((r) => !r.data)) return null;
  return results.flatMap((r) => (r.data ? [r.data] : []));
}

/** One revealed vote: its items by dots, with how many people voted for each. */
function VoteTable({ vote }: { vote: VoteResults }) {
  const { t } = useTranslation();
  if (vote.totals.length === 0) {
    return (
      <p className="report__votes">
        <strong>{vote.session.title}</strong>: {t('ui.deliverables.report.noDots')}
      </p>
    );
  }
  return (
    <table className="report__votes">
      <caption>{t('ui.deliverables.report.voteCaption', { title: vote.session.title, voters: vote.voters, dots: vote.dotsCast })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.deliverables.columns.item')}</th>
          <th scope="col">{t('ui.deliverables.columns.dots')}</th>
          <th scope="col">{t('ui.deliverables.columns.voters')}</th>
        </tr>
      </thead>
      <tbody>
        {vote.totals.map((total) => (
          <tr key={`${total.kind}:${total.id}`}>
            <th scope="row">{total.label}</th>
            <td className="report__num">{total.dots}</td>
            <td className="report__num">{total.voters}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function VotesSection({ votes }: { votes: readonly VoteResults[] }) {
  return (
    <>
      {votes.map((vote) => (
        <VoteTable key={vote.session.id} vote={vote} />
      ))}
    </>
  );
}
