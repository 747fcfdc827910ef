import { AppError } from '@shared/errors';
import { MAX_NAME_LENGTH } from '@shared/domain/types';

/** Trim and check a user-given name; the same rules everywhere a name is set. */
export function cleanName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.length === 0) throw new AppError('NAME_EMPTY', 'A name cannot be empty');
  if ([...name].length > MAX_NAME_LENGTH) {
    throw new AppError('NAME_TOO_LONG', `A name can be at most ${MAX_NAME_LENGTH} characters`, {
      max: MAX_NAME_LENGTH,
      length: [...name].length,
    });
  }
  return name;
}
