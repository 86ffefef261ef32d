// Test helper (not exported from the package): the engine's options as repairText sets them by
// default, with the run memo the test keeps (keptKeys.test.ts, memoOrder.prop.test.ts).
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { EngineOptions, MemoEntry } from './engine.js';

/**
 * The default pages, chains of three, a gain of three, common readings preferred, and `memo`.
 *
 * @param memo - The run memo the reading fills and asks.
 * @returns Engine options for readString.
 */
export const memoOptions = (memo: Map<string, MemoEntry>): EngineOptions => ({
  encoders: DEFAULT_PAGES.map(encoderFor),
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  memo,
});
