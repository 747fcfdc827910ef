/** The deck and its slide titles, for the report. The show's hash is a second entry, route.ts; the slides another, slides.ts. */
export { useDeck } from './queries';
export { slideTitle } from './titles';
