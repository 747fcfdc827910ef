import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVELS, ROLES } from '@shared/domain/types';
import { EVIDENCE_MARKS, RoleGlyph } from './RoleGlyph';

/** What the shapes and marks mean; printed with the matrix. */
export function Legend({ isAllLens }: { isAllLens: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="legend__title">
        {t('ui.matrix.legend.title')}
      </h2>
      <ul role="list" className="legend__items">
        {ROLES.map((role) => (
          <li key={role} className="legend__item">
            <span className={`legend__swatch cell--role-${role}`}>
              <RoleGlyph role={role} />
            </span>
            {role} · {t(`ui.matrix.roleNames.${role}`)}
          </li>
        ))}
        <li className="legend__item">
          <span className="legend__swatch" />
          {t('ui.matrix.legend.unset')}
        </li>
        {!isAllLens && (
          <>
            <li className="legend__item">
              <span className="legend__swatch cell--role-2 cell--inherited">
                <RoleGlyph role={2} />
              </span>
              {t('ui.matrix.legend.inherited')}
            </li>
            <li className="legend__item">
              <span className="legend__swatch cell--role-2">
                <RoleGlyph role={2} />
                <span className="cell__flag" />
              </span>
              {t('ui.matrix.legend.overridden')}
            </li>
          </>
        )}
        {EVIDENCE_LEVELS.map((level) => (
          <li key={level} className="legend__item">
            <span className="legend__mark" aria-hidden="true">
              {EVIDENCE_MARKS[level]}
            </span>
            {t(`ui.matrix.evidenceNames.${level}`)}
          </li>
        ))}
        <li className="legend__item">
          <span className="legend__swatch">
            <span className="cell__note" />
          </span>
          {t('ui.matrix.legend.note')}
        </li>
      </ul>
    </section>
  );
}
