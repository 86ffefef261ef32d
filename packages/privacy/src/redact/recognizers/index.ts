import type { Recognizer } from '../types.js';
import { czAccountRecognizer } from './bankAccounts.js';
import { cardRecognizer } from './card.js';
import { cardCodeRecognizer } from './cardCode.js';
import { emailRecognizer } from './email.js';
import { ibanRecognizer } from './iban.js';
import { ipRecognizer } from './ip.js';
import { esDniRecognizer, esNieRecognizer, ukNinoRecognizer } from './letterIds.js';
import {
  aadhaarRecognizer,
  bsnRecognizer,
  cpfRecognizer,
  grAmkaRecognizer,
  ilIdRecognizer,
  irNationalCodeRecognizer,
  krRrnRandomRecognizer,
  krRrnRecognizer,
  peselRecognizer,
  trTcknRecognizer,
  usSsnRecognizer,
} from './nationalIds.js';
import {
  cnRicRecognizer,
  roCnpRecognizer,
  sePinRecognizer,
  thIdRecognizer,
} from './nationalIds2.js';
import {
  dkCprRecognizer,
  fiHetuRecognizer,
  isKennitalaRecognizer,
  noFnrRecognizer,
  sgNricRecognizer,
} from './nationalIds3.js';
import {
  arCuitRecognizer,
  caSinRecognizer,
  clRutRecognizer,
  hkIdRecognizer,
  hrOibRecognizer,
  iePpsnRecognizer,
} from './nationalIds4.js';
import { czRcRecognizer } from './nationalIds5.js';
import {
  beNrnRecognizer,
  deTaxIdRecognizer,
  frNirRecognizer,
  itCfRecognizer,
  ptNifRecognizer,
} from './nationalIds6.js';
import {
  auTfnRecognizer,
  ecCiRecognizer,
  mxClabeRecognizer,
  mxCurpRecognizer,
  myNricRecognizer,
  uaRnokppRecognizer,
  uyCiRecognizer,
} from './nationalIds7.js';
import {
  coCcRecognizer,
  deStnrRecognizer,
  egNidRecognizer,
  geIdRecognizer,
  idNikRecognizer,
  itCfOmocodeRecognizer,
  maCinRecognizer,
  peDniRecognizer,
  vnCccdRecognizer,
} from './nationalIds8.js';
import { arDniRecognizer } from './nationalIds9.js';
import { ngNubanRecognizer } from './nuban.js';
import { phoneRecognizer } from './phone.js';
import { twIdRecognizer } from './twId.js';
import { upiRecognizer } from './upi.js';

/**
 * The built-in recognizers, in the order ties are broken: email, UPI payment address, IBAN, card,
 * card code, national ids, IP, phone. Each is made with `defineRecognizer`.
 *
 * @since 0.1.0
 */
export const builtInRecognizers: readonly Recognizer[] = Object.freeze([
  emailRecognizer,
  upiRecognizer,
  ibanRecognizer,
  cardRecognizer,
  // A card's verification code after its label, or after a card and its expiry (cardCode.ts).
  cardCodeRecognizer,
  peselRecognizer,
  cpfRecognizer,
  bsnRecognizer,
  aadhaarRecognizer,
  usSsnRecognizer,
  ukNinoRecognizer,
  esDniRecognizer,
  esNieRecognizer,
  irNationalCodeRecognizer,
  krRrnRecognizer,
  krRrnRandomRecognizer,
  trTcknRecognizer,
  ilIdRecognizer,
  grAmkaRecognizer,
  cnRicRecognizer,
  sePinRecognizer,
  roCnpRecognizer,
  thIdRecognizer,
  // Chile, Argentina, Canada, Ireland, Croatia, Hong Kong (nationalIds4.ts).
  clRutRecognizer,
  arCuitRecognizer,
  caSinRecognizer,
  iePpsnRecognizer,
  hrOibRecognizer,
  hkIdRecognizer,
  // Taiwan's national id and a resident's new-style number (twId.ts).
  twIdRecognizer,
  // Finland, Denmark, Norway, Singapore, Iceland (nationalIds3.ts).
  fiHetuRecognizer,
  dkCprRecognizer,
  noFnrRecognizer,
  sgNricRecognizer,
  isKennitalaRecognizer,
  // The Czech and Slovak birth number (nationalIds5.ts).
  czRcRecognizer,
  // The Czech bank account number (bankAccounts.ts), after the birth number: a slashed print both
  // read bare at home goes as the birth number.
  czAccountRecognizer,
  // Nigeria's NUBAN after its label (nuban.ts).
  ngNubanRecognizer,
  // Italy, France, Germany, Belgium, Portugal (nationalIds6.ts).
  itCfRecognizer,
  frNirRecognizer,
  deTaxIdRecognizer,
  beNrnRecognizer,
  ptNifRecognizer,
  // Mexico, Ecuador, Ukraine, Australia, Malaysia (nationalIds7.ts).
  mxCurpRecognizer,
  mxClabeRecognizer,
  ecCiRecognizer,
  uaRnokppRecognizer,
  auTfnRecognizer,
  myNricRecognizer,
  // Uruguay's cédula after its label (nationalIds7.ts, T68d).
  uyCiRecognizer,
  // Argentina's DNI after its label (nationalIds9.ts).
  arDniRecognizer,
  // Indonesia, Egypt, Vietnam, Morocco, Colombia, Peru, Georgia, Germany's Steuernummer, and the
  // codice fiscale whose digits omocodia all but replaced (nationalIds8.ts).
  idNikRecognizer,
  egNidRecognizer,
  vnCccdRecognizer,
  maCinRecognizer,
  coCcRecognizer,
  peDniRecognizer,
  geIdRecognizer,
  deStnrRecognizer,
  itCfOmocodeRecognizer,
  ipRecognizer,
  phoneRecognizer,
]);
