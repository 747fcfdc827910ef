import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { costOutcome, journeyCost } from '@shared/analysis/economics';
import type { Catalog, Lens } from '@shared/domain/types';
import { sortByPosition } from '../../framework';
import { useNumberFormats } from '../../currency';
import { useEconomics } from '../../economics';
import { useScenarioCells } from '../../matrix';
import { SlideBody } from '../fit/SlideBody';

/**
 * Cost to serve in one scenario: contacts and cost per phase, and the total;
 * of all customers, or of one customer type when the slide looks through one.
 */
export function EconomicsSlide({ catalog, scenarioId, lens }: { catalog: Catalog; scenarioId: string; lens: Lens }) {
  const { t } = useTranslation();
  const economics = useEconomics(scenarioId);
  const cells = useScenarioCells(scenarioId);
  const phases = useMemo(() => sortByPosition(catalog.phases).filter((p) => !p.hidden), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels).filter((c) => !c.hidden), [catalog.channels]);
  const formats = useNumberFormats();
  if (!economics.data || !cells.data) return null;
  const cost = journeyCost({
    phases,
    channels,
    cells: cells.data,
    customerTypeId: lens.kind === 'customerType' ? lens.id : null,
    roleContacts: economics.data.roleContacts,
    overrides: economics.data.overrides,
  });
  const missing = channels.filter((c) => cost.missingCost.includes(c.id)).map((c) => c.name);
  // Never a total of 0.00 that reads like a free journey: say what is missing.
  const outcome = costOutcome(cost);
  if (!outcome.ok && outcome.why.kind === 'noContacts') {
    return (
      <SlideBody max={1.4}>
        <p className="present-slide__more">{t('ui.present.economicsSlide.noContacts')}</p>
      </SlideBody>
    );
  }
  const money = (value: number) => (outcome.ok ? formats.money(value) : '–');
  return (
    <SlideBody max={1.4}>
      <table className="present-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.present.economicsSlide.phase')}</th>
            <th scope="col">{t('ui.present.economicsSlide.contacts')}</th>
            <th scope="col">{t('ui.present.economicsSlide.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {cost.phases.map((row, i) => (
            <tr key={row.phaseId} className={cost.mostExpensive.includes(row.phaseId) ? 'present-table__peak' : undefined}>
              <th scope="row">{phases[i]?.name}</th>
              <td>{formats.number(row.contacts)}</td>
              <td>{money(row.cost)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('ui.present.economicsSlide.total')}</th>
            <td>{formats.number(cost.contacts)}</td>
            <td>{money(cost.total)}</td>
          </tr>
        </tfoot>
      </table>
      {!outcome.ok && <p className="present-slide__more">{t('ui.present.economicsSlide.noCosts')}</p>}
      {outcome.ok && missing.length > 0 && <p className="present-slide__more">{t('ui.present.economicsSlide.missing', { channels: missing.join(', ') })}</p>}
    </SlideBody>
  );
}
