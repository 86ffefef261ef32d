// Helpers that keep the data files short: a source names the page and the provider it speaks for;
// `fact(value, source)` attaches it. Every page below was read on `CHECKED` through the stored
// copies of the providers' documentation.
import { type CurrencyCode, fromDecimal, type Money } from '@meridian-cx/core';
import type { Claim, Fact } from '../types.js';

/** The day the built-in entries were checked against their sources. */
export const CHECKED = '2026-11-30';

/** Where a claim comes from: who it speaks for, the page, and when it was read. */
export type SourceRef = Omit<Claim<never>, 'value' | 'note'>;

/** A source: the provider (or `scheme`) it speaks for, a title and the URL of the page. */
export function source(
  speaksFor: string,
  title: string,
  url: string,
  pinpoint?: string,
): SourceRef {
  return {
    speaksFor,
    source: { title, url, ...(pinpoint ? { pinpoint } : {}) },
    asOf: CHECKED,
  };
}

/** A fact with its source, and an optional note (what exactly the page says). */
export function fact<T>(value: T, from: SourceRef, note?: string): Fact<T> {
  return { value, ...from, ...(note ? { note } : {}) };
}

/** A fact where sources disagree: the claim used first, then the claims recorded and not used. */
export function disputed<T>(used: Fact<T>, ...others: readonly Claim<T>[]): Fact<T> {
  return { ...used, alternatives: [...others] };
}

/** A limit written as the source writes it, in major units (`limit('50000', 'PLN')`). */
export function limit(major: string, currency: CurrencyCode): Money {
  return fromDecimal(major, currency);
}
