import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecisions, MatchTarget, NameDecision, NameMatch } from '@shared/matrix-io/types';

type Axis = 'phases' | 'channels';

const decisionValue = (d: NameDecision | undefined): string =>
  d === undefined ? 'skip' : d.action === 'map' ? `map:${d.targetId}` : d.action;

function decisionFrom(value: string): NameDecision {
  if (value.startsWith('map:')) return { action: 'map', targetId: value.slice(4) };
  return { action: value === 'create' ? 'create' : 'skip' };
}

/** One choice per name the workspace does not know: create it, take it as an existing item, or skip it. */
export function UnknownNames(props: {
  phases: readonly NameMatch[];
  channels: readonly NameMatch[];
  targets: { phases: readonly MatchTarget[]; channels: readonly MatchTarget[] };
  decisions: ImportDecisions;
  onChange: (decisions: ImportDecisions) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const unknown = (axis: Axis) => props[axis].filter((m) => m.targetId === null);
  if (unknown('phases').length + unknown('channels').length === 0) return null;
  const set = (axis: Axis, name: string, decision: NameDecision) =>
    props.onChange({ ...props.decisions, [axis]: { ...props.decisions[axis], [name]: decision } });

  return (
    <section className="matrix-io__unknown" aria-labelledby={headingId}>
      <h3 id={headingId} className="matrix-io__heading">
        {t('ui.matrixIo.import.unknownHeading')}
      </h3>
      <p className="field__hint">{t('ui.matrixIo.import.unknownIntro')}</p>
      <ul className="matrix-io__unknown-list">
        {(['phases', 'channels'] as const).flatMap((axis) =>
          unknown(axis).map((match) => (
            <UnknownRow
              key={`${axis}:${match.name}`}
              axis={axis}
              match={match}
              targets={props.targets[axis]}
              value={props.decisions[axis][match.name]}
              onChange={(d) => set(axis, match.name, d)}
            />
          )),
        )}
      </ul>
    </section>
  );
}

function UnknownRow(props: { axis: Axis; match: NameMatch; targets: readonly MatchTarget[]; value: NameDecision | undefined; onChange: (d: NameDecision) => void }) {
  const { axis, match, targets, value, onChange } = props;
  const { t } = useTranslation();
  const phase = axis === 'phases';
  return (
    <li className="matrix-io__unknown-row">
      <span className="matrix-io__unknown-name">
        {t(phase ? 'ui.matrixIo.import.unknownPhase' : 'ui.matrixIo.import.unknownChannel', { name: match.name, ref: match.ref })}
      </span>
      <select
        className="input"
        aria-label={t(phase ? 'ui.matrixIo.import.decisionLabelPhase' : 'ui.matrixIo.import.decisionLabelChannel', { name: match.name })}
        value={decisionValue(value)}
        onChange={(e) => onChange(decisionFrom(e.target.value))}
      >
        <option value="create">{t(phase ? 'ui.matrixIo.import.createPhase' : 'ui.matrixIo.import.createChannel')}</option>
        <option value="skip">{t('ui.matrixIo.import.skip')}</option>
        {targets.length > 0 && (
          <optgroup label={t('ui.matrixIo.import.mapTo')}>
            {targets.map((target) => (
              <option key={target.id} value={`map:${target.id}`}>
                {t('ui.matrixIo.import.mapOption', { name: target.name })}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </li>
  );
}
