// The labelled corpus: messages in 12 locales with personal data (valid check digits, synthetic
// values) and look-alikes that must stay, each with its span. A fixed seed gives the same corpus;
// the tests tune on one seed and report a second one apart.
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

/** Generate `count` labelled messages from `seed`. */
export function generateCorpus(seed: number, count: number): Message[] {
  const r = rng(seed);
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
      const kind = mustGo ? r.pick(entityKinds) : r.pick(LOOKALIKE_KINDS);
      const template = r.pick(l.slots[kind] ?? []);
      let value = mustGo
        ? (ENTITY_OF[kind] as (r: Rng, l: Language) => string)(r, l)
        : lookalike(r, kind as LookalikeKind, l.lang, l.country);
      if (kind !== 'email') value = inScript(value, digits);
      // Right-to-left messages often carry bidi marks around a number typed left to right.
      const mark = (l.lang === 'fa' || l.lang === 'ar') && mustGo && r.chance(0.3) ? '\u200e' : '';
      const [before, after] = template.split('{v}') as [string, string];
      const sep = l.lang === 'ja' ? '' : ' ';
      const start = text.length + sep.length + before.length + mark.length;
      text += `${sep}${before}${mark}${value}${mark}${after}`;
      labels.push({ start, end: start + value.length, kind, mustGo });
    }
    messages.push({ locale: l.locale, country: l.country, text, labels });
  }
  return messages;
}
