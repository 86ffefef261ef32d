// Every statutory entry carries provenance that validates, and the regimes hold the numbers the
// texts give.
import { type Provenance, ProvenanceSchema } from '@meridian-cx/core';
import {
  AU_CONSUMER_LAW,
  defineRegime,
  EEA_COUNTRIES,
  regimeForCountry,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';

function provenances(): [string, Provenance][] {
  const out: [string, Provenance][] = [];
  for (const r of Object.values(STATUTORY_REGIMES)) {
    const w = r.withdrawal;
    if (w) {
      out.push([`${r.code} withdrawal`, w.provenance]);
      if (w.uninformedProvenance) out.push([`${r.code} uninformed`, w.uninformedProvenance]);
      if (w.diminishedValue) out.push([`${r.code} diminished value`, w.diminishedValue]);
      if (w.regularDeliveryFromFirst)
        out.push([`${r.code} regular delivery`, w.regularDeliveryFromFirst]);
      for (const e of w.exceptions) out.push([`${r.code} ${e.kind}`, e.provenance]);
    }
    if (r.noWithdrawalProvenance) out.push([`${r.code} none`, r.noWithdrawalProvenance]);
    if (r.refund) out.push([`${r.code} refund`, r.refund.provenance]);
    if (r.returnCost) out.push([`${r.code} return cost`, r.returnCost.provenance]);
    if (r.guarantee) out.push([`${r.code} guarantee`, r.guarantee.provenance]);
    if (r.guarantee?.remedyProvenance) out.push([`${r.code} remedy`, r.guarantee.remedyProvenance]);
    // The rights added in 0.2 (#16): each carries its own source.
    const more: [string, Provenance | undefined][] = [
      ['late information', w?.lateInformation?.provenance],
      ['digital content', w?.digitalContentFromContract],
      ['period end', w?.periodEnd?.provenance],
      ['before delivery', w?.beforeDelivery],
      ['refund when collected', r.refund?.fromNoticeWhenCollected],
      ['prices include tax', r.consumerPricesIncludeTax],
      ['perishable', r.guarantee?.rejectPerishable],
      ['burden of proof', r.guarantee?.presumption?.provenance],
      ['major failure', r.guarantee?.failureRemedies?.provenance],
      ['not as described', r.notAsDescribed?.provenance],
      ...Object.entries(r.guarantee?.presumption?.countries ?? {}).map(
        ([c, p]): [string, Provenance] => [`burden of proof ${c}`, p.provenance],
      ),
    ];
    for (const [what, p] of more) if (p) out.push([`${r.code} ${what}`, p]);
  }
  return out;
}

describe('statutory data', () => {
  it.each(provenances())('%s has valid provenance', (_name, p) => {
    expect(() => ProvenanceSchema.parse(p)).not.toThrow();
  });
  it('holds the periods of the texts', () => {
    const days = Object.fromEntries(
      Object.values(STATUTORY_REGIMES).map((r) => [r.code, r.withdrawal?.days ?? null]),
    );
    expect(days).toEqual({ EU: 14, GB: 14, BR: 7, CN: 7, KR: 7, JP: 8, TR: 14, AU: null, US: 30 });
  });
  it('maps the 30 EEA states to the EU regime and others to theirs', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    for (const c of EEA_COUNTRIES) expect(regimeForCountry(c)?.code).toBe('EU');
    expect(regimeForCountry('GB')?.code).toBe('GB');
    expect(regimeForCountry('CH')).toBeUndefined();
  });
});

describe('defineRegime', () => {
  it('accepts a regime with provenance and refuses one without a source URL', () => {
    const ch = defineRegime({
      ...AU_CONSUMER_LAW,
      code: 'CH',
      name: 'Switzerland',
      countries: ['CH'],
    });
    expect(Object.isFrozen(ch)).toBe(true);
    const bad = {
      ...AU_CONSUMER_LAW,
      noWithdrawalProvenance: { source: { title: 'x', url: 'not a url' }, asOf: '2026-01-01' },
    };
    try {
      defineRegime(bad);
      expect.unreachable();
    } catch (e) {
      expect((e as { code?: string }).code).toBe('returns/invalid-regime');
      expect((e as { issues: { path: (string | number)[] }[] }).issues[0]?.path.join('.')).toBe(
        'noWithdrawalProvenance.source.url',
      );
    }
  });
  it('validates every built-in regime', () => {
    for (const r of Object.values(STATUTORY_REGIMES))
      expect(() => defineRegime({ ...r })).not.toThrow();
  });
});
