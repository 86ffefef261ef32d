import type { CountryCode } from '@meridian-cx/core';

/** The entity types the built-in recognizers find. */
export const BUILT_IN_ENTITY_TYPES = [
  'email',
  'upi',
  'phone',
  'card',
  // A card's verification code, CVV2, CVC2, CID (recognizers/cardCode.ts).
  'card-code',
  'iban',
  'ip',
  'pesel',
  'cpf',
  'bsn',
  'aadhaar',
  'us-ssn',
  'uk-nino',
  'es-dni',
  'es-nie',
  'ir-national-code',
  'kr-rrn',
  'tr-tckn',
  'il-id',
  'gr-amka',
  'cn-ric',
  'se-pin',
  'ro-cnp',
  'th-id',
  'cl-rut',
  'ar-cuit',
  'ca-sin',
  'ie-ppsn',
  'hr-oib',
  'hk-hkid',
  'tw-id',
  // Finland's, Denmark's, Norway's, Singapore's and Iceland's (recognizers/nationalIds3.ts).
  'fi-hetu',
  'dk-cpr',
  'no-fnr',
  'sg-nric',
  'is-kt',
  // The Czech and Slovak birth number (recognizers/nationalIds5.ts).
  'cz-rc',
  // Domestic bank account numbers in their home print: the Czech one (recognizers/bankAccounts.ts),
  // Nigeria's NUBAN (recognizers/nuban.ts).
  'bank-account',
  // Italy's, France's, Germany's, Belgium's and Portugal's (recognizers/nationalIds6.ts).
  'it-cf',
  'fr-nir',
  'de-tax-id',
  'be-nrn',
  'pt-nif',
  // Mexico's CURP, Ecuador's cédula, Ukraine's RNOKPP, Australia's TFN, Malaysia's MyKad number
  // (recognizers/nationalIds7.ts; Mexico's CLABE is a bank-account).
  'mx-curp',
  'ec-ci',
  'ua-rnokpp',
  'au-tfn',
  'my-nric',
  // Argentina's DNI number (recognizers/nationalIds9.ts).
  'ar-dni',
  // Uruguay's cédula de identidad (recognizers/nationalIds7.ts, T68d).
  'uy-ci',
  // Indonesia's NIK, Egypt's national number, Vietnam's CCCD number, Morocco's CIN, Colombia's
  // cédula, Peru's DNI, Georgia's personal number, Germany's Steuernummer
  // (recognizers/nationalIds8.ts).
  'id-nik',
  'eg-nid',
  'vn-cccd',
  'ma-cin',
  'co-cc',
  'pe-dni',
  'ge-pin',
  'de-stnr',
] as const;

/** A built-in entity type (`'email'`, `'upi'`, `'card'`, `'pesel'`…). */
export type BuiltInEntityType = (typeof BUILT_IN_ENTITY_TYPES)[number];

/** An entity type: a built-in one or a custom recognizer's own (kebab-case). */
export type EntityType = BuiltInEntityType | (string & {});

/** What a recognizer reads. Offsets into `shadow` are offsets into `text`. */
export type RecognizerContext = {
  /**
   * The text as the caller gave it; where it holds a decimal digit past the Basic Multilingual
   * Plane (two UTF-16 units: Mathematical bold "𝟒", Adlam…), a Mathematical letter ("𝐚", "𝒵"), a
   * squared capital ("🄰"), a circled letter ("ⓐ") or two circled digits together ("①②"), a copy
   * with each such digit as its ASCII digit and each such letter as its NFKC (one unit; the
   * Letterlike Symbols such fonts use, "ℯ", "ℤ", as their ASCII letter too; a circled digit
   * alone, a list's marker, as it is): offsets into it are mapped back to the caller's text.
   */
  readonly text: string;
  /**
   * The same text, same length, with the decimal digits of every script (Persian ۰–۹,
   * Arabic-Indic ٠–٩, Devanagari ०–९, fullwidth ０–９…) in ASCII, space-like characters and
   * bidi marks as `' '`, hyphen-like characters as `'-'`, and the URL escapes `%20`, `%2B`,
   * `%40` as `'   '`, `'+  '`, `'%4@'`, and a WhatsApp link's `wa.me/` (or Zalo's `zalo.me/`) as
   * spaces and the `+` its number leaves out.
   */
  readonly shadow: string;
  /** `shadow` in lower case, for keyword look-ups (same length). */
  readonly lower: string;
  /** The customer's locale (BCP 47). */
  readonly locale: string;
  /** The customer's country: given, or the locale's likely region. */
  readonly country: CountryCode | undefined;
};

/** One span a recognizer reports: UTF-16 offsets into the text, and how sure it is (0–1]. */
export type RecognizerMatch = {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
};

/** A recognizer: built-in or made with `defineRecognizer`, same shape. */
export type Recognizer = {
  /** Stable id, kebab-case (`'pl-pesel'`). */
  readonly id: string;
  /** The entity type its matches get. */
  readonly type: EntityType;
  /** The placeholder written in place of a match (`'[PESEL]'`). */
  readonly placeholder: string;
  /** Every match in the context; must not throw on any text, must return in linear time. */
  readonly find: (context: RecognizerContext) => Iterable<RecognizerMatch>;
};

/** One redacted span of the input. Offsets are UTF-16 code units of the input text. */
export type Finding = {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly confidence: number;
  /** What replaced it in the output: the placeholder or the pseudonymisation token. */
  readonly replacement: string;
  /** The recognizer that found it. */
  readonly recognizer: string;
};

/** Pseudonymisation tokens and the values they stand for: kept by the caller, never by us. */
export type TokenMap = Readonly<Record<string, string>>;

/** What `redact` returns. */
export type RedactResult = {
  /** The redacted text. */
  readonly text: string;
  /** Every redacted span, in order, non-overlapping. */
  readonly findings: readonly Finding[];
  /**
   * In `'pseudonymise'` mode, every token and the original value (the map passed in plus the
   * new tokens); an empty object in `'redact'` mode.
   */
  readonly tokens: TokenMap;
};
