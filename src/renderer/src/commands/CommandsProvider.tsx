import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useApiClient } from '../api/ApiProvider';
import { platform } from './platform';
import { findCommand, isTypingTarget } from './shortcuts';
import type { Command, CommandId, CommandMap } from './types';

const CommandsContext = createContext<CommandMap | null>(null);

function inModal(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open]') !== null;
}

/**
 * Makes the commands available to buttons (useCommand), runs them from their
 * keyboard shortcuts, and from the native menu in Electron. Shortcuts stay out
 * of the way while typing in a field or inside a modal dialog.
 */
export function CommandsProvider({ commands, children }: { commands: CommandMap; children: ReactNode }) {
  const client = useApiClient();
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTypingTarget(event.target as HTMLElement | null) || inModal(event.target)) return;
      const command = findCommand(Object.values(latest.current), event, platform);
      if (!command) return;
      event.preventDefault();
      if (command.enabled) command.run();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(
    () =>
      client.onAppCommand((id) => {
        // The menu's Undo inside a text field undoes typing, as in every editor.
        const focused = document.activeElement as HTMLElement | null;
        if (isTypingTarget(focused)) {
          document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
          return;
        }
        const command = latest.current[id];
        if (command.enabled) command.run();
      }),
    [client],
  );

  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommand(id: CommandId): Command {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommand must be used inside <CommandsProvider>.');
  return commands[id];
}
