import { isMeridianError, ValidationError } from '@meridian-cx/core';
import { type CustomerProfile, normalizeIdentity, resolveCustomers } from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';

describe('normalizeIdentity', () => {
  it('normalises emails, phones, handles and external ids', () => {
    expect(normalizeIdentity({ kind: 'email', value: '  Ana.Silva@Example.COM ' }).value).toBe(
      'ana.silva@example.com',
    );
    expect(
      normalizeIdentity({ kind: 'phone', value: '601 234 567', defaultCountry: 'PL' }).value,
    ).toBe('+48601234567');
    expect(normalizeIdentity({ kind: 'phone', value: '+55 11 91234-5678' }).value).toBe(
      '+5511912345678',
    );
    expect(
      normalizeIdentity({ kind: 'phone', value: '0601 23 45 67', defaultCountry: 'FR' }).key,
    ).toBe('phone::+33601234567');
    expect(
      normalizeIdentity({ kind: 'social', platform: 'Instagram', value: '@Ana_Shop' }).key,
    ).toBe('social:instagram:ana_shop');
    expect(normalizeIdentity({ kind: 'external', system: 'Shopify', value: 'Cust-42' }).key).toBe(
      'external:shopify:Cust-42',
    );
  });

  it('refuses what is not a phone or an email, saying what to do', () => {
    try {
      normalizeIdentity({ kind: 'phone', value: '12345' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tickets/invalid-phone')).toBe(true);
      expect((e as Error).message).toMatch(/international form/);
    }
    expect(() => normalizeIdentity({ kind: 'email', value: 'not-an-address' })).toThrow(
      /is not an email address/,
    );
  });
});

const email = (value: string, verified = true) => ({
  identity: { kind: 'email' as const, value },
  verified,
});
const phone = (value: string, verified = true) => ({
  identity: { kind: 'phone' as const, value, defaultCountry: 'PL' },
  verified,
});
const wa = (value: string) => ({
  identity: { kind: 'social' as const, platform: 'whatsapp', value },
  verified: true,
});

describe('resolveCustomers', () => {
  const profiles: CustomerProfile[] = [
    { id: 'email-1', identities: [email('ana@example.com'), phone('601234567')] },
    { id: 'chat-7', identities: [email('ANA@example.com')] },
    { id: 'wa-3', identities: [phone('+48 601 234 567'), wa('48601234567')] },
    { id: 'sms-9', identities: [phone('+48 700 000 000', false)] },
  ];

  it('merges profiles that share a verified identity, across channels', () => {
    const r = resolveCustomers({ profiles });
    expect(r.customers.map((c) => c.profileIds)).toEqual([
      ['chat-7', 'email-1', 'wa-3'],
      ['sms-9'],
    ]);
    expect(r.customers[0]?.id).toBe('chat-7');
    expect(r.customers[0]?.reasons[0]?.code).toBe('identity.shared-verified');
    expect(r.conflicts).toEqual([]);
  });

  it('does not merge on an unverified identity, but suggests it', () => {
    const r = resolveCustomers({
      profiles: [
        { id: 'a', identities: [email('x@example.com')] },
        { id: 'b', identities: [email('x@example.com', false)] },
      ],
    });
    expect(r.customers).toHaveLength(2);
    expect(r.suggestions).toEqual([{ key: 'email::x@example.com', profileIds: ['a', 'b'] }]);
  });

  it('reports a phone shared by two customers with different verified emails, and keeps them apart', () => {
    const r = resolveCustomers({
      profiles: [
        { id: 'p1', identities: [email('ana@example.com'), phone('601234567')] },
        { id: 'p2', identities: [email('jan@example.com'), phone('601234567')] },
      ],
    });
    expect(r.customers).toHaveLength(2);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({
      profileIds: ['p1', 'p2'],
      shared: ['phone::+48601234567'],
      distinct: ['email::ana@example.com', 'email::jan@example.com'],
    });
  });

  it('a merge is an event, and undoing it restores the profiles', () => {
    const two = [
      { id: 'p1', identities: [email('ana@example.com')] },
      { id: 'p2', identities: [email('ana.s@example.com')] },
    ];
    const merge = {
      type: 'customer-merged' as const,
      id: 'm1',
      at: '2026-03-02T10:00:00Z',
      profileIds: ['p2', 'p1'],
      by: 'agent-7',
    };
    const merged = resolveCustomers({ profiles: two, merges: [merge] });
    expect(merged.customers).toHaveLength(1);
    expect(merged.customers[0]?.reasons.map((r) => r.code)).toContain('identity.manual-merge');
    const undone = resolveCustomers({
      profiles: two,
      merges: [
        { type: 'merge-undone', id: 'u1', at: '2026-03-02T11:00:00Z', mergeId: 'm1' },
        merge,
      ],
    });
    expect(undone.customers).toHaveLength(2);
  });

  it('validates profiles', () => {
    expect(() => resolveCustomers({ profiles: [{ id: '', identities: [] }] })).toThrow(
      ValidationError,
    );
  });
});
