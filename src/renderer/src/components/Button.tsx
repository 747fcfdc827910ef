import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from './classNames';
import { Icon, type IconName } from './Icon';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  icon?: IconName;
  /**
   * Shows only the icon: `label` becomes the accessible name and the tooltip
   * (unless a `title` is given).
   */
  iconOnly?: boolean;
  label?: string;
  ref?: Ref<HTMLButtonElement>;
}

/** The one button of the app. `type` defaults to "button" so no button submits a form by accident. */
export function Button({
  variant = 'secondary',
  size = 'normal',
  icon,
  iconOnly = false,
  label,
  className,
  children,
  type = 'button',
  title,
  ...rest
}: ButtonProps) {
  const content = children ?? label;
  return (
    <button
      type={type}
      className={cx('btn', `btn--${variant}`, size === 'small' && 'btn--small', iconOnly && 'btn--icon', className)}
      aria-label={iconOnly ? label : undefined}
      title={title ?? (iconOnly ? label : undefined)}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      {!iconOnly && content !== undefined && <span className="btn__text">{content}</span>}
    </button>
  );
}
