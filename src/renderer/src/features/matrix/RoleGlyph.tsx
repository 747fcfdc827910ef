import { memo } from 'react';
import type { Role } from '@shared/domain/types';
import { cx } from '../../components/classNames';

/**
 * A role as a Harvey ball: empty ring (none), quarter (supporting), half
 * (important), full (lead). The amount of ink carries the meaning, so it reads
 * in grey-scale print, with any colour vision and in high contrast; the cell
 * colour only repeats it. Decorative: the cell's name says the role.
 *
 * One span drawn by CSS (grid.css: a round border, and a rounded box for the
 * fill, in the text colour), for the legend, the cell popover and the
 * comparison. The grid's cells draw the same ball as their background image
 * (balls.css), which costs far less than 720 elements.
 */
export const RoleGlyph = memo(function RoleGlyph({ role, className }: { role: Role | null; className?: string }) {
  if (role === null) return null;
  return <span className={cx('role-glyph', `role-glyph--${role}`, className)} aria-hidden="true" />;
});

/** Evidence as a small mark in the cell's corner (explained in the legend). */
export const EVIDENCE_MARKS = { observed: '■', inferred: '□', hypothesis: '?' } as const;
