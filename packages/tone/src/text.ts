// @meridian-cx/tone/text: text hygiene for inbound messages — repair of mis-decoded text in any
// script and Persian normalisation. Its own entry because repairText carries iconv-lite's code-page
// tables (and Node's Buffer): an app that only renders replies never loads them.
export { CODE_PAGES, type CodePage, DEFAULT_PAGES } from './text/codePages.js';
export { codes as textErrorCodes, type ToneTextErrorCode } from './text/failures.js';
export { mojibake } from './text/mojibake.js';
export { detectPersian } from './text/persian/detectPersian.js';
export { PERSIAN_LEXICON } from './text/persian/lexicon.js';
export { normalizePersian } from './text/persian/normalizePersian.js';
export { foldDigits } from './text/persian/persianScript.js';
export { repairText } from './text/repairText.js';
export {
  type NormalizePersianOptions,
  NormalizePersianOptionsSchema,
  type PersianChange,
  type PersianResult,
  type Repair,
  type RepairResult,
  RepairSchema,
  type RepairTextOptions,
  RepairTextOptionsSchema,
} from './text/schemas.js';
