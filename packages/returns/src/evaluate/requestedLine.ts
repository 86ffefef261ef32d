import type { ReturnRequestLine } from '../types.js';

/**
 * The index of the request's entry for an order line (the first naming it), or -1 when the request
 * does not ask for that line. A loop, not `findIndex`: no closure per line on the evaluation path.
 * The index finds the instants checkRequest parsed for the entry.
 */
export function requestedLine(requested: readonly ReturnRequestLine[], lineId: string): number {
  for (let k = 0; k < requested.length; k++) {
    if (requested[k]?.lineId === lineId) return k;
  }
  return -1;
}
