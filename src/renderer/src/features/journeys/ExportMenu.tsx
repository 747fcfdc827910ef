import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportSvgElement } from '../../components/exportImage';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { MenuButton } from '../matrix';
import { JourneySvg } from './JourneySvg';
import { printJourney } from './print';
import type { MapLayout } from './svgLayout';

interface ExportMenuProps {
  fileName: string;
  /** Made when an export starts, from the map as it is then. */
  layout: () => MapLayout;
}

/** PNG and SVG of the map (an export-only SVG rendition), and a print/PDF page in A4 or A3 landscape. */
export function ExportMenu({ fileName, layout }: ExportMenuProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const [job, setJob] = useState<{ format: 'svg' | 'png'; layout: MapLayout } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const started = useRef<object | null>(null);

  useEffect(() => {
    // Once per export, even when effects run twice (React's strict mode in development).
    if (!job || !svgRef.current || started.current === job) return;
    started.current = job;
    let active = true;
    exportSvgElement(svgRef.current, fileName, job.format, '#ffffff')
      .catch((err: unknown) => notices.showError(t('ui.journeys.export.failed', { reason: describeError(t, err) })))
      .finally(() => {
        if (active) setJob(null);
      });
    return () => {
      active = false;
      setJob((current) => (current === job ? null : current));
    };
  }, [job, fileName, notices, t]);

  return (
    <>
      <MenuButton
        label={t('ui.journeys.toolbar.export')}
        className="btn btn--secondary"
        items={[
          { id: 'png', label: t('ui.journeys.toolbar.exportPng'), disabled: job !== null, onSelect: () => setJob({ format: 'png', layout: layout() }) },
          { id: 'svg', label: t('ui.journeys.toolbar.exportSvg'), disabled: job !== null, onSelect: () => setJob({ format: 'svg', layout: layout() }) },
          { id: 'a4', label: t('ui.journeys.toolbar.printA4'), onSelect: () => printJourney('A4') },
          { id: 'a3', label: t('ui.journeys.toolbar.printA3'), onSelect: () => printJourney('A3') },
        ]}
      >
        {t('ui.journeys.toolbar.export')}
      </MenuButton>
      {job && (
        <div className="journey-export-stage" aria-hidden="true">
          <JourneySvg ref={svgRef} layout={job.layout} />
        </div>
      )}
    </>
  );
}
