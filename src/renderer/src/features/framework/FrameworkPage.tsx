import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { FRAMEWORK_KINDS, itemsOf, sortByPosition } from './catalog';
import { CatalogSection } from './CatalogSection';
import { WorkspaceSettingsCard } from '../currency';
import { useCatalog } from './queries';
import './framework.css';

/** The framework: the workspace's own settings and one editable list per catalog kind. Every edit saves at once. */
export function FrameworkPage({ workspace }: { workspace: WorkspaceInfo }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const introId = useId();

  return (
    <div className="page framework" aria-describedby={introId}>
      <header className="page__header">
        <h1 className="page__title">{t('ui.framework.title')}</h1>
        <p id={introId} className="page__intro">
          {t('ui.framework.intro')} <span className="muted">{t('ui.framework.item.reorderHint')}</span>
        </p>
      </header>
      {catalog.isPending && <p className="muted">{t('ui.framework.loading')}</p>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {catalog.data && (
        <div className="framework__grid">
          <WorkspaceSettingsCard readOnly={workspace.readOnly} />
          {FRAMEWORK_KINDS.map((kind) => (
            <CatalogSection
              key={kind}
              kind={kind}
              items={sortByPosition(itemsOf(catalog.data, kind))}
              catalog={catalog.data}
              readOnly={workspace.readOnly}
            />
          ))}
        </div>
      )}
    </div>
  );
}
