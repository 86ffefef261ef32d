// Sources of the guideline data. Register facts come from public vendor localization guides
// (Google Market Finder country guides; Microsoft localization style guides, read through the
// adaptations cited where the PDF itself was not reachable); CLDR facts are checked against Intl.
import type { Source } from '@meridian-cx/core';

const mf = (country: string, path: string, pinpoint = '3 Formality'): Source => ({
  title: `Google Market Finder, ${country} localisation guide`,
  url: `https://marketfinder.thinkwithgoogle.com/intl/${path}`,
  pinpoint,
});

export const MARKET_FINDER = {
  DE: mf('Germany', 'pt_pt/guide/germany-localisation-guide/'),
  FR: mf('France', 'fr_fr/guide/france-localisation-guide/', '3 Registre de langue'),
  ES: mf('Spain', 'es_419/guide/spain-localisation-guide/', '3 Nivel de formalidad'),
  MX: mf('Mexico', 'en_us/guide/mexico-localisation-guide'),
  IT: mf('Italy', 'pl_pl/guide/italy-localisation-guide/', '3 Sposób zwracania się do klientów'),
  NL: mf('Netherlands', 'it_it/guide/netherlands-localisation-guide/', '3 Livello di formalità'),
  PL: mf('Poland', 'en_us/guide/poland-localisation-guide'),
  BR: mf('Brazil', 'pt_pt/guide/brazil-localisation-guide/', '3 Formalidade'),
  SE: mf('Sweden', 'en_us/guide/sweden-localisation-guide/'),
  RU: mf('Russia', 'it_it/guide/russia-localisation-guide/', '3 Livello di formalità'),
  JP: mf('Japan', 'pt_pt/guide/japan-localisation-guide/', '3 Formalidade'),
} as const;

const ms = (language: string, slug: string, pinpoint: string): Source => ({
  title: `Microsoft ${language} Localization Style Guide, as adapted by ChatsControl`,
  url: `https://chatscontrol.com/learn/style-guides/microsoft-${slug}`,
  pinpoint,
});

export const MS_STYLE = {
  tr: ms(
    'Turkish',
    'tr',
    'TL;DR: address readers with siz; sen for younger audiences and taglines',
  ),
  ko: ms('Korean', 'ko', 'Register and tone: ~세요 vs ~십시오'),
  zhTW: ms('Chinese (Traditional)', 'zh-tw', 'TL;DR: always formal 您'),
  th: ms('Thai', 'th', 'TL;DR: address readers with คุณ'),
  he: ms('Hebrew', 'he', 'TL;DR: gender; address users directly in the second person'),
  ptPT: ms(
    'Portuguese (Portugal)',
    'pt-pt',
    'TL;DR: address the user formally, the você form through the verb (Tem de respeitar…)',
  ),
  ar: ms(
    'Arabic (Saudi Arabia)',
    'ar',
    'TL;DR: gender-inclusive language: plural forms and rewrites rather than a masculine-default singular',
  ),
} as const;

/** Mozilla's public localization style guides (mozilla-l10n/styleguides). */
export const MOZILLA = {
  hi: {
    title: 'Mozilla localization style guide, Hindi (hi)',
    url: 'https://mozilla-l10n.github.io/styleguides/hi-IN/',
    pinpoint:
      'Honorific Usages: use आप, यह, वह instead of तुम, ये, वे; imperatives like ढूँढो read as rude',
  },
  id: {
    title: 'Mozilla localization style guide, Indonesian (id)',
    url: 'https://mozilla-l10n.github.io/styleguides/id/',
    pinpoint:
      'Formalitas (formal language for Firefox, mozilla.org, AMO); Suara: "You" is translated as "Anda"',
  },
} as const satisfies Record<string, Source>;

/** Where a vendor guide and another guide disagree, the other side is recorded too. */
export const ZULIP_HI: Source = {
  title: 'Zulip documentation 7.5, Hindi translation style guide (mirror)',
  url: 'https://dokk.org/documentation/zulip/7.5/_sources/translating/hindi.md.txt',
  pinpoint:
    'Use informal Hindi: informal "you" instead of the formal आप (for the app\'s interface)',
};

export const PORTUGAL_NEWS: Source = {
  title: 'The Portugal News, "Is it rude to say você?" (2021-01-29, Spanish edition)',
  url: 'https://www.theportugalnews.com/es/noticias/2021-01-29/es-de-mala-educacion-decir-voce/57959',
  pinpoint:
    'o senhor / a senhora expected in a customer-service context; when unsure, leave the pronoun out (Quer café?)',
};

export const PERSIAN_GRAMMAR: Source = {
  title: 'Ali Jahanshiri, Persian grammar and vocabulary: greetings',
  url: 'https://www.jahanshiri.ir/fa/en/vocab-greetings',
  pinpoint:
    'تو is informal "you" and شما is formal "you", in pronouns, possessives and conjugations',
};

export const PERSIAN_POLITE: Source = {
  title: 'Kahibaro Persian course, Polite vs informal speech',
  url: 'https://kahibaro.com/course/49-persian/3650-polite-vs-informal-speech',
  pinpoint:
    'شما with strangers and in formal situations like shops and offices; when in doubt, use شما',
};

export const MS_EMOJI: Source = {
  title: 'Microsoft Writing Style Guide, emoticons and emoji',
  url: 'https://learn.microsoft.com/en-us/style-guide/a-z-word-list-term-collections/e/emoticons-emoji',
  pinpoint: "Most of the time, don't use emoji in text-based communications",
};

export const MS_VOICE: Source = {
  title: "Microsoft Writing Style Guide, Microsoft's brand voice: above all, simple and human",
  url: 'https://learn.microsoft.com/en-us/style-guide/brand-voice-above-all-simple-human',
  pinpoint: 'Warm and relaxed: … Occasionally, we’re fun',
};

export const MS_EXCLAMATION: Source = {
  title:
    'Microsoft Writing Style Guide, punctuation: exclamation points (rule list as implemented by Vale)',
  url: 'https://vale.sh/guides/microsoft',
  pinpoint: 'Punctuation: Exclamation points',
};

export const W3C_NAMES: Source = {
  title: 'W3C Internationalization, Personal names around the world',
  url: 'https://www.w3.org/International/questions/qa-personal-names',
  pinpoint: 'Name order',
};

export const THAI_PARTICLES: Source = {
  title: 'Anja Jones Translation, Expressing politeness in Thai',
  url: 'https://www.anjajonestranslation.co.uk/2014/07/',
  pinpoint: 'ค่ะ (women) / ครับ (men) at the end of almost every sentence',
};

const cldr = (file: string, pinpoint: string): Source => ({
  title: `Unicode CLDR 48, ${file}`,
  url: `https://github.com/unicode-org/cldr/blob/release-48/common/${file}`,
  pinpoint,
});

export const CLDR = {
  plurals: cldr('supplemental/plurals.xml', 'pluralRules (cardinal)'),
  digits: cldr('main/', 'numbers/defaultNumberingSystem of the locale'),
  calendar: cldr('supplemental/supplementalData.xml', 'calendarPreferenceData'),
  week: cldr('supplemental/supplementalData.xml', 'weekData: firstDay, weekendStart, weekendEnd'),
  direction: cldr('main/', 'layout/orientation/characterOrder'),
} as const;

/** When every entry of the data was last checked. */
export const AS_OF = '2026-11-30';

/** The runtime the CLDR facts were compared with (and are compared with in tests). */
export const CLDR_NOTE =
  'as Intl reports it on Node 20.20 (ICU 78, CLDR 48); a test compares it with Intl';

export const TRADE_COMMISSIONER_TR: Source = {
  title: 'Trade Commissioner Service of Canada, #HOTCS: Pinar Ozdemir, Ankara',
  url: 'https://www.tradecommissioner.gc.ca/trade_commissioners-delegues_commerciaux/hotcs/pinar_ozdemir.aspx?lang=eng',
  pinpoint: 'Mike Bey (the honorific for men), Sarah Hanım (the honorific for women)',
};
