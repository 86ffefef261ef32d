// A record keyed by the customer's own names (SLA targets, dimension names), read by its own keys.
// zod's record skips a key named `__proto__` by design (zod PR #6354: `out[key] = v` would set the
// prototype), so a target of that name vanished from a revived state without a word. Here every
// own key is kept, its value checked at its path, and the output built with defineProperty, so
// the name is data and never reaches a prototype.
import * as z from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';

const isRecord = (input: unknown): input is Record<string, unknown> => {
  if (typeof input !== 'object' || input === null) return false;
  const proto = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
};

/**
 * zod/mini schema for a plain object whose keys are the customer's names: like
 * `z.record(z.string(), value)`, but a key named `__proto__` (own, as `JSON.parse` makes it) is
 * kept as data. Internal, for the schemas of this package.
 */
export function ownRecord<V extends $ZodType>(value: V, error: string) {
  const record = z.record(z.string(), value);
  return z.pipe(
    // Typed as the record it should be (for z.input); every value is checked below.
    z.custom<Record<string, input<V>>>(isRecord, { error }),
    z.transform((input: Record<string, input<V>>, ctx) => {
      // zod checks every other key, at its path; only a `__proto__` key is left to this function.
      const parsed = z.safeParse(record, input, { reportInput: true });
      const issues = parsed.success ? [] : [...parsed.error.issues];
      if (!Object.hasOwn(input, '__proto__')) {
        ctx.issues.push(...(issues as (typeof ctx.issues)[number][]));
        return parsed.data as Record<string, output<V>>;
      }
      const own = Object.getOwnPropertyDescriptor(input, '__proto__')?.value;
      const proto = z.safeParse(value, own, { reportInput: true });
      if (!proto.success)
        for (const issue of proto.error.issues)
          issues.push({ ...issue, path: ['__proto__', ...issue.path] });
      ctx.issues.push(...(issues as (typeof ctx.issues)[number][]));
      if (!parsed.success || !proto.success) return {};
      // Rebuilt in the input's key order, each key an own property.
      const out: Record<string, output<V>> = {};
      for (const key of Object.keys(input)) {
        Object.defineProperty(out, key, {
          value: key === '__proto__' ? proto.data : parsed.data[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }),
  );
}

/**
 * zod/mini schema for the dimensions of a survey response or a ticket (`{ market: 'DE' }`): string
 * values by the customer's dimension names, a name `__proto__` kept. Checked here rather than
 * through `ownRecord`: it runs once per ticket read, and a string test needs no nested parse.
 * Internal.
 */
export function dimensions() {
  return z.pipe(
    z.custom<Record<string, string>>(isRecord, {
      error:
        'The dimensions must be an object of strings by dimension name, such as { market: "DE" }.',
    }),
    z.transform((input: Record<string, string>, ctx) => {
      const out: Record<string, string> = {};
      for (const key of Object.keys(input)) {
        const v: unknown = input[key];
        if (typeof v !== 'string') {
          ctx.issues.push({
            code: 'invalid_type',
            expected: 'string',
            input: v,
            path: [key],
            message: `The dimension "${key}" must be a string.`,
          });
        } else if (key === '__proto__') {
          Object.defineProperty(out, key, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else out[key] = v;
      }
      return out;
    }),
  );
}
