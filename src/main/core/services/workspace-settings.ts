import { AppError } from '@shared/errors';
import type { WorkspaceSettings } from '@shared/contract/workspace-settings';
import { DEFAULT_CURRENCY, isCurrencyCode } from '@shared/i18n/format';
import type { Journal } from '../journal/journal';
import type { SettingsRepo } from '../repos/settings-repo';
import { derivedId } from '../db/ids';

export const settingId = (key: string): string => derivedId('workspaceSetting', key);

/**
 * Settings that belong to the workspace, not to the app (they travel with the
 * file): its currency. Each change is one undoable, journaled step, so it
 * shows in the history and merges like any other edit.
 */
export class WorkspaceSettingsService {
  constructor(
    private readonly repo: SettingsRepo,
    private readonly journal: Journal,
  ) {}

  get(): WorkspaceSettings {
    const stored = this.repo.stored('currency');
    // A value this version cannot format (a newer runtime's currency, a hand edit) shows as the default.
    return { currency: stored !== undefined && isCurrencyCode(stored) ? stored : DEFAULT_CURRENCY };
  }

  /** Choose the workspace currency: any ISO 4217 code the runtime knows; anything else changes nothing. */
  setCurrency(raw: string): WorkspaceSettings {
    const code = raw.trim().toUpperCase();
    if (!isCurrencyCode(code)) throw new AppError('CURRENCY_UNKNOWN', `${raw} is not an ISO 4217 currency code`, { code: raw });
    const from = this.get().currency;
    if (code === from) return this.get();
    this.journal.run({ kind: 'edit', label: { key: 'history.currency', params: { from, to: code } }, undoable: true }, (w) => {
      const id = settingId('currency');
      w.put('workspace_settings', { id, key: 'currency', value: code, deleted: 0 }, w.get('workspace_settings', id) ?? null);
    });
    return this.get();
  }
}
