// payments validates codes, money, sources and instants with core's schemas (zod/mini, split per
// concept so they tree-shake): one rule, one place. The local names are the ones payments' modules
// have always imported. LocaleSchema outputs the canonical tag (`en_us` → `en-US`), as core's does.
export {
  CountryCodeSchema as CountrySchema,
  CurrencyCodeSchema as CurrencySchema,
  InstantSchema as InstantInputSchema,
  LocaleTagSchema as LocaleSchema,
  MoneySchema as MoneyInputSchema,
  SourceSchema as SourceInputSchema,
} from '@meridian-cx/core';
