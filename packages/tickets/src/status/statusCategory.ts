import { STATUS_CATEGORIES } from '../schemas.js';
import type { CustomStatus, StatusCategory } from '../types.js';

const BUILT_IN = new Set<string>(STATUS_CATEGORIES);

/**
 * The category a status behaves as: a built-in status is its own category; a custom status
 * behaves as the category it maps onto.
 *
 * @param status - A status id, built-in (`pending`) or custom (`awaiting-parts`).
 * @param statuses - Your custom statuses. Default: none.
 * @returns The category, or `null` for a status nobody defined.
 * @example
 * statusCategory('awaiting-parts', [{ id: 'awaiting-parts', label: 'Awaiting parts', category: 'on-hold' }]); // 'on-hold'
 * @since 0.1.0
 */
export function statusCategory(
  status: string,
  statuses: readonly CustomStatus[] = [],
): StatusCategory | null {
  if (BUILT_IN.has(status)) return status as StatusCategory;
  for (const s of statuses) if (s.id === status) return s.category;
  return null;
}
