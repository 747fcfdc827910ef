import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, WorkspaceInfo } from '@shared/domain/types';
import { blankEconomics } from '@shared/analysis/economics/rules';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { useNumberFormats } from '../currency';
import { sortByPosition } from '../framework';
import { SelectField } from '../profiles';
import type { PageProps } from '../workspace';
import { ContactsPanel } from './ContactsPanel';
import { CostToServe } from './CostToServe';
import { CustomerValueSection } from './CustomerValueSection';
import { LifetimeValueSection } from './LifetimeValueSection';
import { NpsSection } from './NpsSection';
import { useScenarioCells } from '../matrix';
import { useCatalog, useEconomics } from './queries';
import './economics.css';

const ALL = '';

/** The economics panel: cost to serve per scenario and customer type, KW, CLV and NPS per customer type. */
export function EconomicsPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return (
    <div className="page economics-page">
      <h1 className="page__title">{t('ui.economics.title')}</h1>
      <p className="page__intro muted">{t('ui.economics.intro')}</p>
      {catalog.isPending && <p className="muted">{t('ui.economics.loading')}</p>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {catalog.data && <EconomicsWorkbench catalog={catalog.data} workspace={workspace} />}
    </div>
  );
}

function EconomicsWorkbench({ catalog, workspace }: { catalog: Catalog; workspace: WorkspaceInfo }) {
  const { t } = useTranslation();
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const types = useMemo(() => sortByPosition(catalog.customerTypes.filter((c) => !c.hidden)), [catalog.customerTypes]);
  const phases = useMemo(() => sortByPosition(catalog.phases.filter((p) => !p.hidden)), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels.filter((c) => !c.hidden)), [catalog.channels]);
  const [scenarioPick, setScenario] = useState<string | null>(null);
  const [typePick, setType] = useState<string>(ALL);
  const scenario = scenarios.find((s) => s.id === scenarioPick) ?? scenarios[0] ?? null;
  const type = types.find((c) => c.id === typePick) ?? null;
  // The UI language's conventions, as in the inputs: a Dutch UI writes 1,5 in both.
  const formats = useNumberFormats();
  const data = useEconomics(scenario?.id ?? null);
  const cells = useScenarioCells(scenario?.id ?? null);

  if (!scenario) return <p className="muted">{t('ui.economics.noScenarios')}</p>;
  const lensName = type?.name ?? t('ui.economics.allCustomers');
  const inputs = type ? (data.data?.customerTypes.find((c) => c.customerTypeId === type.id) ?? blankEconomics(type.id)) : null;
  const error = data.error ?? cells.error;
  const readOnly = workspace.readOnly;

  return (
    <>
      <div className="econ-toolbar">
        <SelectField label={t('ui.economics.scenario')} value={scenario.id} options={scenarios.map((s) => ({ value: s.id, label: s.name }))} onChange={setScenario} />
        <SelectField
          label={t('ui.economics.customerType')}
          value={type?.id ?? ALL}
          options={[{ value: ALL, label: t('ui.economics.allCustomers') }, ...types.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={setType}
        />
      </div>
      {error && <Alert tone="error">{describeError(t, error)}</Alert>}
      {data.data && cells.data && (
        <>
          <CostToServe phases={phases} channels={channels} cells={cells.data} data={data.data} customerTypeId={type?.id ?? null} scenarioName={scenario.name} lensName={lensName} formats={formats} />
          <ContactsPanel phases={phases} channels={channels} cells={cells.data} data={data.data} scenarioId={scenario.id} customerTypeId={type?.id ?? null} lensName={lensName} formats={formats} readOnly={readOnly} />
          {inputs ? (
            <div className="econ-type" key={inputs.customerTypeId}>
              <CustomerValueSection inputs={inputs} formats={formats} readOnly={readOnly} />
              <LifetimeValueSection inputs={inputs} formats={formats} readOnly={readOnly} />
              <NpsSection inputs={inputs} formats={formats} readOnly={readOnly} />
            </div>
          ) : (
            <p className="econ-note">{types.length > 0 ? t('ui.economics.needType') : t('ui.economics.noTypes')}</p>
          )}
        </>
      )}
    </>
  );
}
