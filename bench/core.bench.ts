// Core money arithmetic against dinero.js 2, the library a TypeScript user would otherwise pick.
import { add, allocate, money } from '@meridian-cx/core';
import { add as dAdd, allocate as dAllocate, dinero } from 'dinero.js';
import { EUR } from 'dinero.js/currencies';
import { compare, random, scale } from './lib.js';

export default async function run(): Promise<void> {
  const n = scale(1_000_000);
  const next = random(7);
  const amounts = Array.from({ length: n }, () => Math.floor(next() * 1_000_000));
  const ours = amounts.map((a) => money(a, 'EUR'));
  const theirs = amounts.map((a) => dinero({ amount: a, currency: EUR }));
  const ratios = [3, 2, 1];

  await compare('add: a running total over every amount', n, [
    {
      name: '@meridian-cx/core add',
      run: () => {
        let total = money(0, 'EUR');
        for (const m of ours) total = add(total, m);
        return total;
      },
    },
    {
      name: 'dinero.js 2 add',
      run: () => {
        let total = dinero({ amount: 0, currency: EUR });
        for (const d of theirs) total = dAdd(total, d);
        return total;
      },
    },
  ]);

  await compare('allocate: split each amount 3:2:1', n, [
    {
      name: '@meridian-cx/core allocate',
      run: () => {
        let last: unknown;
        for (const m of ours) last = allocate(m, ratios);
        return last;
      },
    },
    {
      name: 'dinero.js 2 allocate',
      run: () => {
        let last: unknown;
        for (const d of theirs) last = dAllocate(d, ratios);
        return last;
      },
    },
  ]);
}
