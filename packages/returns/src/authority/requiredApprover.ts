import { describeValue, type Money } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { AuthorityDecision, AuthorityTable } from '../types.js';
import { decideAuthority } from './decideAuthority.js';

/** What {@link requiredApprover} takes. */
export type RequiredApproverOptions = {
  /** Roles and their per-currency limits in minor units. */
  readonly table: AuthorityTable;
  /** The acting agent's role. */
  readonly role: string;
  /** The refund (or discount) to grant. */
  readonly amount: Money;
  /** Which limit to read: `'refund'` (default) or `'discount'`. */
  readonly kind?: 'refund' | 'discount';
};

/**
 * May this role grant this refund alone, and if not, who must approve it? Roles are listed from
 * least to most authority; the approver is the first role whose limit in the refund's currency
 * covers the amount.
 *
 * @param options - `{ table, role, amount, kind? }`. (The 0.1 positional form
 * `(table, role, amount, { kind })` still works.)
 * @returns The decision (`verdict`: may approve alone) with reasons; `approver` is null when no
 * role may approve alone.
 * @throws {MeridianError} `returns/unknown-role` when the role is not in the table.
 * @example
 * requiredApprover({ table, role: 'agent', amount: money(25_000, 'EUR') }).approver; // 'team-lead'
 * @since 0.1.0
 */
export function requiredApprover(options: RequiredApproverOptions): AuthorityDecision;
/** @deprecated Pass `{ table, role, amount, kind }`. */
export function requiredApprover(
  table: AuthorityTable,
  role: string,
  amount: Money,
  options?: { readonly kind?: 'refund' | 'discount' },
): AuthorityDecision;
export function requiredApprover(
  first: RequiredApproverOptions | AuthorityTable,
  role?: string,
  amount?: Money,
  options: { readonly kind?: 'refund' | 'discount' } = {},
): AuthorityDecision {
  if (role === undefined && (typeof first !== 'object' || first === null)) {
    fail('returns/invalid-argument', {
      what: 'requiredApprover(options)',
      expected: 'an object { table, role, amount, kind? }',
      value: describeValue(first),
    });
  }
  const o: RequiredApproverOptions =
    role === undefined
      ? (first as RequiredApproverOptions)
      : {
          table: first as AuthorityTable,
          role,
          amount: amount as Money,
          kind: options.kind ?? 'refund',
        };
  const table = o.table;
  const money = o.amount;
  if (
    typeof table !== 'object' ||
    table === null ||
    !Array.isArray(table.roles) ||
    !table.roles.every((r) => typeof r === 'object' && r !== null)
  ) {
    fail('returns/invalid-argument', {
      what: 'requiredApprover: table',
      expected:
        'an authority table { roles: [{ role, limits, … }] }; build it with defineAuthorityTable() or parse it first',
      value: describeValue(table),
    });
  }
  if (typeof money !== 'object' || money === null) {
    fail('returns/invalid-argument', {
      what: 'requiredApprover: amount',
      expected: 'a Money { amount, currency }',
      value: describeValue(money),
    });
  }
  return decideAuthority(table, o.role, money, o.kind ?? 'refund');
}
