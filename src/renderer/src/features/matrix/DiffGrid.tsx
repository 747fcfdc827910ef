import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/domain/types';
import { cellKey, type CellChange, type ScenarioComparison } from '@shared/analysis/matrix';
import { platform } from '../../commands/platform';
import { cx } from '../../components/classNames';
import { gridKeyAction } from './keymap';
import { cellAt, type MatrixLayout } from './layout';
import { diffCellName, cellTexts } from './names';
import { RoleGlyph } from './RoleGlyph';
import { movePos, type Pos } from './selection';

export const CHANGE_SYMBOLS: Record<Exclude<CellChange, 'same'>, string> = { rose: '▲', fell: '▼', appeared: '+', vanished: '−' };

interface DiffCellProps {
  r: number;
  c: number;
  from: Role | null;
  to: Role | null;
  change: CellChange;
  label: string;
  active: boolean;
}

const DiffCell = memo(function DiffCell({ r, c, from, to, change, label, active }: DiffCellProps) {
  return (
    <td
      role="gridcell"
      data-pos={`${r}:${c}`}
      data-change={change}
      tabIndex={active ? 0 : -1}
      aria-label={label}
      className={cx('diff-cell', `diff-cell--${change}`)}
    >
      {change === 'same' ? (
        <RoleGlyph role={to} className="diff-cell__same" />
      ) : (
        <span className="diff-cell__change" aria-hidden="true">
          <RoleGlyph role={from} className="diff-cell__from" />
          <span className="diff-cell__arrow">→</span>
          <RoleGlyph role={to} />
          <span className="diff-cell__symbol">{CHANGE_SYMBOLS[change]}</span>
        </span>
      )}
    </td>
  );
});

interface DiffGridProps {
  label: string;
  layout: MatrixLayout;
  comparison: ScenarioComparison;
}

/** Cell by cell, what changed from one scenario to the other: a read-only grid with arrow-key navigation. */
export function DiffGrid({ label, layout, comparison }: DiffGridProps) {
  const { t } = useTranslation();
  const texts = useMemo(() => cellTexts(t), [t]);
  const [active, setActive] = useState<Pos>({ r: 0, c: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const size = { rows: layout.rows.items.length, cols: layout.cols.items.length };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const action = gridKeyAction(event, 'cell', platform);
    if (action?.type !== 'move') return;
    event.preventDefault();
    const next = movePos(active, action.move, size);
    const pos = { r: Math.max(0, next.r), c: Math.max(0, next.c) };
    setActive(pos);
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.r}:${pos.c}"]`)?.focus();
  }

  return (
    <table
      ref={tableRef}
      role="grid"
      aria-label={label}
      aria-readonly="true"
      className="matrix-grid diff-grid"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const [r, c] = ((event.target as HTMLElement).dataset.pos ?? '').split(':').map(Number);
        if (r !== undefined && c !== undefined && !Number.isNaN(r) && !Number.isNaN(c)) setActive({ r, c });
      }}
    >
      <thead>
        <tr role="row">
          <td className="corner" aria-hidden="true" />
          {layout.cols.items.map((col) => (
            <th key={col.id} role="columnheader" scope="col" className="header header--col">
              <span className="header--static">{col.name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layout.rows.items.map((row, r) => (
          <tr key={row.id} role="row">
            <th role="rowheader" scope="row" className="header header--row">
              <span className="header--static">{row.name}</span>
            </th>
            {layout.cols.items.map((col, c) => {
              const ids = cellAt(layout, r, c)!;
              const diff = comparison.cells.get(cellKey(ids.phaseId, ids.channelId));
              const from = diff?.from ?? null;
              const to = diff?.to ?? null;
              const change = diff?.change ?? 'same';
              return (
                <DiffCell
                  key={col.id}
                  r={r}
                  c={c}
                  from={from}
                  to={to}
                  change={change}
                  active={active.r === r && active.c === c}
                  label={diffCellName(texts, { phase: ids.phase.name, channel: ids.channel.name, from, to, change })}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
