import { Button, type ButtonVariant } from '../components/Button';
import type { IconName } from '../components/Icon';
import { useTranslation } from 'react-i18next';
import { platform } from './platform';
import { ariaKeyShortcuts, formatShortcut } from './shortcuts';
import { useCommand } from './CommandsProvider';
import type { CommandId } from './types';

interface CommandButtonProps {
  command: CommandId;
  icon?: IconName;
  iconOnly?: boolean;
  variant?: ButtonVariant;
  /** Overrides the command's enabled state (e.g. read-only workspaces). */
  disabled?: boolean;
  className?: string;
}

/** A button for a command: its label is the accessible name; the tooltip adds detail and shortcut. */
export function CommandButton({ command: id, icon, iconOnly = false, variant = 'ghost', disabled, className }: CommandButtonProps) {
  const { t } = useTranslation();
  const command = useCommand(id);
  const shortcut = command.shortcut[0];
  const detail = command.detail ?? command.label;
  const title = shortcut ? t('ui.common.withShortcut', { label: detail, shortcut: formatShortcut(shortcut, platform) }) : detail;
  return (
    <Button
      variant={variant}
      icon={icon}
      iconOnly={iconOnly}
      label={command.label}
      title={title}
      aria-keyshortcuts={command.shortcut.length ? ariaKeyShortcuts(command.shortcut, platform) : undefined}
      disabled={disabled || !command.enabled}
      onClick={() => command.run()}
      className={className}
    />
  );
}
