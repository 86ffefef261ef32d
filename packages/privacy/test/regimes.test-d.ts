import {
  type BreachDeadlineInput,
  type BuiltInRegimeId,
  breachDeadline,
  canSendMarketing,
  EU_GDPR,
  honourOptOutSignal,
  type Regime,
  type RequestDeadlineInput,
  regimeById,
  requestDeadline,
  US_CA_CCPA,
} from '@meridian-cx/privacy';
import { describe, expectTypeOf, it } from 'vitest';

const at = '2026-03-02T10:00:00Z';

describe('privacy regime types', () => {
  it('the decision functions take a regime object', () => {
    expectTypeOf(EU_GDPR).toEqualTypeOf<Regime>();
    expectTypeOf<RequestDeadlineInput['regime']>().toEqualTypeOf<Regime>();
    expectTypeOf<BreachDeadlineInput['regime']>().toEqualTypeOf<Regime>();
    expectTypeOf(regimeById('eu-gdpr')).toEqualTypeOf<Regime>();
    expectTypeOf<'eu-gdpr'>().toExtend<BuiltInRegimeId>();
  });
  it('an id where the regime goes does not compile', () => {
    // @ts-expect-error an id: import EU_GDPR, or regimeById('eu-gdpr')
    requestDeadline({ regime: 'eu-gdpr', kind: 'access', receivedAt: at, zone: 'UTC' });
    // @ts-expect-error an id
    breachDeadline({ regime: 'eu-gdpr', event: 'became-aware', at });
    // @ts-expect-error an id
    canSendMarketing({ regime: 'us-ca-ccpa', channel: 'email', consent: 'none', at });
    // @ts-expect-error an id
    honourOptOutSignal({ regime: 'us-ca-ccpa', signal: '1', at });
    honourOptOutSignal({ regime: US_CA_CCPA, signal: '1', at });
  });
});
