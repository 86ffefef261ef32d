// Valid arguments, so the fuzz suite gets past validation: for exports that build something with
// methods (a calendar, an accumulator), and for decisions that take a data object the package
// exports (a regime, a payment dataset, a reply catalog) that hostile values never forge. The
// child also calls each seed with one field at a time replaced by a hostile value or removed, so
// the code behind the check meets hostile input too.
// Keyed by `<package>.<export>`; each entry is a list of argument tuples, or a function of the
// package's module that returns one (to reach its exported data).
const weekdays = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]]),
);

type Tuples = readonly (readonly unknown[])[];
type Module = Readonly<Record<string, unknown>>;

export const seeds: Readonly<Record<string, Tuples | ((mod: Module) => Tuples)>> = {
  'coverage.createBusinessCalendar': [[{ id: 'emea', zone: 'Europe/Berlin', weekly: weekdays }]],
  'coverage.createSteppingCalendar': [[{ id: 'apac', zone: 'Asia/Tokyo', weekly: weekdays }]],
  'privacy.requestDeadline': (m) => [
    [
      {
        regime: m.EU_GDPR,
        kind: 'access',
        receivedAt: '2028-01-31T09:12:00+01:00',
        zone: 'Europe/Paris',
      },
    ],
    [
      {
        regime: m.US_CA_CCPA,
        kind: 'access',
        receivedAt: '2026-12-18T10:00:00-08:00',
        zone: 'America/Los_Angeles',
        holidays: ['2026-12-25'],
      },
    ],
  ],
  'privacy.breachDeadline': (m) => [
    [{ regime: m.EU_GDPR, event: 'became-aware', at: '2026-03-28T12:00:00+01:00' }],
  ],
  'privacy.canSendMarketing': (m) => [
    [
      {
        regime: m.EU_GDPR,
        channel: 'email',
        consent: 'none',
        existingCustomer: {
          lastPurchaseAt: '2026-01-10T10:00:00Z',
          similarProducts: true,
          offeredObjection: true,
        },
        at: '2026-03-02T10:00:00Z',
      },
    ],
  ],
  'privacy.honourOptOutSignal': (m) => [
    [
      {
        regime: m.US_OR_OCPA,
        signal: { 'sec-gpc': '1' },
        at: '2026-01-01T07:30:00Z',
        zone: 'America/Boise',
      },
    ],
  ],
  'payments.recommendPaymentMethods': (m) => [
    [
      {
        dataset: m.PAYMENT_DATASET,
        country: 'PL',
        currency: 'PLN',
        amount: 4900,
        device: 'mobile',
        providers: ['stripe', 'ppro'],
        at: '2026-11-30T10:00:00+01:00',
      },
    ],
  ],
  'payments.refundRoute': (m) => [
    [
      {
        dataset: m.PAYMENT_DATASET,
        method: 'blik',
        provider: 'ppro',
        amount: { amount: 2000, currency: 'PLN' },
        paid: { amount: 4900, currency: 'PLN' },
        paidAt: '2026-03-01T12:00:00+01:00',
        now: '2026-11-30T12:00:00+01:00',
      },
    ],
  ],
  'tone.renderReply': (m) => [
    [
      {
        template: 'refund-issued',
        locale: 'de-DE',
        params: { orderId: 'A-1042', amount: { amount: 4_999, currency: 'EUR' }, days: 3 },
      },
      [m.REPLIES_DE, m.REPLIES_FA],
    ],
  ],
};

/**
 * Each seed again with one field of its first object argument replaced by `hostile()` or removed:
 * the field that validation reads last is where a guard is most often missing.
 */
export function mutants(tuples: Tuples, hostile: () => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (const tuple of tuples) {
    tuple.forEach((arg, i) => {
      if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return;
      for (const key of Object.keys(arg)) {
        const { [key]: _dropped, ...without } = arg as Record<string, unknown>;
        out.push(tuple.map((a, j) => (j === i ? { ...arg, [key]: hostile() } : a)));
        out.push(tuple.map((a, j) => (j === i ? without : a)));
      }
    });
  }
  return out;
}
