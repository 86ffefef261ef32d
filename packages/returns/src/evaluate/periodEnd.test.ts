// Written from the texts: Reg. 1182/71 Art. 3(4) (EU), Civil Act Art. 161 (Korea), TBK Art. 93
// (Turkey: only Sunday and legal holidays).
import {
  BR_CONSUMER_CODE,
  CN_CONSUMER_PROTECTION,
  EU_CONSUMER_RIGHTS,
  JP_SPECIFIED_TRANSACTIONS_ACT,
  KR_ECOMMERCE_ACT,
  TR_DISTANCE_CONTRACTS,
  UK_CONSUMER_CONTRACTS,
  US_CA_CIVIL_CODE_1723,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { weekday } from '../time/zoneDay.js';
import { periodEnd } from './periodEnd.js';

describe('periodEnd', () => {
  it('knows the weekday of a date (oracle: Date)', () => {
    for (const d of [
      '1969-06-15',
      '1970-01-01',
      '2026-03-21',
      '2026-03-22',
      '9999-12-31',
      '0001-01-01',
    ]) {
      expect(weekday(d)).toBe(new Date(`${d}T12:00:00Z`).getUTCDay());
    }
  });
  it('EU: a period ending on a Saturday ends on the following working day (Monday)', () => {
    expect(periodEnd('2026-03-21', EU_CONSUMER_RIGHTS.withdrawal?.periodEnd, null)).toEqual({
      date: '2026-03-23',
      movedFrom: '2026-03-21',
    });
  });
  it("EU: a public holiday of the consumer's state moves it too, after a weekend", () => {
    // Saturday 4 April 2026, then Easter Monday 6 April (a public holiday in Germany).
    const holidays = new Set(['2026-04-06']);
    expect(periodEnd('2026-04-04', EU_CONSUMER_RIGHTS.withdrawal?.periodEnd, holidays).date).toBe(
      '2026-04-07',
    );
    expect(periodEnd('2026-04-04', EU_CONSUMER_RIGHTS.withdrawal?.periodEnd, null).date).toBe(
      '2026-04-06',
    );
  });
  it('EU: a weekday that is not a holiday stays', () => {
    expect(
      periodEnd('2026-03-20', EU_CONSUMER_RIGHTS.withdrawal?.periodEnd, new Set(['2026-03-19'])),
    ).toEqual({
      date: '2026-03-20',
    });
  });
  it('Korea: Saturday or a public holiday: the next day (Art. 161)', () => {
    expect(periodEnd('2026-03-21', KR_ECOMMERCE_ACT.withdrawal?.periodEnd, null).date).toBe(
      '2026-03-23',
    );
  });
  it('Turkey: a Saturday end stays; a Sunday end moves to Monday (TBK Art. 93)', () => {
    expect(periodEnd('2026-03-21', TR_DISTANCE_CONTRACTS.withdrawal?.periodEnd, null).date).toBe(
      '2026-03-21',
    );
    expect(periodEnd('2026-03-22', TR_DISTANCE_CONTRACTS.withdrawal?.periodEnd, null).date).toBe(
      '2026-03-23',
    );
  });
  it('UK: no rule moves the end (the data says it is unclear)', () => {
    expect(periodEnd('2026-03-22', UK_CONSUMER_CONTRACTS.withdrawal?.periodEnd, null).date).toBe(
      '2026-03-22',
    );
    expect(UK_CONSUMER_CONTRACTS.withdrawal?.periodEnd?.unclear).toBe(true);
  });
  it('China, Japan, Brazil, California: a weekend end moves to Monday, the data saying the law is unclear', () => {
    for (const regime of [
      CN_CONSUMER_PROTECTION,
      JP_SPECIFIED_TRANSACTIONS_ACT,
      BR_CONSUMER_CODE,
      US_CA_CIVIL_CODE_1723,
    ]) {
      const rule = regime.withdrawal?.periodEnd;
      expect(periodEnd('2026-03-22', rule, null).date).toBe('2026-03-23');
      expect(rule?.unclear).toBe(true);
      expect(rule?.provenance.source.pinpoint).toMatch(/Art\. (203|142|132)|§§ 7, 10/);
    }
  });
  it('a public holiday counts only where the rule counts holidays', () => {
    expect(
      periodEnd(
        '2026-10-01',
        CN_CONSUMER_PROTECTION.withdrawal?.periodEnd,
        new Set(['2026-10-01', '2026-10-02']),
      ).date,
    ).toBe('2026-10-05');
    expect(
      periodEnd('2026-10-01', UK_CONSUMER_CONTRACTS.withdrawal?.periodEnd, new Set(['2026-10-01']))
        .date,
    ).toBe('2026-10-01');
  });
});
