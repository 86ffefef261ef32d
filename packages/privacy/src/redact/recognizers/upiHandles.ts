// UPI (India's Unified Payments Interface) payment addresses: "handle@psp", the part after the "@"
// naming the payment service provider bank or app that issued it ("ramesh.kumar@okaxis",
// "9876543210@ybl"). An address of a person names their bank account as an IBAN does, and has no
// top-level domain, so the email recognizer let it pass (T35c).
//
// NPCI publishes the handles of its third-party apps and PSP banks
// (https://www.npci.org.in/what-we-do/upi/3rd-party-apps); that page was not reachable from here,
// so each handle below carries the page that states it, most of them quoting NPCI or the app's own
// help. A handle missing here still goes after a "UPI" label (upiLabelBefore).
//
// Checked again on 2026-12-04 (T37b; NPCI's pages are not in the stored corpus either) against
// two handle tables, UPI_TABLE (https://bankutils.xyz/glossary/upi-handle) and a validator's
// (https://www.freeindiantools.com/tools/upi-id-validator): between them they state every handle
// below (okaxis, okhdfcbank, okicici, oksbi for Google Pay; ybl, ibl, axl; paytm, apl, upi) but
// Paytm's bank handles, which their own sources state. They disagree on "ibl": PhonePe's (the
// validator, PHONEPE) or IndusInd Bank's (UPI_TABLE); a handle either way. Added from UPI_TABLE:
// "sbi", State Bank of India's own app (BHIM SBI Pay). Not added, one unconfirmed mention each:
// "naviaxis" (a comment under APPS), "axis" (a page on Axis Bank's ids), "hdfcbank" (an example
// address in a FAQ); each still goes after a "UPI" label.

/** A UPI handle, the bank or app behind it, and where that is stated. */
type Handle = {
  readonly handle: string;
  readonly issuer: string;
  readonly source: string;
  readonly asOf: string;
};

const GOOGLE_PAY = 'https://support.google.com/pay/india/answer/10331134';
const GOOGLE_PAY_IDS =
  'https://www.techiyogiz.com/2022/04/heres-how-to-create-additional-upi-id.html';
const PHONEPE = 'https://upipayments.co.in/phonepe-upi-id-example/';
const PHONEPE_AXIS = 'https://updatedyou.com/phonepe-multiple-upi-ids';
const PAYTM_NPCI =
  'https://www.deccanchronicle.com/nation/paytm-gets-tpap-license-from-npci-for-upi-payments-885296';
const PAYTM_HANDLES =
  'https://www.firstpost.com/tech/paytm-gets-four-new-paytm-like-handles-for-upi-transactions-as-it-partners-with-4-major-banks-13749064.html';
const PAYTM_AXIS =
  'https://newsbytesapp.com/news/business/yes-bank-axis-bank-are-now-available-on-paytms-upi/story';
const APPS =
  'https://www.linkedin.com/posts/poojakanodia_decodefintechwithpoojakanodia-upi-bhim-activity-7374031783551553536-mX5o';
const UPI_TABLE = 'https://bankutils.xyz/glossary/upi-handle';
const AS_OF = '2026-12-03';

/**
 * The curated handles with their sources and dates (internal: tests hold HANDLES, what redact
 * reads, to it; the sources stay out of a bundle, which reads no source).
 */
export const UPI_HANDLE_SOURCES: readonly Handle[] = [
  { handle: 'okaxis', issuer: 'Google Pay, Axis Bank', source: GOOGLE_PAY_IDS, asOf: AS_OF },
  { handle: 'okhdfcbank', issuer: 'Google Pay, HDFC Bank', source: GOOGLE_PAY, asOf: AS_OF },
  { handle: 'okicici', issuer: 'Google Pay, ICICI Bank', source: GOOGLE_PAY_IDS, asOf: AS_OF },
  { handle: 'oksbi', issuer: 'Google Pay, State Bank of India', source: GOOGLE_PAY, asOf: AS_OF },
  { handle: 'ybl', issuer: 'PhonePe, Yes Bank', source: PHONEPE, asOf: AS_OF },
  { handle: 'ibl', issuer: 'PhonePe, ICICI Bank', source: PHONEPE, asOf: AS_OF },
  { handle: 'axl', issuer: 'PhonePe, Axis Bank', source: PHONEPE_AXIS, asOf: AS_OF },
  {
    handle: 'paytm',
    issuer: 'Paytm, redirected to Yes Bank by NPCI',
    source: PAYTM_NPCI,
    asOf: AS_OF,
  },
  { handle: 'ptyes', issuer: 'Paytm, Yes Bank', source: PAYTM_HANDLES, asOf: AS_OF },
  { handle: 'ptaxis', issuer: 'Paytm, Axis Bank', source: PAYTM_AXIS, asOf: AS_OF },
  { handle: 'pthdfc', issuer: 'Paytm, HDFC Bank', source: PAYTM_HANDLES, asOf: AS_OF },
  { handle: 'ptsbi', issuer: 'Paytm, State Bank of India', source: PAYTM_HANDLES, asOf: AS_OF },
  { handle: 'apl', issuer: 'Amazon Pay', source: APPS, asOf: AS_OF },
  { handle: 'upi', issuer: 'BHIM (NPCI)', source: APPS, asOf: AS_OF },
  {
    handle: 'sbi',
    issuer: 'State Bank of India (BHIM SBI Pay)',
    source: UPI_TABLE,
    asOf: '2026-12-04',
  },
];

// The handles above, as redact reads them (upi.test.ts holds the two lists to one another).
export const HANDLES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'okaxis',
  'okhdfcbank',
  'okicici',
  'oksbi',
  'ybl',
  'ibl',
  'axl',
  'paytm',
  'ptyes',
  'ptaxis',
  'pthdfc',
  'ptsbi',
  'apl',
  'upi',
  'sbi',
]);

/** Whether `host` (what follows an "@", without dots) is a curated UPI handle, in any case. */
export function isUpiHandle(host: string): boolean {
  return host.length <= 10 && HANDLES.has(host.toLowerCase());
}

// A handle is letters and digits: "okaxis", "ybl", a bank's own ("sbi", "hdfcbank").
const HANDLE = /^[a-z][a-z0-9]{1,31}$/i;
// "UPI", "UPI id", "UPI ID:", "UPI-ID -", "my UPI is", "UPI handle", "VPA": the label a handle
// follows, read back over at most 24 units before the address (bounded: linear on any text).
const LABEL_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:upi|vpa)(?:[ -]?(?:id|ids|vpa|address|handle))?(?: is)? ?[:=\-–]? ?$/iu;

/**
 * Whether the text before `start` ends with a "UPI" or "VPA" label ("UPI id: …"), and the host
 * after the address's "@" is shaped as a handle (any handle after a label goes, listed or not).
 */
export function upiLabelBefore(shadow: string, start: number, host: string): boolean {
  return HANDLE.test(host) && LABEL_BEFORE.test(shadow.slice(Math.max(0, start - 24), start));
}
