// Order words of the markets whose ids the sixteenth round added (issue #14): an id printed as it
// is printed goes anywhere but after an order's word, and a bare one goes in its country; an
// order's number of the same print stays after these words. Each row failed before they were
// reference words (keywords.ts).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe("the new markets' order words", () => {
  it.each([
    // Spanish "orden" (an order), before Argentina's CUIT print 2-8-1.
    ['es-AR', 'Orden 20-12345678-6'],
    ['es-AR', 'número de orden: 20-12345678-6'],
    // Icelandic "pöntun" (an order), before ten digits whose kennitala check holds.
    ['is-IS', 'Pöntun 1201603389'],
    ['is-IS', 'Pontun nr. 1201603389'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it.each([
    ['es-AR', 'CUIT 20-12345678-6', 'CUIT [AR_CUIT]'],
    ['is-IS', 'Sæl, 1201603389', 'Sæl, [IS_KT]'],
    // "ordenador" (a computer) is no order: the word ends with its space or colon.
    ['es-ES', 'Mi ordenador no va, llámame al 612345678', 'Mi ordenador no va, llámame al [PHONE]'],
    ['es-AR', 'Ordenador 20-12345678-6', 'Ordenador [AR_CUIT]'],
  ])('%s %j still goes', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});
