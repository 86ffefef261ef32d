import { describe, expect, it } from 'vitest';
import { formatMessage } from './formatMessage.js';
import { parseMessage } from './parseMessage.js';

const render = (message: string, values: Record<string, string | number> = {}, locale = 'en') =>
  formatMessage(parseMessage(message), locale, values);

describe('parseMessage', () => {
  it('reads text, arguments and plural branches into parts', () => {
    expect(parseMessage('Hi {name}, {n, plural, one {# item} other {# items}}.')).toEqual([
      'Hi ',
      { t: 'arg', name: 'name' },
      ', ',
      {
        t: 'plural',
        name: 'n',
        offset: 0,
        options: { one: [{ t: '#' }, ' item'], other: [{ t: '#' }, ' items'] },
      },
      '.',
    ]);
  });

  it("follows ICU's apostrophes: '' is one, ' quotes braces, a lone ' stays", () => {
    expect(render("l'été, '{name}' and ''{name}''", { name: 'Kim' })).toBe(
      "l'été, {name} and 'Kim'",
    );
    expect(render("{n, plural, other {'#' is #}}", { n: 3 })).toBe('# is 3');
    expect(render("'#' outside a plural")).toBe("'#' outside a plural");
    expect(render('a } at the top level is text')).toBe('a } at the top level is text');
  });

  it('says what is wrong and where', () => {
    expect(() => parseMessage('Hi {name')).toThrow(
      /Expected "}" or "," after the argument name at offset 8/,
    );
    expect(() => parseMessage('{n, plural, one {x}}')).toThrow(/needs an "other" option/);
    expect(() => parseMessage('{n, plural, one {x} one {y} other {z}}')).toThrow(
      /Duplicate selector "one"/,
    );
    expect(() => parseMessage('{n, number}')).toThrow(/formatted by the param's kind/);
    expect(() => parseMessage('<b>{n}</b>')).toThrow(/Tags/);
    expect(() => parseMessage('{}')).toThrow(/argument name/);
  });
});

describe('formatMessage', () => {
  it('picks =N before the category, applies the offset to # and the category', () => {
    const m =
      '{n, plural, offset:1 =0 {nobody} =1 {you} one {you and # other} other {you and # others}}';
    expect([0, 1, 2, 3].map((n) => render(m, { n }))).toEqual([
      'nobody',
      'you',
      'you and 1 other',
      'you and 2 others',
    ]);
  });

  it('uses the locale: Polish few/many, Arabic digits in #, ordinals', () => {
    const pl = '{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}';
    expect(render(pl, { n: 22 }, 'pl')).toBe('22 dni');
    expect(render(pl, { n: 1.5 }, 'pl')).toBe('1,5 dnia');
    expect(render('{n, plural, other {# يوم}}', { n: 12 }, 'ar-SA')).toBe('١٢ يوم');
    expect(render('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 23 })).toBe(
      '23rd',
    );
  });

  it('select falls back to other; a plain argument is the value as text', () => {
    const m = '{s, select, vip {Dear member} other {Hello}} {n}';
    expect(render(m, { s: 'vip', n: 1000 })).toBe('Dear member 1000');
    expect(render(m, { s: 'guest', n: 0 })).toBe('Hello 0');
    expect(() => render('{x}')).toThrow(/needs a value for "x"/);
  });
});
