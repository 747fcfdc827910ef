import { useTranslation } from 'react-i18next';
import { lifetimeValue, retentionSensitivity } from '@shared/analysis/economics/lifetime-value';
import { COURSE_UPLIFT_CLAIM, FIELD_RULES } from '@shared/analysis/economics/rules';
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

/** CLV as the NPV of yearly margins, and what five more points of retention do to it. */
export function LifetimeValueSection({ inputs, formats, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const save = useCustomerPatch(inputs.customerTypeId);
  const { money, number, percent, signedPercent } = formats;
  const currency = { currency: formats.currency };
  const filledWith = (retention: number) => {
    const d = number(1 + inputs.discountRate! / 100);
    return `Σ (t = 1…${inputs.horizonYears}) ${money(inputs.yearlyMargin!)} × ${number(retention / 100)}^(t−1) / ${d}^t`;
  };
  return (
    <section className="econ-section" aria-labelledby="econ-clv">
      <h2 id="econ-clv" className="econ-section__title">
        {t('ui.economics.clv.title')}
      </h2>
      <p className="econ-section__intro muted">{t('ui.economics.clv.intro')}</p>
      <div className="econ-fields econ-fields--four">
        <EconomicsField label={t('ui.economics.clv.margin')} hint={t('ui.economics.clv.marginHint', currency)} value={inputs.yearlyMargin} rule={FIELD_RULES.yearlyMargin} disabled={readOnly} onCommit={(yearlyMargin) => save({ yearlyMargin })} />
        <EconomicsField label={t('ui.economics.clv.retention')} hint={t('ui.economics.clv.retentionHint')} suffix="%" value={inputs.retention} rule={FIELD_RULES.retention} disabled={readOnly} onCommit={(retention) => save({ retention })} />
        <EconomicsField label={t('ui.economics.clv.discount')} hint={t('ui.economics.clv.discountHint')} suffix="%" value={inputs.discountRate} rule={FIELD_RULES.discountRate} disabled={readOnly} onCommit={(discountRate) => save({ discountRate })} />
        <EconomicsField label={t('ui.economics.clv.horizon')} hint={t('ui.economics.clv.horizonHint')} value={inputs.horizonYears} rule={FIELD_RULES.horizonYears} disabled={readOnly} onCommit={(horizonYears) => save({ horizonYears })} />
      </div>
      <Result
        name="CLV"
        outcome={lifetimeValue(inputs)}
        formula={t('ui.economics.clv.formulaText')}
        filled={() => filledWith(inputs.retention!)}
        show={(value) => money(value)}
        percent={percent}
      />
      <Result
        name={t('ui.economics.clv.sensitivityTitle')}
        outcome={retentionSensitivity(inputs)}
        formula={`(CLV(r + 5) − CLV(r)) / |CLV(r)|`}
        filled={(s) => `(${money(s.raised)} − ${money(s.base)}) / ${money(Math.abs(s.base))}`}
        show={(s) => signedPercent(s.upliftPercent)}
        note={(s) => (
          <div className="econ-result__note">
            <p>{t('ui.economics.clv.sensitivityFormula', { raised: percent(s.raisedRetention), value: money(s.raised) })}</p>
            <p>
              {t('ui.economics.clv.uplift', { uplift: signedPercent(s.upliftPercent) })}{' '}
              {t('ui.economics.clv.ofClaim', { ratio: number(s.upliftPercent / COURSE_UPLIFT_CLAIM) })}
            </p>
          </div>
        )}
        percent={percent}
      />
    </section>
  );
}
