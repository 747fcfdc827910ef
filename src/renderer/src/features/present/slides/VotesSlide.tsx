import { useTranslation } from 'react-i18next';
import { placedTotals } from '@shared/domain/workshop';
import { Alert } from '../../../components/Alert';
import { describeError } from '../../../i18n/errorText';
import { useVoteResults } from '../../workshop';
import { SlideBody } from '../fit/SlideBody';
import './votes-slide.css';

/**
 * A revealed dot vote, most dots first, each item with a bar as long as its
 * share of the leader's dots. Totals that were never revealed are not shown:
 * the facilitator decides when the room sees them.
 */
export function VotesSlide({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const results = useVoteResults(voteId);
  if (results.isError) return <SlideBody><Alert tone="error">{describeError(t, results.error)}</Alert></SlideBody>;
  if (!results.data) return null;
  const { session, voters } = results.data;
  if (session.status !== 'revealed') return <SlideBody><p className="present-slide__lead">{t('ui.present.votes.hidden')}</p></SlideBody>;
  const placed = placedTotals(results.data);
  if (placed.length === 0) return <SlideBody><p className="present-slide__lead">{t('ui.present.votes.none')}</p></SlideBody>;
  const most = placed[0]!.dots;
  return (
    <SlideBody min={0.7} leftOut={(count) => t('ui.present.votes.more', { count })}>
      <p className="present-slide__lead">{t('ui.present.votes.voters', { count: voters })}</p>
      <ol className="present-votes" aria-label={t('ui.present.votes.list')}>
        {placed.map((total) => (
          <li key={`${total.kind}:${total.id}`} className="present-votes__item" data-fit-item="">
            <span className="present-votes__label">{total.label}</span>
            <span className="present-votes__bar" aria-hidden="true">
              <span className="present-votes__fill" style={{ inlineSize: `${(total.dots / most) * 100}%` }} />
            </span>
            <span className="present-votes__dots">{t('ui.present.votes.dots', { count: total.dots })}</span>
          </li>
        ))}
      </ol>
    </SlideBody>
  );
}
