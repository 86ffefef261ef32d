import type { ReturnRequestLine } from '../types.js';

/**
 * The request's entry for an order line (the first naming it), or `undefined` when the request
 * does not ask for that line. A loop, not `find`: no closure per line on the evaluation path.
 */
export function requestedLine(
  requested: readonly ReturnRequestLine[],
  lineId: string,
): ReturnRequestLine | undefined {
  for (let k = 0; k < requested.length; k++) {
    const x = requested[k];
    if (x !== undefined && x.lineId === lineId) return x;
  }
  return undefined;
}
