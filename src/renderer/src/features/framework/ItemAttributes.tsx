import { useTranslation } from 'react-i18next';
import type { Catalog, CatalogItem } from '@shared/domain/types';
import { isExampleKey } from '@shared/framework/example-customer-types';
import { Badge } from '../../components/Badge';
import { localeFor } from '../../i18n/format';
import { formatNumberDisplay, preferenceCounts } from '../profiles';
import { useNumberFormats } from '../currency';

/** A few key attributes of an item, compact; nothing for kinds that have none. */
export function ItemAttributes({ item, catalog }: { item: CatalogItem; catalog: Catalog }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumberDisplay(value, localeFor(i18n.language));
  const { money } = useNumberFormats();
  const badges: { key: string; text: string; tone?: 'info' | 'positive' | 'neutral' }[] = [];
  let note: string | null = null;

  switch (item.kind) {
    case 'phase':
      note = item.description || null;
      break;
    case 'channel':
      badges.push({ key: 'online', text: t(item.online ? 'ui.framework.attrs.online' : 'ui.framework.attrs.offline'), tone: item.online ? 'info' : 'neutral' });
      if (item.personal) badges.push({ key: 'personal', text: t('ui.framework.attrs.personal') });
      if (item.dialogue) badges.push({ key: 'dialogue', text: t('ui.framework.attrs.dialogue') });
      if (item.costPerContact !== null) {
        badges.push({ key: 'cost', text: t('ui.profiles.summary.costPerContact', { value: money(item.costPerContact) }) });
      }
      if (item.reach !== null) badges.push({ key: 'reach', text: t('ui.profiles.summary.reach', { value: number(item.reach) }) });
      break;
    case 'customerType': {
      if (isExampleKey(item.key)) badges.push({ key: 'example', text: t('ui.framework.attrs.example'), tone: 'info' });
      if (item.share !== null) badges.push({ key: 'share', text: t('ui.framework.attrs.share', { value: number(item.share) }) });
      const typology = item.typologyId ? catalog.typologies.find((entry) => entry.id === item.typologyId) : undefined;
      if (typology) badges.push({ key: 'typology', text: t('ui.profiles.summary.typology', { name: typology.name }), tone: 'info' });
      const counts = preferenceCounts(item, new Set(catalog.channels.map((channel) => channel.id)));
      if (counts.preferred > 0) {
        badges.push({ key: 'preferred', text: t('ui.profiles.summary.preferred', { count: counts.preferred }), tone: 'positive' });
      }
      if (counts.refused > 0) badges.push({ key: 'refused', text: t('ui.profiles.summary.refused', { count: counts.refused }) });
      note = item.description || null;
      break;
    }
    case 'typology':
      if (item.searchBehaviour) badges.push({ key: 'behaviour', text: t(`ui.framework.attrs.searchBehaviour.${item.searchBehaviour}`) });
      if (item.certainty) badges.push({ key: 'certainty', text: t(`ui.framework.attrs.certainty.${item.certainty}`) });
      if (item.searchIntensity) badges.push({ key: 'intensity', text: t(`ui.framework.attrs.searchIntensity.${item.searchIntensity}`) });
      note = item.preferredSources ? t('ui.framework.attrs.preferredSources', { sources: item.preferredSources }) : null;
      break;
    case 'productDomain':
      if (item.domainType) badges.push({ key: 'type', text: t(`ui.framework.attrs.domainType.${item.domainType}`) });
      if (item.isMain) badges.push({ key: 'main', text: t('ui.framework.attrs.main'), tone: 'positive' });
      else if (item.inUse) badges.push({ key: 'inUse', text: t('ui.framework.attrs.inUse'), tone: 'info' });
      break;
    case 'scenario':
      note = item.description || null;
      break;
  }

  if (badges.length === 0 && !note) return null;
  return (
    <div className="item__attributes">
      {badges.length > 0 && (
        <ul className="item__badges" role="list" aria-label={t('ui.framework.item.attributes', { name: item.name })}>
          {badges.map((badge) => (
            <li key={badge.key}>
              <Badge tone={badge.tone}>{badge.text}</Badge>
            </li>
          ))}
        </ul>
      )}
      {note && <p className="item__note">{note}</p>}
    </div>
  );
}
