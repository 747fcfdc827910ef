/**
 * The default framework a new workspace starts from, in English and Dutch.
 * Written for Channelwise from the domain model in docs/domain.md.
 */
import type { CostGroup, DomainType, Lang, SearchBehaviour, Certainty, SearchIntensity } from '../domain/types';

type Bilingual = Record<Lang, string>;

export interface FrameworkPhase { key: string; name: Bilingual; description: Bilingual; digitalRole: Bilingual }
export interface FrameworkChannel {
  key: string;
  name: Bilingual;
  description: Bilingual;
  online: boolean;
  personal: boolean;
  dialogue: boolean;
  costGroup: CostGroup | null;
}
export interface FrameworkDimension { key: string; name: Bilingual; poleA: Bilingual; poleB: Bilingual }
export interface FrameworkTypology {
  key: string;
  name: Bilingual;
  description: Bilingual;
  searchBehaviour: SearchBehaviour;
  certainty: Certainty;
  searchIntensity: SearchIntensity;
  preferredSources: Bilingual;
}
export interface FrameworkDomain { key: string; name: Bilingual; description: Bilingual; domainType: DomainType }
export interface FrameworkScenario { key: string; name: Bilingual; description: Bilingual }

export const DEFAULT_PHASES: FrameworkPhase[] = [
  {
    key: 'attract',
    name: { en: 'Attract', nl: 'Aantrekken' },
    description: {
      en: 'Getting noticed: the prospect becomes aware of the brand and its offer.',
      nl: 'Opvallen: de prospect leert het merk en het aanbod kennen.',
    },
    digitalRole: {
      en: 'Digital channels contribute only modestly here; mass and physical presence still do most of the work.',
      nl: 'Digitale kanalen dragen hier maar beperkt bij; massamedia en fysieke aanwezigheid doen het meeste werk.',
    },
  },
  {
    key: 'inform',
    name: { en: 'Inform', nl: 'Informeren' },
    description: {
      en: 'The prospect looks for facts about products, prices and conditions.',
      nl: 'De prospect zoekt feiten over producten, prijzen en voorwaarden.',
    },
    digitalRole: {
      en: 'The web dominates: it draws visitors and largely replaces printed mailings.',
      nl: 'Het web overheerst: het trekt bezoekers en vervangt grotendeels gedrukte mailings.',
    },
  },
  {
    key: 'advise',
    name: { en: 'Advise', nl: 'Adviseren' },
    description: {
      en: 'Helping the customer weigh options and choose what fits.',
      nl: 'De klant helpen opties af te wegen en te kiezen wat past.',
    },
    digitalRole: {
      en: 'Hard to do well online; personal contact usually carries the advice.',
      nl: 'Online lastig goed te doen; meestal draagt persoonlijk contact het advies.',
    },
  },
  {
    key: 'transact',
    name: { en: 'Transact', nl: 'Transactie' },
    description: {
      en: 'Ordering, paying and closing the deal.',
      nl: 'Bestellen, betalen en de koop sluiten.',
    },
    digitalRole: {
      en: 'Online closing works best for catalogue products or when tied closely to the store.',
      nl: 'Online afsluiten werkt het best voor catalogusproducten of in nauwe samenhang met de winkel.',
    },
  },
  {
    key: 'support',
    name: { en: 'Support', nl: 'Support / service' },
    description: {
      en: 'Delivery, after-sales service, questions and complaints.',
      nl: 'Levering, nazorg, vragen en klachten.',
    },
    digitalRole: {
      en: 'Self-service online cuts the cost of fulfilment and service and can open new business.',
      nl: 'Online selfservice verlaagt de kosten van afhandeling en service en kan nieuwe omzet openen.',
    },
  },
  {
    key: 'relationship',
    name: { en: 'Relationship', nl: 'Relatie-uitbouw' },
    description: {
      en: 'Keeping the customer and growing the relationship over time.',
      nl: 'De klant behouden en de relatie in de loop van de tijd uitbouwen.',
    },
    digitalRole: {
      en: 'Digital contact keeps the relationship going between purchases, at low cost per contact.',
      nl: 'Digitaal contact houdt de relatie tussen aankopen door levend, tegen lage kosten per contact.',
    },
  },
];

const ch = (
  key: string,
  en: string,
  nl: string,
  descEn: string,
  descNl: string,
  online: boolean,
  personal: boolean,
  dialogue: boolean,
  costGroup: CostGroup | null,
): FrameworkChannel => ({ key, name: { en, nl }, description: { en: descEn, nl: descNl }, online, personal, dialogue, costGroup });

export const DEFAULT_CHANNELS: FrameworkChannel[] = [
  ch('account_manager', 'Account manager', 'Accountmanager', 'A named person who looks after the customer.', 'Een vaste persoon die de klant bedient.', false, true, true, 'office'),
  ch('store', 'Store', 'Winkel', 'Physical shop or branch: see, talk and feel at once.', 'Fysieke winkel of vestiging: zien, praten en voelen tegelijk.', false, true, true, 'office'),
  ch('call_centre', 'Call centre', 'Callcenter', 'Telephone contact, inbound and outbound.', 'Telefonisch contact, inkomend en uitgaand.', false, true, true, 'telephone'),
  ch('web', 'Website', 'Website', 'The organisation’s own website, searched at the customer’s own pace.', 'De eigen website, waar de klant in eigen tempo zoekt.', true, false, false, 'internet'),
  ch('direct_mail', 'Direct mail', 'Direct mail', 'Addressed printed mail.', 'Geadresseerde post op papier.', false, false, false, null),
  ch('radio_tv', 'Radio/TV', 'Radio/tv', 'Broadcast advertising with wide reach.', 'Reclame via omroep met groot bereik.', false, false, false, null),
  ch('print', 'Print', 'Print', 'Newspapers, magazines and brochures.', 'Kranten, tijdschriften en folders.', false, false, false, null),
  ch('email', 'E-mail', 'E-mail', 'Newsletters and one-to-one e-mail.', 'Nieuwsbrieven en persoonlijke e-mail.', true, false, true, 'internet'),
  ch('social_media', 'Social media', 'Sociale media', 'Public conversation on social platforms.', 'Publiek gesprek op sociale platforms.', true, false, true, 'internet'),
  ch('live_chat', 'Live chat', 'Livechat', 'Real-time chat with a person or a bot on the site.', 'Realtime chat met een medewerker of bot op de site.', true, true, true, 'internet'),
  ch('mobile_app', 'Mobile app', 'Mobiele app', 'The organisation’s own app.', 'De eigen app van de organisatie.', true, false, true, 'internet'),
  ch('marketplace', 'Marketplace', 'Marktplaats', 'Selling through a third-party online marketplace.', 'Verkoop via een online platform van derden.', true, false, false, 'internet'),
  ch('messaging', 'Messaging (WhatsApp)', 'Berichtenapps (WhatsApp)', 'Conversations in messaging apps.', 'Gesprekken in berichtenapps.', true, true, true, 'internet'),
];

export const DEFAULT_DIMENSIONS: FrameworkDimension[] = [
  {
    key: 'openness',
    name: { en: 'Openness', nl: 'Openheid' },
    poleA: { en: 'Conservative', nl: 'Conservatief' },
    poleB: { en: 'Open', nl: 'Open' },
  },
  {
    key: 'motive',
    name: { en: 'Motive', nl: 'Motief' },
    poleA: { en: 'Individual, instrumental', nl: 'Individueel, instrumenteel' },
    poleB: { en: 'Social, emotional', nl: 'Sociaal, emotioneel' },
  },
  {
    key: 'activity',
    name: { en: 'Activity', nl: 'Activiteit' },
    poleA: { en: 'Active', nl: 'Actief' },
    poleB: { en: 'Passive', nl: 'Passief' },
  },
];

export const DEFAULT_TYPOLOGIES: FrameworkTypology[] = [
  {
    key: 'well_founded',
    name: { en: 'Well-founded decision maker', nl: 'Gefundeerde beslisser' },
    description: {
      en: 'Searches methodically and knows what they want.',
      nl: 'Zoekt methodisch en weet wat hij of zij wil.',
    },
    searchBehaviour: 'structured',
    certainty: 'certain',
    searchIntensity: 'high',
    preferredSources: { en: 'Magazines, suppliers', nl: 'Tijdschriften, leveranciers' },
  },
  {
    key: 'perpetual_seeker',
    name: { en: 'Perpetual seeking decision maker', nl: 'Eeuwig zoekende beslisser' },
    description: {
      en: 'Searches methodically but keeps doubting the choice.',
      nl: 'Zoekt methodisch maar blijft twijfelen over de keuze.',
    },
    searchBehaviour: 'structured',
    certainty: 'uncertain',
    searchIntensity: 'high',
    preferredSources: { en: 'Social and personal contacts', nl: 'Sociale en persoonlijke contacten' },
  },
  {
    key: 'impulsive',
    name: { en: 'Impulsive decision maker', nl: 'Impulsieve beslisser' },
    description: {
      en: 'Decides quickly on little searching, without feeling sure.',
      nl: 'Beslist snel na weinig zoeken, zonder zich zeker te voelen.',
    },
    searchBehaviour: 'unstructured',
    certainty: 'uncertain',
    searchIntensity: 'low',
    preferredSources: { en: 'Suppliers, social and personal contacts', nl: 'Leveranciers, sociale en persoonlijke contacten' },
  },
  {
    key: 'unfounded',
    name: { en: 'Unfounded decision maker', nl: 'Ongefundeerde beslisser' },
    description: {
      en: 'Searches little yet feels sure, leaning on what others say.',
      nl: 'Zoekt weinig maar voelt zich zeker, steunend op wat anderen zeggen.',
    },
    searchBehaviour: 'unstructured',
    certainty: 'certain',
    searchIntensity: 'low',
    preferredSources: { en: 'Advice from social sources', nl: 'Advies uit de sociale omgeving' },
  },
];

export const DEFAULT_DOMAINS: FrameworkDomain[] = [
  {
    key: 'catalogue',
    name: { en: 'Catalogue products', nl: 'Catalogusproducten' },
    description: {
      en: 'Standard products a customer can choose from a description.',
      nl: 'Standaardproducten die een klant op basis van een beschrijving kan kiezen.',
    },
    domainType: 'catalogue',
  },
  {
    key: 'sensory',
    name: { en: 'See/feel/smell/taste products', nl: 'Zien/voelen/ruiken/proeven-producten' },
    description: {
      en: 'Products a customer wants to experience with the senses before buying.',
      nl: 'Producten die een klant eerst met de zintuigen wil ervaren.',
    },
    domainType: 'sensory',
  },
  {
    key: 'services',
    name: { en: 'Services', nl: 'Diensten' },
    description: {
      en: 'Intangible offers whose value shows in the delivery.',
      nl: 'Ontastbaar aanbod waarvan de waarde blijkt bij de levering.',
    },
    domainType: 'service',
  },
];

export const DEFAULT_SCENARIOS: FrameworkScenario[] = [
  {
    key: 'as_is',
    name: { en: 'As-is', nl: 'Huidig' },
    description: { en: 'How channels serve the phases today.', nl: 'Hoe kanalen de fasen nu bedienen.' },
  },
  {
    key: 'to_be',
    name: { en: 'To-be', nl: 'Gewenst' },
    description: { en: 'How channels should serve the phases.', nl: 'Hoe kanalen de fasen moeten gaan bedienen.' },
  },
];
