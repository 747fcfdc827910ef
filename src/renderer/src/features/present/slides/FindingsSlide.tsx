import { useTranslation } from 'react-i18next';
import { sortFindings } from '@shared/analysis/findings';
import type { Catalog } from '@shared/domain/types';
import { findingMessage, findingScope } from '../../findings/findingText';
import { useFindings } from '../../findings/queries';

/** How many findings fit on a slide readable from the back of a room. */
const MAX_SHOWN = 6;

/** The first scenario's findings, most severe first, as large sentences. */
export function FindingsSlide({ catalog, scenarioId }: { catalog: Catalog; scenarioId: string }) {
  const { t, i18n } = useTranslation();
  const { findings } = useFindings(catalog, scenarioId, null);
  if (!findings) return null;
  if (findings.length === 0) return <p className="present-slide__lead">{t('ui.present.findingsSlide.none')}</p>;
  const sorted = sortFindings(findings);
  const shown = sorted.slice(0, MAX_SHOWN);
  return (
    <>
      <ul className="present-findings">
        {shown.map((finding) => (
          <li key={finding.id} className={`present-findings__item present-findings__item--${finding.severity}`}>
            <span className="present-findings__severity">{t(`ui.findings.severity.${finding.severity}`)}</span>{' '}
            {findingMessage(t, i18n.language, finding)} <span className="present-findings__scope">({findingScope(t, catalog, finding)})</span>
          </li>
        ))}
      </ul>
      {sorted.length > shown.length && <p className="present-slide__more">{t('ui.present.findingsSlide.more', { count: sorted.length - shown.length })}</p>}
    </>
  );
}
