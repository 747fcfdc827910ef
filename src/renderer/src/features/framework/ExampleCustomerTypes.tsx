import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '@shared/domain/types';
import { isExampleKey } from '@shared/framework/example-customer-types';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { useAddExamples, useRemoveExamples } from './mutations';

/**
 * Below the customer types: on day one, an offer of three examples to work
 * with; while examples are left, one button that deletes them all. Both are
 * one undo step.
 */
export function ExampleCustomerTypes({ items, readOnly }: { items: readonly CatalogItem[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const add = useAddExamples();
  const remove = useRemoveExamples();
  const examples = items.filter((item) => isExampleKey(item.key)).length;
  if (readOnly || (items.length > 0 && examples === 0)) return null;

  const run = async (mutation: typeof add, done: (count: number) => string) => {
    try {
      notices.announce(done(await mutation.mutateAsync({})));
    } catch (err) {
      notices.showError(describeError(t, err));
    }
  };

  if (items.length === 0) {
    return (
      <div className="catalog-examples">
        <p className="muted">{t('ui.framework.examples.intro')}</p>
        <Button
          size="small"
          disabled={add.isPending}
          onClick={() => void run(add, (count) => (count === 0 ? t('ui.framework.examples.none') : t('ui.framework.examples.added', { count })))}
        >
          {t('ui.framework.examples.add')}
        </Button>
      </div>
    );
  }
  return (
    <div className="catalog-examples">
      <Button
        size="small"
        variant="ghost"
        className="btn--danger-ghost"
        disabled={remove.isPending}
        onClick={() => void run(remove, (count) => t('ui.framework.examples.removed', { count }))}
      >
        {t('ui.framework.examples.remove', { count: examples })}
      </Button>
    </div>
  );
}
