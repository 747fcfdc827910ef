/**
 * Second entry of the workshop feature, for the participant page on phones, a
 * bundle of its own that must stay small: index.ts brings the contract client's
 * hooks and the QR code, which the phones do not need.
 */
export { useCountdown } from './useCountdown';
