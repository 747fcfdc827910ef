import type { TFunction } from 'i18next';
import { describeError } from '../../../i18n/errorText';

/** A change the field itself refuses before asking the server (its message is already translated). */
export class FieldRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldRefusal';
  }
}

/** What to show next to a field whose change failed: its own words, or the server's, translated. */
export function failureText(t: TFunction, err: unknown): string {
  return err instanceof FieldRefusal ? err.message : describeError(t, err);
}
