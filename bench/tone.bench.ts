// renderReply against intl-messageformat used directly, and negotiateLocale against
// @formatjs/intl-localematcher alone, on the same inputs. The peers do less: no validation, no
// register choice, no explanation; the ratio is the price of those. renderReply renders through
// intl-messageformat too (parsed messages cached per message and locale), from the language
// catalogs passed.
import {
  negotiateLocale,
  REPLIES_AR,
  REPLIES_DE,
  REPLIES_EN,
  REPLIES_ES,
  REPLIES_FA,
  REPLIES_FR,
  REPLIES_JA,
  REPLIES_PL,
  REPLIES_PT_BR,
  REPLIES_ZH_HANS,
  renderReply,
  TEMPLATES,
} from '@meridian-cx/tone';
import { compare, random, scale } from './lib.js';

// The peers are tone's own runtime dependencies, loaded from where tone resolves them.
const here = new URL('../packages/tone/node_modules/', import.meta.url);
type Formatter = { format(values: Record<string, string | number>): unknown };
type MessageFormatModule = {
  IntlMessageFormat: new (message: string, locale: string) => Formatter;
};
type MatcherModule = {
  match: (
    requested: readonly string[],
    available: readonly string[],
    fallback: string,
    opts?: { algorithm: 'best fit' | 'lookup' },
  ) => string;
};
const { IntlMessageFormat } = (await import(
  new URL('intl-messageformat/index.js', here).href
)) as MessageFormatModule;
const { match } = (await import(
  new URL('@formatjs/intl-localematcher/index.js', here).href
)) as MatcherModule;

const LOCALES = [
  'de-DE',
  'fr-FR',
  'es-ES',
  'pl-PL',
  'pt-BR',
  'ja-JP',
  'ar-SA',
  'fa-IR',
  'zh-CN',
  'en-US',
] as const;
const KEY: Record<string, string> = {
  'de-DE': 'de',
  'fr-FR': 'fr',
  'es-ES': 'es',
  'pl-PL': 'pl',
  'pt-BR': 'pt-BR',
  'ja-JP': 'ja',
  'ar-SA': 'ar',
  'fa-IR': 'fa',
  'zh-CN': 'zh-Hans',
  'en-US': 'en',
};

// The languages of LOCALES, passed as a desk serving them would.
const REPLIES = [
  REPLIES_DE,
  REPLIES_FR,
  REPLIES_ES,
  REPLIES_PL,
  REPLIES_PT_BR,
  REPLIES_JA,
  REPLIES_AR,
  REPLIES_FA,
  REPLIES_ZH_HANS,
  REPLIES_EN,
];

type Case = { locale: (typeof LOCALES)[number]; cents: number; days: number };

function cases(n: number): Case[] {
  const next = random(7);
  return Array.from({ length: n }, () => ({
    locale: LOCALES[Math.floor(next() * LOCALES.length)] ?? 'en-US',
    cents: Math.floor(next() * 100_000),
    days: 1 + Math.floor(next() * 20),
  }));
}

export default async function run(): Promise<void> {
  const n = scale(20_000);
  const all = cases(n);
  const messages = TEMPLATES['refund-issued']?.messages ?? {};
  const peerFormatters = new Map<string, Formatter>();
  const money = new Map<string, Intl.NumberFormat>();
  const peer = (c: Case) => {
    const m = messages[KEY[c.locale] ?? 'en'];
    const text = m?.formal ?? m?.any ?? '';
    let f = peerFormatters.get(c.locale);
    if (f === undefined) {
      f = new IntlMessageFormat(text, c.locale);
      peerFormatters.set(c.locale, f);
    }
    let nf = money.get(c.locale);
    if (nf === undefined) {
      nf = new Intl.NumberFormat(c.locale, { style: 'currency', currency: 'EUR' });
      money.set(c.locale, nf);
    }
    return String(f.format({ orderId: 'A-1042', amount: nf.format(c.cents / 100), days: c.days }));
  };
  const ours = (c: Case) =>
    renderReply(
      {
        template: 'refund-issued',
        locale: c.locale,
        register: 'formal',
        params: { orderId: 'A-1042', amount: { amount: c.cents, currency: 'EUR' }, days: c.days },
      },
      REPLIES,
    ).text;
  // Same text on the same inputs before timing (the peer does not isolate bidi runs).
  let same = 0;
  for (const c of all.slice(0, 500)) if (ours(c).replace(/[\u2068\u2069]/g, '') === peer(c)) same++;
  console.log(
    `\ntone: renderReply and intl-messageformat agree on ${same} of ${Math.min(500, all.length)} replies.`,
  );
  const render = await compare('tone: render a refund reply', n, [
    {
      name: '@meridian-cx/tone renderReply',
      run: () => all.reduce((t, c) => t + ours(c).length, 0),
    },
    {
      name: 'intl-messageformat 12 (cached formatter)',
      run: () => all.reduce((t, c) => t + peer(c).length, 0),
    },
  ]);

  const requests = [
    'de-AT,de;q=0.9',
    'zh-HK',
    'es-AR',
    'pt-AO',
    'is',
    'fr-CA,en;q=0.5',
    'ja',
    'ca-ES',
    'en-AU',
    'ar-EG',
  ];
  const supported = [
    'en-US',
    'en-GB',
    'de-DE',
    'fr-FR',
    'es-ES',
    'es-MX',
    'pt-BR',
    'pt-PT',
    'zh-CN',
    'zh-TW',
    'ja-JP',
    'ar-SA',
  ];
  const asked = all.map((_, i) => requests[i % requests.length] ?? 'en');
  const negotiate = await compare('tone: negotiate a locale', n, [
    {
      name: '@meridian-cx/tone negotiateLocale',
      run: () =>
        asked.reduce(
          (t, r) =>
            t + negotiateLocale({ requested: r, supported, default: 'en-US' }).locale.length,
          0,
        ),
    },
    {
      name: '@formatjs/intl-localematcher match',
      run: () =>
        asked.reduce(
          (t, r) =>
            t +
            match(
              r.split(',').map((x) => x.split(';')[0] ?? x),
              supported,
              'en-US',
              { algorithm: 'best fit' },
            ).length,
          0,
        ),
    },
  ]);
  for (const [label, result] of [
    ['renderReply', render],
    ['negotiateLocale', negotiate],
  ] as const) {
    const [a, b] = result.rows;
    if (a === undefined || b === undefined) continue;
    const times =
      b.ratio >= 1 ? `${b.ratio.toFixed(2)}× faster` : `${(1 / b.ratio).toFixed(2)}× slower`;
    console.log(
      `tone: ${label} ${((a.meanMs * 1000) / n).toFixed(2)} µs vs ${((b.meanMs * 1000) / n).toFixed(2)} µs per call: Meridian is ${times} than the peer alone (validation, register choice and explanation included).`,
    );
  }
}
