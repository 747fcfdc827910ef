import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { SelectField } from '../profiles';
import { useSetCurrency } from './mutations';
import { currencyOptions } from './options';
import { useWorkspaceSettings } from './queries';

/**
 * The workspace's own settings on the framework page: the currency every
 * money figure is written in (economics, channel costs, report, deck,
 * workbook). Choosing one saves it at once, as one undoable step.
 */
export function WorkspaceSettingsCard({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const settings = useWorkspaceSettings();
  const setCurrency = useSetCurrency();
  const current = setCurrency.isPending ? setCurrency.variables.currency : settings.data?.currency;
  const options = useMemo(() => (current ? currencyOptions(i18n.language, current) : []), [i18n.language, current]);

  return (
    <section className="card workspace-settings" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('ui.framework.settings.title')}
      </h2>
      {settings.isError && <Alert tone="error">{describeError(t, settings.error)}</Alert>}
      {current && (
        <SelectField
          label={t('ui.framework.settings.currency')}
          hint={t('ui.framework.settings.currencyHint')}
          value={current}
          options={options}
          disabled={readOnly || setCurrency.isPending}
          error={setCurrency.isError ? describeError(t, setCurrency.error) : null}
          onChange={(currency) => setCurrency.mutate({ currency })}
        />
      )}
    </section>
  );
}
