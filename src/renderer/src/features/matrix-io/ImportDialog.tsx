import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lens } from '@shared/domain/types';
import { tooLargeParams } from '@shared/matrix-io/limits';
import { defaultDecisions, planImport } from '@shared/matrix-io/plan';
import { MAX_IMPORT_BYTES, type ImportDecisions } from '@shared/matrix-io/types';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useNotices } from '../../components/Notices';
import { translateError } from '../../i18n/errorText';
import { useCatalog } from '../framework';
import { toBase64 } from './files';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { useImportApply } from './mutations';
import { useImportPreview, type ChosenFile } from './queries';
import { ViewSelect } from './ViewSelect';

const MB = 1024 * 1024;
const NO_DECISIONS: ImportDecisions = { phases: {}, channels: {} };
let nextToken = 1;

/** The suggestions, overridden by the user's own choices for the names this preview still does not know. */
function withChoices(suggested: ImportDecisions, chosen: ImportDecisions): ImportDecisions {
  const pick = (axis: keyof ImportDecisions) =>
    Object.fromEntries(Object.entries(suggested[axis]).map(([name, d]) => [name, chosen[axis][name] ?? d]));
  return { phases: pick('phases'), channels: pick('channels') };
}

/**
 * Choose a sheet, a scenario and a lens; see exactly what would change and
 * decide about unknown names; then apply it all as one undoable step. The
 * core reads the file (the renderer only checks its size and sends it).
 */
export function ImportDialog(props: { scenarioId: string; lens: Lens; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const fileField = useId();
  const sheetField = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const catalog = useCatalog();
  const [scenarioId, setScenarioId] = useState(props.scenarioId);
  const [lens, setLens] = useState<Lens>(props.lens);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useImportPreview(file, scenarioId, lens, sheet);
  const apply = useImportApply();
  const current = preview.data;
  // What the user chose, by name; kept when only the scenario, lens or sheet changes.
  const [decided, setDecided] = useState<ImportDecisions>(NO_DECISIONS);
  const decisions = useMemo(() => (current ? withChoices(defaultDecisions(current, 'suggest'), decided) : null), [current, decided]);
  const plan = useMemo(() => (current && decisions ? planImport(current, decisions) : null), [current, decisions]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFileError(null);
    apply.reset();
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      // The same words the core would use, without sending 50 MB to hear them.
      setFile(null);
      setFileError(translateError(t, { code: 'IMPORT_TOO_LARGE', message: 'too large', params: tooLargeParams(chosen.name, chosen.size) }));
      return;
    }
    const contentBase64 = toBase64(new Uint8Array(await chosen.arrayBuffer()));
    setSheet(null);
    setDecided(NO_DECISIONS);
    setFile({ token: nextToken++, name: chosen.name, size: chosen.size, contentBase64 });
  }

  async function onConfirm() {
    if (!file || !current || !decisions) return;
    const result = await apply
      .mutateAsync({ fileName: file.name, contentBase64: file.contentBase64, scenarioId, lens, sheet: current.sheet, decisions })
      .catch(() => null);
    if (!result) return;
    notices.announce(t('ui.matrixIo.import.done', { count: result.cellsSet, name: file.name }));
    props.onClose();
  }

  const readError = fileError ?? (preview.error ? translateError(t, asApiError(preview.error)) : null);
  const applyError = apply.error ? translateError(t, asApiError(apply.error)) : null;
  const creates = plan ? plan.create.phases.length + plan.create.channels.length : 0;
  const canApply = !props.readOnly && !!plan && plan.conflicts.length === 0 && plan.changes.length + creates > 0 && !apply.isPending && !preview.isFetching;

  return (
    <Dialog
      title={t('ui.matrixIo.import.title')}
      onClose={props.onClose}
      className="matrix-io__dialog"
      initialFocus={inputRef}
      footer={
        <>
          <Button onClick={props.onClose}>{t('ui.common.cancel')}</Button>
          <Button variant="primary" disabled={!canApply} onClick={() => void onConfirm()}>
            {t('ui.matrixIo.import.confirm', { count: plan?.changes.length ?? 0 })}
          </Button>
        </>
      }
    >
      <p className="matrix-io__intro">{t('ui.matrixIo.import.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={fileField}>
          {t('ui.matrixIo.import.file')}
        </label>
        <input
          ref={inputRef}
          id={fileField}
          type="file"
          className="matrix-io__file"
          accept=".csv,.xlsx,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${fileField}-hint`}
          onChange={(event) => void onFile(event)}
        />
        <p id={`${fileField}-hint`} className="field__hint">
          {t('ui.matrixIo.import.fileHint', { max: MAX_IMPORT_BYTES / MB })}
        </p>
      </div>
      {catalog.data && (
        <ViewSelect catalog={catalog.data} scenarioId={scenarioId} lens={lens} onScenario={setScenarioId} onLens={setLens} />
      )}
      {current && current.sheets.length > 1 && (
        <div className="field">
          <label className="field__label" htmlFor={sheetField}>
            {t('ui.matrixIo.import.sheet')}
          </label>
          <select id={sheetField} className="input" value={current.sheet ?? ''} onChange={(e) => setSheet(e.target.value)}>
            {current.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {readError && <Alert tone="error">{readError}</Alert>}
      {file && preview.isFetching && (
        <p role="status" className="field__hint">
          {t('ui.matrixIo.import.reading', { name: file.name })}
        </p>
      )}
      {current && plan && decisions && !readError && (
        <ImportPreviewPanel preview={current} plan={plan} decisions={decisions} onDecisions={setDecided} />
      )}
      {applyError && <Alert tone="error">{applyError}</Alert>}
    </Dialog>
  );
}
