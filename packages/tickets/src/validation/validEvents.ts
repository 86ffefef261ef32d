import { TicketEventSchema } from '../schemas.js';
import type { TicketEvent } from '../types.js';
import { invalid, parseAt } from './parseAt.js';

// Events that passed TicketEventSchema, frozen so that they stay valid: a log of a million
// events is validated once (by parseTicketEvent, or by the first function that receives it),
// not by every function it passes through.
const VALID = new WeakSet<object>();

function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) freeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Record an event as valid (frozen first, so that it cannot be changed afterwards).
 *
 * @internal Not part of the public surface.
 */
export function markValid(event: TicketEvent): TicketEvent {
  VALID.add(freeze(event));
  return event;
}

/**
 * Validate one event from outside, naming paths from `path`.
 *
 * @internal Not part of the public surface.
 */
export function validEvent(input: unknown, path: readonly (string | number)[] = []): TicketEvent {
  if (typeof input === 'object' && input !== null && VALID.has(input)) return input as TicketEvent;
  // Re-read through JSON: zod builds its output key by key, and some V8 versions (Node 20) read
  // such objects far slower than JSON.parse's in the SLA hot path. Instants are canonical strings
  // by now, so the round trip loses nothing.
  const parsed = parseAt(TicketEventSchema, input, 'ticket-event', path);
  return markValid(JSON.parse(JSON.stringify(parsed)) as TicketEvent);
}

/**
 * The events of a list, each validated (those validated before are taken as they are): the
 * boundary of every function that reads ticket events. Returns the same array when nothing had
 * to change.
 *
 * @internal Not part of the public surface.
 */
export function validEvents(input: unknown, path = 'events'): readonly TicketEvent[] {
  if (!Array.isArray(input)) invalid('ticket-event', [path], 'Expected an array of ticket events.');
  let out: TicketEvent[] | null = null;
  for (let i = 0; i < input.length; i++) {
    const e: unknown = input[i];
    if (typeof e === 'object' && e !== null && VALID.has(e)) {
      if (out !== null) out.push(e as TicketEvent);
      continue;
    }
    const parsed = validEvent(e, [path, i]);
    if (out === null) out = input.slice(0, i) as TicketEvent[];
    out.push(parsed);
  }
  return out ?? (input as readonly TicketEvent[]);
}
