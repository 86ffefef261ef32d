// keyBy's escaping has a fast path (a value without `\`, `|`, `=` or a leading `(` is taken as it
// is): the keys it builds equal those of the plain regex escape for any names and values.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { keyBy } from './keyBy.js';

const plainEscape = (part: string) => {
  const escaped = part.replace(/[\\|=]/g, (c) => `\\${c}`);
  return escaped.startsWith('(') ? `\\${escaped}` : escaped;
};
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '(', ')', '\\', '|', '=', 'é'), maxLength: 5 }),
  fc.string({ maxLength: 8 }),
);

test.prop([fc.uniqueArray(text, { minLength: 1, maxLength: 3 }), fc.array(text, { maxLength: 3 })])(
  'keys equal the plain escape of every name and value',
  (dims, values) => {
    const key = keyBy({ dimensions: dims });
    const dimensions = Object.fromEntries(
      dims.map((d, i) => [d, values[i]]).filter(([, v]) => v !== undefined),
    );
    const want = dims
      .map(
        (d, i) =>
          `${plainEscape(d)}=${values[i] === undefined ? '(none)' : plainEscape(values[i] as string)}`,
      )
      .join('|');
    expect(key({ dimensions })).toBe(want);
  },
);
