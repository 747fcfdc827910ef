import { memo } from 'react';
import type { Role } from '@shared/domain/types';

/**
 * A role as a Harvey ball: empty ring (none), quarter (supporting), half
 * (important), full (lead). The amount of ink carries the meaning, so it reads
 * in grey-scale print, with any colour vision and in high contrast; the cell
 * colour only repeats it. Decorative: the cell's name says the role.
 */
export const RoleGlyph = memo(function RoleGlyph({ role, className }: { role: Role | null; className?: string }) {
  if (role === null) return null;
  return (
    <svg className={className ? `role-glyph ${className}` : 'role-glyph'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      {role === 1 && <path d="M8 8V1.4A6.6 6.6 0 0 1 14.6 8Z" fill="currentColor" />}
      {role === 2 && <path d="M8 1.4A6.6 6.6 0 0 1 8 14.6Z" fill="currentColor" />}
      {role === 3 && <circle cx="8" cy="8" r="6.6" fill="currentColor" />}
    </svg>
  );
});

/** Evidence as a small mark in the cell's corner (explained in the legend). */
export const EVIDENCE_MARKS = { observed: '■', inferred: '□', hypothesis: '?' } as const;
