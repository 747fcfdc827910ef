import type { TFunction } from 'i18next';
import type { ApiError } from '@shared/errors';
import { errorMessage } from '@shared/i18n/translate';
import { asApiError, clientFailureOf } from '../api/errors';

/**
 * The sentence to show for a failed call: `errors.<CODE>` with the error's
 * params (VALIDATION issues joined as `details`), or the client's own words
 * when the core could not be reached at all.
 */
export function translateError(t: TFunction, error: ApiError): string {
  switch (clientFailureOf(error)) {
    case 'network':
      return t('ui.errors.network');
    case 'bad-response':
      return t('ui.errors.badResponse');
    case 'bridge':
      return t('ui.errors.bridge');
    default:
      return errorMessage(t, error);
  }
}

/** Same, for anything caught (an ApiCallError from `unwrap`, or an unexpected throw). */
export function describeError(t: TFunction, err: unknown): string {
  return translateError(t, asApiError(err));
}
