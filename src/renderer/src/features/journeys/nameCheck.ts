import { MAX_NAME_LENGTH } from '@shared/domain/types';

export type NameProblem = { key: 'nameEmpty' } | { key: 'nameTooLong'; max: number; length: number };

/** What is wrong with a journey name before it is sent (the core checks again); null: fine. */
export function nameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { key: 'nameEmpty' };
  if (trimmed.length > MAX_NAME_LENGTH) return { key: 'nameTooLong', max: MAX_NAME_LENGTH, length: trimmed.length };
  return null;
}
