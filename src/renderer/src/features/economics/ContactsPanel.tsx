import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ScenarioCell, Phase, Role } from '@shared/domain/types';
import { cellKey } from '@shared/analysis/matrix';
import { expectedContacts } from '@shared/analysis/economics/journey-cost';
import { CONTACTS_RULE, DEFAULT_ROLE_CONTACTS, ROLE_LIST } from '@shared/analysis/economics/rules';
import type { EconomicsData } from '@shared/analysis/economics/types';
import { EconomicsField } from './EconomicsField';
import type { Formats } from './format';
import { useSetContacts, useSetRoleContacts } from './mutations';

interface ContactsPanelProps {
  phases: readonly Phase[];
  channels: readonly Channel[];
  cells: readonly ScenarioCell[];
  data: EconomicsData;
  scenarioId: string;
  customerTypeId: string | null;
  lensName: string;
  formats: Formats;
  readOnly: boolean;
}

/** The contacts-per-role mapping (workspace-wide) and exact numbers per cell (this scenario and lens). */
export function ContactsPanel({ phases, channels, cells, data, scenarioId, customerTypeId, lensName, formats, readOnly }: ContactsPanelProps) {
  const { t } = useTranslation();
  const setRole = useSetRoleContacts();
  const [open, setOpen] = useState(false);
  return (
    <section className="econ-section" aria-labelledby="econ-contacts">
      <h2 id="econ-contacts" className="econ-section__title">
        {t('ui.economics.contacts.title')}
      </h2>
      <p className="econ-section__intro muted">{t('ui.economics.contacts.intro')}</p>
      <div className="econ-fields econ-fields--four">
        {ROLE_LIST.map((role: Role) => (
          <EconomicsField
            key={role}
            label={t('ui.economics.contacts.role', { role: t(`ui.matrix.roles.${role}`) })}
            hint={t('ui.economics.contacts.defaultHint', { value: formats.number(DEFAULT_ROLE_CONTACTS[role]) })}
            value={data.defaultRoles.includes(role) ? null : data.roleContacts[role]}
            rule={CONTACTS_RULE}
            disabled={readOnly}
            onCommit={async (contacts) => {
              await setRole.mutateAsync({ role, contacts });
            }}
          />
        ))}
      </div>
      <details className="econ-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('ui.economics.contacts.cellsTitle')}</summary>
        {open && (
          <CellNumbers
            phases={phases}
            channels={channels}
            cells={cells}
            data={data}
            scenarioId={scenarioId}
            customerTypeId={customerTypeId}
            lensName={lensName}
            formats={formats}
            readOnly={readOnly}
          />
        )}
      </details>
    </section>
  );
}

function CellNumbers({ phases, channels, cells, data, scenarioId, customerTypeId, formats, readOnly }: ContactsPanelProps) {
  const { t } = useTranslation();
  const setContacts = useSetContacts();
  const own = useMemo(() => {
    const map = new Map<string, number>();
    for (const o of data.overrides) if (o.customerTypeId === customerTypeId) map.set(cellKey(o.phaseId, o.channelId), o.contacts);
    return map;
  }, [data.overrides, customerTypeId]);
  // What each cell would be without its own number: shown as the hint.
  const without = useMemo(
    () =>
      expectedContacts({
        phases,
        channels,
        cells,
        customerTypeId,
        roleContacts: data.roleContacts,
        overrides: data.overrides.filter((o) => o.customerTypeId !== customerTypeId),
      }),
    [phases, channels, cells, customerTypeId, data.roleContacts, data.overrides],
  );
  return (
    <div className="econ-cells">
      <p className="muted">{t('ui.economics.contacts.cellsIntro')}</p>
      {phases.map((phase) => (
        <fieldset key={phase.id} className="econ-cells__phase">
          <legend>{phase.name}</legend>
          <div className="econ-fields econ-fields--cells">
            {channels.map((channel) => {
              const key = cellKey(phase.id, channel.id);
              return (
                <EconomicsField
                  key={channel.id}
                  label={channel.name}
                  hint={t('ui.economics.contacts.fromRole', { value: formats.number(without.get(key)?.contacts ?? 0) })}
                  value={own.get(key) ?? null}
                  rule={CONTACTS_RULE}
                  disabled={readOnly}
                  onCommit={async (contacts) => {
                    await setContacts.mutateAsync({ scenarioId, customerTypeId, phaseId: phase.id, channelId: channel.id, contacts });
                  }}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
