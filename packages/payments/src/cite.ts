import type { Source } from '@meridian-cx/core';

/** A source as reasons carry it: no `pinpoint` key when there is none (clean JSON). */
export function cite(s: {
  readonly title: string;
  readonly url: string;
  readonly pinpoint?: string | undefined;
}): Source {
  return { title: s.title, url: s.url, ...(s.pinpoint ? { pinpoint: s.pinpoint } : {}) };
}
