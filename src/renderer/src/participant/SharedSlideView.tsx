import type { SharedSlide } from '@shared/domain/workshop';
import type { T } from './text';

/** The facilitator's shared slide, drawn from its plain description. */
export function SharedSlideView({ slide, t }: { slide: SharedSlide; t: T }) {
  return (
    <section className="pp__card" aria-label={t('slide')}>
      <h2 className="pp__title">{slide.title}</h2>
      {slide.kind === 'text' && <p className="pp__body">{slide.body}</p>}
      {slide.kind === 'table' && (
        <>
          {slide.subtitle && <p className="pp__muted">{slide.subtitle}</p>}
          <div className="pp__table-wrap">
            <table className="pp__table">
              <thead>
                <tr>
                  {slide.columns.map((c, i) => (
                    <th key={i} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {slide.rows.map((row, r) => (
                  <tr key={r}>
                    <th scope="row">{row.header}</th>
                    {row.cells.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {slide.kind === 'results' && (
        <ol className="pp__results">
          {slide.rows.map((row, i) => (
            <li key={i}>
              <span>{row.label}</span> <strong>{t('dots_plural', { count: row.dots })}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
