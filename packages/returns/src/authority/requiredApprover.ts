import { describeValue, type Money } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { AuthorityDecision, AuthorityTable } from '../types.js';
import { why } from '../why.js';

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
  return decideAuthority(o.table, o.role, o.amount, o.kind ?? 'refund');
}

function decideAuthority(
  table: AuthorityTable,
  role: string,
  amount: Money,
  kind: 'refund' | 'discount',
): AuthorityDecision {
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
  if (typeof amount !== 'object' || amount === null) {
    fail('returns/invalid-argument', {
      what: 'requiredApprover: amount',
      expected: 'a Money { amount, currency }',
      value: describeValue(amount),
    });
  }
  const own = table.roles.find((r) => r.role === role);
  if (!own) {
    fail('returns/unknown-role', { role });
  }
  const limitOf = (r: AuthorityTable['roles'][number]) => r.limits[amount.currency]?.[kind];
  const ownLimit = limitOf(own);
  if (ownLimit !== undefined && amount.amount <= ownLimit) {
    return {
      verdict: true,
      role,
      mayApproveAlone: true,
      approver: role,
      reasons: [
        why('authority.within-limit', {
          role,
          limit: ownLimit,
          amount: amount.amount,
          currency: amount.currency,
        }),
      ],
    };
  }
  const approver = table.roles.find((r) => {
    const limit = limitOf(r);
    return limit !== undefined && amount.amount <= limit;
  });
  const reasons = [
    ownLimit === undefined
      ? why('authority.no-limit-in-currency', { role, currency: amount.currency })
      : why('authority.over-limit', {
          role,
          limit: ownLimit,
          amount: amount.amount,
          currency: amount.currency,
        }),
    approver
      ? why('authority.approval-needed', { approver: approver.role })
      : why('authority.no-role-may-approve', {
          amount: amount.amount,
          currency: amount.currency,
        }),
  ];
  return {
    verdict: false,
    role,
    mayApproveAlone: false,
    approver: approver?.role ?? null,
    reasons,
  };
}
