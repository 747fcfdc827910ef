import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopParticipant } from '@shared/domain/workshop';
import { Button } from '../../components/Button';

/** Who has joined, by name, only when asked for: with 40 people the list is long. */
export function Participants({ participants }: { participants: readonly WorkshopParticipant[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="workshop-participants">
      {participants.length > 0 && (
        <Button size="small" variant="ghost" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? t('ui.workshop.participants.hideNames') : t('ui.workshop.participants.showNames')}
        </Button>
      )}
      <ul id={listId} hidden={!open} aria-label={t('ui.workshop.participants.heading', { count: participants.length })}>
        {participants.map((p) => (
          <li key={p.id}>
            <span>{p.displayName}</span>{' '}
            <span className={p.dots > 0 ? 'workshop-participants__voted' : 'muted'}>
              {p.dots > 0 ? t('ui.workshop.participants.voted', { count: p.dots }) : t('ui.workshop.participants.notVoted')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
