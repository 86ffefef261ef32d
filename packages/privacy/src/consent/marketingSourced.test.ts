// Marketing models added from sources in 0.2.0: each verdict follows the model the source gives.
import {
  AU_PRIVACY_ACT,
  BR_LGPD,
  CA_PIPEDA,
  CN_PIPL,
  canSendMarketing,
  IN_DPDP,
  JP_APPI,
  KR_PIPA,
  type Regime,
  SG_PDPA,
  TH_PDPA,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const at = '2026-03-02T10:00:00Z';
const customer = {
  lastPurchaseAt: '2020-01-10T10:00:00Z',
  similarProducts: false,
  offeredObjection: false,
};
const ask = (
  regime: Regime,
  channel: 'email' | 'sms',
  existingCustomer?: typeof customer | false,
  when = at,
) =>
  canSendMarketing({
    regime,
    channel,
    consent: 'none',
    at: when,
    ...(existingCustomer !== undefined ? { existingCustomer } : {}),
  });

describe('opt-in by statute', () => {
  it('China: no electronic advertising without consent or request (Advertising Law Art. 43)', () => {
    const d = ask(CN_PIPL, 'sms', customer);
    expect(d.verdict).toBe('not-allowed');
    expect(d.reasons[0]?.source?.pinpoint).toBe('Art. 43');
  });
});

describe('consent inferred from a business relationship', () => {
  it('Japan: a customer in a business relationship may receive advertising mail, with no time limit', () => {
    // Six years after the last purchase, not similar products: the Act asks neither.
    expect(ask(JP_APPI, 'email', customer).verdict).toBe('allowed');
    expect(ask(JP_APPI, 'email', false).verdict).toBe('not-allowed');
  });
  it('Australia: inferred consent from the relationship (Spam Act Sch. 2); a stranger needs consent', () => {
    expect(ask(AU_PRIVACY_ACT, 'sms', customer).verdict).toBe('allowed');
    const stranger = ask(AU_PRIVACY_ACT, 'email');
    expect(stranger.verdict).toBe('not-allowed');
    expect(stranger.reasons[0]?.source?.pinpoint).toBe('s. 16(1)–(2), Schedule 2');
  });
});

describe('Korea: the transaction exception lasts six months', () => {
  it('allowed five months after the purchase, not seven', () => {
    const buyer = { similarProducts: true, offeredObjection: true };
    expect(
      ask(KR_PIPA, 'sms', { ...buyer, lastPurchaseAt: '2025-10-02T10:00:00Z' } as never).verdict,
    ).toBe('allowed');
    const stale = ask(KR_PIPA, 'sms', {
      ...buyer,
      lastPurchaseAt: '2025-08-01T10:00:00Z',
    } as never);
    expect(stale.verdict).toBe('not-allowed');
    expect(stale.reasons[0]?.code).toBe('marketing.existing-customer-window-passed');
  });
});

describe('opt-out, and what is not modelled', () => {
  it('Singapore e-mail is opt-out under the Spam Control Act; SMS (Do Not Call) is not known', () => {
    expect(ask(SG_PDPA, 'email').verdict).toBe('allowed');
    expect(ask(SG_PDPA, 'sms').verdict).toBe('not-known');
  });
  it('Brazil and Thailand have no sourced model: not known', () => {
    expect(ask(BR_LGPD, 'email').verdict).toBe('not-known');
    expect(ask(TH_PDPA, 'sms').verdict).toBe('not-known');
  });
});

describe('a rule applies from its own date', () => {
  it('India: consent for marketing from when the DPDP consent provisions commence', () => {
    const before = ask(IN_DPDP, 'email');
    expect(before.verdict).toBe('not-known');
    expect(before.reasons[0]).toMatchObject({
      code: 'marketing.rule-not-yet-in-force',
      params: { from: '2027-05-13', on: '2026-03-02' },
    });
    // 13 May 2027 begins at 18:30 UTC on the 12th in India.
    expect(ask(IN_DPDP, 'email', undefined, '2027-05-12T18:00:00Z').verdict).toBe('not-known');
    expect(ask(IN_DPDP, 'email', undefined, '2027-05-12T18:30:00Z').verdict).toBe('not-allowed');
  });
});

describe('existing-customer windows are counted in local days', () => {
  const buyer = { similarProducts: true, offeredObjection: true };
  it('CASL: a purchase on 2 March 2024 allows messages through 2 March 2026, in Toronto', () => {
    // 04:00 UTC on 3 March 2026 is still 2 March in Toronto (UTC−5).
    const send = (at: string) =>
      canSendMarketing({
        regime: CA_PIPEDA,
        channel: 'email',
        consent: 'none',
        existingCustomer: { ...buyer, lastPurchaseAt: '2024-03-02T20:00:00-05:00' },
        at,
        zone: 'America/Toronto',
      });
    expect(send('2026-03-03T04:00:00Z').verdict).toBe('allowed');
    const late = send('2026-03-03T05:00:00Z');
    expect(late.verdict).toBe('not-allowed');
    expect(late.reasons[0]?.params).toMatchObject({
      lastDay: '2026-03-02',
      endedAt: '2026-03-03T04:59:59.999Z',
      zone: 'America/Toronto',
    });
  });
  it('a purchase on 29 February counts to the last day of February two years on', () => {
    const send = (at: string) =>
      canSendMarketing({
        regime: CA_PIPEDA,
        channel: 'sms',
        consent: 'none',
        existingCustomer: { ...buyer, lastPurchaseAt: '2024-02-29T12:00:00Z' },
        at,
      }).verdict;
    expect(send('2026-02-28T23:00:00Z')).toBe('allowed');
    expect(send('2026-03-01T00:00:00Z')).toBe('not-allowed');
  });
});
