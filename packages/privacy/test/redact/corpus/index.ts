// The labelled corpus: messages in 12 locales with personal data (valid check digits, synthetic
// values) and look-alikes that must stay, each with its span. A fixed seed gives the same corpus;
// the tests tune on one seed and report a second one apart.
import { newForm, sentenceBefore } from './forms.js';
import { LANGUAGES, type Language } from './languages.js';
import { LOOKALIKE_KINDS, type LookalikeKind, lookalike } from './lookalikes.js';
import { type DigitScript, inScript, type Rng, rng } from './random.js';
import * as v from './values.js';

export type Label = {
  readonly start: number;
  readonly end: number;
  /** An entity type that must go, or a look-alike kind that must stay. */
  readonly kind: string;
  readonly mustGo: boolean;
};

export type Message = {
  readonly locale: string;
  readonly country: string;
  readonly text: string;
  readonly labels: readonly Label[];
};

const ENTITY_OF: Record<string, (r: Rng, l: Language) => string> = {
  phone: (r, l) => v.phone(r, l.country),
  email: (r) => v.email(r),
  card: (r) => v.card(r),
  iban: (r, l) => v.ibanValue(r, r.pick(l.iban)),
  ip: (r) => v.ip(r),
  pesel: (r) => v.peselValue(r),
  cpf: (r) => v.cpfValue(r),
  bsn: (r) => v.bsnValue(r),
  aadhaar: (r) => v.aadhaarValue(r),
  'us-ssn': (r) => v.ssnValue(r),
  'uk-nino': (r) => v.ninoValue(r),
  'es-dni': (r) => v.dniValue(r),
  'es-nie': (r) => v.nieValue(r),
  'ir-national-code': (r) => v.irCodeValue(r),
};

function script(r: Rng, l: Language): DigitScript {
  let x = r.next();
  for (const [s, w] of l.scripts) {
    x -= w;
    if (x < 0) return s;
  }
  return 'latin';
}

// The full stop of a language written without spaces between sentences, or with one that no
// abbreviation uses: a sentence that ends without one ("携帯：090-1234-5678", "Aadhaar: 2345 …")
// gets it before the next, as people write, not the next sentence glued to its value.
const FULL_STOP: Readonly<Record<string, string>> = { ja: '。', zh: '。', hi: '।' };

/** Generate `count` labelled messages from `seed`. */
export function generateCorpus(seed: number, count: number): Message[] {
  const r = rng(seed);
  // The forms added on 2026-12-03 (forms.ts) draw from a stream of their own: the first stream's
  // draws, and so the sentences no new form replaces, stay as they were.
  const fresh = rng(seed ^ 0x5eed0024);
  // A reference word in the sentence before a value (T29a, later that day): a third stream.
  const next = rng(seed ^ 0x5eed0029);
  const messages: Message[] = [];
  for (let m = 0; m < count; m++) {
    const l = LANGUAGES[m % LANGUAGES.length] as Language;
    const digits = script(r, l);
    const entityKinds = Object.keys(l.slots).filter((k) => k in ENTITY_OF);
    let text = r.pick(l.greet);
    const labels: Label[] = [];
    const sentences = r.int(2, 4);
    for (let s = 0; s < sentences; s++) {
      const mustGo = r.chance(0.45);
      const drawn = mustGo ? r.pick(entityKinds) : r.pick(LOOKALIKE_KINDS);
      const drawnTemplate = r.pick(l.slots[drawn] ?? []);
      const drawnValue = mustGo
        ? (ENTITY_OF[drawn] as (r: Rng, l: Language) => string)(r, l)
        : lookalike(r, drawn as LookalikeKind, l.lang, l.country);
      const form = newForm(fresh, l.lang, l.country, drawn, mustGo, drawnValue);
      const kind = form?.kind ?? drawn;
      const previous = sentenceBefore(next, l.lang, kind, mustGo, drawnValue);
      const template =
        form?.template ?? (form === undefined ? previous : undefined) ?? drawnTemplate;
      let value = form?.value ?? drawnValue;
      if (kind !== 'email') value = inScript(value, digits);
      // Right-to-left messages often carry bidi marks around a number typed left to right.
      const mark = (l.lang === 'fa' || l.lang === 'ar') && mustGo && r.chance(0.3) ? '\u200e' : '';
      const [before, after] = template.split('{v}') as [string, string];
      const stop = FULL_STOP[l.lang];
      if (s > 0 && stop !== undefined && !/[。！？!?।]$/.test(text)) text += stop;
      const sep = l.lang === 'ja' ? '' : ' ';
      const start = text.length + sep.length + before.length + mark.length;
      text += `${sep}${before}${mark}${value}${mark}${after}`;
      labels.push({ start, end: start + value.length, kind, mustGo });
    }
    messages.push({ locale: l.locale, country: l.country, text, labels });
  }
  return messages;
}
