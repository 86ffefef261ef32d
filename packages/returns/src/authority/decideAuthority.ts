// The authority decision on a table known good (parsed, or checked by requiredApprover): its own
// file, so that evaluateReturn, which parses the table itself, does not carry requiredApprover's
// argument checks and their messages.
import type { Money } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { AuthorityDecision, AuthorityTable } from '../types.js';
import { why } from '../why.js';

/**
 * May `role` grant `amount` alone under `table`, and who must approve it if not: the first role
 * whose `kind` limit in the amount's currency covers it.
 *
 * @throws {MeridianError} `returns/unknown-role` when the role is not in the table.
 */
export function decideAuthority(
  table: AuthorityTable,
  role: string,
  amount: Money,
  kind: 'refund' | 'discount',
): AuthorityDecision {
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
