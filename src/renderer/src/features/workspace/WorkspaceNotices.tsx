import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@shared/domain/types';
import { Alert } from '../../components/Alert';

/** The read-only banner and any remarks the core made while opening the file. */
export function WorkspaceNotices({ workspace }: { workspace: WorkspaceInfo }) {
  const { t } = useTranslation();
  const reason = workspace.readOnlyReason ?? 'requested';
  return (
    <>
      {workspace.readOnly && (
        <div className="read-only-banner" role="status">
          <strong>{t('ui.workspace.readOnly.title')}</strong> {t(`ui.workspace.readOnly.${reason}`)}
        </div>
      )}
      {workspace.warnings.length > 0 && (
        <Alert tone="warning" title={t('ui.workspace.warningsTitle')} className="workspace-warnings">
          <ul>
            {workspace.warnings.map((warning) => (
              <li key={warning}>{t(`ui.workspace.warnings.${warning}`, { defaultValue: warning })}</li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}
