import type { TableData } from '@shared/analysis/charts/views';

/** A chart's numbers as a table (the registry's `table`): the text alternative behind "Show data". */
export type { TableData };

export function DataTable({ id, caption, table }: { id: string; caption: string; table: TableData }) {
  return (
    <div className="chart-table" id={id}>
      <table className="chart-table__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {value}
                  </th>
                ) : (
                  <td key={c}>{value}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
