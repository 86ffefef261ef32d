import type { Provenance } from '@meridian-cx/core';
import type { ChannelId, ChannelTraits } from '../types.js';

const CHECKED = '2026-11-23';

const general: Provenance = {
  source: {
    title: 'Meridian shared reference: channels of a help desk',
    url: 'https://github.com/meridian-cx/meridian/blob/main/docs/tickets.md',
    pinpoint: 'Channels',
  },
  asOf: CHECKED,
  note: 'Traits of a channel by its nature (synchronous or not, attachments); no maximum length is set where none is documented by the platform.',
};

const sms: Provenance = {
  source: {
    title: '3GPP TS 23.038: Alphabets and language-specific information',
    url: 'https://www.3gpp.org/DynaReport/23038.htm',
    pinpoint: '§6.2.1 GSM 7 bit default alphabet and extension table',
  },
  asOf: CHECKED,
  note: '160 septets (140 octets) per single SMS; concatenation (3GPP TS 23.040 §9.2.3.24.1) spends a 6-octet user data header, leaving 153 GSM-7 characters or 67 UCS-2 characters per segment. Carriers cap concatenated messages differently (Twilio: 1,600 characters); no cap is set here.',
};

const whatsapp: Provenance = {
  source: {
    title: 'Meta for Developers: WhatsApp Business Platform, service messages',
    url: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages',
    pinpoint: 'Customer service windows',
  },
  asOf: CHECKED,
  note: 'A 24-hour window opens, and resets, with each message or call from the user; outside it only approved templates may be sent. Text body of 4,096 characters per Meta’s text message reference as quoted by BSP docs (360dialog).',
};

const messenger: Provenance = {
  source: {
    title: 'Meta for Developers: Messenger Platform and IG Messaging API policy',
    url: 'https://developers.facebook.com/documentation/business-messaging/messenger-platform/policy/',
    pinpoint: 'Standard messaging',
  },
  asOf: CHECKED,
  note: 'Standard messaging window of 24 hours for most user actions (modelled), up to 7 days after a first message from a Click-to-Messenger or Click-to-Direct ad (not modelled: the policy says "may last up to"). The HUMAN_AGENT message tag lets a human agent, never automation, answer within 7 days of the user\'s last message (modelled as humanAgentWindowHours 168); the 7 days are as stated by BSP documentation (Bird, Sinch for Instagram, Chatwoot), as the policy page excerpt available did not list the tags. Other tags (POST_PURCHASE_UPDATE, ACCOUNT_UPDATE, CONFIRMED_EVENT_UPDATE) are for non-promotional updates, not replies, and are not modelled. Messenger text of at most 2,000 characters as stated by BSP documentation (CEQUENS, Messenger text message reference); Instagram\'s limit was not verified and is left unset.',
};

function channel(
  id: ChannelId,
  label: string,
  traits: Omit<
    ChannelTraits,
    'id' | 'label' | 'provenance' | 'segmented' | 'customerServiceWindowHours'
  > &
    Partial<Pick<ChannelTraits, 'segmented' | 'customerServiceWindowHours'>>,
  provenance: Provenance = general,
): ChannelTraits {
  return {
    id,
    label,
    segmented: false,
    customerServiceWindowHours: null,
    ...traits,
    provenance,
  };
}

/**
 * Every built-in channel with its traits, as data with provenance. Extend or override it by
 * passing your own channels to {@link channelTraits} and `messagingWindow`.
 *
 * @example
 * CHANNELS.sms.segmented; // true
 * @since 0.1.0
 */
export const CHANNELS: Readonly<Record<ChannelId, ChannelTraits>> = {
  email: channel('email', 'Email', {
    synchronous: false,
    attachments: true,
    maxLength: null,
    public: false,
  }),
  'web-form': channel('web-form', 'Web form', {
    synchronous: false,
    attachments: true,
    maxLength: null,
    public: false,
  }),
  'live-chat': channel('live-chat', 'Live chat', {
    synchronous: true,
    attachments: true,
    maxLength: null,
    public: false,
  }),
  phone: channel('phone', 'Phone', {
    synchronous: true,
    attachments: false,
    maxLength: null,
    public: false,
  }),
  voicemail: channel('voicemail', 'Voicemail', {
    synchronous: false,
    attachments: false,
    maxLength: null,
    public: false,
  }),
  sms: channel(
    'sms',
    'SMS',
    { synchronous: false, attachments: false, maxLength: null, public: false, segmented: true },
    sms,
  ),
  whatsapp: channel(
    'whatsapp',
    'WhatsApp',
    {
      synchronous: false,
      attachments: true,
      maxLength: 4096,
      public: false,
      customerServiceWindowHours: 24,
    },
    whatsapp,
  ),
  messenger: channel(
    'messenger',
    'Facebook Messenger',
    {
      synchronous: false,
      attachments: true,
      maxLength: 2000,
      public: false,
      customerServiceWindowHours: 24,
      humanAgentWindowHours: 168,
    },
    messenger,
  ),
  'instagram-dm': channel(
    'instagram-dm',
    'Instagram DM',
    {
      synchronous: false,
      attachments: true,
      maxLength: null,
      public: false,
      customerServiceWindowHours: 24,
      humanAgentWindowHours: 168,
    },
    messenger,
  ),
  'x-dm': channel('x-dm', 'X direct message', {
    synchronous: false,
    attachments: true,
    maxLength: null,
    public: false,
  }),
  'social-post': channel('social-post', 'Public social post or comment', {
    synchronous: false,
    attachments: true,
    maxLength: null,
    public: true,
  }),
  marketplace: channel('marketplace', 'Marketplace message', {
    synchronous: false,
    attachments: true,
    maxLength: null,
    public: false,
  }),
  'in-app': channel('in-app', 'In-app / SDK', {
    synchronous: true,
    attachments: true,
    maxLength: null,
    public: false,
  }),
  api: channel('api', 'API', {
    synchronous: false,
    attachments: true,
    maxLength: null,
    public: false,
  }),
};
