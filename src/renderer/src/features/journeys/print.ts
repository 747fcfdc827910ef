/**
 * Printing the journey map (and "Save as PDF" in the print dialog) on one
 * landscape page size. The page size is a @page rule, which cannot be set per
 * print from CSS alone: a style element carries it while the dialog is open.
 */
export type PaperSize = 'A4' | 'A3';

const STYLE_ID = 'journey-print-page';

export function printJourney(size: PaperSize): void {
  document.getElementById(STYLE_ID)?.remove();
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `@page { size: ${size} landscape; margin: 10mm; }`;
  document.head.append(style);
  const root = document.documentElement;
  root.dataset.print = 'journey';
  root.dataset.paper = size;
  const cleanUp = () => {
    style.remove();
    delete root.dataset.print;
    delete root.dataset.paper;
    window.removeEventListener('afterprint', cleanUp);
  };
  window.addEventListener('afterprint', cleanUp);
  window.print();
}
