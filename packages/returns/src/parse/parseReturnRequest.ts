import { parseWith } from '@meridian-cx/core';
import { ReturnRequestSchema } from '../schemas.js';
import type { ParsedReturnRequest } from '../types.js';

/**
 * Validate a return request from outside (a portal form, a help-desk macro).
 *
 * @param input - Untrusted JSON.
 * @returns The request with defaults (reason `change-of-mind`, empty condition) and UTC instants.
 * @throws {ValidationError} `returns/invalid-return-request`, naming each bad path (an instant
 * without offset, a negative quantity, no lines).
 * @example
 * parseReturnRequest({ orderId: 'o1', noticeAt: '2026-03-02T10:00:00Z', lines: [{ lineId: 'a', quantity: 1 }] })
 *   .lines[0].reason; // 'change-of-mind'
 * @since 0.1.0
 */
export function parseReturnRequest(input: unknown): ParsedReturnRequest {
  return parseWith(ReturnRequestSchema, input, { package: 'returns', what: 'return-request' });
}
