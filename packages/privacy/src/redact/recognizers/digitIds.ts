// The ids of digits read after their labels that nationalIds6.ts and nationalIds7.ts describe
// (T61b, T61c), found together by one walk of a text's digit runs (walks.ts, T63a): France's NIR,
// Germany's Steuer-IdNr, Belgium's national number, Portugal's NIF, Mexico's CURP (read from its
// date's six digits) and CLABE, Ecuador's cédula, Ukraine's RNOKPP, Australia's TFN, Malaysia's
// MyKad number. Each stays a recognizer of its own (id, type, placeholder, rank, `entities`).
import type { Recognizer } from '../types.js';
import { walkTogether } from '../walks.js';
import { beNrnMember, deTaxIdMember, frNirMember, ptNifMember } from './nationalIds6.js';
import {
  auTfnMember,
  ecCiMember,
  mxClabeMember,
  mxCurpMember,
  myNricMember,
  uaRnokppMember,
} from './nationalIds7.js';

const DIGIT_IDS: readonly Recognizer[] = /* @__PURE__ */ walkTogether([
  frNirMember,
  deTaxIdMember,
  beNrnMember,
  ptNifMember,
  mxCurpMember,
  mxClabeMember,
  ecCiMember,
  uaRnokppMember,
  auTfnMember,
  myNricMember,
]);

/**
 * France's NIR (numéro de sécurité sociale), `fr-nir`: see nationalIds6.ts frNirMember.
 *
 * @since 0.1.0
 */
export const frNirRecognizer: Recognizer = DIGIT_IDS[0] as Recognizer;

/**
 * Germany's Steuerliche Identifikationsnummer, `de-tax-id`: see nationalIds6.ts deTaxIdMember.
 *
 * @since 0.1.0
 */
export const deTaxIdRecognizer: Recognizer = DIGIT_IDS[1] as Recognizer;

/**
 * Belgium's national number, `be-nrn`: see nationalIds6.ts beNrnMember.
 *
 * @since 0.1.0
 */
export const beNrnRecognizer: Recognizer = DIGIT_IDS[2] as Recognizer;

/**
 * Portugal's NIF of a person, `pt-nif`: see nationalIds6.ts ptNifMember.
 *
 * @since 0.1.0
 */
export const ptNifRecognizer: Recognizer = DIGIT_IDS[3] as Recognizer;

/**
 * Mexico's CURP, `mx-curp`: see nationalIds7.ts mxCurpMember.
 *
 * @since 0.1.0
 */
export const mxCurpRecognizer: Recognizer = DIGIT_IDS[4] as Recognizer;

/**
 * Mexico's CLABE, a `bank-account` written `[ACCOUNT]`: see nationalIds7.ts mxClabeMember.
 *
 * @since 0.1.0
 */
export const mxClabeRecognizer: Recognizer = DIGIT_IDS[5] as Recognizer;

/**
 * Ecuador's cédula, `ec-ci`: see nationalIds7.ts ecCiMember.
 *
 * @since 0.1.0
 */
export const ecCiRecognizer: Recognizer = DIGIT_IDS[6] as Recognizer;

/**
 * Ukraine's RNOKPP (ІПН), `ua-rnokpp`: see nationalIds7.ts uaRnokppMember.
 *
 * @since 0.1.0
 */
export const uaRnokppRecognizer: Recognizer = DIGIT_IDS[7] as Recognizer;

/**
 * Australia's tax file number, `au-tfn`: see nationalIds7.ts auTfnMember.
 *
 * @since 0.1.0
 */
export const auTfnRecognizer: Recognizer = DIGIT_IDS[8] as Recognizer;

/**
 * Malaysia's MyKad number, `my-nric`: see nationalIds7.ts myNricMember.
 *
 * @since 0.1.0
 */
export const myNricRecognizer: Recognizer = DIGIT_IDS[9] as Recognizer;
