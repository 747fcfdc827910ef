import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../i18n/format';
import { translateError } from '../../i18n/errorText';
import { backupsOf } from './backups';

interface OpenErrorAlertProps {
  error: ApiError;
  onRecover: (backupPath: string) => void;
  recovering: boolean;
  onDismiss: () => void;
}

/** Why a workspace did not open; for a damaged one, the way back through its newest backup. */
export function OpenErrorAlert({ error, onRecover, recovering, onDismiss }: OpenErrorAlertProps) {
  const { t, i18n } = useTranslation();
  const newest = backupsOf(error)[0];
  const reason = newest
    ? t(`ui.start.backupReasons.${newest.reason}`, { defaultValue: newest.reason })
    : '';
  return (
    <Alert
      tone="error"
      title={t('ui.start.error.title')}
      onDismiss={onDismiss}
      className="start__error"
      actions={
        newest && (
          <Button variant="primary" icon="restore" onClick={() => onRecover(newest.path)} disabled={recovering}>
            {t('ui.start.error.recoverAction')}
          </Button>
        )
      }
    >
      <p>{translateError(t, error)}</p>
      {error.code === 'WORKSPACE_CORRUPT' &&
        (newest ? (
          <>
            <p>{t('ui.start.error.recoverIntro', { date: formatDateTime(i18n.language, newest.createdAt), reason })}</p>
            <p className="muted">{t('ui.start.error.recoverHint')}</p>
          </>
        ) : (
          <p>{t('ui.start.error.noBackups')}</p>
        ))}
    </Alert>
  );
}
