/** A scenario's economics and their number formats, for the findings, the report and the slides. */
export { useEconomics } from './queries';
export { makeFormats, type Formats } from './format';
