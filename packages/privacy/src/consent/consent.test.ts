import {
  CA_PIPEDA,
  canSendMarketing,
  EU_GDPR,
  honourOptOutSignal,
  TH_PDPA,
  UK_GDPR,
  US_CA_CCPA,
  US_CO_CPA,
  US_OR_OCPA,
  US_VA_VCDPA,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const at = '2026-03-02T10:00:00Z';
const customer = {
  lastPurchaseAt: '2025-11-10T10:00:00Z',
  similarProducts: true,
  offeredObjection: true,
};

describe('canSendMarketing', () => {
  it('ePrivacy soft opt-in: an existing customer, own similar products, offered a way out', () => {
    expect(
      canSendMarketing({
        regime: EU_GDPR,
        channel: 'email',
        consent: 'none',
        existingCustomer: customer,
        at,
      }).verdict,
    ).toBe('allowed');
    const other = canSendMarketing({
      regime: EU_GDPR,
      channel: 'email',
      consent: 'none',
      existingCustomer: { ...customer, similarProducts: false },
      at,
    });
    expect(other.verdict).toBe('not-allowed');
    expect(other.reasons[0]?.code).toBe('marketing.soft-opt-in.not-similar-products');
    expect(
      canSendMarketing({
        regime: EU_GDPR,
        channel: 'sms',
        consent: 'none',
        existingCustomer: false,
        at,
      }).verdict,
    ).toBe('not-allowed');
  });
  it('a withdrawn consent always wins, and an opt-in always allows', () => {
    expect(
      canSendMarketing({
        regime: UK_GDPR,
        channel: 'email',
        consent: 'withdrawn',
        existingCustomer: customer,
        at,
      }).verdict,
    ).toBe('not-allowed');
    expect(
      canSendMarketing({ regime: UK_GDPR, channel: 'email', consent: 'given', at }).verdict,
    ).toBe('allowed');
  });
  it('CAN-SPAM is opt-out; CASL implied consent lapses two years after the purchase', () => {
    expect(
      canSendMarketing({ regime: US_CA_CCPA, channel: 'email', consent: 'none', at }).verdict,
    ).toBe('allowed');
    expect(
      canSendMarketing({
        regime: CA_PIPEDA,
        channel: 'email',
        consent: 'none',
        existingCustomer: customer,
        at,
      }).verdict,
    ).toBe('allowed');
    const stale = canSendMarketing({
      regime: CA_PIPEDA,
      channel: 'email',
      consent: 'none',
      existingCustomer: { ...customer, lastPurchaseAt: '2024-03-01T10:00:00Z' },
      at,
    });
    expect(stale.reasons[0]?.code).toBe('marketing.existing-customer-window-passed');
  });
  it('no sourced rule: not known, never a guess', () => {
    expect(
      canSendMarketing({ regime: TH_PDPA, channel: 'email', consent: 'none', at }).verdict,
    ).toBe('not-known');
  });
});

describe('honourOptOutSignal (Sec-GPC: 1)', () => {
  it('California honours it; the header name is case-insensitive', () => {
    const d = honourOptOutSignal({ regime: US_CA_CCPA, signal: { 'sec-gpc': '1' }, at });
    expect(d.verdict).toBe('must-honour');
    expect(d.reasons[0]?.source?.pinpoint).toMatch(/7025/);
  });
  it('only the value "1" is a signal', () => {
    expect(honourOptOutSignal({ regime: US_CA_CCPA, signal: { 'Sec-GPC': '0' }, at }).verdict).toBe(
      'no-duty',
    );
    expect(honourOptOutSignal({ regime: US_CA_CCPA, signal: {}, at }).reasons[0]?.code).toBe(
      'signal.absent',
    );
  });
  it('each state from its own date: Oregon from 1 January 2026, Colorado from 1 July 2024', () => {
    expect(
      honourOptOutSignal({ regime: US_OR_OCPA, signal: '1', at: '2025-12-31T12:00:00Z' }).verdict,
    ).toBe('no-duty');
    expect(
      honourOptOutSignal({ regime: US_OR_OCPA, signal: '1', at: '2026-01-01T12:00:00Z' }).verdict,
    ).toBe('must-honour');
    expect(
      honourOptOutSignal({ regime: US_CO_CPA, signal: '1', at: '2024-06-30T12:00:00Z' }).verdict,
    ).toBe('no-duty');
  });
  it('Virginia does not require it; the GDPR has no sourced rule here', () => {
    expect(honourOptOutSignal({ regime: US_VA_VCDPA, signal: '1', at }).reasons[0]?.code).toBe(
      'signal.not-required',
    );
    expect(honourOptOutSignal({ regime: EU_GDPR, signal: '1', at }).verdict).toBe('not-known');
  });
});
