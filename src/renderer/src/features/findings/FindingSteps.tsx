import { useTranslation } from 'react-i18next';
import type { Finding, FindingJourney } from '@shared/analysis/findings';
import { journeyHref } from './route';

/** Steps named as links before the rest is summed up as "and N more". */
const STEPS_SHOWN = 6;

/** A journey finding's steps, each a link that opens the journey with that step focused. */
export function FindingSteps({ finding, journey }: { finding: Finding; journey: FindingJourney }) {
  const { t } = useTranslation();
  const shown = journey.steps.slice(0, STEPS_SHOWN);
  const rest = journey.steps.length - shown.length;
  if (shown.length === 0) return null;
  return (
    <div className="finding__cells">
      <span className="finding__cells-label">{t('ui.findings.steps')}:</span>
      <ul className="finding__cell-list">
        {shown.map((step) => (
          <li key={step.id}>
            <a href={journeyHref(finding, step.id) ?? undefined} className="finding__cell" title={t('ui.findings.stepHint')}>
              {step.title || t('ui.findings.untitledStep')}
            </a>
          </li>
        ))}
        {rest > 0 && <li className="finding__more">{t('ui.findings.moreSteps', { count: rest })}</li>}
      </ul>
    </div>
  );
}
