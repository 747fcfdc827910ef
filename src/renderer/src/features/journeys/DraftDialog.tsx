import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftProposal } from '@shared/analysis/journeys';
import type { Channel, Phase } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../i18n/errorText';

export interface DraftStep {
  phaseId: string;
  channelId: string;
  title: string;
}

interface DraftDialogProps {
  proposals: readonly DraftProposal[];
  phases: ReadonlyMap<string, Phase>;
  channels: readonly Channel[];
  lensName: string;
  scenarioName: string;
  /** Adds the kept steps as one action. */
  onSubmit: (steps: DraftStep[]) => Promise<void>;
  onClose: () => void;
}

interface Row extends DraftStep {
  keep: boolean;
}

/** One proposal per phase from the matrix; each is kept (as is or edited) or dropped, then all are added at once. */
export function DraftDialog({ proposals, phases, channels, lensName, scenarioName, onSubmit, onClose }: DraftDialogProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    proposals.map((p) => ({
      phaseId: p.phaseId,
      channelId: p.channelId,
      title: t(`ui.journeys.${p.title.key}`, p.title.params),
      keep: true,
    })),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const kept = rows.filter((r) => r.keep);
  const edit = (index: number, patch: Partial<Row>) => setRows((list) => list.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  async function submit() {
    setBusy(true);
    try {
      await onSubmit(kept.map(({ phaseId, channelId, title }) => ({ phaseId, channelId, title: title.trim() })));
    } catch (err) {
      setFailure(describeError(t, err));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('ui.journeys.draft.title')}
      onClose={onClose}
      className="draft-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          {rows.length > 0 && (
            <Button variant="primary" disabled={busy || kept.length === 0} onClick={() => void submit()}>
              {t('ui.journeys.draft.submit', { count: kept.length })}
            </Button>
          )}
        </>
      }
    >
      {rows.length === 0 ? (
        <p>{t('ui.journeys.draft.nothing')}</p>
      ) : (
        <>
          <p className="muted">{t('ui.journeys.draft.intro', { lens: lensName, scenario: scenarioName })}</p>
          <table className="draft-table">
            <thead>
              <tr>
                <th scope="col">{t('ui.journeys.draft.keep')}</th>
                <th scope="col">{t('ui.journeys.draft.phase')}</th>
                <th scope="col">{t('ui.journeys.draft.channel')}</th>
                <th scope="col">{t('ui.journeys.draft.titleColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const phase = phases.get(row.phaseId)?.name ?? '';
                return (
                  <tr key={row.phaseId} className={row.keep ? undefined : 'draft-table__dropped'}>
                    <td>
                      <input
                        type="checkbox"
                        checked={row.keep}
                        aria-label={t('ui.journeys.draft.keepOf', { phase })}
                        onChange={(event) => edit(index, { keep: event.target.checked })}
                      />
                    </td>
                    <th scope="row">{phase}</th>
                    <td>
                      <select
                        className="input select"
                        value={row.channelId}
                        disabled={!row.keep}
                        aria-label={t('ui.journeys.draft.channelOf', { phase })}
                        onChange={(event) => edit(index, { channelId: event.target.value })}
                      >
                        {channels.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        className="input"
                        value={row.title}
                        disabled={!row.keep}
                        aria-label={t('ui.journeys.draft.titleOf', { phase })}
                        onChange={(event) => edit(index, { title: event.target.value })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {failure && <Alert tone="error">{failure}</Alert>}
    </Dialog>
  );
}
