import { sourceOf } from '../source.js';

const casl = sourceOf(
  'CRTC: Canada’s Anti-Spam Legislation (CASL) guidance on implied consent',
  'https://crtc.gc.ca/eng/com500/guide.htm',
);
export const caslMarketing = {
  channels: ['email', 'sms'],
  model: 'opt-in-implied-consent',
  existingCustomerWindow: { amount: 24, unit: 'months' },
  conditions:
    'Express consent, or implied consent from an existing business relationship: a purchase within the two years before the message (an inquiry: six months).',
  provenance: casl('CASL s. 10(9)–(10)'),
} as const;
