import { describeValue, toEpochMillis } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { type BucketOptions, timeBucket } from './timeBucket.js';

/** Options of {@link keyBy}. */
export type KeyByOptions = {
  /** Dimensions to group by, read from `input.dimensions`: `['market', 'channel']`. */
  readonly dimensions?: readonly string[];
  /** Also group by time bucket. */
  readonly bucket?: BucketOptions;
  /** Field holding the instant to bucket. Default `respondedAt` (use `createdAt` for tickets). */
  readonly timeField?: string;
};

/** Placeholder for a missing dimension: the response is kept, in a segment of its own. */
export const MISSING = '(none)';
/** Placeholder for a missing or invalid timestamp when bucketing by time. */
export const NO_TIME = '(no time)';

/**
 * Escape a name or value for a key: `\`, `|` and `=` get a backslash, and a value that starts with
 * `(` gets one too, so that no value can forge a separator or pass for MISSING/NO_TIME. Two
 * different segments therefore never share a key.
 */
function escapePart(part: string): string {
  // Most values ('DE', 'email') need nothing: a scan of their characters, no regex, no copy.
  let plain = part.charCodeAt(0) !== 40; // (
  for (let i = 0; plain && i < part.length; i++) {
    const c = part.charCodeAt(i);
    plain = c !== 92 && c !== 124 && c !== 61; // \ | =
  }
  if (plain) return part;
  const escaped = part.replace(/[\\|=]/g, (c) => `\\${c}`);
  return escaped.startsWith('(') ? `\\${escaped}` : escaped;
}

/**
 * Build a segment key function for {@link SegmentedAccumulator}: `market=DE|channel=email|week=2026-03-02`.
 * A response missing a dimension or a valid timestamp is not dropped: it lands in a segment whose
 * key says so (`market=(none)`, `week=(no time)`), where its rejection is counted.
 *
 * @param options - Dimensions, optional time bucket, time field.
 * @returns A function from a raw input to its segment key.
 * @example
 * keyBy({ dimensions: ['market'] })({ dimensions: { market: 'JP' } }); // 'market=JP'
 * @since 0.1.0
 */
export function keyBy(options: KeyByOptions): (input: unknown) => string {
  checkKeyByOptions(options);
  const dims = options.dimensions ?? [];
  const bucket = options.bucket;
  const field = options.timeField ?? 'respondedAt';
  // The last bucket seen: streams are mostly in time order, and luxon is the slow part.
  let last: { start: number; end: number; key: string } | undefined;
  // Keys are memoised in a trie of dimension values (then bucket keys), so the hot path looks up
  // strings it has seen instead of concatenating a new key for every input.
  type Node = Map<string, Node | string>;
  const root: Node = new Map();
  // The escaped names, once (dimensions and bucket are fixed when the key function is made).
  const names = (bucket === undefined ? dims : [...dims, bucket.unit]).map(escapePart);
  const leaf = (node: Node, part: string, build: () => string, last: boolean): Node | string => {
    let next = node.get(part);
    if (next === undefined) {
      next = last ? build() : new Map();
      node.set(part, next);
    }
    return next;
  };
  return (input) => {
    const record =
      typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const values =
      typeof record.dimensions === 'object' && record.dimensions !== null
        ? (record.dimensions as Record<string, unknown>)
        : {};
    const parts: string[] = [];
    for (const d of dims) {
      const v = values[d];
      parts.push(typeof v === 'string' ? escapePart(v) : MISSING);
    }
    if (bucket !== undefined) {
      let part = NO_TIME;
      const at = record[field];
      if (typeof at === 'string' || at instanceof Date) {
        try {
          const ms = toEpochMillis(at);
          if (last !== undefined && ms >= last.start && ms < last.end) part = last.key;
          else {
            const b = timeBucket(new Date(ms), bucket);
            last = { start: Date.parse(b.start), end: Date.parse(b.end), key: b.key };
            part = b.key;
          }
        } catch {
          part = NO_TIME;
        }
      }
      parts.push(part);
    }
    if (parts.length === 0) return 'all';
    let node: Node = root;
    for (let i = 0; i < parts.length; i++) {
      const isLast = i === parts.length - 1;
      const next = leaf(
        node,
        parts[i] as string,
        () => parts.map((v, j) => `${names[j]}=${v}`).join('|'),
        isLast,
      );
      if (typeof next === 'string') return next;
      node = next;
    }
    return 'all';
  };
}

function checkKeyByOptions(options: KeyByOptions): void {
  const bad = (what: string, expected: string, value: unknown): never =>
    fail('metrics/invalid-argument', { what, expected, value: describeValue(value) });
  if (typeof options !== 'object' || options === null) {
    bad('keyBy options', "an object such as { dimensions: ['market'] }", options);
  }
  const dims = options.dimensions;
  if (dims !== undefined && !(Array.isArray(dims) && dims.every((d) => typeof d === 'string'))) {
    bad('dimensions', 'an array of dimension names (strings)', dims);
  }
  if (options.timeField !== undefined && typeof options.timeField !== 'string') {
    bad('timeField', 'the name of the field holding the instant', options.timeField);
  }
  // The bucket options are checked by timeBucket's own rules, once, here rather than per input.
  if (options.bucket !== undefined) timeBucket(new Date(0), options.bucket);
}
