import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '@shared/domain/workshop';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import { useStartSharing, useStopSharing } from './mutations';

/** Start and stop sharing; while on: the address in large type, its QR code and who has joined. */
export function SharePanel({ state, readOnly }: { state: WorkshopState; readOnly: boolean }) {
  const { t } = useTranslation();
  const start = useStartSharing();
  const stop = useStopSharing();
  const [copied, setCopied] = useState(false);
  const error = start.error ?? stop.error;
  const copy = () => {
    if (!state.url) return;
    void navigator.clipboard.writeText(state.url).then(() => setCopied(true));
  };
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
      {state.sharing && state.url && (
        <div className="workshop-share__on">
          <div className="workshop-share__address">
            <p>{t('ui.workshop.share.on')}</p>
            <p className="workshop-share__url" data-testid="workshop-url">
              {state.url}
            </p>
            <div className="workshop-share__actions">
              <Button onClick={copy}>{t('ui.workshop.share.copy')}</Button>
              <Button variant="danger" disabled={stop.isPending} onClick={() => stop.mutate({})}>
                {t('ui.workshop.share.stop')}
              </Button>
            </div>
            {copied && <p role="status">{t('ui.workshop.share.copied')}</p>}
            <p className="muted">{t('ui.workshop.share.stopHint')}</p>
          </div>
          {state.qr && (
            <svg
              className="workshop-share__qr"
              role="img"
              aria-label={t('ui.workshop.share.qr')}
              viewBox={`0 0 ${state.qr.size} ${state.qr.size}`}
              shapeRendering="crispEdges"
            >
              <rect width={state.qr.size} height={state.qr.size} fill="#ffffff" />
              <path d={state.qr.path} fill="#000000" />
            </svg>
          )}
          <Participants state={state} />
        </div>
      )}
    </section>
  );
}

function Participants({ state }: { state: WorkshopState }) {
  const { t } = useTranslation();
  return (
    <div className="workshop-participants">
      <h3>{t('ui.workshop.participants.heading', { count: state.participants.length })}</h3>
      {state.participants.length === 0 ? (
        <p className="muted">{t('ui.workshop.participants.none')}</p>
      ) : (
        <ul aria-label={t('ui.workshop.participants.heading', { count: state.participants.length })}>
          {state.participants.map((p) => (
            <li key={p.id}>
              <span>{p.displayName}</span>{' '}
              <span className={p.dots > 0 ? 'workshop-participants__voted' : 'muted'}>
                {p.dots > 0 ? t('ui.workshop.participants.voted', { count: p.dots }) : t('ui.workshop.participants.notVoted')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
