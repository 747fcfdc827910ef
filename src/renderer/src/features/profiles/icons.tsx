import { LineIcon } from '../../components/Icon';

/**
 * The built-in channel icons (24x24 line drawings, stroke = currentColor). A
 * channel stores the key; an unknown key (from a newer version) draws nothing.
 */
const CHANNEL_ICON_PATHS = {
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4.5 21a7.5 7.5 0 0 1 15 0',
  store: 'M3 9.5 4.5 4h15L21 9.5ZM3 9.5a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M5 12.5V20h14v-7.5M10 20v-4.5h4V20',
  phone:
    'M5.5 3.5h3.2l1.8 4.6-2.3 1.5a11 11 0 0 0 6.2 6.2l1.5-2.3 4.6 1.8v3.2a2 2 0 0 1-2.2 2A17 17 0 0 1 3.5 5.7a2 2 0 0 1 2-2.2Z',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3.5 9h17M3.5 15h17M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18',
  mail: 'M3 5.5h18v13H3ZM3 6l9 7 9-7',
  radio: 'M3 9h18v11H3ZM7 9l10-5M9 17.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM15 12.5h3M15 16h3',
  tv: 'M3 7h18v12H3ZM8 3l4 4 4-4M9 21.5h6',
  newspaper: 'M4 4.5h12.5V19a2 2 0 0 0 2 2H6a2 2 0 0 1-2-2ZM16.5 8.5H20V19a2 2 0 0 1-2 2M7 8.5h6.5M7 12h6.5M7 15.5h4.5',
  at: 'M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM16 8v5a2.5 2.5 0 0 0 5 0v-1a9 9 0 1 0-3.5 7.1',
  chat: 'M20.5 12a8 8 0 0 1-11.8 7L3.5 20.5 5 15.6A8 8 0 1 1 20.5 12ZM8.5 12h.01M12 12h.01M15.5 12h.01',
  smartphone: 'M7.5 2.5h9a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 6 20V4a1.5 1.5 0 0 1 1.5-1.5ZM11 18h2',
  cart: 'M2.5 3.5h2.5L7.6 15h10.9l2-8H5.8M9 20.5h.01M17.5 20.5h.01',
  message: 'M4 4h16v12H9.5L4 20.5ZM8 8h8M8 12h5',
  calendar: 'M4 5.5h16V21H4ZM4 10h16M8.5 3v5M15.5 3v5',
  handshake:
    'M3 8h2.5l4-2 3 1.5L9 10a1.5 1.5 0 0 0 2 2.2l3-2.2 5 4.5M21 8h-2.5l-2.5-1.5M3 8v7.5l5 4a1.4 1.4 0 0 0 2-1.9M10 17.6l1.2 1a1.4 1.4 0 0 0 2-1.9M13.2 16.7l.8.7a1.4 1.4 0 0 0 2-1.9M21 8v6.5h-2',
  megaphone: 'M3.5 10v4h3l9.5 5V5l-9.5 5ZM19 9.5a3.5 3.5 0 0 1 0 5M6.5 14l1.3 6h3l-1.2-5.2',
} as const;

export type ChannelIconKey = keyof typeof CHANNEL_ICON_PATHS;
export const CHANNEL_ICON_KEYS = Object.keys(CHANNEL_ICON_PATHS) as ChannelIconKey[];

export function isChannelIconKey(key: string | null | undefined): key is ChannelIconKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(CHANNEL_ICON_PATHS, key);
}

/** Decorative: whatever shows it names the channel in text. */
export function ChannelIcon({ icon, className }: { icon: string | null; className?: string }) {
  if (!isChannelIconKey(icon)) return null;
  return <LineIcon path={CHANNEL_ICON_PATHS[icon]} className={className} />;
}

/** The pencil on the "Edit details" buttons. */
export function PencilIcon() {
  return <LineIcon path="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16ZM13.5 6.5l4 4" />;
}
