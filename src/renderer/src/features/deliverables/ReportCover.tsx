/**
 * The report's first page: the workspace's name and the date, what it holds,
 * the key figures per scenario (cost to serve one customer journey and its
 * change from the first scenario, channels with a role, channels that lead)
 * and per scenario its most important findings. Dates and money in the
 * content language's locale.
 */
import type { KeysUnder } from '@shared/i18n/keys';
import { useTranslation } from 'react-i18next';
import { visibleSorted } from '@shared/analysis/charts/cells';
import type { Catalog, Scenario } from '@shared/domain/types';
import { formatDate } from '@shared/i18n/format';
import { scenarioFigures, topFindings } from '@shared/report/key-figures';
import { useEconomics } from '../economics';
import { findingMessage, findingScope } from '@shared/i18n/finding-text';
import { useFindings } from '../findings';
import { useJourneys } from '../journeys';
import { useScenarioCells } from '../matrix';
import { Block, Failed, loadState, Pending, useBlock } from './ReportBlock';
import { FindingItem } from './ReportSections';
import { useReportLocale } from './useReportLocale';
import { useCurrency } from '../currency';

/** One scenario's key figures, beside the first scenario's for the change. */
function FiguresRow({ catalog, scenario, first }: { catalog: Catalog; scenario: Scenario; first: Scenario }) {
  const { t } = useTranslation();
  const { formats, signedMoney } = useReportLocale();
  const cells = useScenarioCells(scenario.id);
  const economics = useEconomics(scenario.id);
  const firstCells = useScenarioCells(first.id);
  const firstEconomics = useEconomics(first.id);
  const failed = [cells, economics, firstCells, firstEconomics].find((q) => q.error);
  if (failed) return <tr><td colSpan={5}><Failed error={failed.error} /></td></tr>;
  if (!cells.data || !economics.data || !firstCells.data || !firstEconomics.data) {
    return (
      <tr>
        <th scope="row">{scenario.name}</th>
        <td colSpan={4} data-report-pending="">
          {t('ui.deliverables.report.loading')}
        </td>
      </tr>
    );
  }
  const inputs = [{ scenarioId: first.id, name: first.name, cells: firstCells.data, economics: firstEconomics.data }];
  if (scenario.id !== first.id) inputs.push({ scenarioId: scenario.id, name: scenario.name, cells: cells.data, economics: economics.data });
  const figures = scenarioFigures(catalog, inputs).at(-1)!;
  const change =
    figures.costChange === null
      ? '–'
      : `${signedMoney(figures.costChange)}${figures.costChangePercent === null ? '' : ` (${formats.signedPercent(figures.costChangePercent)})`}`;
  return (
    <tr>
      <th scope="row">
        {scenario.name}
        {scenario.description && <span className="report__why">{scenario.description}</span>}
      </th>
      <td className="report__num">{formats.money(figures.cost)}</td>
      <td className="report__num report__nowrap">{change}</td>
      <td className="report__num">{figures.activeChannels}</td>
      <td className="report__num">{figures.leadChannels}</td>
    </tr>
  );
}

function KeyFigures({ catalog, scenarios }: { catalog: Catalog; scenarios: readonly Scenario[] }) {
  const { t } = useTranslation();
  const block = useBlock();
  const c = (key: KeysUnder<'ui.deliverables.report.cover'>, values?: Record<string, string>) => t(`ui.deliverables.report.cover.${key}`, { replace: values ?? {} });
  const first = scenarios[0];
  if (!first) return null;
  return (
    <div className="report__block" {...block}>
      <table className="report__figures">
        <thead>
          <tr>
            <th scope="col">{c('scenario')}</th>
            <th scope="col">{c('cost')}</th>
            <th scope="col">{c('change', { first: first.name })}</th>
            <th scope="col">{c('active')}</th>
            <th scope="col">{c('lead')}</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <FiguresRow key={s.id} catalog={catalog} scenario={s} first={first} />
          ))}
        </tbody>
      </table>
      <p className="report__note">{c('costNote')}</p>
    </div>
  );
}

/** A scenario's most important findings. */
function TopFindings({ catalog, scenario, max }: { catalog: Catalog; scenario: Scenario; max: number }) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const { findings, error } = useFindings(catalog, scenario.id, 'default');
  const state = loadState({ data: findings ?? undefined, error });
  const heading = (
    <Block keep>
      <h3>{scenario.name}</h3>
    </Block>
  );
  if (state || !findings) return <>{heading}{state}</>;
  const top = topFindings(findings, max);
  return (
    <>
      {heading}
      {top.length === 0 ? (
        <Block>
          <p>{t('ui.deliverables.report.noFindings')}</p>
        </Block>
      ) : (
        <ul className="report__findings">
          {top.map((f) => (
            <FindingItem key={f.id} severity={f.severity} label={t(`ui.findings.severity.${f.severity}`)} text={findingMessage(t, i18n.language, f, currency)} scope={f.lens.kind === 'all' && !f.journey ? null : findingScope(t, catalog, f)} />
          ))}
        </ul>
      )}
      {findings.length > top.length && (
        <Block>
          <p className="report__note">{t('ui.deliverables.report.cover.more', { count: findings.length - top.length })}</p>
        </Block>
      )}
    </>
  );
}

/** `findings`: how many findings per scenario (fewer when the first page would run over). */
export function ReportCover({ catalog, name, findings }: { catalog: Catalog; name: string; findings: number }) {
  const { t } = useTranslation();
  const { locale } = useReportLocale();
  const journeys = useJourneys();
  const scenarios = visibleSorted(catalog.scenarios);
  const count = (key: KeysUnder<'ui.deliverables.report.cover.counts'>, n: number) => t(`ui.deliverables.report.cover.counts.${key}`, { count: n });
  const facts = [
    count('scenarios', scenarios.length),
    count('channels', visibleSorted(catalog.channels).length),
    count('phases', visibleSorted(catalog.phases).length),
    count('customerTypes', visibleSorted(catalog.customerTypes).length),
    ...(journeys.data ? [count('journeys', journeys.data.length)] : []),
  ];
  const date = formatDate(locale, new Date());
  return (
    <header className="report__cover">
      <Block keep className="report__cover-title">
        <p className="report__kicker">{t('ui.deliverables.report.cover.kicker')}</p>
        <h1>{name}</h1>
        <p className="report__date">{t('ui.deliverables.report.generated', { date })}</p>
      </Block>
      <Block keep>
        {journeys.data ? <p className="report__facts">{facts.join(' · ')}</p> : <Pending />}
        <h2>{t('ui.deliverables.report.cover.keyFigures')}</h2>
      </Block>
      <KeyFigures catalog={catalog} scenarios={scenarios} />
      <Block keep>
        <h2>{t('ui.deliverables.report.cover.topFindings')}</h2>
      </Block>
      {scenarios.map((s) => (
        <TopFindings key={s.id} catalog={catalog} scenario={s} max={findings} />
      ))}
    </header>
  );
}
