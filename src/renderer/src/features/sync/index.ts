/** Team sync: the top bar's status and Sync panel, and joining a shared workspace from the start screen. */
export { SyncStatusButton } from './SyncStatusButton';
export { JoinSharedForm } from './JoinSharedForm';
