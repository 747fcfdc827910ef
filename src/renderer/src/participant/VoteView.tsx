import type { ParticipantVote } from '@shared/domain/workshop';
import type { T } from './text';

/** The open vote: a row per item with its dots and buttons to place and remove one. */
export function VoteView({ vote, t, onChange }: { vote: ParticipantVote; t: T; onChange: (item: string, delta: 1 | -1) => void }) {
  const open = vote.status === 'open';
  return (
    <section className="pp__card" aria-labelledby="pp-vote-title">
      <h2 id="pp-vote-title" className="pp__title">
        {t('voteHeading', { title: vote.title })}
      </h2>
      {open && (
        <p className="pp__dots-left" role="status">
          {t('dotsLeft_plural', { count: vote.dotsLeft })}
        </p>
      )}
      {vote.status === 'closed' && <p className="pp__muted">{t('closed')}</p>}
      {vote.status === 'revealed' && <p className="pp__muted">{t('revealed')}</p>}
      <ul className="pp__items">
        {vote.items.map((item) => {
          const mine = vote.myDots[item.key] ?? 0;
          const total = vote.totals?.[item.key];
          return (
            <li key={item.key} className="pp__item">
              <span className="pp__item-label">{item.label}</span>
              <span className="pp__item-dots" aria-hidden="true">
                {'●'.repeat(mine)}
              </span>
              <span className="pp__item-count">{t('mine', { count: mine })}</span>
              {total !== undefined && <strong className="pp__item-total">{t('total', { count: total })}</strong>}
              {open && (
                <span className="pp__item-actions">
                  <button
                    type="button"
                    className="pp__button"
                    aria-label={t('remove', { label: item.label })}
                    disabled={mine === 0}
                    onClick={() => onChange(item.key, -1)}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    className="pp__button pp__button--primary"
                    aria-label={t('place', { label: item.label })}
                    disabled={vote.dotsLeft === 0}
                    onClick={() => onChange(item.key, 1)}
                  >
                    +
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
