import { useTranslation } from 'react-i18next';
import { placedTotals } from '@shared/domain/workshop';
import { Alert } from '../../../components/Alert';
import { describeError } from '../../../i18n/errorText';
import { useVoteResults } from '../../workshop/queries';
import './votes-slide.css';

/** How many items fit on a slide readable from the back of the room. */
const MAX_SHOWN = 10;

/**
 * A revealed dot vote, most dots first, each item with a bar as long as its
 * share of the leader's dots. Totals that were never revealed are not shown:
 * the facilitator decides when the room sees them.
 */
export function VotesSlide({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const results = useVoteResults(voteId);
  if (results.isError) return <Alert tone="error">{describeError(t, results.error)}</Alert>;
  if (!results.data) return null;
  const { session, voters } = results.data;
  if (session.status !== 'revealed') return <p className="present-slide__lead">{t('ui.present.votes.hidden')}</p>;
  const placed = placedTotals(results.data);
  if (placed.length === 0) return <p className="present-slide__lead">{t('ui.present.votes.none')}</p>;
  const shown = placed.slice(0, MAX_SHOWN);
  const most = shown[0]!.dots;
  return (
    <>
      <p className="present-slide__lead">{t('ui.present.votes.voters', { count: voters })}</p>
      <ol className="present-votes" aria-label={t('ui.present.votes.list')}>
        {shown.map((total) => (
          <li key={`${total.kind}:${total.id}`} className="present-votes__item">
            <span className="present-votes__label">{total.label}</span>
            <span className="present-votes__bar" aria-hidden="true">
              <span className="present-votes__fill" style={{ inlineSize: `${(total.dots / most) * 100}%` }} />
            </span>
            <span className="present-votes__dots">{t('ui.present.votes.dots', { count: total.dots })}</span>
          </li>
        ))}
      </ol>
      {placed.length > shown.length && <p className="present-slide__more">{t('ui.present.votes.more', { count: placed.length - shown.length })}</p>}
    </>
  );
}
