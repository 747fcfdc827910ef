import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../domain/types';
import type { ApiError } from '../errors';
import { resources } from './resources';

/** A translator for one language over the shared catalogs (CLI and main process; the renderer uses react-i18next). */
export function createTranslator(lang: Lang): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: lang, fallbackLng: 'en', resources, initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

/** The user-facing sentence for an error, in the given translator's language. */
export function errorMessage(t: TFunction, error: ApiError): string {
  const params: Record<string, unknown> = { ...(error.params ?? {}) };
  if (Array.isArray(params.issues)) params.details = (params.issues as string[]).join('; ');
  if (params.details === undefined) params.details = error.message;
  if (params.reason === undefined) params.reason = error.message;
  // Through `replace`: the values fill the sentence and are never read as i18next options (a param named `context` or `lng`).
  return t(`errors.${error.code}`, { replace: params });
}
