import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';

export type Via = 'folder' | 'server';

export interface TargetValues {
  via: Via;
  folder: string;
  url: string;
  user: string;
  password: string;
}

export const EMPTY_TARGET: TargetValues = { via: 'folder', folder: '', url: '', user: '', password: '' };

export type TargetField = 'folder' | 'url' | 'user' | 'password';

/** The first field a form may not be sent without, or null. */
export function missingField(values: TargetValues): TargetField | null {
  if (values.via === 'folder') return values.folder.trim() === '' ? 'folder' : null;
  if (values.url.trim() === '') return 'url';
  if (values.user.trim() === '') return 'user';
  return values.password === '' ? 'password' : null;
}

/** Puts focus on the first required field left empty (the messages under them appear with the next render). */
export function focusFirstEmpty(form: HTMLFormElement): void {
  [...form.querySelectorAll<HTMLInputElement>('input[required]')].find((input) => input.value.trim() === '')?.focus();
}

interface TargetFieldsProps {
  values: TargetValues;
  onChange: (values: TargetValues) => void;
  /** Shown once the form was sent: the empty fields say so. */
  showMissing: boolean;
}

/** Where a team's changes meet: a shared folder (its path), or a CouchDB database (its address and the account that signs in). */
export function TargetFields({ values, onChange, showMissing }: TargetFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<TargetValues>) => onChange({ ...values, ...patch });
  const missing = (field: TargetField, text: string) => (showMissing && (field === 'password' ? values[field] === '' : values[field].trim() === '') ? text : null);
  return (
    <>
      <RadioGroup
        legend={t('ui.sync.via.legend')}
        value={values.via}
        inline
        options={[
          { value: 'folder', label: t('ui.sync.panel.modes.folder') },
          { value: 'server', label: t('ui.sync.panel.modes.server') },
        ]}
        onChange={(via) => set({ via })}
      />
      {values.via === 'folder' ? (
        <TextField
          label={t('ui.sync.share.folder')}
          hint={t('ui.sync.share.folderHint')}
          value={values.folder}
          onChange={(event) => set({ folder: event.target.value })}
          error={missing('folder', t('ui.sync.share.folderEmpty'))}
          required
        />
      ) : (
        <>
          <TextField
            label={t('ui.sync.via.url')}
            hint={t('ui.sync.via.urlHint')}
            value={values.url}
            onChange={(event) => set({ url: event.target.value })}
            error={missing('url', t('ui.sync.via.urlEmpty'))}
            inputMode="url"
            required
          />
          <TextField
            label={t('ui.sync.via.user')}
            value={values.user}
            onChange={(event) => set({ user: event.target.value })}
            error={missing('user', t('ui.sync.via.userEmpty'))}
            autoComplete="username"
            required
          />
          <TextField
            label={t('ui.sync.via.password')}
            hint={t('ui.sync.via.passwordHint')}
            type="password"
            value={values.password}
            onChange={(event) => set({ password: event.target.value })}
            error={missing('password', t('ui.sync.via.passwordEmpty'))}
            autoComplete="current-password"
            required
          />
        </>
      )}
    </>
  );
}
