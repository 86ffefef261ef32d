import { toEpochMillis } from '@meridian-cx/core';
import { TicketEventSchema } from '../schemas.js';
import type { TicketEvent } from '../types.js';
import { fastEvent } from './fastEvent.js';
import { invalid, parseAt } from './parseAt.js';
import { ValidatedSet } from './ValidatedSet.js';

// Events that passed TicketEventSchema, frozen so that they stay valid: a log of a million
// events is validated once (by parseTicketEvent, or by the first function that receives it),
// not by every function it passes through.
const VALID = new ValidatedSet<TicketEvent>();

/**
 * Record an event as valid (frozen first, so that it cannot be changed afterwards).
 *
 * @internal Not part of the public surface.
 */
export function markValid(event: TicketEvent): TicketEvent {
  return VALID.add(event);
}

/**
 * Validate one event from outside, naming paths from `path`.
 *
 * @internal Not part of the public surface.
 */
export function validEvent(input: unknown, path: readonly (string | number)[] = []): TicketEvent {
  if (VALID.has(input)) return input;
  // Re-read through JSON: zod builds its output key by key, and some V8 versions (Node 20) read
  // such objects far slower than JSON.parse's in the SLA hot path. Instants are canonical strings
  // by now, so the round trip loses nothing.
  const parsed = parseAt(TicketEventSchema, input, 'ticket-event', path);
  return markValid(JSON.parse(JSON.stringify(parsed)) as TicketEvent);
}

/** Events of a list, validated, with the epoch ms of each one's instant. */
export type ValidEvents = {
  readonly events: readonly TicketEvent[];
  readonly millis: readonly number[];
};

/**
 * The events of a list, each validated, and the epoch ms of each: the boundary of every function
 * that reads ticket events. An event already in the schema's output form (parsed before, or
 * stored as JSON) passes a hand-written check (see fastEvent) that reads each field once; any
 * other goes through the schema (those parsed before are taken as they are). Returns the same
 * array when nothing had to change.
 *
 * @internal Not part of the public surface.
 */
export function validEventMillis(input: unknown, path = 'events'): ValidEvents {
  if (!Array.isArray(input)) invalid('ticket-event', [path], 'Expected an array of ticket events.');
  const n = input.length;
  const millis = new Array<number>(n); // sized once: pushing grew it as the list was read
  let out: TicketEvent[] | null = null;
  for (let i = 0; i < n; i++) {
    const e: unknown = input[i];
    const ms = fastEvent(e);
    if (!Number.isNaN(ms)) {
      millis[i] = ms;
      if (out !== null) out.push(e as TicketEvent);
      continue;
    }
    const parsed = validEvent(e, [path, i]);
    millis[i] = toEpochMillis(parsed.at);
    if (parsed !== e && out === null) out = input.slice(0, i) as TicketEvent[];
    if (out !== null) out.push(parsed);
  }
  return { events: out ?? (input as readonly TicketEvent[]), millis };
}

/**
 * The events of a list, each validated (see {@link validEventMillis}).
 *
 * @internal Not part of the public surface.
 */
export function validEvents(input: unknown, path = 'events'): readonly TicketEvent[] {
  return validEventMillis(input, path).events;
}
