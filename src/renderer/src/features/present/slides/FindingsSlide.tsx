import { useTranslation } from 'react-i18next';
import { sortFindings } from '@shared/analysis/findings';
import { sameLens } from '@shared/domain/lens';
import type { Catalog, Lens } from '@shared/domain/types';
import { findingMessage, findingScope } from '@shared/i18n/finding-text';
import { useFindings } from '../../findings';
import { SlideBody } from '../fit/SlideBody';
import { useCurrency } from '../../currency';

/**
 * A scenario's findings through one lens, most severe first, as large
 * sentences: as many as fit, and a line saying how many more there are.
 */
export function FindingsSlide({ catalog, scenarioId, lens }: { catalog: Catalog; scenarioId: string; lens: Lens }) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const { findings } = useFindings(catalog, scenarioId, 'default');
  if (!findings) return null;
  const inLens = findings.filter((f) => sameLens(f.lens, lens));
  if (inLens.length === 0) {
    return (
      <SlideBody>
        <p className="present-slide__lead">{t('ui.present.findingsSlide.none')}</p>
      </SlideBody>
    );
  }
  return (
    <SlideBody min={0.7} leftOut={(count) => t('ui.present.findingsSlide.more', { count })}>
      <ul className="present-findings">
        {sortFindings(inLens).map((finding) => (
          <li key={finding.id} className={`present-findings__item present-findings__item--${finding.severity}`} data-fit-item="">
            <span className="present-findings__severity">{t(`ui.findings.severity.${finding.severity}`)}</span>{' '}
            {findingMessage(t, i18n.language, finding, currency)} <span className="present-findings__scope">({findingScope(t, catalog, finding)})</span>
          </li>
        ))}
      </ul>
    </SlideBody>
  );
}
