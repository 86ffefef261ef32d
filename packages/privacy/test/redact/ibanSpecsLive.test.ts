// The IBAN reader keeps each country's length in one shape of its own (a read per probe across
// ibantools' specs, of different fields per country, went megamorphic, T64d), but reads the spec
// itself live: a BBAN validator set with ibantools' setCountryBBANValidation after redact's first
// call still decides.
import { redact } from '@meridian-cx/privacy';
import { countrySpecs, setCountryBBANValidation } from 'ibantools';
import { afterEach, describe, expect, it } from 'vitest';

const spec = countrySpecs.DE as { bban_validation_func?: (bban: string) => boolean };
const before = spec.bban_validation_func;

afterEach(() => {
  if (before === undefined) delete spec.bban_validation_func;
  else spec.bban_validation_func = before;
});

describe('IBAN specs', () => {
  it('reads a validator set after the first call', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00, danke';
    expect(redact(text, { locale: 'de-DE' }).text).toBe('IBAN [IBAN], danke');
    setCountryBBANValidation('DE', () => false);
    expect(redact(text, { locale: 'de-DE' }).text).not.toContain('[IBAN]');
  });
});
