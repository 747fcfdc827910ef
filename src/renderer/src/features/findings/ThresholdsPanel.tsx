import { numberFormats } from '@shared/i18n/format';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THRESHOLD_KEYS, THRESHOLD_SPECS, thresholdProblems, type ThresholdKey, type ThresholdSpec } from '@shared/analysis/findings';
import type { FindingsThresholds } from '@shared/contract/findings';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { useSetThresholds } from './mutations';

type Draft = Record<ThresholdKey, string>;

const toDraft = (values: FindingsThresholds['values']): Draft =>
  Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, String(values[key])])) as Draft;

/** Read a typed value; an empty or malformed field is NaN, which the range check reports. */
const parse = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

/** The thresholds as a form: apply the changed ones as one undoable step, or put them all back. */
export function ThresholdsPanel({ thresholds, readOnly }: { thresholds: FindingsThresholds; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(thresholds.values));
  // New values from elsewhere (Undo, another window) replace what the form shows.
  const [shown, setShown] = useState(thresholds.values);
  if (shown !== thresholds.values) {
    setShown(thresholds.values);
    setDraft(toDraft(thresholds.values));
  }
  const [errors, setErrors] = useState<Partial<Record<ThresholdKey, string>>>({});
  const [done, setDone] = useState(false);
  const save = useSetThresholds();
  const number = numberFormats(i18n.language).number;

  const changed = THRESHOLD_KEYS.filter((key) => parse(draft[key]) !== thresholds.values[key]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const values = Object.fromEntries(changed.map((key) => [key, parse(draft[key])])) as Partial<Record<ThresholdKey, number>>;
    const problems = thresholdProblems(values);
    setErrors(
      Object.fromEntries(
        problems.map((p) => [p.key, t(p.integer ? 'ui.findings.thresholds.invalidWhole' : 'ui.findings.thresholds.invalid', { min: number(p.min), max: number(p.max) })]),
      ),
    );
    if (problems.length > 0 || changed.length === 0) return;
    save.mutate({ values }, { onSuccess: () => setDone(true) });
  }

  function reset() {
    setErrors({});
    setDone(false);
    const values = Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, null]));
    save.mutate({ values }, { onSuccess: () => setDone(true) });
  }

  return (
    <section className="card thresholds" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('ui.findings.thresholds.title')}
      </h2>
      <p className="muted thresholds__intro">{t('ui.findings.thresholds.intro')}</p>
      <form className="thresholds__form" onSubmit={submit} noValidate>
        <div className="thresholds__fields">
          {THRESHOLD_KEYS.map((key) => {
            const spec: ThresholdSpec = THRESHOLD_SPECS[key];
            const unit = spec.unit === 'percent' ? t('ui.findings.thresholds.percent') : '';
            const tuned = thresholds.tuned.includes(key);
            return (
              <TextField
                key={key}
                label={`${t(`ui.findings.thresholds.fields.${key}.label`)}${tuned ? ` (${t('ui.findings.thresholds.tuned')})` : ''}`}
                hint={`${t(`ui.findings.thresholds.fields.${key}.hint`)} ${t('ui.findings.thresholds.defaultValue', { value: `${number(spec.default)}${unit}` })}`}
                error={errors[key] ?? null}
                inputMode="decimal"
                className="thresholds__field"
                value={draft[key]}
                disabled={readOnly}
                onChange={(event) => {
                  const value = event.target.value;
                  setDraft((d) => ({ ...d, [key]: value }));
                }}
              />
            );
          })}
        </div>
        {save.isError && <Alert tone="error">{describeError(t, save.error)}</Alert>}
        {done && !save.isPending && (
          <p role="status" className="thresholds__done">
            {t('ui.findings.thresholds.applied')}
          </p>
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={readOnly || save.isPending}>
            {t('ui.findings.thresholds.apply')}
          </Button>
          <Button onClick={reset} disabled={readOnly || save.isPending || thresholds.tuned.length === 0}>
            {t('ui.findings.thresholds.reset')}
          </Button>
        </div>
      </form>
    </section>
  );
}
