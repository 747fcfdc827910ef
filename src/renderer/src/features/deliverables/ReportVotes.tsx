/**
 * A revealed dot vote in the report: its items by dots, with how many people
 * voted for each, and a bar for the share of the leader's dots. Totals the
 * facilitator kept hidden from the room stay out of the handout too.
 */
import { useTranslation } from 'react-i18next';
import { placedTotals } from '@shared/domain/workshop';
import { useVoteResults } from '../workshop';
import { Block, loadState } from './ReportBlock';

/** Rows per table: a longer vote continues in a second table, each one fits a page. */
const ROWS_PER_TABLE = 30;

export function VoteSection({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const results = useVoteResults(voteId);
  const state = loadState(results);
  if (state || !results.data) return state;
  const { session, voters, dotsCast } = results.data;
  // The section's heading names the vote's question; the lead says who voted.
  if (session.status !== 'revealed') return <Block>{t('ui.present.votes.hidden')}</Block>;
  const placed = placedTotals(results.data);
  if (placed.length === 0) return <Block>{t('ui.deliverables.report.noDots')}</Block>;
  const most = placed[0]!.dots;
  const tables = Array.from({ length: Math.ceil(placed.length / ROWS_PER_TABLE) }, (_, k) => placed.slice(k * ROWS_PER_TABLE, (k + 1) * ROWS_PER_TABLE));
  return (
    <>
      <Block keep>
        <p className="report__lead">{t('ui.deliverables.report.voteCaption', { voters, dots: dotsCast })}</p>
      </Block>
      {tables.map((rows, k) => (
        <Block key={k}>
          <table className="report__votes">
            <thead>
              <tr>
                <th scope="col">{t('ui.deliverables.columns.item')}</th>
                <th scope="col">{t('ui.deliverables.columns.dots')}</th>
                <th scope="col">{t('ui.deliverables.columns.voters')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((total) => (
                <tr key={`${total.kind}:${total.id}`}>
                  <th scope="row">{total.label}</th>
                  <td className="report__num report__vote-dots">
                    <span className="report__vote-bar" aria-hidden="true" style={{ inlineSize: `${(total.dots / most) * 100}%` }} />
                    <span className="report__vote-count">{total.dots}</span>
                  </td>
                  <td className="report__num">{total.voters}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Block>
      ))}
    </>
  );
}
