/** The report's matrix, findings and text sections, each a column of blocks (ReportBlock). */
import { useTranslation } from 'react-i18next';
import { visibleSorted } from '@shared/analysis/charts/cells';
import { lensFindings } from '@shared/analysis/findings/lens-findings';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import type { Catalog, Lens, Role } from '@shared/domain/types';
import { findingMessage, findingScope } from '@shared/i18n/finding-text';
import { useFindings } from '../findings';
import { useScenarioCells } from '../matrix';
import { PAGE_WIDTH_PX } from './pages';
import { Block, loadState, useBlock } from './ReportBlock';
import { useCurrency } from '../currency';

/** At most this many channels side by side: role words stay whole at the printed width. */
const CHANNELS_PER_TABLE = 8;
/** The room the channel columns share (the phase names take 16% of the page width), in px. */
const CHANNEL_ROOM_PX = Math.floor(PAGE_WIDTH_PX * 0.84);
/** A bold header at 8.5 pt: about this many px per character (wide fonts such as DejaVu Sans), plus the cell's padding. */
const HEADER_CHAR_PX = 11.3 * 0.7;
const CELL_PAD_PX = 10;

/**
 * How many channels fit side by side without breaking a word of a channel's
 * name ("Accountmanager" stays whole): from the longest word, at most
 * CHANNELS_PER_TABLE, at least four.
 */
export function channelsPerTable(names: readonly string[], room = CHANNEL_ROOM_PX): number {
  const longest = Math.max(0, ...names.flatMap((n) => n.split(/[\s/-]+/)).map((w) => w.length));
  const fits = Math.floor(room / (longest * HEADER_CHAR_PX + CELL_PAD_PX));
  return Math.max(4, Math.min(CHANNELS_PER_TABLE, fits));
}
/** At most this many phases in one table, so a table always fits a page. */
const PHASES_PER_TABLE = 24;

/** Items in even groups of at most `max` (13 channels give 7 + 6, not 8 + 5). */
export function channelGroups<T>(items: readonly T[], max = CHANNELS_PER_TABLE): T[][] {
  const count = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / Math.max(1, count));
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** Up to this many phases go across the page, the channels down it: the phases then read left to right, as in a journey. */
const PHASES_ACROSS = 8;
/** Channels down one table at most, so a table always fits a page. */
const CHANNELS_PER_COLUMN_TABLE = 30;

function RoleCell({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <td className={`report__role report__role--${role}`}>{role === 0 ? '' : t(`ui.deliverables.roles.${role}`)}</td>;
}

/**
 * The matrix of one scenario in one lens, role words in coloured cells. With
 * up to eight phases the phases go across and the channels down (every
 * channel name stays whole, however long); with more phases the channels go
 * across in several tables.
 */
export function MatrixSection({ catalog, scenarioId, lens }: { catalog: Catalog; scenarioId: string; lens: Lens }) {
  const cells = useScenarioCells(scenarioId);
  const state = loadState(cells);
  if (state) return state;
  const shown = effectiveMatrix(cells.data ?? [], lens);
  const role = (phaseId: string, channelId: string): Role => shown.get(cellKey(phaseId, channelId))?.role ?? 0;
  const phases = visibleSorted(catalog.phases);
  const channels = visibleSorted(catalog.channels);
  if (phases.length <= PHASES_ACROSS) {
    return (
      <>
        {channelGroups(channels, CHANNELS_PER_COLUMN_TABLE).map((rows) => (
          <Block key={rows[0]!.id}>
            <RoleTable className="report__matrix report__matrix--across" columns={phases} rows={rows} role={(c, p) => role(p.id, c.id)} />
          </Block>
        ))}
      </>
    );
  }
  const tables = channelGroups(channels, channelsPerTable(channels.map((c) => c.name))).flatMap((group) => channelGroups(phases, PHASES_PER_TABLE).map((rows) => ({ group, rows })));
  return (
    <>
      {tables.map(({ group, rows }) => (
        <Block key={`${group[0]?.id}:${rows[0]?.id}`}>
          <RoleTable className="report__matrix" columns={group} rows={rows} role={(p, c) => role(p.id, c.id)} />
        </Block>
      ))}
    </>
  );
}

interface Named {
  id: string;
  name: string;
}

/** One printed matrix table: the column items across, the row items down, a role word in each cell. */
function RoleTable<R extends Named, C extends Named>({ className, columns, rows, role }: { className: string; columns: readonly C[]; rows: readonly R[]; role: (row: R, column: C) => Role }) {
  return (
    <table className={className}>
      <thead>
        <tr>
          <td />
          {columns.map((c) => (
            <th key={c.id} scope="col">
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            {columns.map((c) => (
              <RoleCell key={c.id} role={role(r, c)} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The findings of one scenario in one lens, most important first, each with its severity and scope. */
export function FindingsSection({ catalog, scenarioId, lens }: { catalog: Catalog; scenarioId: string; lens: Lens }) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const { findings, error } = useFindings(catalog, scenarioId, 'default');
  const state = loadState({ data: findings ?? undefined, error });
  if (state) return state;
  const shown = lensFindings(findings ?? [], lens);
  const scenario = catalog.scenarios.find((s) => s.id === scenarioId)?.name ?? '';
  if (shown.length === 0) return <Block>{t('ui.deliverables.report.noFindings')}</Block>;
  return (
    <>
      <Block keep>
        <p>{t('ui.deliverables.report.findingsIntro', { scenario })}</p>
      </Block>
      <ul className="report__findings">
        {shown.map((f) => (
          <FindingItem key={f.id} severity={f.severity} label={t(`ui.findings.severity.${f.severity}`)} text={findingMessage(t, i18n.language, f, currency)} scope={f.lens.kind === 'all' && !f.journey ? null : findingScope(t, catalog, f)} />
        ))}
      </ul>
    </>
  );
}

export function FindingItem({ severity, label, text, scope }: { severity: string; label: string; text: string; scope: string | null }) {
  const block = useBlock();
  return (
    <li className={`report__finding report__finding--${severity}`} {...block}>
      <span className="report__severity">{label}</span> {text}
      {scope !== null && <span className="report__scope"> ({scope})</span>}
    </li>
  );
}

/** A facilitator's text slide: its paragraphs. */
export function TextSection({ body }: { body: string }) {
  const paragraphs = body.split('\n').map((p) => p.trim()).filter((p) => p !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <Block key={i}>
          <p>{p}</p>
        </Block>
      ))}
    </>
  );
}
