import { useTranslation } from 'react-i18next';
import { customerValue } from '@shared/analysis/economics/customer-value';
import { FIELD_RULES } from '@shared/analysis/economics/rules';
import type { CustomerEconomics } from '@shared/analysis/economics/types';
import { EconomicsField } from './EconomicsField';
import type { Formats } from './format';
import { useCustomerPatch } from './mutations';
import { Result } from './Result';

interface SectionProps {
  inputs: CustomerEconomics;
  formats: Formats;
  readOnly: boolean;
}

/** KW = (T x A x P) - K: the four inputs, each explained, and the result with its formula. */
export function CustomerValueSection({ inputs, formats, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const save = useCustomerPatch(inputs.customerTypeId);
  const { money, number } = formats;
  const currency = { currency: formats.currency };
  return (
    <section className="econ-section" aria-labelledby="econ-kw">
      <h2 id="econ-kw" className="econ-section__title">
        {t('ui.economics.kw.title')}
      </h2>
      <p className="econ-section__intro muted">{t('ui.economics.kw.intro')}</p>
      <div className="econ-fields econ-fields--four">
        <EconomicsField label={t('ui.economics.kw.transactions')} hint={t('ui.economics.kw.transactionsHint')} value={inputs.transactions} rule={FIELD_RULES.transactions} disabled={readOnly} onCommit={(transactions) => save({ transactions })} />
        <EconomicsField label={t('ui.economics.kw.purchases')} hint={t('ui.economics.kw.purchasesHint')} value={inputs.purchasesPerTransaction} rule={FIELD_RULES.purchasesPerTransaction} disabled={readOnly} onCommit={(purchasesPerTransaction) => save({ purchasesPerTransaction })} />
        <EconomicsField label={t('ui.economics.kw.price')} hint={t('ui.economics.kw.priceHint', currency)} value={inputs.price} rule={FIELD_RULES.price} disabled={readOnly} onCommit={(price) => save({ price })} />
        <EconomicsField label={t('ui.economics.kw.acquisition')} hint={t('ui.economics.kw.acquisitionHint', currency)} value={inputs.acquisitionCost} rule={FIELD_RULES.acquisitionCost} disabled={readOnly} onCommit={(acquisitionCost) => save({ acquisitionCost })} />
      </div>
      <Result
        name={t('ui.economics.kw.short')}
        outcome={customerValue(inputs)}
        formula={t('ui.economics.kw.formulaText')}
        filled={() => `(${number(inputs.transactions!)} × ${number(inputs.purchasesPerTransaction!)} × ${money(inputs.price!)}) − ${money(inputs.acquisitionCost!)}`}
        show={(value) => money(value.value)}
        note={(value) => (value.value < 0 ? <p className="econ-result__note">{t('ui.economics.kw.negative')}</p> : null)}
        percent={formats.percent}
      />
    </section>
  );
}
