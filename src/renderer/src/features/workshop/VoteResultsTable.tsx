import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { useVoteResults } from './queries';

/** A revealed vote's totals: each item with its dots and how many people gave it any. */
export function VoteResultsTable({ id }: { id: string }) {
  const { t } = useTranslation();
  const results = useVoteResults(id);
  if (results.isError) return <Alert tone="error">{describeError(t, results.error)}</Alert>;
  if (!results.data) return null;
  return (
    <table className="workshop-results">
      <caption>{t('ui.workshop.vote.results')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.workshop.vote.item')}</th>
          <th scope="col">{t('ui.workshop.vote.total')}</th>
          <th scope="col">{t('ui.workshop.vote.voters')}</th>
        </tr>
      </thead>
      <tbody>
        {results.data.totals.map((row) => (
          <tr key={`${row.kind}:${row.id}`}>
            <th scope="row">{row.label}</th>
            <td>{row.dots}</td>
            <td>{row.voters}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
