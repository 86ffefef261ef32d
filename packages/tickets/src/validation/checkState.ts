import { wordIssue } from '@meridian-cx/core';
import { STATUS_CATEGORIES } from '../schemas.js';
import type { TicketState } from '../types.js';
import { invalid } from './parseAt.js';

/**
 * Throw unless `input` is an object (the options object of a public function).
 *
 * @internal Not part of the public surface.
 */
export function objectInput(input: unknown, path?: readonly (string | number)[]): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    invalid('input', path ?? [], wordIssue({ code: 'invalid_type', expected: 'object', input }));
  }
}

/**
 * What autoClose and followUp read of a replayed ticket, checked: a state may come from storage.
 *
 * @internal Not part of the public surface.
 */
export function checkState(state: TicketState, path: string): TicketState {
  objectInput(state, [path]);
  if (typeof state.id !== 'string' || state.id === '') {
    invalid('input', [path, 'id'], 'Expected the ticket id, a non-empty string.');
  }
  if (typeof state.status !== 'string') invalid('input', [path, 'status'], 'Expected a status id.');
  if (!(STATUS_CATEGORIES as readonly unknown[]).includes(state.category)) {
    invalid(
      'input',
      [path, 'category'],
      wordIssue(
        { code: 'invalid_value', values: STATUS_CATEGORIES, input: state.category },
        { name: 'a status category' },
      ),
    );
  }
  for (const key of ['solvedAt', 'requesterId', 'subject'] as const) {
    if (state[key] !== null && typeof state[key] !== 'string') {
      invalid('input', [path, key], 'Expected a string or null.');
    }
  }
  return state;
}
