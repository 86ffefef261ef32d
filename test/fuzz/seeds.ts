// Valid arguments for exports that build something with methods (a calendar, an accumulator), so
// the fuzz suite reaches those methods too: hostile values alone rarely get past validation.
// Keyed by `<package>.<export>`; each entry is a list of argument tuples.
const weekdays = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]]),
);

export const seeds: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  'coverage.createBusinessCalendar': [[{ id: 'emea', zone: 'Europe/Berlin', weekly: weekdays }]],
  'coverage.createSteppingCalendar': [[{ id: 'apac', zone: 'Asia/Tokyo', weekly: weekdays }]],
};
