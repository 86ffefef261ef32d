import { describeValue, toEpochMillis } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { TicketEvent, TicketEventInput } from '../types.js';

/**
 * A stable JSON key for a value, with object keys sorted and `undefined` left out: two deliveries
 * of the same event give the same key whatever their key order.
 *
 * @param value - Plain data.
 * @returns The canonical JSON text.
 * @internal Not part of the public surface (orderEvents uses it to recognise redeliveries).
 */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type Keyed<E> = { readonly event: E; readonly ms: number };

function contentKey(event: TicketEvent | TicketEventInput): string {
  return canonicalJson({ ...event, at: toEpochMillis(event.at) });
}

function compareRaw(
  a: TicketEvent | TicketEventInput,
  aMs: number,
  b: TicketEvent | TicketEventInput,
  bMs: number,
): number {
  if (aMs !== bMs) return aMs - bMs;
  const sa = a.sequence ?? 0;
  const sb = b.sequence ?? 0;
  if (sa !== sb) return sa - sb;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** What {@link orderEvents} found. */
export type OrderedEvents<E> = {
  /** Events in replay order: by time, then sequence, then id. */
  readonly events: readonly E[];
  /** Epoch milliseconds of each event in `events`, index for index. */
  readonly millis: readonly number[];
  /** Ids delivered more than once with the same content (kept once). */
  readonly duplicates: readonly string[];
  /** Events whose id was already used by an event with different content. */
  readonly idClashes: readonly E[];
};

/**
 * Put events in replay order whatever order they arrived in: by instant, then `sequence`, then
 * id. Repeated deliveries of one event (same id, same content) are kept once; a different event
 * reusing an id is set apart, never silently merged.
 *
 * @param events - Events in arrival order.
 * @returns The ordered events, the duplicate ids, and the id clashes.
 * @throws {MeridianError} `tickets/invalid-events` when `events` is not an array of objects.
 * @example
 * orderEvents(events).events.map((e) => e.id);
 * @since 0.1.0
 */
export function orderEvents<E extends TicketEvent | TicketEventInput>(
  events: readonly E[],
): OrderedEvents<E> {
  if (!Array.isArray(events)) {
    fail('tickets/invalid-events', { path: 'events', value: describeValue(events) });
  }
  for (let i = 0; i < events.length; i++) {
    const event: unknown = events[i];
    if (event === null || typeof event !== 'object') {
      fail('tickets/invalid-events', { path: `events[${i}]`, value: describeValue(event) });
    }
  }
  const ms = events.map((event) => toEpochMillis(event.at));
  // Fast path: events usually arrive in order and once; then there is nothing to sort.
  let inOrder = true;
  const ids = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as E;
    if (
      ids.has(e.id) ||
      (i > 0 && compareRaw(events[i - 1] as E, ms[i - 1] as number, e, ms[i] as number) >= 0)
    ) {
      inOrder = false;
      break;
    }
    ids.add(e.id);
  }
  if (inOrder) return { events, millis: ms, duplicates: [], idClashes: [] };
  const keyed: Keyed<E>[] = events.map((event, i) => ({ event, ms: ms[i] as number }));
  // Content breaks the last tie, so that two different events sharing id, instant and sequence
  // are ordered the same whatever their arrival order. Computed only when such a tie occurs.
  keyed.sort((a, b) => {
    const c = compareRaw(a.event, a.ms, b.event, b.ms);
    if (c !== 0) return c;
    const ka = contentKey(a.event);
    const kb = contentKey(b.event);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const seen = new Map<string, E>();
  const out: E[] = [];
  const outMs: number[] = [];
  const duplicates: string[] = [];
  const idClashes: E[] = [];
  for (const k of keyed) {
    const prior = seen.get(k.event.id);
    if (prior === undefined) {
      seen.set(k.event.id, k.event);
      out.push(k.event);
      outMs.push(k.ms);
    } else if (contentKey(prior) === contentKey(k.event)) duplicates.push(k.event.id);
    else idClashes.push(k.event);
  }
  return { events: out, millis: outMs, duplicates, idClashes };
}
