/**
 * Second entry of the economics feature: the texts that explain a result, for
 * the report. Kept out of index.ts because Result.tsx brings the economics
 * stylesheet, which the pages that only read the figures must not load.
 */
export { whyText } from './Result';
