import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '@shared/domain/types';
import { SEVERITIES, defaultBaseline, type Finding, type Severity } from '@shared/analysis/findings';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework';
import type { PageProps } from '../workspace';
import { FindingItem } from './FindingItem';
import { countBySeverity, groupFindings } from './groups';
import { useCatalog, useFindings, useThresholds } from './queries';
import { baselineFor, type GroupBy } from './route';
import { ThresholdsPanel } from './ThresholdsPanel';
import { useFindingsRoute } from './useFindingsRoute';
import './findings.css';

/** The Findings list: what the matrix says, per scenario, grouped, with links into the matrix. */
export function FindingsPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return (
    <div className="page findings-page">
      <header className="page__header">
        <h1 className="page__title">{t('ui.findings.title')}</h1>
        <p className="page__intro">{t('ui.findings.intro')}</p>
      </header>
      {catalog.isPending && <p className="muted">{t('ui.findings.loading')}</p>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {catalog.data && <FindingsView catalog={catalog.data} readOnly={workspace.readOnly} />}
    </div>
  );
}

function FindingsView({ catalog, readOnly }: { catalog: Catalog; readOnly: boolean }) {
  const { t } = useTranslation();
  const [route, setRoute] = useFindingsRoute();
  const [tuning, setTuning] = useState(false);
  const ids = { scenario: useId(), compare: useId(), group: useId(), show: useId(), panel: useId() };
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const scenarioIds = scenarios.map((s) => s.id);
  const scenario = route.scenario && scenarioIds.includes(route.scenario) ? route.scenario : (scenarioIds[0] ?? null);
  const baseline = baselineFor(route, scenarioIds, scenario, scenario ? defaultBaseline(catalog.scenarios, scenario) : null);
  const thresholds = useThresholds();

  if (!scenario) return <p className="muted">{t('ui.findings.noScenarios')}</p>;
  return (
    <>
      <div className="findings-toolbar">
        <div className="toolbar-field">
          <label className="toolbar-field__label" htmlFor={ids.scenario}>
            {t('ui.findings.scenario')}
          </label>
          <select id={ids.scenario} className="input select" value={scenario} onChange={(e) => setRoute({ scenario: e.target.value })}>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label className="toolbar-field__label" htmlFor={ids.compare}>
            {t('ui.findings.compareWith')}
          </label>
          <select id={ids.compare} className="input select" value={baseline ?? 'none'} onChange={(e) => setRoute({ compare: e.target.value })}>
            <option value="none">{t('ui.findings.noComparison')}</option>
            {scenarios
              .filter((s) => s.id !== scenario)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label className="toolbar-field__label" htmlFor={ids.group}>
            {t('ui.findings.groupBy')}
          </label>
          <select id={ids.group} className="input select" value={route.group} onChange={(e) => setRoute({ group: e.target.value as GroupBy })}>
            <option value="rule">{t('ui.findings.groups.rule')}</option>
            <option value="severity">{t('ui.findings.groups.severity')}</option>
          </select>
        </div>
        <div className="toolbar-field">
          <label className="toolbar-field__label" htmlFor={ids.show}>
            {t('ui.findings.show')}
          </label>
          <select id={ids.show} className="input select" value={route.show} onChange={(e) => setRoute({ show: SEVERITIES.find((s) => s === e.target.value) ?? 'all' })}>
            <option value="all">{t('ui.findings.showAll')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`ui.findings.severityPlural.${severity}`)}
              </option>
            ))}
          </select>
        </div>
        <Button icon="settings" aria-expanded={tuning} aria-controls={ids.panel} onClick={() => setTuning((v) => !v)}>
          {t('ui.findings.thresholds.open')}
        </Button>
      </div>
      {thresholds.isError && <Alert tone="error">{describeError(t, thresholds.error)}</Alert>}
      <div id={ids.panel} hidden={!tuning}>
        {tuning && thresholds.data && <ThresholdsPanel thresholds={thresholds.data} readOnly={readOnly} />}
      </div>
      <FindingsList catalog={catalog} scenarioId={scenario} baselineId={baseline} group={route.group} show={route.show} />
    </>
  );
}

interface FindingsListProps {
  catalog: Catalog;
  scenarioId: string;
  baselineId: string | null;
  group: GroupBy;
  show: Severity | 'all';
}

function FindingsList({ catalog, scenarioId, baselineId, group, show }: FindingsListProps) {
  const { t } = useTranslation();
  const { findings, error } = useFindings(catalog, scenarioId, baselineId);
  const names = useMemo(() => new Map([...catalog.phases, ...catalog.channels].map((item) => [item.id, item.name])), [catalog]);
  if (error) return <Alert tone="error">{describeError(t, error)}</Alert>;
  if (!findings) return <p className="muted">{t('ui.findings.loading')}</p>;
  // The summary counts the whole list, as every other surface does; the filter only narrows what is shown.
  const shown = show === 'all' ? findings : findings.filter((f) => f.severity === show);
  return (
    <>
      <Summary findings={findings} />
      {shown.length === 0 ? (
        <p className="findings-empty">{t(findings.length === 0 ? 'ui.findings.none' : 'ui.findings.noneShown')}</p>
      ) : (
        groupFindings(shown, group).map((g) => (
          <section key={g.key} className="findings-group" aria-labelledby={`findings-group-${g.key}`}>
            <h2 id={`findings-group-${g.key}`} className="findings-group__title">
              {t(g.titleKey)} <span className="findings-group__count">{t('ui.findings.groupCount', { count: g.findings.length })}</span>
            </h2>
            <ul className="findings-list">
              {g.findings.map((finding) => (
                <FindingItem key={finding.id} finding={finding} catalog={catalog} names={names} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

/** "12 findings: 3 warnings, ..." — announced when it changes (after an edit or a new threshold). */
function Summary({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const counts = countBySeverity(findings);
  return (
    <div className="findings-summary" role="status" aria-label={t('ui.findings.summaryLabel')}>
      <strong>{t('ui.findings.summary', { count: findings.length })}</strong>
      {(['warning', 'attention', 'info'] as const).map((severity) =>
        counts[severity] > 0 ? (
          <span key={severity} className={`findings-summary__item findings-summary__item--${severity}`}>
            {t(`ui.findings.severityPlural.${severity}`)}: {counts[severity]}
          </span>
        ) : null,
      )}
    </div>
  );
}
