// Issue #15: the regimes half answers hostile input with a privacy MeridianError or a
// ValidationError (never a raw TypeError), as the fuzz suite checks.
import { isMeridianError } from '@meridian-cx/core';
import {
  applicableRegimes,
  defineRegime,
  EU_GDPR,
  REGIMES,
  regimeTable,
  requestDeadline,
  UK_GDPR,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const anyFn = (f: unknown) => f as (...a: unknown[]) => unknown;
const customer = { country: 'FR' };
const business = { establishedIn: ['US'] };
const at = '2026-03-02T10:00:00Z';

describe('privacy boundaries', () => {
  it('applicableRegimes refuses a missing input and regimes that are not checked regimes', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(applicableRegimes)()),
        'privacy/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(applicableRegimes)({ customer, business, at, regimes: 'eu-gdpr' })),
        'privacy/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(applicableRegimes)({ customer, business, at, regimes: [{ id: 'x' }] })),
        'privacy/unchecked-regime',
      ),
    ).toBe(true);
    const only = applicableRegimes({ customer, business, at, regimes: [EU_GDPR] });
    expect(only.map((r) => r.regime)).toEqual(['eu-gdpr']);
  });

  it('regimeTable refuses what is not an array of checked regimes', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(regimeTable)(42)),
        'privacy/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(regimeTable)([{ requests: 1 }])),
        'privacy/unchecked-regime',
      ),
    ).toBe(true);
    expect(regimeTable([UK_GDPR]).split('\n')).toHaveLength(3);
  });

  it('a regime object is accepted only when defineRegime made it, and stays as checked', () => {
    const half = { ...EU_GDPR, id: 'half', requests: [{ appliesTo: ['access'] }] };
    const input = { regime: half, kind: 'access' as const, receivedAt: at, zone: 'UTC' };
    expect(
      isMeridianError(
        thrown(() => anyFn(requestDeadline)(input)),
        'privacy/unchecked-regime',
      ),
    ).toBe(true);
    const acme = defineRegime({ ...EU_GDPR, id: 'acme', name: 'Acme', short: 'Acme' });
    expect(Object.isFrozen(acme.requests)).toBe(true);
    expect(Object.isFrozen(REGIMES[0]?.requests[0])).toBe(true);
    expect(requestDeadline({ ...input, regime: acme }).dueOn).toBe('2026-04-02');
  });

  it('a week without a working day is refused, not looped over or thrown as a raw Error', () => {
    const input = {
      regime: EU_GDPR,
      kind: 'access' as const,
      receivedAt: at,
      zone: 'Europe/Paris',
      weekend: [1, 2, 3, 4, 5, 6, 7],
    };
    expect(
      isMeridianError(
        thrown(() => requestDeadline(input)),
        'privacy/no-working-day',
      ),
    ).toBe(true);
  });
});
