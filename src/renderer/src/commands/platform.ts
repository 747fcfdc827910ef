import { detectPlatform, type Platform } from './shortcuts';

/** The platform decides what "Mod" means (Cmd or Ctrl); it cannot change while the app runs. */
export const platform: Platform = detectPlatform(typeof navigator === 'undefined' ? undefined : navigator);
