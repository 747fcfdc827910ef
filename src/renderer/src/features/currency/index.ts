/** The workspace's currency and number formats, and the card that edits them (on the framework page). */
export { useCurrency, useNumberFormats } from './queries';
export { WorkspaceSettingsCard } from './WorkspaceSettingsCard';
