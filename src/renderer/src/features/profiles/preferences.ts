/** Contact preferences of a customer type, one three-way choice per channel. */
import type { ChannelPreference, CustomerType } from '@shared/domain/types';

export const PREFERENCE_CHOICES = ['preferred', 'neutral', 'refused'] as const;
export type PreferenceChoice = (typeof PREFERENCE_CHOICES)[number];

type Preferences = Pick<CustomerType, 'preferredChannelIds' | 'refusedChannelIds'>;

export function preferenceOf(type: Preferences, channelId: string): PreferenceChoice {
  if (type.refusedChannelIds.includes(channelId)) return 'refused';
  if (type.preferredChannelIds.includes(channelId)) return 'preferred';
  return 'neutral';
}

/** The contract's value: neutral is "no preference" (null). */
export function toApiPreference(choice: PreferenceChoice): ChannelPreference | null {
  return choice === 'neutral' ? null : choice;
}

/** How many existing channels are preferred and refused (ids of deleted channels do not count). */
export function preferenceCounts(type: Preferences, channelIds: ReadonlySet<string>): { preferred: number; refused: number } {
  return {
    preferred: type.preferredChannelIds.filter((id) => channelIds.has(id)).length,
    refused: type.refusedChannelIds.filter((id) => channelIds.has(id)).length,
  };
}
