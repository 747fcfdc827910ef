import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from './refusal';

/**
 * For controls whose every change is a commit (radio groups, selects,
 * checkboxes): shows the chosen value at once, saves it, and on failure
 * falls back to the saved value with the reason.
 */
export function useChoiceSave<V>(saved: V, save: (value: V) => Promise<void>) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ value: V } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(value: V) {
    if (Object.is(value, saved) && pending === null) return;
    const request = { value };
    setPending(request);
    setError(null);
    try {
      await save(value);
    } catch (err) {
      setError(failureText(t, err));
    } finally {
      // A later choice may already be on its way; leave that one showing.
      setPending((current) => (current === request ? null : current));
    }
  }

  return { value: pending ? pending.value : saved, error, choose: (value: V) => void choose(value) };
}
