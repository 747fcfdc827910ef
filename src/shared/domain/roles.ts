import type { Lang, Role } from './types';

/** The words for each role, as users type them in spreadsheets (both languages). */
export const ROLE_WORDS: Record<Lang, Record<Role, string>> = {
  en: { 0: 'none', 1: 'supporting', 2: 'important', 3: 'lead' },
  nl: { 0: 'geen', 1: 'ondersteunend', 2: 'belangrijk', 3: 'leidend' },
};

/** A role from a number or a word in either language; null when it is neither. */
export function parseRole(text: string): Role | null {
  const value = text.trim().toLowerCase();
  if (/^[0-3]$/.test(value)) return Number(value) as Role;
  for (const words of Object.values(ROLE_WORDS)) {
    for (const [role, word] of Object.entries(words)) if (word === value) return Number(role) as Role;
  }
  return null;
}

/** A role that carries weight: set and above "none". */
export const isActive = (role: Role | null | undefined): boolean => role !== null && role !== undefined && role > 0;
