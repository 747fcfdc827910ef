/**
 * Three example customer types a new workspace can start from, so the lenses,
 * charts and findings have something to work with on day one. They are marked
 * by their key (EXAMPLE_KEY_PREFIX) until the user renames one and makes it
 * their own, and they all go again in one undoable action.
 */
import type { ChannelPreference, Lang } from '../domain/types';

type Bilingual = Record<Lang, string>;

/** Keys of example customer types start with this; user-made ones have no key. */
export const EXAMPLE_KEY_PREFIX = 'example:';

export const isExampleKey = (key: string | null): boolean => key !== null && key.startsWith(EXAMPLE_KEY_PREFIX);

export interface ExampleCustomerType {
  key: string;
  name: Bilingual;
  description: Bilingual;
  /** Percent of the customer base; the three add up to 100. */
  share: number;
  color: string;
  /** Default-framework typology key. */
  typology: string;
  /** 0 (pole A) .. 100 (pole B) by default-framework dimension key. */
  dimensions: Record<string, number>;
  /** Preference by default-framework channel key. */
  channels: Record<string, ChannelPreference>;
}

const NOTE: Bilingual = {
  en: 'Example customer type: adjust it to your own customers, or delete it.',
  nl: 'Voorbeeldklanttype: pas het aan op uw eigen klanten, of verwijder het.',
};

const describe = (en: string, nl: string): Bilingual => ({ en: `${en}\n\n${NOTE.en}`, nl: `${nl}\n\n${NOTE.nl}` });

export const EXAMPLE_CUSTOMER_TYPES: readonly ExampleCustomerType[] = [
  {
    key: `${EXAMPLE_KEY_PREFIX}busy_professional`,
    name: { en: 'Busy professional', nl: 'Drukke professional' },
    description: describe(
      'Short of time, at ease online, and wants to buy without waiting for anyone.',
      'Heeft weinig tijd, is online thuis en wil kopen zonder op iemand te wachten.',
    ),
    share: 40,
    color: '#0072B2',
    typology: 'impulsive',
    dimensions: { openness: 75, motive: 20, activity: 25 },
    channels: { web: 'preferred', mobile_app: 'preferred', email: 'preferred', direct_mail: 'refused', call_centre: 'refused' },
  },
  {
    key: `${EXAMPLE_KEY_PREFIX}careful_comparer`,
    name: { en: 'Careful comparer', nl: 'Zorgvuldige vergelijker' },
    description: describe(
      'Reads reviews and compares offers side by side before choosing.',
      'Leest reviews en zet aanbiedingen naast elkaar voordat hij of zij kiest.',
    ),
    share: 35,
    color: '#E69F00',
    typology: 'well_founded',
    dimensions: { openness: 55, motive: 30, activity: 20 },
    channels: { web: 'preferred', store: 'preferred', social_media: 'preferred', radio_tv: 'refused' },
  },
  {
    key: `${EXAMPLE_KEY_PREFIX}advice_seeker`,
    name: { en: 'Advice seeker', nl: 'Adviesvrager' },
    description: describe(
      'Keeps doubting the choice and wants a person to talk it through with.',
      'Blijft twijfelen over de keuze en wil die met iemand doorpraten.',
    ),
    share: 25,
    color: '#009E73',
    typology: 'perpetual_seeker',
    dimensions: { openness: 25, motive: 75, activity: 70 },
    channels: { store: 'preferred', call_centre: 'preferred', account_manager: 'preferred', mobile_app: 'refused', live_chat: 'refused' },
  },
];
