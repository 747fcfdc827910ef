import { useCallback, useState } from 'react';
import type { ApiError } from '@shared/errors';
import { useAppInfo } from '../../app/queries';

export type PdfSaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved'; path: string } | { phase: 'failed'; error: ApiError };

/**
 * The desktop app's Save as PDF (Electron's printToPDF behind a native save
 * dialog, see src/main/electron/pdf-export.ts). `available` is false in the
 * browser host, whose report prints through the browser's own dialog instead.
 */
export function usePdfSave(fileName: string) {
  const info = useAppInfo();
  const bridge = typeof window === 'undefined' ? undefined : window.api;
  const available = info.data?.capabilities.printToPdf === true && typeof bridge?.printToPdf === 'function';
  const [state, setState] = useState<PdfSaveState>({ phase: 'idle' });

  const save = useCallback(async () => {
    if (!bridge) return;
    setState({ phase: 'saving' });
    const result = await bridge.printToPdf({ fileName });
    if (!result.ok) setState({ phase: 'failed', error: result.error });
    else setState(result.value ? { phase: 'saved', path: result.value.path } : { phase: 'idle' });
  }, [bridge, fileName]);

  return { available, state, save, dismiss: () => setState({ phase: 'idle' }) };
}
