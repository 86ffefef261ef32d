// The email recognizer as it read every text up to cefe0a5 (2026-12-01): each code unit of a local
// part and a domain asked of the Unicode tests (or of two ASCII tables) every time it is read.
// Test-only: the oracle that email.prop.test.ts holds src/redact/recognizers/email.ts (a class
// per code unit, computed once) to. Not shipped.
import { isIPv4, isIPv6 } from 'node:net';
import { isSpaceless } from '../../src/redact/context.js';
import { defineRecognizer } from '../../src/redact/defineRecognizer.js';
import {
  isEmailDomain,
  LETTER,
  LOCAL_SYMBOLS,
  MAX_DOMAIN,
  MAX_LOCAL,
  WORD,
} from '../../src/redact/recognizers/email.js';
import type { RecognizerMatch } from '../../src/redact/types.js';

// Since T34f: the soft hyphen, ZWSP, the word joiner and BOM, which the URL host parser drops,
// between an address's characters are the address's ("ja\u200bne@example.com" left "ja").
const HIDDEN: ReadonlySet<string> = new Set(['\u00ad', '\u200b', '\u2060', '\ufeff']);

// Since T35c: not beside a character of a script written without spaces (Thai, Lao, Khmer,
// Myanmar, Han, kana) unless the other side is of that same script: those write ZWSP as a word
// break ("ติดต่อ\u200bsomchai@example.co.th" kept the Thai word apart).
const SPACELESS_NAMES = ['Thai', 'Lao', 'Khmer', 'Myanmar', 'Han', 'Hiragana', 'Katakana'];
function spacelessName(c: string): string {
  const name = SPACELESS_NAMES.find((n) => new RegExp(`^\\p{Script=${n}}$`, 'u').test(c));
  // Han and kana mix in one Japanese word: one class.
  return name === 'Hiragana' || name === 'Katakana' ? 'Han' : (name ?? '');
}
const hiddenJoins = (a: string, b: string): boolean => spacelessName(a) === spacelessName(b);

// Since T36c: a letter of Thai, Lao, Khmer or Myanmar is of a script written without spaces too,
// beside context.ts's Han, kana and Hangul ("ติดต่อsomchai@example.co.th" kept the Thai word).
const spaceless = (c: string): boolean =>
  isSpaceless(c) || ['Thai', 'Lao', 'Khmer', 'Myanmar'].includes(spacelessName(c));

// What changed is only how a code unit is classed (below); the bounds, the classes' tests and the
// domain's validation are the shipped recognizer's own.
// The same answers for ASCII, from a table: the Unicode test runs only on other characters.
const ASCII_LOCAL = new Uint8Array(128);
const ASCII_DOMAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const word = WORD.test(ch);
  ASCII_LOCAL[c] = word || LOCAL_SYMBOLS.includes(ch) ? 1 : 0;
  ASCII_DOMAIN[c] = word || ch === '-' || ch === '.' ? 1 : 0;
}

function localChar(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return ASCII_LOCAL[code] === 1;
  return WORD.test(c) || LOCAL_SYMBOLS.includes(c);
}

function domainChar(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return ASCII_DOMAIN[code] === 1;
  return WORD.test(c) || c === '-' || c === '.';
}

/**
 * Email addresses, internationalised ones included (RFC 6531: Unicode local parts; IDNA domains
 * such as `müller.de` or `ایمیل.ایران`): a local part, `@`, and a domain whose labels are 1–63
 * characters, that the URL host parser accepts (UTS #46 mapping and punycode), with an alphabetic
 * top-level label.
 */
export const oracleEmailRecognizer = defineRecognizer({
  id: 'email',
  type: 'email',
  placeholder: '[EMAIL]',
  find({ shadow, text }) {
    const found: RecognizerMatch[] = [];
    let lastEnd = 0;
    for (let at = shadow.indexOf('@'); at >= 0; at = shadow.indexOf('@', at + 1)) {
      // In Japanese or Chinese text an address is glued to the words around it: the local part
      // and the top-level label stop where the script switches between spaced and spaceless.
      let cjkLocal: boolean | undefined;
      let s = at;
      const low = Math.max(lastEnd, at - MAX_LOCAL);
      // Since T34f: a hidden character is the local part's where the nearest other unit before it,
      // inside the bounds, is a local part's (the one after it was read already, or is the "@").
      const hiddenLocal = (i: number): boolean => {
        let p = i;
        while (p >= low && HIDDEN.has(text.charAt(p))) p--;
        return (
          p < i &&
          p >= low &&
          localChar(shadow.charAt(p)) &&
          hiddenJoins(shadow.charAt(p), shadow.charAt(i + 1))
        );
      };
      while (s > low && (localChar(shadow.charAt(s - 1)) || hiddenLocal(s - 1))) {
        const code = shadow.charCodeAt(s - 1);
        // An ASCII letter is spaced (Latin); any other letter is asked of the Unicode tests.
        if (code < 0x80) {
          if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
            cjkLocal ??= false;
            if (cjkLocal) break;
          }
        } else {
          const c = shadow.charAt(s - 1);
          if (LETTER.test(c)) {
            cjkLocal ??= spaceless(c);
            if (spaceless(c) !== cjkLocal) {
              // Since T36c: the marks after the letter where the script switches are its word's.
              while (s < at && /^\p{M}$/u.test(shadow.charAt(s))) s++;
              break;
            }
          }
        }
        s--;
      }
      // Since 2026-12-01: the local part starts at a letter or a digit, not at a quote, a mark or
      // a dot ("'a@b.pl'", "*a@b.pl*").
      while (s < at && !WORD.test(shadow.charAt(s))) s++;
      if (s === at) continue;
      // A SIP or SMS address of a phone number ("sip:+12125550187@pbx…") is the phone's (T23b).
      if (/^\+[0-9]+$/.test(shadow.slice(s - 1, at))) continue;
      // Since T28a: an RFC 5321 address literal, an IPv4 address or an IPv6 one (tagged "IPv6:"
      // or not) in brackets, read here by Node's own address tests.
      // Since T29d: an IPv6 one may carry a zone ("%eth0", "%25eth0": RFC 6874's ZoneID, at most
      // 15 characters).
      const literal = /^\[(ipv6:)?([0-9a-f:.]{2,45})(%(?:25)?[\w.~-]{1,15})?\]/i.exec(
        shadow.slice(at + 1, at + 72),
      );
      if (
        literal &&
        (isIPv6(literal[2] as string) ||
          (!literal[1] && !literal[3] && isIPv4(literal[2] as string)))
      ) {
        lastEnd = at + 1 + literal[0].length;
        found.push({ start: s, end: lastEnd, confidence: 0.97 });
        continue;
      }
      let e = at + 1;
      const high = Math.min(shadow.length, at + 1 + MAX_DOMAIN);
      // Since T34f: a hidden character is the domain's where the nearest other unit after it,
      // inside the bound, is a domain's (the one before it was read already, or is the "@").
      const hiddenDomain = (i: number): boolean => {
        let q = i;
        while (q < high && HIDDEN.has(text.charAt(q))) q++;
        return (
          q > i &&
          q < high &&
          domainChar(shadow.charAt(q)) &&
          hiddenJoins(shadow.charAt(i - 1), shadow.charAt(q))
        );
      };
      while (e < high && (domainChar(shadow.charAt(e)) || hiddenDomain(e))) e++;
      // Since b1d91c9: a sentence's full stop after the address is not its last dot.
      while (e > at + 1 && shadow.charAt(e - 1) === '.') e--;
      const trimmed = (end: number): number => {
        let t = end;
        const dot = shadow.lastIndexOf('.', t - 1);
        if (dot > at) {
          const cjkTld = spaceless(shadow.charAt(dot + 1));
          let u = dot + 1;
          while (u < t && spaceless(shadow.charAt(u)) === cjkTld) u++;
          t = u;
        }
        while (t > at + 1 && (shadow.charAt(t - 1) === '.' || shadow.charAt(t - 1) === '-')) t--;
        return t;
      };
      e = trimmed(e);
      // The host without its hidden characters, as the URL parser reads it: the shadow reads them
      // as spaces, and no other space is a domain's.
      const host = (end: number): string => shadow.slice(at + 1, end).replaceAll(' ', '');
      if (!isEmailDomain(host(e))) {
        // Since the twelfth audit's session: a domain with no top-level label as read ends at the
        // latest of its last four script switches that leaves one ("x@例え.jpで57.211.124.247x@…").
        const switches: number[] = [];
        for (let p = e - 1; p > at + 1; p--) {
          const a = shadow.charAt(p - 1);
          const b = shadow.charAt(p);
          if (domainChar(a) && domainChar(b) && spaceless(a) !== spaceless(b)) switches.push(p);
        }
        const end = switches
          .slice(0, 4)
          .map(trimmed)
          .find((t) => isEmailDomain(host(t)));
        if (end === undefined) continue;
        e = end;
      }
      found.push({ start: s, end: e, confidence: 0.97 });
      lastEnd = e;
    }
    return found;
  },
});
