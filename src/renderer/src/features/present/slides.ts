/**
 * Second entry of the present feature: a slide as the show draws it, for the
 * workshop's join screen (with the stylesheet `present.css`, a declared entry
 * too). Kept out of index.ts because it brings every slide, and with them the
 * charts and the editable matrix, which the report must not load.
 */
export { SlideView } from './SlideView';
export { SlideCanvas } from './fit/SlideCanvas';
