import { sourceOf } from '../source.js';
import type { Regime, RequestRule, RightKind } from '../types.js';
import { US_CHILD_CONSENT, US_EMAIL_MARKETING } from './us-federal.js';

export const statuteExtension = (
  provenance: RequestRule['provenance'],
  conditions: string,
): NonNullable<RequestRule['extension']> => ({
  period: { amount: 45, unit: 'calendar-days' },
  conditions,
  notice:
    'Inform the consumer within the initial 45-day response period, with the reason for the extension.',
  noticeWithin: { amount: 45, unit: 'calendar-days' },
  provenance,
});
export const secondary = (title: string, url: string) =>
  sourceOf(title, url)('summary', 'Secondary source: the statute text was not read directly.');
export const consumerRights = (src: ReturnType<typeof sourceOf>, pin: string): Regime['rights'] =>
  (
    [
      'access',
      'correction',
      'deletion',
      'portability',
      'opt-out-sale',
      'opt-out-targeted-ads',
      'opt-out-profiling',
    ] as const
  ).map((right: RightKind) => ({ right, provenance: src(pin) }));
export const fortyFive = (
  provenance: RequestRule['provenance'],
  extension?: RequestRule['extension'],
): RequestRule => ({
  appliesTo: [
    'access',
    'correction',
    'deletion',
    'portability',
    'opt-out-sale',
    'opt-out-targeted-ads',
    'opt-out-profiling',
  ],
  period: { amount: 45, unit: 'calendar-days' },
  counting: 'days-after-receipt',
  rollForward: false,
  provenance,
  ...(extension ? { extension } : {}),
});
export const stateBase = {
  marketing: [US_EMAIL_MARKETING],
  childConsent: US_CHILD_CONSENT,
} as const;
