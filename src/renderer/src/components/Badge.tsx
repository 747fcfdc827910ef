import type { ReactNode } from 'react';
import { cx } from './classNames';
import './Badge.css';

export type BadgeTone = 'neutral' | 'info' | 'positive' | 'warning' | 'muted';

export function Badge({ tone = 'neutral', children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cx('badge', `badge--${tone}`, className)}>{children}</span>;
}
