// The hostile values the fuzz suite feeds every public entry point: what careless and hostile
// callers actually send (JSON from a CMS, a webhook, a survey row, a database "never" date).
import fc from 'fast-check';

/** Instants a database or a careless caller produces, valid and not. */
const instants = fc.constantFrom(
  '2026-03-02T10:00:00Z',
  '2026-03-29T01:30:00+01:00',
  '9999-12-31T10:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '0001-01-01T00:00:00Z',
  '1969-07-20T20:17:00Z',
  '2300-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-03-02T10:00:00',
  '2026-03-02',
  'not a date',
  '+275760-09-13T00:00:00.000Z',
  '2026-03-02T25:61:00Z',
);

/** Numbers at the edges: what breaks arithmetic, loops and array sizes. */
const numbers = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    -0,
    0.5,
    19.99,
    -1,
    -500,
    2 ** 53 + 1,
    Number.MAX_SAFE_INTEGER,
    1e9,
    1e-9,
    5e-324,
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
);

/** Strings that are codes, almost codes, or trouble. */
const strings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'EUR',
    'eur',
    'XXX',
    'HRK',
    'DE',
    'de',
    'ZZ',
    'de-DE',
    'en_US',
    'x-invalid--tag',
    'Europe/Berlin',
    'Mars/Olympus',
    'EST',
    'UTC+3',
    '__proto__',
    'constructor',
    'toString',
    'a'.repeat(10_000),
    '\u0000',
    '\uD800',
    '۱۲۳۴',
    '1'.repeat(400),
    '@'.repeat(2_000),
    'obs艂ugi',
  ),
  instants,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Field names the packages read, so generated objects get past the first check. */
const keys = fc.constantFrom(
  'amount',
  'currency',
  'country',
  'region',
  'locale',
  'zone',
  'now',
  'at',
  'start',
  'end',
  'id',
  'type',
  'score',
  'scale',
  'kind',
  'text',
  'value',
  'lines',
  'events',
  'policy',
  'order',
  'request',
  'customer',
  'calendar',
  'channel',
  'params',
  'template',
  'register',
  'method',
  'provider',
  'items',
  'rules',
  'regime',
  'quantity',
  'unitPrice',
  'windowDays',
  'relativeAccuracy',
  'bins',
  'min',
  'max',
  'count',
  'state',
  'holidays',
  'hours',
  'targets',
  'requested',
  'supported',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
);

const leaves = fc.oneof(
  numbers,
  strings,
  fc.constantFrom(null, undefined, true, false, Symbol('fuzz'), 10n),
  fc.constant(() => 42),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Date('9999-12-31T10:00:00Z')),
  fc.constant({ toString: 1 }),
  fc.constant({ valueOf: () => Number.NaN, toString: () => 'EUR' }),
  fc.constant({ amount: 1.5, currency: 'EUR' }),
  fc.constant({ amount: '12', currency: 'EUR' }),
  fc.constant({ amount: -500, currency: 'EUR' }),
  fc.constant({ amount: 1999, currency: 'EUR' }),
);

/** Deeply nested values: recursion without a bound is a crash waiting for its input. */
function deep(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaves,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 6 }),
    fc.constant(deep(5_000)),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "amount": 1}')),
    fc.constant(Object.create(null)),
  ),
}));

/** One hostile value. */
export const hostile: fc.Arbitrary<unknown> = value;

/** A tuple of hostile arguments for a function of `arity` parameters (one more, sometimes). */
export function argumentsFor(arity: number): fc.Arbitrary<unknown[]> {
  const n = Math.max(1, Math.min(arity, 4));
  return fc.oneof(
    fc.array(hostile, { minLength: n, maxLength: n }),
    fc.array(hostile, { maxLength: n + 1 }),
  );
}
