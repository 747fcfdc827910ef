/**
 * Second entry of the profiles feature: the profile editor, for the framework
 * page. Kept out of index.ts because it brings every editor and the profiles
 * stylesheet, which the pages that only reuse a form field must not load.
 */
export { ProfileEditor } from './ProfileEditor';
