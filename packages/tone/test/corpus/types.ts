import type { FindingCode } from '@meridian-cx/tone';

/** A labelled draft: text, register it should be in, and the findings a careful reviewer expects. */
export type Draft = readonly [
  text: string,
  register: 'formal' | 'informal',
  expected?: readonly FindingCode[],
];

export const INF: FindingCode = 'register.informal-in-formal';
export const FOR: FindingCode = 'register.formal-in-informal';
