// Values that look like personal data and must stay: order, invoice and tracking numbers, SKUs,
// amounts, dates, times, postal codes, versions. A redactor that blanks them makes the transcript
// useless to the vendor it was cleaned for.
import type { Rng } from './random.js';
import { referenceDigits } from './values.js';

export const LOOKALIKE_KINDS = [
  'order',
  'invoice',
  'tracking',
  'sku',
  'amount',
  'date',
  'time',
  'postcode',
  'version',
] as const;
export type LookalikeKind = (typeof LOOKALIKE_KINDS)[number];

const letters = (r: Rng, n: number): string =>
  Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');

function order(r: Rng, country: string): string {
  const style = r.int(0, 5);
  if (style === 0) return `${country}-${r.int(2024, 2026)}-${r.digits(6)}`;
  if (style === 1) {
    const d = referenceDigits(r, 17);
    return `${d.slice(0, 3)}-${d.slice(3, 10)}-${d.slice(10)}`;
  }
  if (style === 2) return `#${referenceDigits(r, r.int(5, 9))}`;
  return referenceDigits(r, r.int(6, 14));
}

function invoice(r: Rng): string {
  const year = r.int(2024, 2026);
  return r.pick([
    `FV/${year}/${String(r.int(1, 12)).padStart(2, '0')}/${r.digits(4)}`,
    `INV-${year}-${r.digits(5)}`,
    `${year}${r.digits(6)}`,
    `RE-${r.digits(8)}`,
  ]);
}

function tracking(r: Rng): string {
  const style = r.int(0, 5);
  if (style === 0) return `1Z${letters(r, 3)}${referenceDigits(r, 13)}`;
  if (style === 1) return `JJD${referenceDigits(r, 18)}`;
  if (style === 2) return referenceDigits(r, 24);
  if (style === 3) {
    const d = referenceDigits(r, 22);
    return d.match(/.{1,4}/g)?.join(' ') ?? d;
  }
  if (style === 4) {
    const d = referenceDigits(r, 12);
    return `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`;
  }
  return `3S${letters(r, 4)}${r.digits(7)}`;
}

function sku(r: Rng): string {
  return r.pick([
    `SKU-${r.digits(4)}-${letters(r, 3)}-${r.int(36, 46)}`,
    `${letters(r, 3)}-${r.digits(6)}-XL`,
    `${letters(r, 2)}${r.digits(8)}`,
    `${r.digits(6)}-${r.int(1, 9)}`,
  ]);
}

const AMOUNTS: Record<string, (r: Rng) => string> = {
  pl: (r) => `${r.int(1, 9)} ${r.digits(3)},${r.digits(2)} zł`,
  de: (r) => `${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} €`,
  fr: (r) => `${r.int(1, 9)}\u202f${r.digits(3)},${r.digits(2)} €`,
  es: (r) => `${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} €`,
  pt: (r) => `R$ ${r.int(1, 9)}.${r.digits(3)},${r.digits(2)}`,
  nl: (r) => `€ ${r.int(1, 9)}.${r.digits(3)},${r.digits(2)}`,
  it: (r) => `${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} €`,
  fa: (r) => `${r.int(100, 999)}٬${r.digits(3)} تومان`,
  ar: (r) => `${r.int(1, 9)},${r.digits(3)}.${r.digits(2)} ر.س`,
  ja: (r) => `¥${r.int(1, 99)},${r.digits(3)}`,
  hi: (r) => `₹${r.int(1, 9)},${r.digits(2)},${r.digits(3)}`,
  en: (r) => `$${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}`,
};

function date(r: Rng, lang: string): string {
  const y = r.int(2024, 2026);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  if (lang === 'ja') return `${y}年${Number(m)}月${Number(d)}日`;
  if (lang === 'fa') return `۱۴۰۴/${m}/${d}`;
  // Timestamps too ("2024-11-30 10:45"): the date and the hour before the colon dial in some
  // countries. Their time comes from the date's own draws, so the rest of the corpus is drawn as
  // it was before they were added.
  const at = `${String(8 + (Number(d) % 12)).padStart(2, '0')}:${m}`;
  if (lang === 'en')
    return r.pick([
      `${m}/${d}/${y}`,
      `${y}-${m}-${d}`,
      `${m}/${d}/${y} ${at}`,
      `${y}-${m}-${d} ${at}`,
    ]);
  return r.pick([
    `${d}.${m}.${y}`,
    `${d}/${m}/${y}`,
    `${y}-${m}-${d}`,
    `${d}-${m}-${y}`,
    `${d}.${m}.${y} ${at}`,
    `${y}-${m}-${d} ${at}`,
  ]);
}

function time(r: Rng): string {
  return r.pick([
    `${String(r.int(7, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
    `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
  ]);
}

const POSTCODES: Record<string, (r: Rng) => string> = {
  pl: (r) => `${r.digits(2)}-${r.digits(3)}`,
  de: (r) => `${r.int(1, 9)}${r.digits(4)}`,
  fr: (r) => `${r.int(1, 9)}${r.digits(4)}`,
  es: (r) => `${r.int(1, 5)}${r.digits(4)}`,
  pt: (r) => `${r.digits(5)}-${r.digits(3)}`,
  nl: (r) =>
    `${r.int(1, 9)}${r.digits(3)} ${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`,
  it: (r) => `${r.digits(5)}`,
  fa: (r) => `${r.int(1, 9)}${r.digits(9)}`,
  ar: (r) => `${r.int(1, 9)}${r.digits(4)}`,
  ja: (r) => `〒${r.digits(3)}-${r.digits(4)}`,
  hi: (r) => `${r.int(1, 8)}${r.digits(5)}`,
  en: (r) =>
    r.pick([
      `SW1A ${r.int(1, 9)}AA`,
      `${r.int(1, 9)}${r.digits(4)}`,
      `${r.int(1, 9)}${r.digits(4)}-${r.digits(4)}`,
    ]),
};

function version(r: Rng): string {
  return r.pick([
    `v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`,
    `${r.int(10, 18)}.${r.int(0, 9)}.${r.int(0, 9)}`,
    `10.0.${r.int(19041, 22631)}.${r.int(1000, 4999)}`,
    `${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 99)}.${r.int(0, 999)}`,
  ]);
}

/** A look-alike of `kind` in the writing of `lang` (and the customer's `country`). */
export function lookalike(r: Rng, kind: LookalikeKind, lang: string, country: string): string {
  switch (kind) {
    case 'order':
      return order(r, country);
    case 'invoice':
      return invoice(r);
    case 'tracking':
      return tracking(r);
    case 'sku':
      return sku(r);
    case 'amount':
      return (AMOUNTS[lang] ?? AMOUNTS.en)?.(r) as string;
    case 'date':
      return date(r, lang);
    case 'time':
      return time(r);
    case 'postcode':
      return (POSTCODES[lang] ?? POSTCODES.en)?.(r) as string;
    case 'version':
      return version(r);
  }
}
