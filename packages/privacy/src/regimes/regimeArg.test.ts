// The decision functions take a regime object; an id gets an error that names the import.
import { isMeridianError } from '@meridian-cx/core';
import {
  breachDeadline,
  canSendMarketing,
  defineRegime,
  EU_GDPR,
  honourOptOutSignal,
  requestDeadline,
  US_CA_CCPA,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const at = '2026-03-02T10:00:00Z';
const caught = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
};
const anyFn = (f: unknown) => f as (input: unknown) => unknown;
const calls = {
  requestDeadline: (regime: unknown) =>
    anyFn(requestDeadline)({ regime, kind: 'access', receivedAt: at, zone: 'UTC' }),
  breachDeadline: (regime: unknown) => anyFn(breachDeadline)({ regime, event: 'became-aware', at }),
  canSendMarketing: (regime: unknown) =>
    anyFn(canSendMarketing)({ regime, channel: 'email', consent: 'none', at }),
  honourOptOutSignal: (regime: unknown) => anyFn(honourOptOutSignal)({ regime, signal: '1', at }),
};

describe('a regime id where the regime goes', () => {
  it.each(Object.entries(calls))('%s names the export to import, and regimeById', (fn, call) => {
    const e = caught(() => call('us-ca-ccpa'));
    expect(isMeridianError(e, 'privacy/regime-id')).toBe(true);
    expect(e.message).toContain(`${fn} takes a regime object`);
    expect(e.message).toContain("import { US_CA_CCPA } from '@meridian-cx/privacy'");
    expect(e.message).toContain('regimeById("us-ca-ccpa")');
  });
  it('a near id is matched to the exports it could mean', () => {
    const gdpr = caught(() => calls.requestDeadline('gdpr'));
    expect(isMeridianError(gdpr, 'privacy/regime-id')).toBe(true);
    expect(gdpr.message).toContain('(EU_GDPR, UK_GDPR)');
    expect(caught(() => calls.requestDeadline('EU_GDPR')).message).toContain('import { EU_GDPR }');
    expect(caught(() => calls.breachDeadline('pdpa')).message).toContain('(SG_PDPA, TH_PDPA)');
  });
  it('an id that matches nothing lists every built-in export', () => {
    const e = caught(() => calls.canSendMarketing('xx-none'));
    expect(e.message).toContain('"xx-none" is not a built-in id');
    expect(e.message).toContain('EU_GDPR, UK_GDPR, US_CA_CCPA');
    expect(e.message).toContain('IN_DPDP');
  });
  it('a lookalike object is refused; a built-in or defineRegime result is taken', () => {
    const copy = { ...US_CA_CCPA };
    expect(
      isMeridianError(
        caught(() => calls.requestDeadline(copy)),
        'privacy/unchecked-regime',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        caught(() => calls.requestDeadline(undefined)),
        'privacy/unchecked-regime',
      ),
    ).toBe(true);
    const own = defineRegime({ ...EU_GDPR, id: 'acme', name: 'Acme', short: 'Acme' });
    expect(
      requestDeadline({ regime: own, kind: 'access', receivedAt: at, zone: 'UTC' }).regime,
    ).toBe('acme');
    expect(
      requestDeadline({ regime: EU_GDPR, kind: 'access', receivedAt: at, zone: 'UTC' }).dueOn,
    ).toBe('2026-04-02');
  });
});

describe('two copies of the package in one app (its ESM and CJS builds, two versions)', () => {
  it('accept each other’s regimes: the check is shared by the realm', async () => {
    const here = await import('./trusted.js');
    // A query makes the loader evaluate the module a second time: a second copy of the package.
    const copy: string = './trusted.js?another-copy';
    const other = (await import(/* @vite-ignore */ copy)) as typeof here;
    expect(other).not.toBe(here);
    expect(other.isTrustedRegime(EU_GDPR)).toBe(true);
    const theirs = other.trustRegime({ ...EU_GDPR, id: 'theirs' });
    expect(here.isTrustedRegime(theirs)).toBe(true);
    expect(here.isTrustedRegime({ ...EU_GDPR })).toBe(false);
  });
});
