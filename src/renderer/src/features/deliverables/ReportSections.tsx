import { useTranslation } from 'react-i18next';
import { visibleSorted } from '@shared/analysis/charts/cells';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import type { JourneyDetail } from '@shared/domain/journeys';
import type { Catalog, Scenario } from '@shared/domain/types';
import { useFindings } from '../findings/queries';
import { useScenarioCells } from '../matrix/scenarioCells';
import { findingParagraph } from '../findings/findingText';

const ALL = { kind: 'all' } as const;

/** At most this many channels side by side: role words stay whole at the printed width. */
const CHANNELS_PER_TABLE = 8;

/** Channels in even groups of at most CHANNELS_PER_TABLE (13 gives 7 + 6, not 8 + 5). */
export function channelGroups<T>(channels: readonly T[], max = CHANNELS_PER_TABLE): T[][] {
  const count = Math.ceil(channels.length / max);
  const size = Math.ceil(channels.length / Math.max(1, count));
  const groups: T[][] = [];
  for (let i = 0; i < channels.length; i += size) groups.push(channels.slice(i, i + size));
  return groups;
}

/** The matrix of one scenario for all customers, role words in coloured cells; many channels make several tables. */
export function MatrixSection({ catalog, scenario }: { catalog: Catalog; scenario: Scenario }) {
  const { t } = useTranslation();
  const cells = useScenarioCells(scenario.id);
  const phases = visibleSorted(catalog.phases);
  const shown = effectiveMatrix(cells.data ?? [], ALL);
  return (
    <>
      {channelGroups(visibleSorted(catalog.channels)).map((channels) => (
        <table key={channels[0]!.id} className="report__matrix">
          <thead>
            <tr>
              <td />
              {channels.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {phases.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {channels.map((c) => {
                  const role = shown.get(cellKey(p.id, c.id))?.role ?? 0;
                  return (
                    <td key={c.id} className={`report__role report__role--${role}`}>
                      {role === 0 ? '' : t(`ui.deliverables.roles.${role}`)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** The findings of one scenario as running text, most important first. */
export function FindingsSection({ catalog, scenario }: { catalog: Catalog; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const { findings } = useFindings(catalog, scenario.id, null);
  if (!findings) return <p>{t('ui.deliverables.report.loading')}</p>;
  if (findings.length === 0) return <p>{t('ui.deliverables.report.noFindings')}</p>;
  return (
    <>
      <p>{t('ui.deliverables.report.findingsIntro', { scenario: scenario.name })}</p>
      {findings.map((f) => (
        <p key={f.id} className={`report__finding report__finding--${f.severity}`}>
          {findingParagraph(t, i18n.language, f)}
        </p>
      ))}
    </>
  );
}

/** A journey as its phases with their steps. */
export function JourneySection({ catalog, detail }: { catalog: Catalog; detail: JourneyDetail }) {
  const { t } = useTranslation();
  const phases = catalog.phases.filter((p) => !p.hidden);
  return (
    <table className="report__journey">
      <thead>
        <tr>
          {phases.map((p) => (
            <th key={p.id} scope="col">
              {p.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {phases.map((p) => (
            <td key={p.id}>
              {detail.steps
                .filter((s) => s.phaseId === p.id)
                .map((s) => (
                  <div key={s.id} className={s.momentOfTruth ? 'report__step report__step--truth' : 'report__step'}>
                    <strong>{s.title}</strong>
                    {s.channelId && <div>{catalog.channels.find((c) => c.id === s.channelId)?.name}</div>}
                    {s.painPoints && (
                      <div>
                        {t('ui.deliverables.columns.painPoints')}: {s.painPoints}
                      </div>
                    )}
                  </div>
                ))}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
