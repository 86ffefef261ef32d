// A region of the built-in data: its methods (whole), every provider, and the presentation rules
// and refund details that name one of its countries. Registered without parsing, like
// PAYMENT_DATASET: the tests validate every region with the schema.
import type { CountryCode } from '@meridian-cx/core';
import { register } from '../../dataset/registry.js';
import type { PaymentDataset, PaymentMethodInput } from '../../types.js';
import { PRESENTATION } from '../presentation.js';
import { PROVIDERS } from '../providers.js';
import { REFUND_DETAILS } from '../refundDetails.js';
import { CHECKED } from '../sources.js';

/** Build and register one region's dataset. */
export function regional(
  name: string,
  countries: readonly CountryCode[],
  methods: readonly PaymentMethodInput[],
): PaymentDataset {
  const inRegion = (c: string) => (countries as readonly string[]).includes(c);
  return register(
    Object.freeze({
      name,
      asOf: CHECKED,
      countries: [...countries],
      providers: PROVIDERS,
      methods,
      presentation: PRESENTATION.filter((p) => p.countries.some(inRegion)),
      refundDetails: REFUND_DETAILS.filter((d) => inRegion(d.country)),
    }) as PaymentDataset,
  );
}
