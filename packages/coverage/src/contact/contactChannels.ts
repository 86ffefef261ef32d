/**
 * The channels a contact window can be asked about: the outbound channels of a help desk. A rule
 * that names other channels, or a request for one, is an error rather than a silent default.
 *
 * @since 0.1.0
 */
export const CONTACT_CHANNELS = [
  'phone',
  'sms',
  'email',
  'whatsapp',
  'messenger',
  'instagram-dm',
  'x-dm',
  'live-chat',
  'in-app',
  'push',
  'voicemail',
  'fax',
  'postal',
] as const;

/** A channel of {@link CONTACT_CHANNELS}. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
