import { parseWith } from '@meridian-cx/core';
import { ScheduleSchema } from '../schemas.js';
import type { Schedule } from './types.js';

/**
 * Validate a team schedule from outside (a CMS, a JSON file): the zone must be an IANA zone this
 * runtime knows, every shift must end after it starts (unless marked `overnight`), and the shifts
 * of a day must not overlap.
 *
 * @param json - Untrusted input.
 * @returns The schedule, typed.
 * @throws {ValidationError} `coverage/invalid-schedule`, with the path of every problem
 *   (`weekly.mon[1].start`, `zone`, `exceptions[0]`).
 * @example
 * const tokyo = parseSchedule({ id: 'apac', zone: 'Asia/Tokyo', weekly: { mon: [{ start: '09:00', end: '18:00' }] } });
 * @since 0.1.0
 */
export function parseSchedule(json: unknown): Schedule {
  return parseWith(ScheduleSchema, json, { package: 'coverage', what: 'schedule' });
}
