// Sources for the locale fallback graph and the country defaults.
import type { Source } from '@meridian-cx/core';

export const CLDR_LANGUAGE_MATCHING: Source = {
  title: 'Unicode CLDR, languageInfo.xml (language matching distances)',
  url: 'https://github.com/unicode-org/cldr/blob/main/common/supplemental/languageInfo.xml',
  pinpoint: 'languageMatches "written_new"',
};

export const CLDR_PARENT_LOCALES: Source = {
  title: 'Unicode CLDR, supplementalData.xml (parentLocales)',
  url: 'https://github.com/unicode-org/cldr/blob/main/common/supplemental/supplementalData.xml',
  pinpoint:
    'parentLocales: es-419 is the parent of the Latin-American Spanish locales, pt-PT of pt-AO, pt-MZ and the other African Portuguese locales, zh-Hant-HK of zh-Hant-MO',
};

export const CLDR_LIKELY_SUBTAGS: Source = {
  title: 'Unicode CLDR, likelySubtags.xml',
  url: 'https://github.com/unicode-org/cldr/blob/main/common/supplemental/likelySubtags.xml',
  pinpoint: 'zh-HK → zh-Hant-HK, zh-MO → zh-Hant-MO, zh-TW → zh-Hant-TW, zh-CN → zh-Hans-CN',
};

export const FORMATJS_5072: Source = {
  title: "formatjs issue 5072: intl-localematcher's match(['is'], ['en'], 'fr') returns en",
  url: 'https://github.com/formatjs/formatjs/issues/5072',
};

export const GOOGLE_SPAIN_GUIDE: Source = {
  title:
    'Google Market Finder, Spain localisation guide (main language and the three additional languages)',
  url: 'https://marketfinder.thinkwithgoogle.com/intl/es_419/guide/spain-localisation-guide/',
  pinpoint: '2 Idioma principal',
};

export const CLDR_TERRITORY_LANGUAGES: Source = {
  title: 'Unicode CLDR, supplementalData.xml (territoryInfo: official languages per territory)',
  url: 'https://github.com/unicode-org/cldr/blob/main/common/supplemental/supplementalData.xml',
  pinpoint: 'territoryInfo',
};
