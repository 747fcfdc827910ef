import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '@shared/domain/workshop';

/** The share's QR code: black modules on white whatever the theme, so every phone camera reads it. */
export function QrCode({ qr, className }: { qr: NonNullable<WorkshopState['qr']>; className: string }) {
  const { t } = useTranslation();
  return (
    <svg className={className} role="img" aria-label={t('ui.workshop.share.qr')} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={qr.path} fill="#000000" />
    </svg>
  );
}
