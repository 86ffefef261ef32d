import { fc, test } from '@fast-check/vitest';
import {
  type CustomerMergeEvent,
  type CustomerProfile,
  resolveCustomers,
} from '@meridian-cx/tickets';
import { describe, expect } from 'vitest';

const emails = ['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io'];
const phones = ['+48601234567', '+48601234568', '+33601234567'];
const identity = fc.oneof(
  fc.record({
    identity: fc.record({ kind: fc.constant('email' as const), value: fc.constantFrom(...emails) }),
    verified: fc.boolean(),
  }),
  fc.record({
    identity: fc.record({ kind: fc.constant('phone' as const), value: fc.constantFrom(...phones) }),
    verified: fc.boolean(),
  }),
  fc.record({
    identity: fc.record({
      kind: fc.constant('social' as const),
      platform: fc.constant('x'),
      value: fc.constantFrom('ana', 'jan'),
    }),
    verified: fc.boolean(),
  }),
);
const profiles: fc.Arbitrary<CustomerProfile[]> = fc
  .array(fc.array(identity, { maxLength: 3 }), { minLength: 1, maxLength: 7 })
  .map((lists) => lists.map((identities, i) => ({ id: `p${i}`, identities })));
const merges = (n: number): fc.Arbitrary<CustomerMergeEvent[]> =>
  fc
    .array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 }), fc.boolean()), { maxLength: 3 })
    .map((list) =>
      list.flatMap(([a, b, undo], i): CustomerMergeEvent[] => [
        {
          type: 'customer-merged',
          id: `m${i}`,
          at: '2026-03-02T10:00:00Z',
          profileIds: [`p${a}`, `p${b}`],
        },
        ...(undo
          ? [
              {
                type: 'merge-undone' as const,
                id: `u${i}`,
                at: '2026-03-02T11:00:00Z',
                mergeId: `m${i}`,
              },
            ]
          : []),
      ]),
    );

const shuffle = <T>(xs: readonly T[]) =>
  fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

/** Oracle without conflicts or manual merges: connected components by breadth-first search. */
function components(ps: readonly CustomerProfile[]): string[][] {
  const key = (i: CustomerProfile['identities'][number]) =>
    i.identity.kind === 'social'
      ? `s:${i.identity.value}`
      : `${i.identity.kind}:${i.identity.value}`;
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const p of ps) {
    if (seen.has(p.id)) continue;
    const group: string[] = [];
    const queue = [p];
    seen.add(p.id);
    while (queue.length > 0) {
      const cur = queue.shift() as CustomerProfile;
      group.push(cur.id);
      const keys = new Set(cur.identities.filter((i) => i.verified).map(key));
      for (const q of ps) {
        if (!seen.has(q.id) && q.identities.some((i) => i.verified && keys.has(key(i)))) {
          seen.add(q.id);
          queue.push(q);
        }
      }
    }
    out.push(group.sort());
  }
  return out.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

describe('identity resolution properties', () => {
  test.prop([
    profiles
      .chain((ps) => fc.tuple(fc.constant(ps), merges(ps.length)))
      .chain(([ps, ms]) => fc.tuple(fc.constant(ps), fc.constant(ms), shuffle(ps), shuffle(ms))),
  ])('merging identities does not depend on order', ([ps, ms, ps2, ms2]) => {
    const shuffledIdentities = ps2.map((p) => ({ ...p, identities: [...p.identities].reverse() }));
    expect(resolveCustomers({ profiles: shuffledIdentities, merges: ms2 })).toEqual(
      resolveCustomers({ profiles: ps, merges: ms }),
    );
  });

  test.prop([profiles])(
    'without conflicts, customers are the connected components of verified identities',
    (ps) => {
      const r = resolveCustomers({ profiles: ps, exclusiveKinds: [] });
      expect(r.customers.map((c) => [...c.profileIds])).toEqual(components(ps));
      expect(r.conflicts).toEqual([]);
    },
  );

  test.prop([profiles])('automatic merges never join two different verified emails', (ps) => {
    const r = resolveCustomers({ profiles: ps });
    for (const c of r.customers.filter((x) => x.profileIds.length > 1)) {
      expect(
        c.identities.filter((i) => i.verified && i.identity.kind === 'email').length,
      ).toBeLessThanOrEqual(1);
    }
  });
});
