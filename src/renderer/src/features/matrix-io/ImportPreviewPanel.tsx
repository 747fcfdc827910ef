import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/domain/types';
import type { ImportDecisions, ImportPlan, ImportPreview, PlannedChange, PlannedTarget } from '@shared/matrix-io/types';
import { Alert } from '../../components/Alert';
import { UnknownNames } from './UnknownNames';

/** A table of thousands of rows helps nobody; the counts above it say the rest. */
const MAX_ROWS = 200;

/** What the import will do, before it does it: counts, unknown names, every changed cell. */
export function ImportPreviewPanel(props: {
  preview: ImportPreview;
  plan: ImportPlan;
  decisions: ImportDecisions;
  onDecisions: (decisions: ImportDecisions) => void;
}) {
  const { preview, plan, decisions, onDecisions } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const nameOf = (kind: 'phase' | 'channel', id: string) =>
    (kind === 'phase' ? preview.targets.phases : preview.targets.channels).find((x) => x.id === id)?.name ?? id;
  const created = [...plan.create.phases, ...plan.create.channels].map((n) => `“${n}”`).join(', ');

  return (
    <>
      <section className="matrix-io__summary" aria-labelledby={headingId}>
        <h3 id={headingId} className="matrix-io__heading">
          {t('ui.matrixIo.import.summaryHeading')}
        </h3>
        <ul className="matrix-io__counts" role="status">
          <li>
            <strong>{t('ui.matrixIo.import.summary', { count: plan.changes.length })}</strong>
          </li>
          {plan.unchanged > 0 && <li>{t('ui.matrixIo.import.unchanged', { count: plan.unchanged })}</li>}
          {preview.matrix.emptyCells > 0 && <li>{t('ui.matrixIo.import.empty', { count: preview.matrix.emptyCells })}</li>}
          {plan.skipped > 0 && <li>{t('ui.matrixIo.import.skipped', { count: plan.skipped })}</li>}
          {created && <li>{t('ui.matrixIo.import.creates', { names: created })}</li>}
        </ul>
        {preview.matrix.transposed && <Alert tone="info">{t('ui.matrixIo.import.transposed')}</Alert>}
      </section>

      <UnknownNames phases={preview.phases} channels={preview.channels} targets={preview.targets} decisions={decisions} onChange={onDecisions} />

      {plan.conflicts.map((conflict) => (
        <Alert key={`${conflict.kind}:${conflict.targetId}`} tone="error">
          {t('ui.matrixIo.import.conflict', { names: conflict.names.map((n) => `“${n}”`).join(', '), target: nameOf(conflict.kind, conflict.targetId) })}
        </Alert>
      ))}

      {plan.changes.length === 0 && plan.create.phases.length + plan.create.channels.length === 0 ? (
        <p className="matrix-io__nothing">{t('ui.matrixIo.import.nothing')}</p>
      ) : (
        plan.changes.length > 0 && <ChangesTable changes={plan.changes} nameOf={nameOf} />
      )}

      {preview.matrix.ignoredCount > 0 && (
        <details className="matrix-io__ignored">
          <summary>{t('ui.matrixIo.import.ignoredSummary', { count: preview.matrix.ignoredCount })}</summary>
          <ul>
            {preview.matrix.ignored.map((cell) => (
              <li key={cell.ref}>
                {t('ui.matrixIo.import.ignoredItem', { ref: cell.ref, text: cell.text, reason: t(`ui.matrixIo.import.ignoredReasons.${cell.reason}`) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ChangesTable({ changes, nameOf }: { changes: readonly PlannedChange[]; nameOf: (kind: 'phase' | 'channel', id: string) => string }) {
  const { t } = useTranslation();
  const role = (r: Role) => t(`ui.matrixIo.roles.${r}`);
  const target = (kind: 'phase' | 'channel', planned: PlannedTarget, sheetName: string) =>
    planned.kind === 'new' ? t('ui.matrixIo.import.newItem', { name: planned.name }) : nameOf(kind, planned.id) || sheetName;
  const from = (change: PlannedChange) =>
    change.from === null
      ? t('ui.matrixIo.import.notSet')
      : change.fromInherited
        ? t('ui.matrixIo.import.inherited', { role: role(change.from) })
        : role(change.from);
  return (
    <div className="matrix-io__table-wrap">
      <table className="matrix-io__table">
        <caption>{t('ui.matrixIo.import.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.matrixIo.import.columns.cell')}</th>
            <th scope="col">{t('ui.matrixIo.import.columns.phase')}</th>
            <th scope="col">{t('ui.matrixIo.import.columns.channel')}</th>
            <th scope="col">{t('ui.matrixIo.import.columns.from')}</th>
            <th scope="col">{t('ui.matrixIo.import.columns.to')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.slice(0, MAX_ROWS).map((change) => (
            <tr key={change.ref}>
              <td className="matrix-io__ref">{change.ref}</td>
              <th scope="row">{target('phase', change.phase, change.phaseName)}</th>
              <td>{target('channel', change.channel, change.channelName)}</td>
              <td className="matrix-io__from">{from(change)}</td>
              <td className="matrix-io__to">{role(change.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > MAX_ROWS && <p className="field__hint">{t('ui.matrixIo.import.more', { count: changes.length - MAX_ROWS })}</p>}
    </div>
  );
}
