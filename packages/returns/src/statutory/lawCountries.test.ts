// The table of which built-in regime governs each country carries names only; it must say exactly
// what the regimes say, or evaluateReturn would refuse a customer wrongly, or decide without a law.
import * as returns from '@meridian-cx/returns';
import { regimeForCountry, STATUTORY_REGIMES } from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { lawExportFor, REGIME_EXPORTS } from './lawCountries.js';

describe('lawExportFor', () => {
  it('names, for every country of every built-in regime, the export that is that regime', () => {
    for (const regime of STATUTORY_REGIMES) {
      const name = REGIME_EXPORTS[regime.code];
      expect(name, regime.code).toBeDefined();
      expect((returns as Record<string, unknown>)[name as string]).toBe(regime);
      for (const c of regime.countries) expect(lawExportFor(c), c).toBe(name);
    }
    expect(Object.keys(REGIME_EXPORTS).sort()).toEqual(STATUTORY_REGIMES.map((r) => r.code).sort());
  });
  it('names nothing for a country no built-in regime covers, nor for a regime code', () => {
    for (const c of ['CH', 'IN', 'IR', 'CA', 'MX', 'SG', 'NZ', 'ZA', 'EU', 'toString', '']) {
      expect(lawExportFor(c), c).toBeUndefined();
      expect(regimeForCountry(c), c).toBeUndefined();
    }
  });
});
