/** The workshop's state, vote results and current slide, and the join QR code, for the show and the report. */
export { useVoteResults, useWorkshopState } from './queries';
export { useSetSlide } from './mutations';
export { QrCode } from './QrCode';
