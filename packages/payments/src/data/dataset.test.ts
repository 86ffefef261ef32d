// Every entry of the built-in dataset is validated by the schema and carries its sources.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAYMENT_DATASET, PaymentDatasetSchema, parsePaymentDataset } from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { DATASET_COUNTRIES } from './countries.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every object with a `value` and a `source` inside a value: the facts, wherever they sit. */
function facts(value: unknown, path = ''): { path: string; fact: Record<string, unknown> }[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  if ('value' in v && 'speaksFor' in v) return [{ path, fact: v }];
  return Object.entries(v).flatMap(([k, x]) => facts(x, `${path}.${k}`));
}

describe('the built-in dataset', () => {
  it('parses with the schema, as JSON', () => {
    const result = safeParse(PaymentDatasetSchema, JSON.parse(JSON.stringify(PAYMENT_DATASET)));
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });

  // PAYMENT_DATASET is registered without parsing when it loads (the validator stays out of a
  // browser's bundle): this is the validation, and it must see exactly what a parse would give.
  it('is what the schema and the reference checks give for it: validated here, not at load', () => {
    const parsed = parsePaymentDataset(PAYMENT_DATASET);
    expect(parsed).toStrictEqual(PAYMENT_DATASET);
    expect(Object.isFrozen(PAYMENT_DATASET)).toBe(true);
  });

  it('has at least 60 methods and covers every country the issue names', () => {
    expect(PAYMENT_DATASET.methods.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(PAYMENT_DATASET.methods.flatMap((m) => m.countries.value));
    expect(DATASET_COUNTRIES.filter((c) => !covered.has(c))).toEqual([]);
    expect(DATASET_COUNTRIES.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every method its category, countries and currencies with a source', () => {
    for (const m of PAYMENT_DATASET.methods) {
      for (const f of [m.category, m.countries, m.currencies]) {
        expect(f.source.url, m.id).toMatch(/^https:\/\//);
        expect(f.asOf, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('sources every fact: a URL, the provider it speaks for, and asOf', () => {
    const all = facts(PAYMENT_DATASET);
    expect(all.length).toBeGreaterThan(400);
    for (const { path, fact } of all) {
      const source = fact.source as { url?: string; title?: string };
      expect(source.url, path).toMatch(/^https:\/\//);
      expect(source.title?.length, path).toBeGreaterThan(0);
      expect(fact.speaksFor, path).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(fact.asOf, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('records the disagreements between sources, with the claim used first', () => {
    const disputed = facts(PAYMENT_DATASET).filter(({ fact }) => Array.isArray(fact.alternatives));
    expect(disputed.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('recurring'),
        expect.stringContaining('successor'),
      ]),
    );
    expect(disputed.length).toBeGreaterThanOrEqual(6);
  });

  it('names every provider whose terms it records', () => {
    const ids = new Set(PAYMENT_DATASET.providers.map((p) => p.id));
    for (const m of PAYMENT_DATASET.methods)
      for (const t of m.providers) expect(ids.has(t.provider), `${m.id}/${t.provider}`).toBe(true);
  });

  it('keeps one method per file, each file small', () => {
    const dir = join(here, 'methods');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.length).toBe(PAYMENT_DATASET.methods.length);
    for (const f of files)
      expect(readFileSync(join(dir, f), 'utf8').split('\n').length, f).toBeLessThan(120);
  });

  it('records the classic refund traps as the sources give them', () => {
    const terms = (method: string, provider: string) =>
      PAYMENT_DATASET.methods
        .find((m) => m.id === method)
        ?.providers.find((t) => t.provider === provider);
    expect(terms('boleto', 'stripe')?.refund?.value).toBe('none');
    expect(terms('boleto', 'ppro')?.refund?.value).toBe('full-and-partial');
    expect(terms('blik', 'ppro')?.refundWindow?.value).toEqual({ months: 13 });
    expect(terms('blik', 'paypal')?.refundWindow?.value).toEqual({ days: 180 });
    expect(terms('konbini', 'worldline')?.refund?.value).toBe('to-bank-account');
    for (const provider of ['stripe', 'adyen', 'worldpay'])
      expect(terms('oxxo', provider)?.refund?.value, provider).toBe('none');
    const solidgate = terms('oxxo', 'solidgate')?.refund;
    expect([solidgate?.value, ...(solidgate?.alternatives ?? []).map((c) => c.value)]).toEqual([
      'full',
      'none',
    ]);
  });
});
