import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CatalogItem } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useCommand } from '../../commands/CommandsProvider';
import { ChannelEditor } from './ChannelEditor';
import { CustomerTypeEditor } from './CustomerTypeEditor';
import { DescriptionEditor } from './DescriptionEditor';
import { editorTitle } from './labels';
import { ProductDomainEditor } from './ProductDomainEditor';
import { TypologyEditor } from './TypologyEditor';
import './profiles.css';

interface ProfileEditorProps {
  item: CatalogItem;
  catalog: Catalog;
  readOnly: boolean;
  onClose: () => void;
}

/**
 * The details of one framework item in a modal dialog named "<kind>: <name>".
 * There is no Save button: each field saves when it is committed, as one undo
 * step, and Undo is offered right here because the app's own is behind the modal.
 */
export function ProfileEditor({ item, catalog, readOnly, onClose }: ProfileEditorProps) {
  const { t } = useTranslation();
  const nameRef = useRef<HTMLInputElement>(null);
  const undo = useCommand('edit.undo');
  const wide = item.kind === 'customerType' || item.kind === 'channel';
  const props = { disabled: readOnly, nameRef };

  return (
    <Dialog
      title={editorTitle(t, item)}
      onClose={onClose}
      initialFocus={nameRef}
      className={wide ? 'profile-editor profile-editor--wide' : 'profile-editor'}
      footer={
        <>
          <p className="profile-editor__note">{t(readOnly ? 'ui.profiles.editor.readOnly' : 'ui.profiles.editor.savedAsYouGo')}</p>
          <Button icon="undo" title={undo.detail} disabled={readOnly || !undo.enabled} onClick={() => undo.run()}>
            {t('ui.profiles.editor.undo')}
          </Button>
          <Button variant="primary" onClick={onClose}>
            {t('ui.profiles.editor.done')}
          </Button>
        </>
      }
    >
      {item.kind === 'customerType' && <CustomerTypeEditor item={item} catalog={catalog} {...props} />}
      {item.kind === 'channel' && <ChannelEditor item={item} {...props} />}
      {item.kind === 'typology' && <TypologyEditor item={item} {...props} />}
      {item.kind === 'productDomain' && <ProductDomainEditor item={item} {...props} />}
      {(item.kind === 'phase' || item.kind === 'scenario') && <DescriptionEditor item={item} {...props} />}
    </Dialog>
  );
}
