// Issue #14, session 33 (T37b). Session 32 made "max punkt mustermann at web.de" and "john dot
// smith at gmail.com" go, an address half spoken, but kept "point" out of the dot words a plainly
// written domain may follow: English prose says "the point is at example.com". So a French
// customer's "jean point dupont at gmail.com" ("point" is the dot said in French, "at" the "@" as
// French speakers say it too) went out whole. Under a French locale it goes; under any other the
// line stays where T36c drew it.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = [locale: string, text: string, expected: string];

describe('a French address half spoken', () => {
  it.each<Row>([
    ['fr-FR', 'jean point dupont at gmail.com', '[EMAIL]'],
    ['fr-FR', 'mon adresse : jean point dupont at orange.fr merci', 'mon adresse : [EMAIL] merci'],
    ['fr-CA', 'écrivez à marie point tremblay at videotron.ca', 'écrivez à [EMAIL]'],
    ['fr-BE', 'luc point janssens at skynet.be svp', '[EMAIL] svp'],
    ['fr-CH', 'anne point muller at bluewin.ch', '[EMAIL]'],
    ['fr', 'jean point dupont at gmail.com', '[EMAIL]'],
    ['fr-FR', 'jean point pierre point dupont at laposte.net', '[EMAIL]'],
  ])('%s: %j goes', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each<Row>([
    // Already gone before T37b, and still: the other half-spoken and all-spoken forms.
    ['fr-FR', 'jean point dupont arobase gmail.com', '[EMAIL]'],
    ['fr-FR', 'jean.dupont arobase gmail point com', '[EMAIL]'],
    ['fr-FR', 'jean point dupont at gmail point com', '[EMAIL]'],
    ['fr-FR', 'jean.dupont at gmail point com', '[EMAIL]'],
    ['it-IT', 'mario punto rossi chiocciola libero.it', '[EMAIL]'],
    ['es-ES', 'juan punto perez arroba gmail.com', '[EMAIL]'],
  ])('%s: %j goes, as before', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each<Row>([
    // English prose under an English locale: "point" before "at" is no dot there.
    ['en-GB', 'the point is at example.com', 'the point is at example.com'],
    ['en-US', 'the meeting point lobby at hilton.com', 'the meeting point lobby at hilton.com'],
    // Nor under a French one where a copula names the place.
    ['fr-FR', 'the point is at example.com', 'the point is at example.com'],
    ['fr-FR', 'the point was at example.com', 'the point was at example.com'],
    // "et" is French for "and": no "@" in French (the Turkish one only, with "nokta").
    ['fr-FR', 'le point clé et google.com', 'le point clé et google.com'],
    ['fr-FR', 'jean point dupont et gmail.com', 'jean point dupont et gmail.com'],
  ])('%s: %j stays', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  // The dash and underscore said in French inside the local part: "jean tiret dupont arobase
  // gmail.com" went as "jean tiret [EMAIL]", the first name left.
  it.each<Row>([
    ['fr-FR', 'jean tiret dupont arobase gmail.com', '[EMAIL]'],
    ['fr-FR', 'écrivez à jean tiret bas dupont arobase orange.fr', 'écrivez à [EMAIL]'],
    ['fr-FR', 'jean tiret du 8 dupont arobase orange.fr', '[EMAIL]'],
    ['fr-CA', 'marie tiret claire point martin arobase free point fr', '[EMAIL]'],
  ])('%s: %j goes whole', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  const FRENCH = ['fr-FR', 'fr-CA', 'fr-BE', 'fr-CH', 'fr-LU'];
  const word = fc
    .stringMatching(/^[a-z]{2,8}$/)
    // Not a word that names no one before "at" (email.ts COPULA, NOT_LOCAL), nor an "@" or a dot said.
    .filter(
      (w) =>
        !/^(?:is|are|was|were|it|them|this|that|one|ones|us|me|you|him|her|here|there|online|shop|order|buy|bought|sold|available|found|look|at|et|dot|point|punt|punkt|punto|ponto|kropka|nokta|underscore|dash|hyphen)$/.test(
          w,
        ),
    );
  test.prop([
    fc.constantFrom(...FRENCH),
    word,
    word,
    fc.constantFrom('gmail.com', 'orange.fr', 'free.fr', 'videotron.ca', 'skynet.be'),
  ])(
    'under a French locale, "point" in the local part and a written domain: the address goes whole',
    (locale, first, last, host) => {
      const out = redact(`mail : ${first} point ${last} at ${host} merci`, { locale }).text;
      expect(out).toBe('mail : [EMAIL] merci');
    },
  );
});

// Decided in T37b: an address whose "@" alone is spoken, "john.smith at gmail.com", stays, as
// email.prop.test.ts's "a dot written plainly … is a place" holds. A written local part with a dot,
// " at " and a real domain's shape is no address in every locale's desk text: English writes
// prices, versions and products so before "at" and a site.
describe('a written local part before a spoken "at"', () => {
  it.each<Row>([
    ['en-US', 'it costs 12.99 at amazon.com', 'it costs 12.99 at amazon.com'],
    ['en-GB', 'the fix is in v2.1 at github.com', 'the fix is in v2.1 at github.com'],
    ['en-US', 'learn Node.js at nodejs.org', 'learn Node.js at nodejs.org'],
    ['en-US', 'I booked via Booking.com at booking.com', 'I booked via Booking.com at booking.com'],
  ])('%s: %j stays', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});
