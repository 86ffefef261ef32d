import { fc, test } from '@fast-check/vitest';
import { slaAttainment, TicketAccumulator } from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

// One row builder serves slaAttainment and TicketAccumulator#result: the two must agree on the
// same tickets, row for row and in the same key order, however the tickets are sharded.
const target = fc.oneof(
  fc.constantFrom('first-reply', 'next-reply', 'resolution', 'Resolution', 'é', 'a_b', 'a-b'),
  // A target is the customer's text: names that an object would confuse with its own keys.
  fc.constantFrom('__proto__', 'toString', 'constructor', 'hasOwnProperty'),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const ticket = fc.record({
  id: fc.constantFrom('a', 'b'),
  createdAt: fc.constant('2026-03-02T09:00:00Z'),
  sla: fc.array(fc.record({ target, met: fc.option(fc.boolean()) }), { maxLength: 4 }),
});
const options = fc.constantFrom({}, { confidence: 0.9 }, { confidence: 0.99, margin: 0.1 });

describe('SLA attainment rows', () => {
  test.prop([fc.array(ticket, { maxLength: 30 }), options, fc.nat()], { numRuns: 100 })(
    'slaAttainment and the accumulator (whole or sharded) give the same rows in the same order',
    (tickets, opts, cut) => {
      const one = slaAttainment(tickets, opts).targets;
      const whole = new TicketAccumulator().addAll(tickets).result(opts).sla;
      const at = cut % (tickets.length + 1);
      const merged = new TicketAccumulator()
        .addAll(tickets.slice(0, at))
        .merge(new TicketAccumulator().addAll(tickets.slice(at)))
        .result(opts).sla;
      // As JSON: values and key order (toStrictEqual reads an own `constructor` key as a type).
      expect(JSON.stringify(whole)).toBe(JSON.stringify(one));
      expect(JSON.stringify(merged)).toBe(JSON.stringify(one));
      expect(Object.keys(merged)).toEqual(Object.keys(one));
    },
  );

  test.prop([fc.array(ticket, { maxLength: 30 })], { numRuns: 100 })(
    'each row counts exactly the entries of its target (oracle: filter the entries)',
    (tickets) => {
      const entries = tickets.flatMap((t) => t.sla);
      const names = [...new Set(entries.map((e) => e.target))].sort();
      const rows = slaAttainment(tickets).targets;
      // Integer-like names ("0") come first in any object; the set of keys is what counts here.
      expect(Object.keys(rows).sort()).toEqual(names);
      for (const name of names) {
        const mine = entries.filter((e) => e.target === name);
        const met = mine.filter((e) => e.met === true).length;
        const breached = mine.filter((e) => e.met === false).length;
        expect(Object.getOwnPropertyDescriptor(rows, name)?.value).toMatchObject({
          target: name,
          met,
          breached,
          running: mine.length - met - breached,
          n: met + breached,
          value: met + breached === 0 ? null : expect.any(Number),
        });
      }
      // A customer's target name never reaches a prototype.
      expect(({} as Record<string, unknown>).met).toBeUndefined();
    },
  );
});
