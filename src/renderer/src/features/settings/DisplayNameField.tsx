import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DISPLAY_NAME_LENGTH } from '@shared/domain/types';
import { useNotices } from '../../components/Notices';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { useSetSettings } from './mutations';

/**
 * The name teammates see beside this laptop's changes. Saved when the field is
 * left or Enter is pressed (not on every key: each save renames this laptop for
 * the next sync); too long a name is said here and not saved.
 */
export function DisplayNameField({ saved }: { saved: string }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const save = useSetSettings();
  const [draft, setDraft] = useState(saved);
  const length = [...draft.trim()].length;
  const tooLong = length > MAX_DISPLAY_NAME_LENGTH ? t('ui.settings.displayNameTooLong', { max: MAX_DISPLAY_NAME_LENGTH, length }) : null;

  const commit = () => {
    const name = draft.replace(/\s+/g, ' ').trim();
    if (tooLong || name === saved) return;
    save.mutate({ displayName: name }, { onSuccess: () => notices.announce(t('ui.settings.displayNameSaved')), onError: (err) => notices.showError(describeError(t, err)) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  return (
    <TextField
      label={t('ui.settings.displayName')}
      hint={t('ui.settings.displayNameHint')}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
      error={tooLong}
      autoComplete="name"
    />
  );
}
