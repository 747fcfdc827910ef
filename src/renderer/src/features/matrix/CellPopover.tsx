import { useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVELS, ROLES, type Evidence } from '@shared/domain/types';
import type { EffectiveCell } from '@shared/analysis/matrix';
import { Button } from '../../components/Button';
import { cx } from '../../components/classNames';
import { Dialog } from '../../components/Dialog';
import { RadioGroup } from '../../components/RadioGroup';
import { RoleGlyph } from './RoleGlyph';
import type { CellPatch } from './useCellEditing';

interface CellPopoverProps {
  phase: string;
  channel: string;
  cell: EffectiveCell | undefined;
  isAllLens: boolean;
  allName: string;
  readOnly: boolean;
  /** The cell on screen, to open beside it. */
  anchor: DOMRect | null;
  onUpdate: (patch: CellPatch) => void;
  /** Clear the cell ("all customers") or reset it to inherited (a lens). */
  onReset: () => void;
  onClose: () => void;
}

type EvidenceChoice = Evidence | 'none';

/**
 * A cell's role, note and evidence: a small modal dialog beside the cell. Role
 * and evidence save at once; the note saves when the dialog closes (Done, Esc
 * or a click outside). Focus starts in the note and returns to the cell.
 */
export function CellPopover({ phase, channel, cell, isAllLens, allName, readOnly, anchor, onUpdate, onReset, onClose }: CellPopoverProps) {
  const { t } = useTranslation();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const roleLabelId = useId();
  const noteId = useId();
  const savedNote = cell?.note ?? '';
  const [note, setNote] = useState(savedNote);
  const inherited = !isAllLens && !(cell?.overridden ?? false);
  // Role and evidence show the choice in the click itself; the saved cell takes over whenever it changes.
  const saved = { role: cell?.role ?? null, evidence: cell?.evidence ?? null };
  const savedKey = `${saved.role}|${saved.evidence}`;
  const [shown, setShown] = useState(saved);
  const [syncedKey, setSyncedKey] = useState(savedKey);
  if (savedKey !== syncedKey) {
    setSyncedKey(savedKey);
    setShown(saved);
  }
  const update = (patch: CellPatch) => {
    setShown((current) => ({ ...current, ...patch }));
    onUpdate(patch);
  };

  const close = () => {
    if (!readOnly && note !== savedNote) onUpdate({ note });
    onClose();
  };

  // Place the dialog beside the cell once it is open and has its size.
  useLayoutEffect(() => {
    const dialog = wrapperRef.current?.querySelector('dialog');
    if (!dialog || !anchor) return;
    const { width, height } = dialog.getBoundingClientRect();
    const gap = 8;
    const fitsRight = anchor.right + gap + width <= window.innerWidth - gap;
    const left = fitsRight ? anchor.right + gap : Math.max(gap, anchor.left - gap - width);
    const top = Math.min(Math.max(gap, anchor.top), Math.max(gap, window.innerHeight - height - gap));
    dialog.style.left = `${left}px`;
    dialog.style.top = `${top}px`;
    dialog.classList.add('cell-popover--placed');
  }, [anchor]);

  function onBackdropClick(event: MouseEvent<HTMLDivElement>) {
    const dialog = event.target;
    if (!(dialog instanceof HTMLDialogElement)) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) close();
  }

  const evidence: EvidenceChoice = shown.evidence ?? 'none';
  return (
    <div ref={wrapperRef} onClick={onBackdropClick}>
      <Dialog
        title={t('ui.matrix.popover.title', { phase, channel })}
        onClose={close}
        initialFocus={noteRef}
        className={cx('cell-popover', anchor && 'cell-popover--anchored')}
        footer={
          <>
            {!readOnly && (isAllLens || !inherited) && (
              <Button variant="ghost" onClick={onReset}>
                {t(isAllLens ? 'ui.matrix.popover.clear' : 'ui.matrix.popover.resetInherited')}
              </Button>
            )}
            <Button variant="primary" onClick={close}>
              {t('ui.matrix.popover.done')}
            </Button>
          </>
        }
      >
        {!isAllLens && (
          <p className="cell-popover__lens muted">
            {inherited ? t('ui.matrix.popover.inheritedHint', { all: allName }) : t('ui.matrix.popover.overriddenHint')}
          </p>
        )}
        <div className="cell-popover__section">
          <span id={roleLabelId} className="field__label">
            {t('ui.matrix.popover.role')}
          </span>
          <div className="role-buttons" role="group" aria-labelledby={roleLabelId}>
            {ROLES.map((role) => (
              <button
                key={role}
                type="button"
                className={cx('role-button', `cell--role-${role}`)}
                aria-pressed={shown.role === role}
                disabled={readOnly}
                onClick={() => update({ role })}
              >
                <RoleGlyph role={role} />
                <span>{t(`ui.matrix.roleNames.${role}`)}</span>
                <kbd aria-hidden="true">{role}</kbd>
              </button>
            ))}
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={noteId}>
            {t('ui.matrix.popover.note')}
          </label>
          <textarea
            ref={noteRef}
            id={noteId}
            className="input cell-popover__note"
            rows={3}
            value={note}
            readOnly={readOnly}
            onChange={(event) => setNote(event.target.value)}
          />
          {!readOnly && <p className="field__hint">{t('ui.matrix.popover.savedOnClose')}</p>}
        </div>
        <RadioGroup<EvidenceChoice>
          legend={t('ui.matrix.popover.evidence')}
          inline
          disabled={readOnly}
          value={evidence}
          options={(['none', ...EVIDENCE_LEVELS] as const).map((value) => ({ value, label: t(`ui.matrix.evidenceNames.${value}`) }))}
          onChange={(value) => update({ evidence: value === 'none' ? null : value })}
        />
      </Dialog>
    </div>
  );
}
