import { useTranslation } from 'react-i18next';
import { formatJoinCode } from '@shared/domain/workshop';
import { QrCode, useWorkshopState } from '../../workshop';
import { SlideBody } from '../fit/SlideBody';

/**
 * How the room joins the workshop: the QR code as tall as the slide allows,
 * and beside it the short address and code to type from the back of the room.
 * It follows the share: a new address (the laptop changed network) shows at once.
 */
export function JoinSlide() {
  const { t } = useTranslation();
  const state = useWorkshopState().data;
  if (!state) return null;
  if (!state.sharing || !state.qr || !state.joinAddress || !state.joinCode) {
    return (
      <SlideBody>
        <p className="present-slide__lead">{t('ui.present.joinSlide.notSharing')}</p>
      </SlideBody>
    );
  }
  const { qr } = state;
  return (
    <div className="present-join">
      <QrCode qr={qr} className="present-join__qr" />
      <div className="present-join__words">
        <p className="present-join__step">{t('ui.present.joinSlide.scan')}</p>
        <p className="present-join__step">{t('ui.present.joinSlide.orType')}</p>
        <p className="present-join__address">{state.joinAddress}</p>
        <p className="present-join__step">{t('ui.present.joinSlide.code')}</p>
        <p className="present-join__code" aria-label={t('ui.present.joinSlide.codeLabel', { code: state.joinCode.split('').join(' ') })}>
          {formatJoinCode(state.joinCode)}
        </p>
        <p className="present-join__count" aria-live="polite">
          {t('ui.present.joinSlide.joined', { count: state.participants.length })}
        </p>
      </div>
    </div>
  );
}
