// Register findings from word endings (./registerForms.data.ts) and from French imperatives with
// a hyphenated pronoun ("Envoie-nous", "Assure-toi"): forms a word list cannot enumerate.
import type { Register } from '../guidelines/types.js';
import { type FormRule, REGISTER_FORMS } from './registerForms.data.js';
import type { Finding } from './types.js';

const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])/gu;

function matches(word: string, rule: FormRule): boolean {
  const lower = word.toLowerCase();
  return (
    lower.length >= rule.minLength &&
    lower.endsWith(rule.ending) &&
    !(rule.except ?? []).includes(lower)
  );
}

function formFinding(
  word: string,
  start: number,
  rule: FormRule,
  code: Finding['code'],
  register: string,
): Finding {
  const end = start + word.length;
  const base = {
    code,
    start,
    end,
    message: `"${word}" is ${rule.form}, out of place in a ${register} reply; write ${rule.write}.`,
  };
  if (rule.replace === undefined) return base;
  const replacement = word.slice(0, word.length - rule.ending.length) + rule.replace;
  return { ...base, suggestion: { start, end, replacement } };
}

/**
 * Findings for second-person endings of the other register. `taken` holds the start offsets the
 * word lists already flagged, so one word is never reported twice.
 */
export function formFindings(
  text: string,
  language: string,
  register: Register,
  taken: ReadonlySet<number>,
): Finding[] {
  const forms = REGISTER_FORMS[language];
  if (forms === undefined) return [];
  const rules = register === 'formal' ? forms.informal : forms.formal;
  const code =
    register === 'formal' ? 'register.informal-in-formal' : 'register.formal-in-informal';
  const out: Finding[] = [];
  for (const hit of text.matchAll(WORD)) {
    const start = hit.index ?? 0;
    if (taken.has(start)) continue;
    const rule = rules.find((r) => matches(hit[0], r));
    if (rule !== undefined) out.push(formFinding(hit[0], start, rule, code, register));
  }
  return out;
}

// A verb, a hyphen and an object pronoun, not continued by another hyphen (Choisy-le-Roi).
const FR_IMPERATIVE =
  /(?<![\p{L}\p{M}\p{N}-])(\p{L}+)-(moi|toi|nous|le|la|les|lui)(?![\p{L}\p{M}\p{N}-])/giu;
// vous imperatives and the inversions "Pouvons-nous", "Sommes-nous", "Ont-ils".
const FR_NOT_TU = /(?:ez|ons|ont)$/u;
const FR_VOUS_IRREGULAR = new Set(['faites', 'dites', 'sommes', 'êtes']);

/** French tu imperatives with a hyphenated pronoun, in a formal reply. */
export function frenchImperativeFindings(text: string, register: Register): Finding[] {
  if (register !== 'formal') return [];
  const out: Finding[] = [];
  for (const hit of text.matchAll(FR_IMPERATIVE)) {
    const verb = (hit[1] ?? '').toLowerCase();
    if (FR_NOT_TU.test(verb) || FR_VOUS_IRREGULAR.has(verb)) continue;
    const start = hit.index ?? 0;
    out.push({
      code: 'register.informal-in-formal',
      start,
      end: start + hit[0].length,
      message: `"${hit[0]}" is a tu imperative, informal in a formal reply; write the vous form (Envoyez-nous, Assurez-vous).`,
    });
  }
  return out;
}
