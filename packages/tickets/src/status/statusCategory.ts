import * as z from 'zod/mini';
import { CustomStatusSchema, STATUS_CATEGORIES } from '../schemas.js';
import type { CustomStatus, StatusCategory } from '../types.js';
import { invalid, parseAt } from '../validation/parseAt.js';

const StatusesSchema = z.array(CustomStatusSchema);

const BUILT_IN = new Set<string>(STATUS_CATEGORIES);

/**
 * The category a status behaves as: a built-in status is its own category; a custom status
 * behaves as the category it maps onto.
 *
 * @param status - A status id, built-in (`pending`) or custom (`awaiting-parts`).
 * @param statuses - Your custom statuses. Default: none.
 * @returns The category, or `null` for a status nobody defined.
 * @throws {ValidationError} `tickets/invalid-input` for a status that is not a string or a
 *   malformed custom status, naming the path.
 * @example
 * statusCategory('awaiting-parts', [{ id: 'awaiting-parts', label: 'Awaiting parts', category: 'on-hold' }]); // 'on-hold'
 * @since 0.1.0
 */
export function statusCategory(
  status: string,
  statuses: readonly CustomStatus[] = [],
): StatusCategory | null {
  if (typeof status !== 'string') invalid('input', ['status'], 'Expected a status id.');
  return categoryOf(
    status,
    statuses.length === 0 ? statuses : parseAt(StatusesSchema, statuses, 'input', ['statuses']),
  );
}

/**
 * {@link statusCategory} for statuses already validated (the replay's hot path).
 *
 * @internal Not part of the public surface.
 */
export function categoryOf(
  status: string,
  statuses: readonly CustomStatus[] = [],
): StatusCategory | null {
  if (BUILT_IN.has(status)) return status as StatusCategory;
  for (const s of statuses) if (s.id === status) return s.category;
  return null;
}
