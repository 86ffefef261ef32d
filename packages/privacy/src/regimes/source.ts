import type { Provenance } from '@meridian-cx/core';

/** The date every entry below was last checked against its source. */
export const CHECKED = '2026-11-30';

/** Provenance builder bound to one primary text. */
export function sourceOf(title: string, url: string) {
  return (pinpoint: string, note?: string, asOf: string = CHECKED): Provenance => ({
    source: { title, url, pinpoint },
    asOf,
    ...(note !== undefined ? { note } : {}),
  });
}
