import { type Money, parseWith } from '@meridian-cx/core';
import { decideAuthority } from '../authority/decideAuthority.js';
import { AuthorityTableSchema } from '../schemas.js';
import type { AuthorityDecision, AuthorityTable } from '../types.js';
import { byContent } from './byContent.js';

const tables = new Map<string, AuthorityTable>();

/**
 * Whether the acting agent may grant a refund of `total` alone, and who must approve it if not,
 * from the caller's authority table (validated here, once per content); `null` when the caller
 * gave no authority.
 *
 * @throws {ValidationError} for an invalid table; `returns/unknown-role` for a role not in it.
 */
export function approverFor(
  authority: { readonly table: AuthorityTable; readonly role: string } | undefined,
  total: Money,
): AuthorityDecision | null {
  if (!authority) return null;
  // One table serves many calls: validated once per content.
  const table = byContent(tables, authority.table, () =>
    parseWith(AuthorityTableSchema, authority.table, {
      package: 'returns',
      what: 'authority-table',
    }),
  );
  return decideAuthority(table, authority.role, total, 'refund');
}
