import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { InlineEditableText } from '../../components/InlineEditableText';
import { failureText, FieldRefusal } from '../profiles';
import { EditJourneyDialog } from './EditJourneyDialog';
import { useUpdateJourney } from './mutations';
import { nameProblem } from './nameCheck';
import { journeyHash } from './route';

interface JourneyHeaderProps {
  journey: Journey;
  catalog: Catalog;
  facts: { scenario: string; lens: string };
  readOnly: boolean;
  /** The journey's actions (draft, export, lanes). */
  children: ReactNode;
}

/** Back to the list, the journey's name (edited in place), its scenario and lens (changed in a dialog), and its actions. */
export function JourneyHeader({ journey, catalog, facts, readOnly, children }: JourneyHeaderProps) {
  const { t } = useTranslation();
  const update = useUpdateJourney();
  const [editing, setEditing] = useState(false);
  const rename = async (name: string) => {
    const problem = nameProblem(name);
    if (problem) throw new FieldRefusal(t(`ui.journeys.create.${problem.key}`, problem));
    await update.mutateAsync({ id: journey.id, patch: { name: name.trim() } });
  };
  return (
    <header className="journey-header">
      <a className="journey-header__back" href={journeyHash(null)}>
        ← {t('ui.journeys.backToList')}
      </a>
      <h1 className="page__title journey-header__title">
        <InlineEditableText
          value={journey.name}
          label={t('ui.journeys.meta.rename')}
          onCommit={rename}
          describeError={(err) => failureText(t, err)}
          disabled={readOnly}
        />
      </h1>
      <p className="journey-header__facts muted">
        {t('ui.journeys.meta.scenario', { name: facts.scenario })} · {t('ui.journeys.meta.lens', { name: facts.lens })}
        {!readOnly && (
          <Button size="small" variant="ghost" className="journey-header__edit" onClick={() => setEditing(true)}>
            {t('ui.journeys.edit.open')}
          </Button>
        )}
      </p>
      {editing && <EditJourneyDialog journey={journey} catalog={catalog} onClose={() => setEditing(false)} />}
      <div className="journey-toolbar" role="toolbar" aria-label={t('ui.journeys.toolbar.label')}>
        {children}
      </div>
    </header>
  );
}
