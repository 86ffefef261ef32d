import type { Provenance } from '@meridian-cx/core';
import type { SlaMetric } from '../types.js';

const METRICS_SOURCE = {
  title: 'Zendesk help: Defining and using SLA policies',
  url: 'https://support.zendesk.com/hc/en-us/articles/4408829459866',
} as const;

/**
 * The default pause rules per metric (statuses or categories in which the clock does not run),
 * as the leading help desk defines its metrics, each with its source. Solved and closed stop
 * every clock but total resolution. Override per policy with `pauseIn`.
 *
 * @example
 * DEFAULT_PAUSES['agent-work'].pauseIn; // ['pending', 'on-hold']
 * @since 0.1.0
 */
export const DEFAULT_PAUSES: Readonly<
  Record<SlaMetric, { readonly pauseIn: readonly string[]; readonly provenance: Provenance }>
> = {
  'first-reply': {
    pauseIn: [],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'First reply time' },
      asOf: '2026-11-23',
      note: 'From creation to the first public agent reply; never pauses.',
    },
  },
  'next-reply': {
    pauseIn: [],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'Next reply time' },
      asOf: '2026-11-23',
      note: 'From the oldest unanswered end-user comment to the next public agent reply; never pauses.',
    },
  },
  'periodic-update': {
    pauseIn: [],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'Periodic update' },
      asOf: '2026-11-23',
      note: 'Time between public agent comments; never pauses.',
    },
  },
  'pausable-update': {
    pauseIn: ['pending'],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'Pausable update' },
      asOf: '2026-11-23',
      note: 'Time between public agent comments; paused while the ticket is pending.',
    },
  },
  'requester-wait': {
    pauseIn: ['pending'],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'Requester wait time' },
      asOf: '2026-11-23',
      note: 'Time in new, open and on-hold; paused while pending.',
    },
  },
  'agent-work': {
    pauseIn: ['pending', 'on-hold'],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'Agent work time' },
      asOf: '2026-11-23',
      note: 'Time in new and open; paused while pending and on-hold.',
    },
  },
  'total-resolution': {
    pauseIn: [],
    provenance: {
      source: { ...METRICS_SOURCE, pinpoint: 'Total resolution time' },
      asOf: '2026-11-23',
      note: 'From creation to the final solve; never pauses.',
    },
  },
};
