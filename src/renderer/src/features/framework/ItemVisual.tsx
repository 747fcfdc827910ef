import type { CatalogItem } from '@shared/domain/types';
import { ChannelIcon, isChannelIconKey } from '../profiles';

/**
 * The small picture before a name: a customer type's photo or colour, a
 * channel's icon in its colour. Decorative; the name says what it is.
 */
export function ItemVisual({ item }: { item: CatalogItem }) {
  if (item.kind === 'customerType') {
    if (item.picture) {
      return (
        <span className="item-visual" aria-hidden="true">
          <img src={item.picture} alt="" />
        </span>
      );
    }
    if (item.color) return <span className="item-visual" style={{ backgroundColor: item.color }} aria-hidden="true" />;
    return null;
  }
  if (item.kind === 'channel') {
    if (isChannelIconKey(item.icon)) {
      return (
        <span className="item-visual item-visual--icon" style={item.color ? { color: item.color } : undefined} aria-hidden="true">
          <ChannelIcon icon={item.icon} />
        </span>
      );
    }
    if (item.color) return <span className="item-visual item-visual--dot" style={{ backgroundColor: item.color }} aria-hidden="true" />;
  }
  return null;
}
