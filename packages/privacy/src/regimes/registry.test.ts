// Each built-in regime is its own export and module; REGIMES and regimeById are the whole table.
import { readdirSync } from 'node:fs';
import { isMeridianError } from '@meridian-cx/core';
import * as privacy from '@meridian-cx/privacy';
import { REGIMES, type Regime, regimeById } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_REGIME_IDS, exportName } from './ids.js';

const dataDir = new URL('./data/', import.meta.url);
const regimeFiles = readdirSync(dataDir).filter(
  (f) => /^[a-z]{2}-[a-z0-9-]+\.ts$/.test(f) && !f.includes('test'),
);

describe('the built-in regimes as exports', () => {
  it('REGIMES lists the ids of ids.ts, in order, each exported under its upper-snake name', () => {
    expect(REGIMES.map((r) => r.id)).toEqual([...BUILT_IN_REGIME_IDS]);
    for (const r of REGIMES) expect((privacy as Record<string, unknown>)[exportName(r.id)]).toBe(r);
  });
  it('each regime lives alone in a module named after its id', async () => {
    const modules = regimeFiles.filter((f) =>
      BUILT_IN_REGIME_IDS.includes(f.slice(0, -3) as never),
    );
    expect(modules).toHaveLength(BUILT_IN_REGIME_IDS.length);
    for (const file of modules) {
      const mod = (await import(new URL(file, dataDir).href)) as Record<string, unknown>;
      const regimes = Object.values(mod).filter(
        (v): v is Regime => typeof v === 'object' && v !== null && 'requests' in v,
      );
      expect(regimes.map((r) => r.id)).toEqual([file.slice(0, -3)]);
    }
  });
  it('regimeById finds each built-in, and names the ids for one it does not know', () => {
    for (const r of REGIMES) expect(regimeById(r.id)).toBe(r);
    try {
      regimeById('gdpr');
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'privacy/unknown-regime')).toBe(true);
      expect((e as Error).message).toContain('eu-gdpr, uk-gdpr');
    }
    expect(() => regimeById(42 as never)).toThrow(/42/);
  });
});
