import { describe, expect, it } from 'vitest';
import { ProvenanceSchema } from '../schemas/provenance.js';
import { isCountry } from './country.js';
import { EEA_COUNTRIES, EEA_COUNTRIES_PROVENANCE } from './eea.data.js';

describe('EEA_COUNTRIES', () => {
  it('holds the 27 EU member states and Iceland, Liechtenstein and Norway, each once', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(new Set(EEA_COUNTRIES).size).toBe(30);
    for (const code of EEA_COUNTRIES) expect(isCountry(code), code).toBe(true);
    expect(EEA_COUNTRIES.slice(-3)).toEqual(['IS', 'LI', 'NO']);
  });

  it('leaves out the neighbours that are in neither (Switzerland, the UK since 2020)', () => {
    for (const code of ['CH', 'GB', 'AD', 'MC', 'SM']) {
      expect((EEA_COUNTRIES as readonly string[]).includes(code), code).toBe(false);
    }
  });

  it('carries its provenance', () => {
    expect(ProvenanceSchema.safeParse(EEA_COUNTRIES_PROVENANCE).success).toBe(true);
  });
});
