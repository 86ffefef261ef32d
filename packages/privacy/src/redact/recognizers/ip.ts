import { contextBefore, isGlueLetter, letterAt, letterGlued, versionWordIn } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt, marksEnd } from '../digits.js';
import { VERSION_WINDOW, VERSION_WORDS } from '../keywords.js';
import { noteLabels } from '../laterPass.js';
import { type NumberRun, numberRuns } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { amountBeside } from './amountBeside.js';

const HEX_LETTER = /[a-f]/i;
const IPV_TAG = /^ipv$/i;

/**
 * Whether `s[from, to)` is a dotted quad: four parts of one to three digits, 0-255, no leading
 * zero. Read in place: a token's parts were split into strings, a few arrays and strings per token
 * (internal: an email's address literal is read with it too).
 */
export function ipv4(s: string, from = 0, to = s.length): boolean {
  let parts = 0;
  let value = 0;
  let start = from;
  for (let k = from; k <= to; k++) {
    const c = k < to ? s.charCodeAt(k) : 46;
    if (c !== 46) {
      if (c < 48 || c > 57 || k - start > 2 || (k > start && value === 0)) return false;
      value = value * 10 + c - 48;
    } else if (k === start || value > 255 || ++parts > 4) return false;
    else {
      value = 0;
      start = k + 1;
    }
  }
  return parts === 4;
}

/**
 * How many groups `s[from, to)` holds between its colons (none if it is empty), each one to four
 * hex digits, but the last, when `tail`, may be a dotted quad (two groups); -1 if one is neither.
 */
function hexGroups(s: string, from: number, to: number, tail: boolean): number {
  if (from === to) return 0;
  let count = 0;
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k < to && s.charCodeAt(k) !== 58) continue;
    let hex = k > start && k - start <= 4;
    // (No colon stands inside a group.)
    for (let m = start; hex && m < k; m++) hex = isHexOrColon(s.charCodeAt(m));
    if (hex) count++;
    else if (tail && k === to && ipv4(s, start, k)) count += 2;
    else return -1;
    start = k + 1;
  }
  return count;
}

/**
 * Whether `s[from, to)` is an IPv6 address in RFC 4291 text form (with `::` and a dotted IPv4
 * tail). Read in place: the token split into halves and groups cost arrays and strings per token.
 */
export function ipv6(s: string, from = 0, to = s.length): boolean {
  if (to - from < 3 || to - from > 45) return false;
  // The first "::" splits it in two halves; a second one after it is one too many.
  let gap = -1;
  for (let k = from; k + 1 < to; k++) {
    if (s.charCodeAt(k) !== 58 || s.charCodeAt(k + 1) !== 58) continue;
    if (gap >= 0) return false;
    gap = k++;
  }
  const end = gap < 0 ? to : gap;
  // The last group of the address (a dotted quad may stand there) is the second half's, if any.
  const second = gap < 0 ? 0 : hexGroups(s, gap + 2, to, true);
  const first = hexGroups(s, from, end, gap < 0 || gap + 2 === to);
  if (first < 0 || second < 0) return false;
  return gap >= 0 ? first + second <= 7 : first + second === 8;
}

/** Whether `c` is an unreserved character of RFC 3986 (a zone's): a letter, a digit, - . _ ~. */
function isZoneChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    ((c | 0x20) >= 97 && (c | 0x20) <= 122) ||
    c === 45 ||
    c === 46 ||
    c === 95 ||
    c === 126
  );
}

/**
 * Where the zone that the "%" at `pct` of `shadow` starts ends, read before `limit`, or -1 where no
 * zone starts there: RFC 4007's "%" and zone ("fe80::1%eth0", as "ip addr" prints one), RFC 6874's
 * "%25" as a URI writes it ("%25eth0"), and one to 15 unreserved characters, the length of a Linux
 * interface name (internal: the email recognizer reads an address literal's zone with it).
 */
export function zoneEnd(shadow: string, pct: number, limit: number): number {
  if (shadow.charCodeAt(pct) !== 37) return -1; // '%'
  let from = pct + 1;
  if (shadow.startsWith('25', from) && from + 2 < limit && isZoneChar(shadow.charCodeAt(from + 2)))
    from += 2;
  let k = from;
  while (k < limit && k - from <= 15 && isZoneChar(shadow.charCodeAt(k))) k++;
  return k === from || k - from > 15 ? -1 : k;
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70); // 0-9 : a-f A-F
}

function isTokenChar(c: number): boolean {
  return isHexOrColon(c) || c === 46;
}

/**
 * One step of the scan at `i`: if a token (a maximal run of hex digits, colons and dots before a
 * digit) starts there, read it and push the addresses in it. Returns where the scan goes on. The
 * scan's only state is `i`, so it may start at any position it would reach from 0.
 */
function step(context: RecognizerContext, from: number, found: RecognizerMatch[]): number {
  const { shadow } = context;
  const n = shadow.length;
  const c = shadow.charCodeAt(from);
  if (!isHexOrColon(c) || (from > 0 && isTokenChar(shadow.charCodeAt(from - 1)))) return from + 1;
  // The "6:" of an "IPv6:" tag is no group of the address after it: "IPv6:2001:db8::1" read as
  // "6:2001:db8::1" glued to "v" and went out whole, as did the address of an unfinished literal
  // ("user@[IPv6:fe80::1", T29d).
  const tagged =
    c === 54 &&
    shadow.charCodeAt(from + 1) === 58 &&
    isHexOrColon(shadow.charCodeAt(from + 2)) &&
    IPV_TAG.test(shadow.slice(from - 3, from));
  const i = tagged ? from + 2 : from;
  let j = i;
  let dots = 0;
  let colons = 0;
  // Whether a "::" stands in the token.
  let gap = false;
  while (
    j < n &&
    (isHexOrColon(shadow.charCodeAt(j)) ||
      (shadow.charCodeAt(j) === 46 && isDigitAt(shadow, j + 1)))
  ) {
    const cj = shadow.charCodeAt(j);
    if (cj === 46) dots++;
    else if (cj === 58) {
      colons++;
      gap ||= j > i && shadow.charCodeAt(j - 1) === 58;
    }
    j++;
  }
  // A colon that ends a token after a group ends the sentence ("my IP is 2001:db8::1: it"), as
  // a "::" does not ("fe80::").
  if (shadow.charCodeAt(j - 1) === 58 && shadow.charCodeAt(j - 2) !== 58) {
    j--;
    colons--;
  }
  // An address has a ":" or three "."; a word of hex letters ("cafe", "added") has neither.
  if (colons === 0 && dots < 3) return Math.max(j, i + 1);
  // A time ("10:30:15") or a label ("Tel:") is neither: IPv6 needs "::" or six colons or more
  // (eight groups, or seven and a dotted tail), a dotted quad needs three dots.
  const v6 = colons > 0 && (colons >= 6 || gap) ? turkishV6End(context, i, j) : -1;
  if (v6 >= 0) {
    if (colons >= 3 || HEX_LETTER.test(shadow.slice(i, v6))) {
      // Its zone is a part of the address's text (RFC 4007 §11, RFC 6874): "fe80::1%eth0" went as
      // "[IP]%eth0", which told the reader the address was a link-local one on eth0. A full stop
      // after the zone ends the sentence ("… fe80::1%eth0."), not the zone.
      let end = zoneEnd(shadow, v6, n);
      while (end > v6 && shadow.charCodeAt(end - 1) === 46) end--;
      // A combining mark typed after its last character goes with it (as a phone's, T37b).
      found.push({
        start: i,
        end: marksEnd(context.text, end > v6 + 1 ? end : v6),
        confidence: 0.9,
      });
    }
  } else if (dots >= 3) {
    // "ip:192.168.1.1", "192.168.1.1:8080": the dotted parts between colons.
    for (let from = i; from <= j; ) {
      const colon = shadow.indexOf(':', from);
      const next = colon < 0 || colon > j ? j : colon;
      // The token reads hex letters on after the last octet ("203.0.113.58dir" is read to its
      // "d"): they are glued to it, and the quad ends before them; a Turkish case ending or copula
      // written onto it is no code's letters (letterGlued), and the address goes.
      let to = next;
      while (to > from && HEX_LETTER.test(shadow.charAt(to - 1))) to--;
      // The shape first: the neighbours and the label matter only for a dotted quad.
      if (ipv4(shadow, from, to) || zeroPadded(shadow, from, to)) {
        const before = shadow.charAt(from - 1);
        if (
          !letterGlued(shadow, from, to, context.locale) &&
          before !== 'v' &&
          before !== 'V' &&
          !(before === '/' && productBefore(shadow, from - 1))
        ) {
          // An amount in billions beside its currency prints four groups that each read as an
          // octet ("Rp 43.127.245.100", "43.127.245.100 đ"): an amount, as the phone reading
          // already knows (amountBeside).
          if (
            contextBefore(context, from, VERSION_WORDS, VERSION_WINDOW) !== 'own' &&
            !versionWordsBefore(context, from) &&
            !amountBeside(shadow, from, to, shadow.slice(from, to))
          ) {
            // "ip 203.0.113.58\u0301" left "[IP]\u0301" (T38d).
            found.push({ start: from, end: marksEnd(context.text, to), confidence: 0.9 });
          }
        }
      }
      from = next + 1;
    }
  }
  return Math.max(j, i + 1);
}

/**
 * How many words may stand between a version word and its version (versionWordsBefore): two of
 * more than three letters ("приложения", "application"), and short ones besides ("de la",
 * "of the"), four words in all.
 */
const VERSION_GAP = 2;
const VERSION_GAP_WORDS = 4;
const SHORT_WORD = 3;
const VERSION_GAP_LETTERS = 24;

/**
 * Whether a version word stands before the dotted quad at `from` of `context`'s text with at most
 * {@link VERSION_GAP} words between (short ones besides), each parted from the next by spaces
 * alone (a colon may end the last; an apostrophe joins "l'application"): "Версия приложения
 * 5.2.0.1", "Έκδοση εφαρμογής 1.2.0.3", "Versión de la aplicación 5.2.0.1" (the version of the
 * application) reach further than the version word's window of {@link VERSION_WINDOW}
 * characters. A comma, a digit or any other mark between ends the walk ("Версия 5.2, мой IP
 * 203.113.100.200": the address goes), and so does the word "IP" itself ("Android phone IP
 * 203.0.113.5" names an address). Asked only of a dotted quad the window did not keep: a plain
 * turn never reads it (T54b).
 */
function versionWordsBefore(context: RecognizerContext, from: number): boolean {
  const s = context.shadow;
  let k = from;
  for (let words = 0, long = 0; words <= VERSION_GAP_WORDS && long <= VERSION_GAP; words++) {
    let end = k;
    while (end > 0 && end > k - 4 && s.charCodeAt(end - 1) === 32) end--;
    // "застосунку: 5.2.0.1", "app:5.2.0.1": a colon after the last word.
    if (words === 0 && s.charCodeAt(end - 1) === 58) end--;
    if (end === k) break;
    // A word of at most VERSION_GAP_LETTERS units: a script written without spaces runs its
    // letters on to the text's start ("…は57.211.124.247で…"), and only its last ones are read.
    let start = end;
    while (
      start > 0 &&
      end - start < VERSION_GAP_LETTERS &&
      (letterAt(s, start - 1) || apostropheIn(s, start - 1))
    )
      start--;
    if (start === end || ipWord(s, start, end)) break;
    // The word's own letters and the space after it: "ver ", "versi " end with theirs.
    if (versionWordIn(s, start, end + 1)) {
      noteLabels(context, start, from);
      return true;
    }
    if (end - start > SHORT_WORD) long++;
    // A longer run of letters is no word of the gap.
    if (end - start === VERSION_GAP_LETTERS) break;
    k = start;
  }
  noteLabels(context, k, from);
  return false;
}

/** Whether `s[at]` is an apostrophe between two letters ("l'application", "l’application"). */
function apostropheIn(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return (c === 39 || c === 0x2019) && letterAt(s, at - 1) && letterAt(s, at + 1);
}

/** Whether `s[start, end)` is the word "IP" (any case), read without a slice. */
function ipWord(s: string, start: number, end: number): boolean {
  return (
    end - start === 2 &&
    (s.charCodeAt(start) | 0x20) === 0x69 &&
    (s.charCodeAt(start + 1) | 0x20) === 0x70
  );
}

/**
 * Whether `s[from, to)` is a dotted quad printed zero-padded, as router pages and network gear
 * print one ("192.168.001.001"): four parts of exactly three digits, each 0-255, one of them led
 * by a zero (without one it is a plain quad). It stayed whole: {@link ipv4} reads no leading zero,
 * since dates and versions have them ("01.02.03.04"), and those have parts of one or two digits
 * (the tenth audit, T34e). A last part "000" ends an amount's thousands instead ("100.000.000.000",
 * a hundred billion in de-DE or pt-BR): not an address's, which names no network.
 */
function zeroPadded(s: string, from: number, to: number): boolean {
  if (to - from !== 15 || s.startsWith('000', to - 3)) return false;
  let padded = false;
  for (let k = from; k < to; k += 4) {
    if (k > from && s.charCodeAt(k - 1) !== 46) return false;
    const part = s.slice(k, k + 3);
    if (!/^\d{3}$/.test(part) || Number(part) > 255) return false;
    padded ||= part.charCodeAt(0) === 48;
  }
  return padded;
}

// A User-Agent's product token before the "/" of its version (RFC 9110 §10.1.5, product = token
// ["/" product-version]): "Chrome/120.0.0.0" in "Mozilla/5.0 (…) Chrome/120.0.0.0 Safari/537.36"
// went as "Chrome/[IP]", a version that Chrome's reduced User-Agent always prints as four numbers
// 0-255 (the tenth audit, T34e). A token of at most 32 letters, digits, "_", "." and "-" that
// starts with a letter, after a space, a bracket, a ";", a "," or the text's start: a URL's path
// segment before a "/" ("http://example.com/ip/10.0.0.1") starts after another "/" and is none,
// nor is a word that names an address ("IP/203.0.113.7", "IPv4/203.0.113.7").
const PRODUCT_CHAR = /[\w.-]/;
const PRODUCT_START = /^(?!ip)[a-z]/i;
const BEFORE_PRODUCT = /[\s([;,]/;

/** Whether a product token ends at the "/" at `slash` of `s` (see PRODUCT_CHAR). */
function productBefore(s: string, slash: number): boolean {
  let k = slash;
  while (k > 0 && slash - k < 32 && PRODUCT_CHAR.test(s.charAt(k - 1))) k--;
  return (
    k < slash &&
    PRODUCT_START.test(s.slice(k, k + 2)) &&
    (k === 0 || BEFORE_PRODUCT.test(s.charAt(k - 1)))
  );
}

/**
 * Where the IPv6 address of the token `shadow[i, j)` ends, or -1 if it holds none that no letter
 * glues to a code. Turkish writes a case ending or the copula onto an address as onto a number
 * ("sunucu 2001:db8::1dir", the server is …), and an ending that starts with a hex letter ("dir",
 * "dan", "de", "a", "e") is read into the token: "2001:db8::1d" and "ir" glued. The token's whole
 * reading comes first: an address the token ends is that address, whatever follows it, so
 * "2001:db8::1d" and "2001:db8::abc" alone go whole, and "2001:db8::1de bağlan" goes as one
 * address too (its "de" may be a locative, but the address that reads it is valid and goes, the
 * ending with it: nothing is left). Only where a letter glues to the token's end (a Turkish
 * `locale`) are its last one or two hex letters given back, the fewest that make the rest an
 * address and what follows an ending: "::1d" + "ir" is no ending, "::1" + "dir" is, and the
 * address goes as "[IP]dir" (as an IPv4 one does, "192.168.1.1dir").
 */
function turkishV6End(context: RecognizerContext, i: number, j: number): number {
  const { shadow, locale } = context;
  if (ipv6(shadow, i, j) && !letterGlued(shadow, i, j, locale)) return j;
  if (!locale.startsWith('tr') || isGlueLetter(shadow.charAt(i - 1))) return -1;
  for (let to = j - 1; to >= j - 2 && HEX_LETTER.test(shadow.charAt(to)); to--) {
    if (ipv6(shadow, i, to) && !letterGlued(shadow, i, to, locale)) return to;
  }
  return -1;
}

/**
 * Whether the ":" at `at` touches another character a token holds. A lone ":" ("Tel: ", "Adresse :
 * ") is a token by itself, which holds no address: it need not be read.
 */
function tokenAround(shadow: string, at: number): boolean {
  return (
    (at > 0 && isTokenChar(shadow.charCodeAt(at - 1))) || isTokenChar(shadow.charCodeAt(at + 1))
  );
}

/**
 * Where an address can be: each ":" (an IPv6 address, or an IPv4 one beside a port or a label)
 * and each "." of a digit run with three dots or more (an IPv4 address has no other shape), handed
 * to `visit` in order. The anchor is inside the token the scan reads, wherever that token starts.
 * Not gathered in an array: 160,000 characters of "a@[1::" made one of 53,000 numbers, grown past
 * V8's large-object size and copied as it grew (a twelfth of that shape's time, linear.test.ts).
 */
function eachAnchor(context: RecognizerContext, visit: (anchor: number) => void): void {
  const { shadow } = context;
  let colon = shadow.indexOf(':');
  // By index: the for-of's iterator cost ~0.7M instructions a pass of redact 1 (V64h).
  const runs = numberRuns(context);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    if (run.groupCount < 4 || run.dots < 3) continue;
    for (let k = 0; k < run.groupCount - 1; k++) {
      if (run.sepAt(k) !== 46) continue;
      const dot = run.groupEnd(k);
      while (colon >= 0 && colon < dot) {
        if (tokenAround(shadow, colon)) visit(colon);
        colon = shadow.indexOf(':', colon + 1);
      }
      visit(dot);
    }
  }
  for (; colon >= 0; colon = shadow.indexOf(':', colon + 1))
    if (tokenAround(shadow, colon)) visit(colon);
}

/**
 * The addresses of the context. `everywhere`: scan every position (the plain reading, kept for
 * the test that checks the anchored one against it); otherwise resume the same scan just before
 * each anchor, at a position it reaches from 0 (one after a character that no token holds), so
 * only the neighbourhood of a ":" or a dotted run is read and the answer is the same.
 */
export function findAddresses(context: RecognizerContext, everywhere = false): RecognizerMatch[] {
  const { shadow } = context;
  const found: RecognizerMatch[] = [];
  if (everywhere) {
    for (let i = 0; i < shadow.length; ) i = step(context, i, found);
    return found;
  }
  let at = 0;
  eachAnchor(context, (anchor) => {
    if (anchor < at) return;
    let i = anchor;
    while (i > at && isTokenChar(shadow.charCodeAt(i - 1))) i--;
    while (i <= anchor) i = step(context, i, found);
    at = i;
  });
  return found;
}

/**
 * IPv4 (four octets 0–255, no leading zeros, not a version string) and IPv6 (RFC 4291 text form,
 * eight groups or `::`; a time like `10:30` never has the shape).
 */
export const ipRecognizer = defineRecognizer({
  id: 'ip',
  type: 'ip',
  placeholder: '[IP]',
  find: findAddresses,
});
