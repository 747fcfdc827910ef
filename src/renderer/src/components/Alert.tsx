import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { cx } from './classNames';
import { Icon } from './Icon';
import './Alert.css';

interface AlertProps {
  tone?: 'error' | 'warning' | 'info';
  title?: string;
  children?: ReactNode;
  /** Extra controls (e.g. "Open newest backup"). */
  actions?: ReactNode;
  onDismiss?: () => void;
  className?: string;
}

/**
 * A message that needs attention. Errors use role="alert" (announced at once);
 * warnings and information use role="status".
 */
export function Alert({ tone = 'error', title, children, actions, onDismiss, className }: AlertProps) {
  const { t } = useTranslation();
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cx('alert', `alert--${tone}`, className)}>
      <Icon name={tone === 'info' ? 'history' : 'warning'} className="alert__icon" />
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children && <div className="alert__text">{children}</div>}
        {actions && <div className="alert__actions">{actions}</div>}
      </div>
      {onDismiss && (
        <Button variant="ghost" size="small" icon="close" iconOnly label={t('ui.common.dismiss')} onClick={onDismiss} />
      )}
    </div>
  );
}
