// The phone recognizer held to its oracle on one text, for the properties that read a text's
// phones and then ask more of them (phoneWrappedInGroup.prop, phoneDashOpensLine.prop).
import { expect } from 'vitest';
import type { RecognizerContext } from '../../src/redact/types.js';
import { phoneAndOracle } from './phoneOracle.js';
import { contextOf } from './recognizerContext.js';

/**
 * The oracle's phone spans in `text`, written in `locale` from `country`, after checking that the
 * recognizer finds the same spans.
 */
export function phonesAgreed(
  text: string,
  locale: string,
  country: RecognizerContext['country'],
): readonly { start: number; end: number }[] {
  const [fast, plain] = phoneAndOracle(contextOf(text, locale, country));
  expect(fast).toEqual(plain);
  return plain;
}
