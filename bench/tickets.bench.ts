// Tickets: replay event logs and compute every SLA clock, as a help desk does when it rebuilds
// its views. No peer library does this; the figures are printed against the targets:
// over 1,000,000 events per second, and memory that grows with tickets, not events.
//
// Business hours come from coverage's calendar (Berlin, Mon–Fri 09:00–18:00, German public
// holidays, DST), as an app would build it. A hand-written calendar with only the four required
// functions is timed too, for reference: it takes core's pairwise fallback.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BusinessCalendar, Instant } from '@meridian-cx/core';
import { createBusinessCalendar } from '@meridian-cx/coverage/date-holidays';
import { computeSla, parseSlaPolicy, type SlaPolicy, type TicketEvent } from '@meridian-cx/tickets';
import { compare, memoryMiB, random, scale } from './lib.js';

/** A full garbage collection, for retained-memory figures (no-op if the runtime refuses). */
function collector(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // fall through: figures then include garbage not yet collected
  }
  return () => {};
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const OFFSET = 3_600_000; // a fixed UTC+01:00 office: Monday–Friday 09:00–18:00

const toMs = (at: Instant) => (typeof at === 'string' ? Date.parse(at) : at.getTime());
const iso = (ms: number) => new Date(ms).toISOString();

function openOfDay(dayStart: number): readonly [number, number] | null {
  const weekday = new Date(dayStart + OFFSET).getUTCDay();
  if (weekday === 0 || weekday === 6) return null;
  return [dayStart + 9 * 3_600_000, dayStart + 18 * 3_600_000];
}
const localDayStart = (ms: number) => Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;

function between(a: number, b: number): number {
  if (b < a) return -between(b, a);
  let total = 0;
  for (let d = localDayStart(a); d < b; d += DAY) {
    const w = openOfDay(d);
    if (w === null) continue;
    const lo = Math.max(w[0], a);
    const hi = Math.min(w[1], b);
    if (hi > lo) total += hi - lo;
  }
  return total / MINUTE;
}

/** The office as coverage builds it: the calendar the business-hour figures use. */
const berlin = createBusinessCalendar({
  id: 'emea',
  zone: 'Europe/Berlin',
  weekly: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '18:00' }]]),
  ),
  holidays: { country: 'DE' },
});

/** A hand-written calendar (fixed UTC+01:00, no holidays) with only the four required functions. */
const handWritten: BusinessCalendar = {
  isOpen: (at) => {
    const ms = toMs(at);
    const w = openOfDay(localDayStart(ms));
    return w !== null && ms >= w[0] && ms < w[1];
  },
  nextOpen: (at) => {
    const ms = toMs(at);
    for (let d = localDayStart(ms); d < ms + 14 * DAY; d += DAY) {
      const w = openOfDay(d);
      if (w !== null && ms < w[1]) return iso(Math.max(ms, w[0]));
    }
    return null;
  },
  addWorkingMinutes: (from, minutes) => {
    const ms = toMs(from);
    if (minutes === 0) return iso(ms);
    let left = Math.abs(minutes) * MINUTE;
    const step = minutes > 0 ? DAY : -DAY;
    for (let d = localDayStart(ms); ; d += step) {
      const w = openOfDay(d);
      if (w === null) continue;
      const lo = minutes > 0 ? Math.max(w[0], ms) : w[0];
      const hi = minutes > 0 ? w[1] : Math.min(w[1], ms);
      if (hi <= lo) continue;
      if (hi - lo >= left) return iso(minutes > 0 ? lo + left : hi - left);
      left -= hi - lo;
    }
  },
  workingMinutesBetween: (from, to) => between(toMs(from), toMs(to)),
};

// Validated once, as an app validates its policies when it loads them: computeSla then trusts
// the frozen result instead of parsing it on every call.
const policy: SlaPolicy = parseSlaPolicy({
  id: 'standard',
  targets: {
    'first-reply': { minutes: 120, hours: 'business' },
    'next-reply': { minutes: 240, hours: 'business' },
    'periodic-update': { minutes: 1440, hours: 'calendar' },
    'pausable-update': { minutes: 1440, hours: 'calendar' },
    'requester-wait': { minutes: 960, hours: 'business' },
    'agent-work': { minutes: 480, hours: 'business' },
    'total-resolution': { minutes: 10080, hours: 'calendar' },
  },
});

/** The same targets in calendar hours: isolates the cost of the business calendar. */
const calendarPolicy: SlaPolicy = parseSlaPolicy({
  id: 'calendar',
  targets: Object.fromEntries(
    Object.entries(policy.targets).map(([m, t]) => [m, { minutes: t.minutes, hours: 'calendar' }]),
  ),
});

const START = Date.parse('2026-03-02T08:00:00Z');
const NOW = '2026-03-20T10:00:00Z';

/** One ticket's events: a realistic mix of messages, status changes (solves and reopens too), assignment, tags, notes. */
function ticket(id: string, perTicket: number, next: () => number): TicketEvent[] {
  let t = START + Math.floor(next() * 7 * DAY);
  let n = 0;
  const base = () => ({ id: `${id}-${n++}`, ticketId: id, at: iso(t) });
  const out: TicketEvent[] = [
    { ...base(), type: 'created', channel: 'email', requesterId: `c-${id}` },
    { ...base(), type: 'message', from: 'customer', channel: 'email', text: 'Where is my order?' },
  ];
  while (out.length < perTicket) {
    t += Math.floor(next() * 180) * MINUTE;
    const r = next();
    if (out.length === 2) out.push({ ...base(), type: 'assigned', assigneeId: 'agent-1' });
    else if (r < 0.35)
      out.push({
        ...base(),
        type: 'message',
        from: 'customer',
        channel: r < 0.2 ? 'whatsapp' : 'email',
        text: 'Any news?',
      });
    else if (r < 0.65)
      out.push({ ...base(), type: 'message', from: 'agent', channel: 'email', text: 'Checking.' });
    else if (r < 0.8)
      out.push({
        ...base(),
        type: 'status-changed',
        status: r < 0.71 ? 'pending' : r < 0.76 ? 'on-hold' : 'solved',
      });
    else if (r < 0.88) out.push({ ...base(), type: 'status-changed', status: 'open' });
    else if (r < 0.94) out.push({ ...base(), type: 'tagged', add: ['shipping'] });
    else
      out.push({
        ...base(),
        type: 'internal-note',
        authorId: 'agent-1',
        text: 'carrier contacted',
      });
  }
  // As a webhook delivers them and an app stores them: plain JSON, not parsed before. computeSla
  // validates every event on every call (a hand-written check of the schema's output form; the
  // schema only for anything else), so that cost is inside the figures, and both the tree before
  // validation existed and this one are timed on the same input.
  return JSON.parse(JSON.stringify(out)) as TicketEvent[];
}

export default async function run(): Promise<void> {
  const tickets = scale(50_000);
  const perTicket = 20;
  const events = tickets * perTicket;
  // Distinct ticket shapes, reused round-robin so the input does not itself dominate memory.
  const shapes = Math.min(tickets, 5_000);
  const next = random(5);
  const logs = Array.from({ length: shapes }, (_, i) => ticket(`t${i}`, perTicket, next));
  const before = memoryMiB();
  let peak = before;
  let breached = 0;
  const replayAll = (p: SlaPolicy, calendar: BusinessCalendar = berlin) => {
    breached = 0;
    const states = new Array<string>(tickets);
    for (let i = 0; i < tickets; i++) {
      const report = computeSla({
        policy: p,
        events: logs[i % shapes] as TicketEvent[],
        calendar,
        now: NOW,
      });
      states[i] = report.breached.length > 0 ? 'breached' : 'ok';
      if (report.breached.length > 0) breached++;
      if ((i & 4095) === 0) {
        const m = memoryMiB();
        if (m.rss > peak.rss) peak = m;
      }
    }
    return states;
  };
  const result = await compare(
    `tickets: replay ${events.toLocaleString('en-US')} events across ${tickets.toLocaleString('en-US')} tickets, every SLA metric`,
    events,
    [
      {
        name: 'computeSla, business-hour targets (coverage calendar)',
        run: () => replayAll(policy),
      },
      { name: 'computeSla, calendar-hour targets', run: () => replayAll(calendarPolicy) },
      {
        name: 'computeSla, business-hour targets (hand-written calendar, pairwise fallback)',
        run: () => replayAll(policy, handWritten),
      },
    ],
    { iterations: 3 },
  );
  // On a shared machine the wall clock also counts time other processes held the CPU; CPU time
  // of one more pass says what this process itself needed.
  const cpu = (p: SlaPolicy) => {
    const start = process.cpuUsage();
    replayAll(p);
    const used = process.cpuUsage(start);
    return events / ((used.user + used.system) / 1e6);
  };
  const cpuBusiness = cpu(policy);
  const cpuCalendar = cpu(calendarPolicy);
  console.log(
    `per CPU-second: ${Math.round(cpuBusiness).toLocaleString('en-US')} events/s with business hours, ${Math.round(cpuCalendar).toLocaleString('en-US')} with calendar hours (target > 1,000,000: ${Math.min(cpuBusiness, cpuCalendar) > 1_000_000 ? 'met' : 'not met'})`,
  );
  for (const row of result.rows.slice(0, 2)) {
    console.log(
      `${row.name}: ${Math.round(row.opsPerSecond).toLocaleString('en-US')} events/s (target > 1,000,000: ${row.opsPerSecond > 1_000_000 ? 'met' : 'not met'})`,
    );
  }
  console.log(
    `peak memory (memoryMiB): rss ${before.rss.toFixed(0)} → ${peak.rss.toFixed(0)} MiB, heap ${before.heapUsed.toFixed(0)} → ${peak.heapUsed.toFixed(0)} MiB; tickets breaching at least one target: ${breached.toLocaleString('en-US')}`,
  );
  // Memory against events: what stays after processing is one summary per ticket, so retained
  // memory follows the number of tickets and not the number of events. Measured after a full GC.
  const gc = collector();
  const retained = (count: number, per: number) => {
    const g = random(9);
    const ls = Array.from({ length: Math.min(count, 1_000) }, (_, i) => ticket(`u${i}`, per, g));
    gc();
    const start = memoryMiB().heapUsed;
    // What an inbox keeps per ticket: its id, SLA state per metric, the next due instant.
    const kept: { id: string; states: string[]; nextDue: string | null }[] = [];
    for (let i = 0; i < count; i++) {
      const r = computeSla({
        policy,
        events: ls[i % ls.length] as TicketEvent[],
        calendar: berlin,
        now: NOW,
      });
      const clocks = Object.values(r.metrics);
      const dues = clocks.map((c) => c.current?.dueAt ?? '').filter((d) => d !== '');
      kept.push({
        id: `ticket-${i}`,
        states: clocks.map((c) => c.state),
        nextDue: dues.sort()[0] ?? null,
      });
    }
    gc();
    const mib = memoryMiB().heapUsed - start;
    // `ls` is read here so that it stays alive through both measurements.
    return { mib, kept: kept.length, shapes: ls.length };
  };
  const a = retained(tickets, 20);
  const b = retained(tickets, 40);
  const c = retained(Math.max(1, Math.round(tickets / 2)), 20);
  console.log(
    `retained heap after processing: ${a.mib.toFixed(1)} MiB for ${a.kept.toLocaleString('en-US')} tickets × 20 events, ` +
      `${b.mib.toFixed(1)} MiB for ${b.kept.toLocaleString('en-US')} tickets × 40 events, ` +
      `${c.mib.toFixed(1)} MiB for ${c.kept.toLocaleString('en-US')} tickets × 20 events`,
  );
}
