// Contact schemas on zod/mini, apart from the schedule's so that a calendar does not bundle them.
import { describeValue, ProvenanceSchema } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { about } from '../schemaMessages.js';
import { CountrySchema, EndTimeSchema, LocalTimeSchema, minutesOf } from '../schemas.js';
import { CONTACT_CHANNELS } from './contactChannels.js';

/** A contact channel: one of {@link CONTACT_CHANNELS}. */
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS, {
  error: (issue) =>
    `${describeValue(issue.input)} is not a contact channel. Use one of ${CONTACT_CHANNELS.join(', ')}.`,
});

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const RULE_KEYS = [
  'country',
  'start',
  'end',
  'windows',
  'days',
  'noHolidays',
  'channels',
  'provenance',
];

const WindowSchema = z.strictObject(
  { start: LocalTimeSchema, end: EndTimeSchema },
  { error: about('a window', ['start', 'end']) },
);

/** A per-country contact rule: the local hours when contact is allowed, with provenance. */
export const ContactRuleSchema = z
  .strictObject(
    {
      country: CountrySchema,
      start: LocalTimeSchema,
      end: EndTimeSchema,
      windows: z.optional(
        z
          .array(WindowSchema, { error: about('windows') })
          .check(z.minLength(1, 'windows, when given, has at least one window.')),
      ),
      days: z.optional(
        z.array(z.enum(DAYS, { error: `A day is one of ${DAYS.join(', ')}.` }), {
          error: about('days'),
        }),
      ),
      noHolidays: z.optional(z.boolean({ error: 'noHolidays is true or false.' })),
      channels: z.optional(z.array(ContactChannelSchema, { error: about('channels') })),
      provenance: ProvenanceSchema,
    },
    { error: about('a contact rule', RULE_KEYS) },
  )
  .check(
    z.superRefine((rule, ctx) => {
      if (minutesOf(rule.end) <= minutesOf(rule.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
      }
      let last = minutesOf(rule.start);
      for (const [i, w] of (rule.windows ?? []).entries()) {
        if (minutesOf(w.start) < last || minutesOf(w.end) <= minutesOf(w.start)) {
          ctx.addIssue({
            code: 'custom',
            path: ['windows', i],
            message: 'windows must be in order, apart, and within start–end',
          });
        }
        last = minutesOf(w.end);
      }
      if (last > minutesOf(rule.end)) {
        ctx.addIssue({ code: 'custom', path: ['windows'], message: 'windows must end by end' });
      }
    }),
  );
