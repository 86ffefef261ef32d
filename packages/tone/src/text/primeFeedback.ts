import { decodeWith, type PageEncoder } from './codePages.js';
import { windowCost } from './cost.js';
import { findGroups } from './findGroups.js';
import { toCps } from './runParts.js';

// V8 compiles a function once it is hot, from the type feedback its bytecode gathered so far; a
// branch that never ran has none, and the compiled code leaves at its first use ("Insufficient type
// feedback", --trace-deopt) to be compiled again. The reading's hottest functions hold many rare
// branches (a sign glued after "Ã", a Thai letter's last byte, a CESU-8 pair), and the never-seen
// stream met them one by one after V8 had compiled the functions on its first messages: at seed 11
// windowCost was compiled 9 times, findGroups 6, pairCost and decodeChecked 4 (session 44), nearly
// all in the first 500 messages, each time with what TurboFan inlines into it. Run once on a
// sample that takes every branch of theirs, before any message, they are compiled once.
// What runs here is the cost model and the group finder themselves, on made-up text whose results
// are dropped: nothing is cached, so no call's answer depends on it.

/**
 * One stretch of text for each branch of windowCost and pairCost (cost.ts), each after a space:
 * a mark with nothing before it, scripts mixed in a word, Windows-1252 and 1250 signs after their
 * lead bytes, "ß" after a consonant, a small letter before a capital, signs glued after and before
 * letters, marks after Thai and other letters, two signs glued, a French no-break space, capitals
 * and Thai letters at a word's end, "Ã…" as a word, capitals turning small, lone capitals before
 * a word, Vietnamese after "á»", signs between two letters, and astral characters.
 */
const COST_SAMPLES: readonly string[] = [
  '\u0301a',
  'aд αa aα 中カ中a',
  'âœ íž Åžubat Ãœber VOCĂŠ 7Āŗ',
  'rß aß üÃ aÉ éA ßA',
  'a、 a！ a\u00a0 é\u00a0 a¬ a∑ a\u0085 a¨ Â» Â« â€ ā€ a™ a® a¿ Â· a· Ã— a— Ã¹ a² a©',
  '、a ！a \u00a0a ∑α ¬a ¿a ©a',
  'ดู aู e\u0301 q\u0307 1\u0301 \u0301',
  '√† √∑ √€ ©® ¹¿',
  'ÉTÉ\u00a0» Ã\u00a0 PAYÃ‰ —Ã‰ Ã‰x aÃ€ CAFĂ‰ CASÄ‚ เธ– เน” เธ… ธ€ ‘เน’ aâ„¢ +â„¢ ā‚« 20',
  'x Ã… och Ã„ aÃ… Ã…b',
  'AHř ÄŒeština ABc GROßE',
  'Ã demain Ã  demain trouve Г l’ouest Ã  Besançon Ã  100 Ã 1 trouve Г Ж Å Ãx xÃ d ’Ã d Ã',
  'Nguyá»…n Thá»‹ á»\u00a0x á» x á»“a á»“ į»… Huáşż',
  'Ã©t a’b a、b a…b Ă„nderung Ăśber Ă–deme Ã–lfilter Г–berg Ć–berg í·Éõ a·B',
  'a😀 a𝐀 a\ufffd',
];

/**
 * Bytes (as UTF-8 would have them, LOST-free) whose readings through a page take every branch of
 * findGroups, utf8Status and decodeChecked: two-, three- and four-byte sequences, a CESU-8 pair,
 * sequences cut short and broken, a long group, and ASCII a double-byte page absorbs.
 */
const GROUP_SAMPLES: readonly (string | readonly number[])[] = [
  'é € 😀 éééééééééééééé 你A',
  '\u{1F600}\u20ac\u00e9',
  // Through a double-byte page, three bytes then twos: the characters' ends and the sequences'
  // never meet again (findGroups gives up after MAX_UNALIGNED_BYTES).
  '你éééééééé',
  // A CESU-8 pair (U+1F600), "é" broken by an ASCII byte, overlong and out-of-range leads, and
  // "€" cut short at the end.
  [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, 0x20, 0xc3, 0x41, 0xe0, 0x80, 0x80, 0xf4, 0x90, 0x80],
  [0x80, 0xf0, 0x9f, 0x98, 0x20, 0xed, 0xa0, 0xbd, 0xed, 0xe2, 0x82],
  // "é" then a stray continuation byte; a CESU-8 pair broken in its last byte.
  [0xc3, 0xa9, 0x80],
  [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x41],
];

/** UTF-8 text whose bytes a double-byte page reads as its own characters, no ASCII among them. */
const WIDE_SAMPLES: readonly string[] = ['你éééééééé', '感谢您的耐心等待', 'éé€😀éé'];

let primed = false;

/**
 * Give the reading's hottest functions the type feedback of every branch they hold, once per
 * process, before they meet a message (see the comment above): V8 then compiles them once instead
 * of once more at each branch first met. Results are dropped; nothing is cached.
 *
 * @param encoders - The pages a call reads with: one single-byte and one double-byte page among
 *   them (when there are) are read with by findGroups.
 * @returns Whether this call primed (false after the first).
 * @example
 * primeFeedback([encoderFor('windows-1252'), encoderFor('gbk')]); // true, then false
 * @since 0.1.0
 */
export function primeFeedback(encoders: readonly PageEncoder[]): boolean {
  if (primed) return false;
  primed = true;
  runPrimer(encoders);
  return true;
}

/**
 * What {@link primeFeedback} runs, every time it is called (primeFeedback.test.ts measures which
 * branches it takes).
 *
 * @param encoders - As for primeFeedback.
 * @example
 * runPrimer([encoderFor('windows-1252')]);
 * @since 0.1.0
 */
export function runPrimer(encoders: readonly PageEncoder[]): void {
  // Twice: V8 gives a function its feedback vector only after it has run a while (the first
  // samples would leave no trace), and few calls, so that it does not find windowCost hot and
  // compile it here before the last sample.
  for (let round = 0; round < 2; round++)
    for (const sample of COST_SAMPLES) {
      // Both kinds of arrays windowCost is handed: the text's code points (toCps: holey) and a
      // scratch array filled in order (readRun.ts textCost: packed; a spread keeps a holey kind).
      const holey = toCps(` ${sample} `);
      const packed: number[] = [];
      for (const cp of holey) packed.push(cp);
      const n = holey.length;
      windowCost(holey, 0, n);
      windowCost(packed, 1, n - 1, 0, n);
      // The window's edge at the segment's start (a mark with nothing before it), an empty segment.
      windowCost(holey, 1, n - 1, 1, n - 1);
      windowCost(packed, 2, 2, 0, n);
    }
  const singles = encoders.filter((e) => !e.doubleByte);
  const single = singles[0];
  if (single) for (const sample of GROUP_SAMPLES) primeGroups(single, sample);
  // A second single-byte page: its functions are other closures of the same code, and a call
  // that met only one of them is thrown away at the next ("wrong call target").
  const second = singles[1];
  if (second) primeGroups(second, GROUP_SAMPLES[0] as string);
  // A double-byte page on runs of its own characters only: the stream's CJK runs hold no ASCII,
  // so findGroups never asks a double-byte page whether a C1 control is its browser slot; asked
  // here, that call would see two pages' functions and V8 would no longer inline it.
  const double = encoders.find((e) => e.doubleByte);
  if (double)
    for (const sample of WIDE_SAMPLES) {
      // The run's characters, then one no double-byte page writes (an astral one).
      const cps = [...readAs(double, new TextEncoder().encode(sample)), 0x1f600];
      findGroups(cps, 0, cps.length, double, { limit: cps.length, lossy: true });
      findGroups(cps, 0, cps.length, double, { limit: cps.length, one: true });
    }
}

/**
 * `bytes` as `encoder`'s page reads them; a single-byte page's undefined byte as the C1 control
 * of the same number, as the browser variant reads it (codePages.ts).
 */
function readAs(encoder: PageEncoder, bytes: Uint8Array): number[] {
  const cps = toCps(decodeWith(bytes, encoder.page));
  if (!encoder.doubleByte)
    for (let i = 0; i < cps.length; i++) if (cps[i] === 0xfffd) cps[i] = bytes[i] as number;
  return cps;
}

/**
 * findGroups over `sample`'s UTF-8 bytes as `encoder`'s page reads them, with each option the
 * engine passes; then a sequence lost upstream (U+FFFD, "?") and a no-break space read back as a
 * space, at the end of a stretch.
 */
function primeGroups(encoder: PageEncoder, sample: string | readonly number[]): void {
  const bytes =
    typeof sample === 'string' ? new TextEncoder().encode(sample) : Uint8Array.from(sample);
  const cps = readAs(encoder, bytes);
  const n = cps.length;
  findGroups(cps, 0, n, encoder);
  findGroups(cps, 0, n, encoder, { limit: n, lossy: true });
  findGroups(cps, 0, n, encoder, { limit: n, lossy: false });
  findGroups(cps, 0, n, encoder, { limit: n, one: true });
  // "Ã" and a lost byte, "â€?", "Ã d" (à with its 0xA0 turned into a space), "Ã" and a C1 slot.
  const lead = readAs(encoder, Uint8Array.of(0xc3));
  const dash = readAs(encoder, Uint8Array.of(0xe2, 0x80));
  const lost = [...lead, 0xfffd, 0x20];
  findGroups(lost, 0, lost.length, encoder, { limit: lost.length, lossy: true });
  const asked = [...dash, 0x3f, 0x20];
  findGroups(asked, 0, dash.length, encoder, { limit: asked.length, lossy: true });
  const spaced = [...lead, 0x20, 0x64, 0x20, ...lead, 0x20, 0xe9];
  findGroups(spaced, 0, lead.length, encoder, { limit: spaced.length });
  findGroups(spaced, 3 + lead.length, 3 + 2 * lead.length, encoder, { limit: spaced.length });
  const short = [...readAs(encoder, Uint8Array.of(0xe2)), 0x20, 0x64, 0x20];
  findGroups(short, 0, short.length - 3, encoder, { limit: short.length });
  const slot = readAs(encoder, Uint8Array.of(0xc3, 0x81, 0x20));
  findGroups(slot, 0, slot.length, encoder, { limit: slot.length });
  // "é" as the page reads it, then characters no page writes (a Thai letter, an astral one).
  const e = readAs(encoder, Uint8Array.of(0xc3, 0xa9));
  const beyond = [...e, 0x1f600, 0x20, ...e, 0xe01, 0x20, 0x1f600];
  findGroups(beyond, 0, beyond.length, encoder, { limit: beyond.length });
}
