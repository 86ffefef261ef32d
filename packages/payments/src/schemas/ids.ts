// The two id shapes, alone in their module so that a request schema that names a provider does
// not carry the fact schemas with it. One rule for both: lower-case kebab, 2–40 characters.
import * as z from 'zod/mini';

function kebabId(example: string, what: string) {
  return z
    .string()
    .check(
      z.regex(
        /^[a-z][a-z0-9-]{1,39}$/,
        `A ${what} id is lower-case kebab-case, e.g. "${example}".`,
      ),
    );
}

/** A provider id: lower-case kebab (`stripe`, `adyen`, `my-acquirer`). */
export const ProviderIdSchema = /* @__PURE__ */ kebabId('stripe', 'provider');

/** A payment-method id: lower-case kebab (`blik`, `ideal`, `upi-collect`). */
export const MethodIdSchema = /* @__PURE__ */ kebabId('blik', 'method');
