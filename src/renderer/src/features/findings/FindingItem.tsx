import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '@shared/analysis/findings';
import type { Catalog } from '@shared/domain/types';
import { Badge, type BadgeTone } from '../../components/Badge';
import { Button } from '../../components/Button';
import { comparisonSentences, findingMessage, findingScope } from '@shared/i18n/finding-text';
import { FindingSteps } from './FindingSteps';
import { cellHref, compareHref, journeyHref } from './route';
import { useCurrency } from '../currency';

/** Cells named as links before the rest is summed up as "and N more". */
const CELLS_SHOWN = 6;

const TONES: Record<Severity, BadgeTone> = { warning: 'warning', attention: 'info', info: 'muted' };

interface FindingItemProps {
  finding: Finding;
  catalog: Catalog;
  /** Names by id, for the cell links. */
  names: ReadonlyMap<string, string>;
}

/** One finding: severity and scope, the sentence(s), its cells (or journey steps) as links, and "Show in matrix" (or the journey). */
export const FindingItem = memo(function FindingItem({ finding, catalog, names }: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const lang = i18n.language;
  const message = findingMessage(t, lang, finding, currency);
  const sentences = comparisonSentences(t, lang, finding);
  const comparison = compareHref(finding);
  const first = finding.cells[0];
  const journey = journeyHref(finding);
  const target = comparison ?? journey ?? (first ? cellHref(finding, first) : null);
  const shown = finding.cells.slice(0, CELLS_SHOWN);
  const rest = finding.cells.length - shown.length;
  const textId = `finding-${finding.id}`;
  return (
    <li className={`finding finding--${finding.severity}`} aria-labelledby={textId}>
      <div className="finding__head">
        <Badge tone={TONES[finding.severity]} className="finding__severity">
          {t(`ui.findings.severity.${finding.severity}`)}
        </Badge>
        <span className="finding__scope">{findingScope(t, catalog, finding)}</span>
      </div>
      <p id={textId} className="finding__text">
        {message}
      </p>
      {sentences.length > 0 && (
        <p className="finding__detail">
          {sentences.map((s) => (
            <span key={s}>{s} </span>
          ))}
        </p>
      )}
      <div className="finding__foot">
        {shown.length > 0 && !comparison && (
          <div className="finding__cells">
            <span className="finding__cells-label">{t('ui.findings.cells')}:</span>
            <ul className="finding__cell-list">
              {shown.map((cell) => (
                <li key={`${cell.phaseId}|${cell.channelId}`}>
                  <a href={cellHref(finding, cell)} className="finding__cell" title={t('ui.findings.cellHint')}>
                    {t('ui.findings.cell', { phase: names.get(cell.phaseId) ?? '', channel: names.get(cell.channelId) ?? '' })}
                  </a>
                </li>
              ))}
              {rest > 0 && <li className="finding__more">{t('ui.findings.moreCells', { count: rest })}</li>}
            </ul>
          </div>
        )}
        {finding.journey && <FindingSteps finding={finding} journey={finding.journey} />}
        {target && (
          <Button
            size="small"
            className="finding__show"
            aria-label={t(journey ? 'ui.findings.showInJourneyLabel' : 'ui.findings.showInMatrixLabel', { finding: message })}
            onClick={() => {
              window.location.hash = target;
            }}
          >
            {comparison ? t('ui.findings.showComparison') : journey ? t('ui.findings.showInJourney') : t('ui.findings.showInMatrix')}
          </Button>
        )}
      </div>
    </li>
  );
});
