import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { netPromoterScore } from '@shared/analysis/economics/nps';
import { checkNpsValue, FIELD_RULES, NPS_FIELDS } from '@shared/analysis/economics/rules';
import type { CustomerEconomics, NpsMode } from '@shared/analysis/economics/types';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/RadioGroup';
import { describeError } from '../../i18n/errorText';
import { EconomicsField } from './EconomicsField';
import type { Formats } from './format';
import { useCustomerPatch } from './mutations';
import { Result } from './Result';

interface SectionProps {
  inputs: CustomerEconomics;
  formats: Formats;
  readOnly: boolean;
}

/** NPS from promoters, passives and detractors, as counts or as percentages. */
export function NpsSection({ inputs, formats, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const save = useCustomerPatch(inputs.customerTypeId);
  const [modeError, setModeError] = useState<string | null>(null);
  const { number, percent } = formats;
  const mode = inputs.npsMode;
  const hint = mode === 'counts' ? t('ui.economics.nps.countsHint') : t('ui.economics.nps.percentHint');
  return (
    <section className="econ-section" aria-labelledby="econ-nps">
      <h2 id="econ-nps" className="econ-section__title">
        {t('ui.economics.nps.title')}
      </h2>
      <p className="econ-section__intro muted">{t('ui.economics.nps.intro')}</p>
      <RadioGroup<NpsMode>
        legend={t('ui.economics.nps.mode')}
        value={mode}
        inline
        disabled={readOnly}
        options={[
          { value: 'counts', label: t('ui.economics.nps.counts') },
          { value: 'percent', label: t('ui.economics.nps.percent') },
        ]}
        onChange={(npsMode) => {
          setModeError(null);
          save({ npsMode }).catch((err: unknown) => setModeError(describeError(t, err)));
        }}
      />
      {modeError && <Alert tone="error">{modeError}</Alert>}
      <div className="econ-fields econ-fields--three">
        {NPS_FIELDS.map((field) => (
          <EconomicsField
            key={`${field}-${mode}`}
            label={t(`ui.economics.nps.${field}`)}
            hint={hint}
            suffix={mode === 'percent' ? '%' : undefined}
            value={inputs[field]}
            rule={FIELD_RULES[field]}
            extraCheck={(value) => checkNpsValue(mode, value)}
            disabled={readOnly}
            onCommit={(value) => save({ [field]: value })}
          />
        ))}
      </div>
      <Result
        name="NPS"
        outcome={netPromoterScore(inputs)}
        formula={t('ui.economics.nps.formulaText')}
        filled={(s) => `${percent(s.promoters)} − ${percent(s.detractors)}`}
        show={(s) => number(Math.round(s.score * 10) / 10)}
        note={(s) => (mode === 'counts' ? <p className="econ-result__note muted">{t('ui.economics.nps.base', { count: s.base })}</p> : null)}
        percent={percent}
      />
    </section>
  );
}
