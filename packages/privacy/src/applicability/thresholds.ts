import { type Reason, reason } from '@meridian-cx/core';
import type { ThresholdRule, ThresholdTest } from '../regimes/types.js';

/** What a business tells us about itself; absent facts make a threshold undetermined, never false. */
export type BusinessFacts = {
  readonly establishedIn: readonly string[];
  readonly annualRevenue?: { readonly amount: number; readonly currency: string } | undefined;
  readonly consumersPerYear?: number | undefined;
  readonly revenueShareFromData?: number | undefined;
  readonly sellsPersonalData?: boolean | undefined;
  readonly processesSensitiveData?: boolean | undefined;
  readonly smallBusiness?: boolean | undefined;
};

type Tri = true | false | undefined;
const and = (values: readonly Tri[]): Tri =>
  values.includes(false) ? false : values.includes(undefined) ? undefined : true;

/** Does one test hold? Three-valued: `undefined` when a fact it needs is missing. */
export function testHolds(test: ThresholdTest, b: BusinessFacts, missing: Set<string>): Tri {
  const parts: Tri[] = [];
  const need = <T>(value: T | undefined, name: string): value is T => {
    if (value === undefined) missing.add(name);
    return value !== undefined;
  };
  if (test.minConsumers !== undefined) {
    parts.push(
      need(b.consumersPerYear, 'consumersPerYear')
        ? b.consumersPerYear >= test.minConsumers
        : undefined,
    );
  }
  if (test.minRevenue !== undefined) {
    const rev = b.annualRevenue;
    if (!need(rev, 'annualRevenue')) parts.push(undefined);
    else if (rev.currency !== test.minRevenue.currency) {
      missing.add(`annualRevenue in ${test.minRevenue.currency}`);
      parts.push(undefined);
    } else parts.push(rev.amount > test.minRevenue.amount);
  }
  if (test.minRevenueShareFromData !== undefined) {
    const share = b.revenueShareFromData;
    parts.push(
      need(share, 'revenueShareFromData')
        ? test.revenueShareStrict
          ? share > test.minRevenueShareFromData
          : share >= test.minRevenueShareFromData
        : undefined,
    );
  }
  if (test.sellsPersonalData)
    parts.push(need(b.sellsPersonalData, 'sellsPersonalData') ? b.sellsPersonalData : undefined);
  if (test.processesSensitiveData) {
    parts.push(
      need(b.processesSensitiveData, 'processesSensitiveData')
        ? b.processesSensitiveData
        : undefined,
    );
  }
  if (test.notSmallBusiness)
    parts.push(need(b.smallBusiness, 'smallBusiness') ? !b.smallBusiness : undefined);
  return and(parts);
}

const describe = (t: ThresholdTest): string =>
  [
    t.minConsumers !== undefined ? `≥ ${t.minConsumers} consumers` : '',
    t.minRevenue !== undefined
      ? `revenue > ${t.minRevenue.amount / 100} ${t.minRevenue.currency}`
      : '',
    t.minRevenueShareFromData !== undefined
      ? `${t.revenueShareStrict ? '>' : '≥'} ${t.minRevenueShareFromData * 100}% of revenue from personal data`
      : '',
    t.sellsPersonalData ? 'sells personal data' : '',
    t.processesSensitiveData ? 'processes sensitive data' : '',
    t.notSmallBusiness ? 'not a small business' : '',
  ]
    .filter(Boolean)
    .join(' and ');

/** Evaluate a threshold rule: any one test suffices. */
export function evaluateThresholds(
  rule: ThresholdRule,
  b: BusinessFacts,
): { status: Tri; reasons: Reason[] } {
  const source = rule.provenance.source;
  if (rule.anyOf.length === 0)
    return { status: true, reasons: [reason('threshold.none', {}, source)] };
  const missing = new Set<string>();
  const results = rule.anyOf.map((t) => ({ t, ok: testHolds(t, b, missing) }));
  const met = results.find((r) => r.ok === true);
  if (met)
    return { status: true, reasons: [reason('threshold.met', { test: describe(met.t) }, source)] };
  if (results.every((r) => r.ok === false)) {
    return {
      status: false,
      reasons: results.map((r) => reason('threshold.not-met', { test: describe(r.t) }, source)),
    };
  }
  return {
    status: undefined,
    reasons: [reason('threshold.missing-facts', { missing: [...missing].join(', ') }, source)],
  };
}
