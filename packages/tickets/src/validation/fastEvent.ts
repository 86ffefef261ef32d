// The hot path of event validation: a hand-written check that accepts exactly the events that
// TicketEventSchema accepts and leaves unchanged (instants already canonical), so a log stored as
// JSON is validated on every call at the cost of a few property reads, not a schema parse.
// Anything else (a Date, an offset, a mistake) takes the schema, which words the error.
// fastEvent.prop.test.ts holds the two together: what this accepts, the schema accepts unchanged;
// what the schema rejects, this rejects; the schema's own output always passes here.
import { daysFromCivil } from '@meridian-cx/core';
import { AUTHOR_ROLES, CHANNEL_IDS, PRIORITIES } from '../vocabulary.js';

const CHANNELS = new Set<unknown>(CHANNEL_IDS);
const ROLES = new Set<unknown>(AUTHOR_ROLES);
const PRIORITY = new Set<unknown>(PRIORITIES);

// The two most frequent values of each field are compared first (a pointer comparison for the
// engine's interned strings); the sets decide the rest.
const role = (v: unknown) => v === 'customer' || v === 'agent' || ROLES.has(v);
const channel = (v: unknown) => v === 'email' || v === 'live-chat' || CHANNELS.has(v);
const priority = (v: unknown) => v === 'normal' || v === 'high' || PRIORITY.has(v);

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

/** The last valid date read, packed (see canonicalMillis), and its day number. */
let lastDate = -1;
let lastDay = 0;

/**
 * Epoch ms of an instant in exactly the form the schemas output (`toIsoString`:
 * `2026-03-02T10:00:00.000Z`, years 0000–9999), or `NaN` for anything else. Restates core's
 * canonical fast path for this one form; the differential property keeps it equal to the schema.
 *
 * @internal Not part of the public surface.
 */
export function canonicalMillis(s: unknown): number {
  if (
    typeof s !== 'string' ||
    s.length !== 24 ||
    s.charCodeAt(4) !== 45 || // -
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || // T
    s.charCodeAt(13) !== 58 || // :
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 46 || // .
    s.charCodeAt(23) !== 90 // Z
  ) {
    return Number.NaN;
  }
  const y = two(s, 0) * 100 + two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = two(s, 17);
  const ms = two(s, 20) * 10 + digit(s, 22);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) {
    return Number.NaN;
  }
  if (sec < 0 || sec > 59 || ms < 0) return Number.NaN;
  // The events of a log mostly fall on the day of the one before: its day number is remembered.
  const date = (y * 16 + mo) * 32 + d;
  let day = lastDay;
  if (date !== lastDate) {
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const days =
      mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
    if (d > days) return Number.NaN;
    // Core's day count (one rule, one place); computed once per new day, so its argument check
    // costs nothing measurable here.
    day = daysFromCivil(y, mo, d);
    lastDate = date;
    lastDay = day;
  }
  return (((day * 24 + h) * 60 + mi) * 60 + sec) * 1000 + ms;
}

const text = (v: unknown) => typeof v === 'string' && v.length !== 0;
const optText = (v: unknown) => v === undefined || (typeof v === 'string' && v.length !== 0);
const optString = (v: unknown) => v === undefined || typeof v === 'string';
const optBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';
const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

function texts(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!text(v[i])) return false;
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function turns(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const t: unknown = v[i];
    if (
      !isObject(t) ||
      (t.from !== 'customer' && t.from !== 'bot') ||
      typeof t.text !== 'string' ||
      Number.isNaN(canonicalMillis(t.at)) ||
      !optText(t.intent) ||
      !optBoolean(t.understood)
    ) {
      return false;
    }
  }
  return true;
}

function fields(e: Record<string, unknown>): boolean {
  switch (e.type) {
    case 'created':
      return (
        channel(e.channel) &&
        text(e.requesterId) &&
        (e.createdBy === undefined || role(e.createdBy)) &&
        (e.opening === undefined || e.opening === 'public' || e.opening === 'private') &&
        optString(e.subject) &&
        (e.priority === undefined || priority(e.priority)) &&
        optText(e.followUpOf)
      );
    case 'message':
      return (
        role(e.from) &&
        channel(e.channel) &&
        typeof e.text === 'string' &&
        optText(e.authorId) &&
        optBoolean(e.public) &&
        (e.attachments === undefined || count(e.attachments))
      );
    case 'status-changed':
      return text(e.status) && optText(e.by);
    case 'assigned':
      return (e.assigneeId === null || text(e.assigneeId)) && optText(e.groupId);
    case 'priority-changed':
      return priority(e.priority);
    case 'tagged':
      return texts(e.add) && texts(e.remove);
    case 'channel-switched':
      return channel(e.to);
    case 'bot-handoff':
      return text(e.reason) && turns(e.transcript);
    case 'internal-note':
      return text(e.authorId) && typeof e.text === 'string';
    case 'merged':
      return text(e.intoTicketId);
    case 'satisfaction':
      return (e.rating === 'good' || e.rating === 'bad') && optString(e.comment);
    default:
      return false;
  }
}

/**
 * Epoch ms of the event's instant when `input` is a ticket event that TicketEventSchema accepts
 * and leaves unchanged; `NaN` otherwise (then the schema decides, and words the error).
 *
 * @internal Not part of the public surface.
 */
export function fastEvent(input: unknown): number {
  if (!isObject(input)) return Number.NaN;
  const e = input;
  if (!text(e.id) || !text(e.ticketId)) return Number.NaN;
  const seq = e.sequence;
  if (seq !== undefined && !count(seq)) return Number.NaN;
  return fields(e) ? canonicalMillis(e.at) : Number.NaN;
}
