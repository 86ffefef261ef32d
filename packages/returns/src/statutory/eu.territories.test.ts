// TFEU Art. 355: the outermost regions and Åland are part of the EU; each ISO 3166 code that has
// an entry of its own is checked against the treaty list.
import { COUNTRY_CODES } from '@meridian-cx/core';
import {
  EEA_COUNTRIES,
  EU_CONSUMER_RIGHTS,
  EU_TERRITORIES,
  evaluateReturn,
  regimeForCountry,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';

describe('where EU law applies', () => {
  it('maps every outermost region with a code of its own, and Åland, to the EU regime', () => {
    for (const code of ['GP', 'GF', 'MQ', 'RE', 'YT', 'MF', 'AX']) {
      expect(COUNTRY_CODES).toContain(code);
      expect(regimeForCountry(code)?.code).toBe('EU');
    }
    expect(EU_TERRITORIES.every((t) => t.provenance.source.pinpoint?.startsWith('Art. 355'))).toBe(
      true,
    );
  });
  it('gives the regime exactly the codes EU_TERRITORIES documents (the regime holds the codes alone)', () => {
    const eea: readonly string[] = EEA_COUNTRIES;
    expect(EU_CONSUMER_RIGHTS.countries.filter((c) => !eea.includes(c))).toEqual(
      EU_TERRITORIES.map((t) => t.code),
    );
  });
  it('leaves out the territories the treaties exclude (BL since 2012, FO, GL, GI)', () => {
    for (const code of ['BL', 'FO', 'GL', 'GI'])
      expect(EU_CONSUMER_RIGHTS.countries).not.toContain(code);
  });
  it('gives a customer in Réunion the 14 days of the Directive', () => {
    const at = '2026-03-12T10:00:00+04:00';
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { id: 'p', windowDays: 0 },
      order: {
        id: 'o',
        currency: 'EUR',
        placedAt: '2026-03-01T10:00:00+04:00',
        customer: { country: 'RE', zone: 'Indian/Reunion' },
        lines: [{ id: 'a', sku: 'A', unitPrice: { amount: 5_000, currency: 'EUR' }, quantity: 1 }],
        shipments: [
          {
            id: 's',
            lines: [{ lineId: 'a', quantity: 1 }],
            deliveredAt: '2026-03-03T10:00:00+04:00',
          },
        ],
      },
      request: { orderId: 'o', noticeAt: at, lines: [{ lineId: 'a', quantity: 1 }] },
      now: at,
    });
    expect(d.regime?.code).toBe('EU');
    expect(d.lines[0]?.basis).toBe('law');
    expect(d.lines[0]?.deadline?.localDate).toBe('2026-03-17');
  });
});
