import { parseSchedule, createBusinessCalendar } from '@meridian-cx/coverage';
const s = { id: 'emea', zone: 'Europe/Berlin', weekly: { mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }], tue: [{ start: '09:00', end: '18:00' }], fri: [{ start: '22:00', end: '06:00', overnight: true }] }, exceptions: [{ date: '2026-12-24', closed: true as const }] };
for (let k = 0; k < 3; k++) {
let t = performance.now(); for (let i = 0; i < 5000; i++) parseSchedule(s); console.log('parseSchedule µs', ((performance.now() - t) / 5000 * 1000).toFixed(1));
t = performance.now(); for (let i = 0; i < 2000; i++) createBusinessCalendar(s).addWorkingMinutes('2026-03-02T10:00:00Z', 60*24*40); console.log('create+add40d µs', ((performance.now() - t) / 2000 * 1000).toFixed(1));
}
