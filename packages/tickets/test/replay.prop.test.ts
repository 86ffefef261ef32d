import { fc, test } from '@fast-check/vitest';
import { replayTicket } from '@meridian-cx/tickets';
import { describe, expect } from 'vitest';
import { arrival, STATUSES, ticketEvents } from './arbitraries.js';

describe('replay properties', () => {
  test.prop([ticketEvents.chain((events) => fc.tuple(fc.constant(events), arrival(events)))], {
    numRuns: 150,
  })('replaying the same events in any arrival order gives the same state', ([events, arrived]) => {
    const a = replayTicket(events, { statuses: STATUSES });
    const b = replayTicket(arrived, { statuses: STATUSES });
    expect({ ...b, duplicates: [] }).toEqual({ ...a, duplicates: [] });
    expect(b.duplicates.length).toBe(arrived.length - events.length);
  });

  test.prop([ticketEvents], { numRuns: 150 })(
    'every event is applied or refused with a reason: none dropped',
    (events) => {
      const s = replayTicket(events, { statuses: STATUSES });
      expect(s.applied.length + s.refused.length).toBe(events.length);
      for (const r of s.refused) expect(r.reasons.length).toBeGreaterThan(0);
    },
  );

  test.prop([ticketEvents], { numRuns: 150 })(
    'never back to new, and solved always has an assignee',
    (events) => {
      const s = replayTicket(events, { statuses: STATUSES });
      if (s.applied.length > 1 && s.transitions.length > 0) expect(s.category).not.toBe('new');
      if (s.category === 'solved') expect(s.assigneeId).not.toBeNull();
    },
  );
});
