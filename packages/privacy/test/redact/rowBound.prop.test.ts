// A line that its placeholders carry across lines.ts MAX_ROW (1,024 units), longer or shorter, is a
// table's row in one reading and ends the table in the other (V52a): the gate (laterPass.ts) runs
// the later pass for it, and blankQuietLines keeps the rows below it readable. Two laws:
// - lines.ts crossedRows, which reads each line that holds a span once, names the lines that an
//   oracle finds by walking the input unit by unit and writing the output's lines as it goes;
// - redact gives what the plain reading gives (lines.ts withoutBlanking: every later pass run,
//   with every recognizer, over every line, where the first pass found anything) on tables whose
//   rows straddle MAX_ROW in the input or in the output, by a unit or by hundreds, both ways, with
//   the value on the long row, under it, above it, and several long rows.
import { fc, test } from '@fast-check/vitest';
import { builtInRecognizers, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { shadowOf } from '../../src/redact/digits.js';
import { watchLabels } from '../../src/redact/laterPass.js';
import {
  crossedRows,
  LONGEST_PLACEHOLDER,
  MAX_ROW,
  withoutBlanking,
} from '../../src/redact/lines.js';
import { releaseAll } from '../../src/redact/release.js';
import { type Candidate, type Resolved, resolveOverlaps } from '../../src/redact/resolve.js';
import type { RecognizerContext } from '../../src/redact/types.js';

/** A span of `text` whose placeholder is `out` units long (only its length is read). */
function span(start: number, end: number, out: number): Resolved {
  return {
    start,
    end,
    winner: { start, end, confidence: 1, rank: 0, recognizer: { placeholder: 'P'.repeat(out) } },
  } as unknown as Resolved;
}

/**
 * The oracle: the input walked a unit at a time, each span written as its placeholder, each "\n"
 * outside a span ending the output's line. An output line crosses where one of the input lines
 * it holds (a span's "\n" joins two) stands on the other side of MAX_ROW; its output start is
 * named. Shares nothing with crossedRows but the bound.
 */
function crossedByWalking(text: string, spans: readonly Resolved[]): number[] {
  const crossed: number[] = [];
  let out = 0;
  let lineOut = 0;
  let outStart = 0;
  let inputLine = 0;
  const inputLines: number[] = [];
  const close = () => {
    inputLines.push(inputLine);
    const long = lineOut > MAX_ROW;
    if (inputLines.some((n) => n > MAX_ROW !== long)) crossed.push(outStart);
    inputLines.length = 0;
    inputLine = 0;
  };
  let next = 0;
  for (let k = 0; k <= text.length; ) {
    const s = spans[next];
    if (s !== undefined && s.start === k) {
      for (let j = s.start; j < s.end; j++) {
        if (text[j] === '\n') {
          inputLines.push(inputLine);
          inputLine = 0;
        } else inputLine++;
      }
      const length = s.winner.recognizer.placeholder.length;
      out += length;
      lineOut += length;
      k = s.end;
      next++;
      continue;
    }
    if (k === text.length) break;
    if (text[k] === '\n') {
      close();
      out++;
      outStart = out;
      lineOut = 0;
    } else {
      out++;
      lineOut++;
      inputLine++;
    }
    k++;
  }
  close();
  return crossed;
}

// Lines around the bound (and short ones), spans anywhere: some hold a "\n" and join two lines.
const spanned = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.integer({ min: MAX_ROW - 40, max: MAX_ROW + 40 }),
        fc.integer({ min: 0, max: 30 }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 18 })), {
      maxLength: 12,
    }),
  )
  .map(([lengths, picks]) => {
    const text = lengths.map((n) => 'a'.repeat(n)).join('\n');
    const spans: Resolved[] = [];
    let at = 0;
    for (const [gap, length, out] of picks.sort((a, b) => a[0] - b[0])) {
      const start = Math.max(at, gap % (text.length + 1));
      const end = Math.min(start + length, text.length);
      if (start >= end) continue;
      spans.push(span(start, end, out));
      at = end;
    }
    return { text, spans };
  });

describe('lines.ts crossedRows', () => {
  test.prop([spanned], { numRuns: 2000 })(
    'names the lines that walking the output unit by unit finds crossed',
    ({ text, spans }) => {
      expect(crossedRows(text, spans) ?? []).toEqual(crossedByWalking(text, spans));
    },
  );

  it('the walk finds crossings both ways, by a unit, and across a joined line (not vacuous)', () => {
    const row = 'a'.repeat(MAX_ROW);
    // 1,024 units, one of them a span written as two: 1,025.
    expect(crossedRows(row, [span(0, 1, 2)])).toEqual([0]);
    expect(crossedByWalking(row, [span(0, 1, 2)])).toEqual([0]);
    // 1,025 units, two of them a span written as one: 1,024, on the second line.
    const text = `x\n${row}a`;
    expect(crossedRows(text, [span(5, 7, 1)])).toEqual([2]);
    expect(crossedByWalking(text, [span(5, 7, 1)])).toEqual([2]);
    // Within the bound both ways: nothing.
    expect(crossedRows(row, [span(0, 1, 1)])).toBeUndefined();
    // Two rows of 600 joined by a span that holds their "\n": one line of 1,201 in the output.
    const joined = `${'a'.repeat(600)}\n${'a'.repeat(600)}`;
    expect(crossedRows(joined, [span(599, 602, 3)])).toEqual([0]);
    expect(crossedByWalking(joined, [span(599, 602, 3)])).toEqual([0]);
  });

  it('bounds what a built-in placeholder adds (the gate reads no span of a short text)', () => {
    for (const recognizer of builtInRecognizers)
      expect(recognizer.placeholder.length).toBeLessThanOrEqual(LONGEST_PLACEHOLDER);
  });
});

// Per locale: a header cell that keeps its column's numbers (a reference's) or redacts them (a
// phone's), and a number in the locale's phone shape.
const HEADS = [
  ['en-US', 'Order', '(212) 555-0187'],
  ['en-US', 'Phone', '(212) 555-0187'],
  ['pl-PL', 'Telefon', '600123456'],
  ['pl-PL', 'Numer zamówienia', '600 123 456'],
  ['de-DE', 'Bestellnummer', '0151 23456789'],
  ['vi-VN', 'MST', '0912345678'],
] as const;

// What fills a long row: each piece's length in the input and as its placeholder (longer: the
// short addresses; shorter: the rest, an address of 8 units by one).
const PIECES = [
  ['x@y.nl', 7],
  ['a@b.co', 7],
  ['ab@cd.pl', 7],
  ['4111 1111 1111 1111', 6],
  ['PL61 1090 1014 0000 0712 1981 2874', 6],
  ['anna.kowalska@example.com', 7],
  ['192.168.1.20', 4],
] as const;

/** A long row: `lead`, the delimiter, `count` pieces and padding (see {@link render}). */
type Row = { piece: string; placeholder: number; count: number; jitter: number; lead: string };
type Line =
  | { kind: 'value'; first: boolean }
  | { kind: 'long'; row: Row }
  | { kind: 'plain'; line: string };
type Table = { head: (typeof HEADS)[number]; delimiter: string; lines: Line[] };

const longRow: fc.Arbitrary<Row> = fc
  .tuple(
    fc.constantFrom(...PIECES),
    fc.integer({ min: 1, max: 150 }),
    fc.nat(),
    fc.constantFrom('1', 'value', 'x'),
  )
  .map(([[piece, placeholder], count, jitter, lead]) => ({
    piece,
    placeholder,
    count,
    jitter,
    lead,
  }));

const line: fc.Arbitrary<Line> = fc.oneof(
  fc.boolean().map((first) => ({ kind: 'value' as const, first })),
  longRow.map((row) => ({ kind: 'long' as const, row })),
  longRow.map((row) => ({ kind: 'long' as const, row })),
  // A line of spaces ends no table, an empty one ends it, one of no digit heads what follows.
  fc.constantFrom('   ', '', 'Note;Other', '2;x').map((l) => ({ kind: 'plain' as const, line: l })),
);

const table: fc.Arbitrary<Table> = fc.record({
  head: fc.constantFrom(...HEADS),
  delimiter: fc.constantFrom(';', ',', '\t', '|'),
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
});

/**
 * The text of a generated table. A long row's length is chosen around the bound on the side the
 * placeholders move it to (in the input for pieces that shrink, in the output for those that
 * grow), from two units short of crossing to two past; a row too short to reach it stays short.
 */
function render({ head: [, header, value], delimiter: d, lines }: Table): string {
  const out = [`${header}${d}Note`];
  for (const l of lines) {
    if (l.kind === 'plain') out.push(l.line.replace(';', d));
    else if (l.kind === 'value') out.push(l.first ? `${value}${d}x` : `x${d}${value}`);
    else {
      const { piece, placeholder, count, jitter, lead } = l.row;
      // A space after a "|": an address's local part may hold one ("555-0187|x@y.nl"), and the
      // address then takes the cell before it, a row's cells fewer in the output, which makes
      // the rows below loose (left open: the report of V52a).
      const start = `${lead === 'value' ? value : lead}${d}${d === '|' ? ' ' : ''}`;
      const body = Array.from({ length: count }, () => piece).join(' ');
      const base = start.length + body.length + 1;
      // The output's length is the input's plus `grow` where every piece is found.
      const grow = count * (placeholder - piece.length);
      const low = grow > 0 ? MAX_ROW + 1 - grow - 2 : MAX_ROW + 1 - 2;
      const high = grow > 0 ? MAX_ROW + 2 : MAX_ROW - grow + 2;
      const target = low + (jitter % (high - low + 1));
      out.push(`${start}${body} ${'y'.repeat(Math.max(0, target - base))}`);
    }
  }
  return out.join('\n');
}

describe('a table whose rows straddle MAX_ROW reads as the plain reading does', () => {
  test.prop([table], { numRuns: 300 })('redact gives what every later pass gives', (t) => {
    const text = render(t);
    const locale = t.head[0];
    expect(redact(text, { locale })).toEqual(withoutBlanking(() => redact(text, { locale })));
  });

  it('the tables straddle the bound and make later passes find more (not vacuous)', () => {
    let crossing = 0;
    let more = 0;
    for (const t of fc.sample(table, { numRuns: 120, seed: 52 })) {
      const text = render(t);
      const locale = t.head[0];
      const spans = firstPass(text, locale);
      if (crossedRows(shadowOf(text), spans) !== undefined) crossing++;
      if (withoutBlanking(() => redact(text, { locale })).findings.length > spans.length) more++;
    }
    // (At V52a: 85 and 13 of the 120.)
    expect({ crossing: crossing >= 40, more: more >= 8 }).toEqual({ crossing: true, more: true });
  });
});

/** The first pass's spans of `text`: every built-in recognizer, resolved. */
function firstPass(text: string, locale: string): Resolved[] {
  const shadow = shadowOf(text);
  const lower = shadow.toLowerCase();
  const context = {
    text,
    shadow,
    lower: lower.length === shadow.length ? lower : shadow,
    locale,
    country: locale.slice(-2) as RecognizerContext['country'],
  };
  try {
    watchLabels(context);
    const candidates: Candidate[] = [];
    builtInRecognizers.forEach((recognizer, rank) => {
      for (const m of recognizer.find(context)) candidates.push({ ...m, recognizer, rank });
    });
    return resolveOverlaps(candidates);
  } finally {
    watchLabels(undefined);
    releaseAll();
  }
}
