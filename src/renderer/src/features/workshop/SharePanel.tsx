import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatJoinCode, type WorkshopState } from '@shared/domain/workshop';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import { useStartSharing, useStopSharing } from './mutations';
import { Participants } from './Participants';
import { QrCode } from './QrCode';

interface SharePanelProps {
  state: WorkshopState;
  readOnly: boolean;
  /** Opens the join screen: the QR code and the short address, full screen for the room. */
  onShowJoin: () => void;
}

/**
 * Sharing at the top of the Workshop page: off, a button to start; on, one
 * compact band with the short address and code a room can type, how many
 * joined, and the join screen, so the vote and the timer below stay in view.
 * The QR code, the full link and the names are in ShareDetails further down.
 */
export function SharePanel({ state, readOnly, onShowJoin }: SharePanelProps) {
  const { t, i18n } = useTranslation();
  const start = useStartSharing();
  const stop = useStopSharing();
  const error = start.error ?? stop.error;
  const movedAt = state.movedAt ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(state.movedAt)) : null;
  return (
    <section className="card workshop-share" aria-labelledby="workshop-share-title">
      <h2 id="workshop-share-title" className="card__title">
        {t('ui.workshop.share.heading')}
      </h2>
      {error && <Alert tone="error">{describeError(t, error)}</Alert>}
      {!state.sharing && (
        <>
          <p className="muted">{t('ui.workshop.share.off')}</p>
          <div>
            <Button variant="primary" disabled={readOnly || start.isPending} onClick={() => start.mutate({})}>
              {t('ui.workshop.share.start')}
            </Button>
          </div>
        </>
      )}
      {state.sharing && state.joinAddress && state.joinCode && (
        <>
          {movedAt && <Alert tone="warning">{t('ui.workshop.share.moved', { time: movedAt, address: state.joinAddress })}</Alert>}
          <div className="workshop-share__band">
            <dl className="workshop-share__join">
              <div>
                <dt>{t('ui.workshop.share.address')}</dt>
                <dd className="workshop-share__big">{state.joinAddress}</dd>
              </div>
              <div>
                <dt>{t('ui.workshop.share.code')}</dt>
                <dd className="workshop-share__big workshop-share__code">{formatJoinCode(state.joinCode)}</dd>
              </div>
            </dl>
            <div className="workshop-share__actions">
              <Button variant="primary" onClick={onShowJoin}>
                {t('ui.workshop.share.showJoin')}
              </Button>
              <Button variant="danger" disabled={stop.isPending} onClick={() => stop.mutate({})}>
                {t('ui.workshop.share.stop')}
              </Button>
            </div>
          </div>
          <p className="workshop-participants__summary" role="status">
            {state.participants.length === 0
              ? t('ui.workshop.participants.none')
              : t('ui.workshop.participants.summary', { count: state.participants.length, voted: state.participants.filter((p) => p.dots > 0).length })}
          </p>
        </>
      )}
    </section>
  );
}

/** The rest of the share, below the vote and the timer: the QR code, the full link to send, the names, and what stopping does. */
export function ShareDetails({ state }: { state: WorkshopState }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (!state.url) return null;
  const url = state.url;
  const copy = () => void navigator.clipboard.writeText(url).then(() => setCopied(true));
  return (
    <section className="card workshop-share-details" aria-labelledby="workshop-details-title">
      <h2 id="workshop-details-title" className="card__title">
        {t('ui.workshop.share.details')}
      </h2>
      <div className="workshop-share__on">
        <div className="workshop-share__address">
          <p className="workshop-share__link">
            <span className="muted">{t('ui.workshop.share.link')}</span> <span className="workshop-share__url">{url}</span>
          </p>
          <div>
            <Button onClick={copy}>{t('ui.workshop.share.copy')}</Button>
          </div>
          {copied && <p role="status">{t('ui.workshop.share.copied')}</p>}
          <Participants participants={state.participants} />
          <p className="muted">{t('ui.workshop.share.stopHint')}</p>
        </div>
        {state.qr && <QrCode qr={state.qr} className="workshop-share__qr" />}
      </div>
    </section>
  );
}
