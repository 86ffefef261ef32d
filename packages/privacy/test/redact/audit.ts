// The harness of the hand-written audits (desk.test.ts, marketplace.test.ts): each message with
// the values that must go, each with its type, and the look-alikes that must stay.
import { type Finding, type RedactOptions, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { luhnOk } from './corpus/checks.js';

/** A value that must go, and the type its finding must carry. */
export type Go = readonly [type: string, value: string];
/** A message: its locale, its text, what must go and what must stay. */
export type Case = readonly [
  locale: string,
  text: string,
  go: readonly Go[],
  stay: readonly string[],
];

/**
 * One `describe` per named group: every value of `go` replaced and typed, every `stay` kept. `options`
 * (the opt-in spoken recognizers, say) go to every call beside the case's locale.
 */
export function describeAudit(
  groups: readonly (readonly [string, readonly Case[]])[],
  options: Omit<RedactOptions, 'locale'> = {},
): void {
  for (const [name, cases] of groups) {
    describe(name, () => {
      it.each(cases)('%s: %j', (locale, text, go, stay) => {
        const { text: out, findings } = redact(text, { ...options, locale });
        for (const [type, value] of go) {
          expect(out, `${value} must go`).not.toContain(value);
          const at = text.indexOf(value);
          const by = findings.find((f) => f.start <= at && at + value.length <= f.end);
          expect(by?.type, `${value} is a ${type}`).toBe(type);
        }
        for (const value of stay) expect(out, `${value} must stay`).toContain(value);
      });
    });
  }
}

/**
 * One row's part of an audit's recall and precision: its values to go (`goes`), those gone and
 * typed right (`gone`: absent from the output and inside a finding of their type), its findings,
 * and the findings on no value (`wrong`).
 */
export function scoreRow(
  text: string,
  result: { readonly text: string; readonly findings: readonly Finding[] },
  go: readonly Go[],
): { goes: number; gone: number; findings: number; wrong: number } {
  const gone = go.filter(([type, value]) => {
    const at = text.indexOf(value);
    return (
      !result.text.includes(value) &&
      result.findings.some((f) => f.type === type && f.start <= at && at + value.length <= f.end)
    );
  }).length;
  const wrong = result.findings.filter(
    (f) =>
      !go.some(([, value]) => {
        const at = text.indexOf(value);
        return at < f.end && f.start < at + value.length;
      }),
  ).length;
  return { goes: go.length, gone, findings: result.findings.length, wrong };
}

/**
 * Recall and precision over `groups` (each row scored by {@link scoreRow}), and the look-alikes
 * of `stay` the output no longer holds (`touched`). `options` go to every call beside the row's
 * locale.
 */
export function measureAudit(
  groups: readonly (readonly [string, readonly Case[]])[],
  options: Omit<RedactOptions, 'locale'> = {},
) {
  let goes = 0;
  let gone = 0;
  let findings = 0;
  let wrong = 0;
  let touched = 0;
  for (const [locale, text, go, stay] of groups.flatMap(([, cases]) => cases)) {
    const result = redact(text, { ...options, locale });
    const row = scoreRow(text, result, go);
    goes += row.goes;
    gone += row.gone;
    findings += row.findings;
    wrong += row.wrong;
    touched += stay.filter((value) => !result.text.includes(value)).length;
  }
  return { goes, gone, findings, right: findings - wrong, touched };
}

/**
 * One test per named group, printing its recall, precision and look-alikes touched (`title`
 * names the audit in the line) and requiring every value gone (but `left(rows)` of them, the
 * values a group leaves on purpose), no finding on anything else and no look-alike touched.
 */
export function describeAuditScores(
  title: string,
  groups: readonly (readonly [string, readonly Case[]])[],
  left: (rows: readonly Case[]) => number = () => 0,
): void {
  describe(`${title}: scores`, () => {
    it.each(groups.map(([name]) => name))('%s', (name) => {
      const named = groups.filter(([n]) => n === name);
      const { goes, gone, findings, right, touched } = measureAudit(named);
      const rows = named.flatMap(([, c]) => c);
      const stays = rows.reduce((n, [, , , stay]) => n + stay.length, 0);
      console.info(
        `${title}, ${name}: ${rows.length} rows, recall ${(gone / goes).toFixed(3)} (${gone}/${goes}), precision ${(right / Math.max(findings, 1)).toFixed(3)} (${right}/${findings}), look-alikes touched ${touched} of ${stays}`,
      );
      expect(gone).toBeGreaterThanOrEqual(goes - left(rows));
      expect(right).toBe(findings);
      expect(touched).toBe(0);
    });
  });
}

// The zeros of the digit scripts the fresh audits write (ASCII, Arabic-Indic, Persian, Devanagari,
// Thai, fullwidth): each script's ten digits follow its zero.
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xe50, 0xff10];

/** `s` with the digits of the scripts the fresh audits write read as ASCII digits. */
export function asciiDigits(s: string): string {
  return [...s]
    .map((c) => {
      const u = c.charCodeAt(0);
      const zero = ZEROS.find((z) => u >= z && u <= z + 9);
      return zero === undefined ? c : String(u - zero);
    })
    .join('');
}

/** The ASCII digits of `s`, its other scripts' digits read as theirs ({@link asciiDigits}). */
export function digitsIn(s: string): string {
  return asciiDigits(s).replace(/\D/g, '');
}

/** A fresh audit's two passes (sessions 63 and 64), for {@link describeFreshPasses}. */
export interface FreshPasses {
  /** The messages written first, by locale. */
  readonly first: readonly (readonly [string, readonly Case[]])[];
  /** The messages written after the first pass ran, by locale. */
  readonly second: readonly (readonly [string, readonly Case[]])[];
  /** The second pass's texts that the audit's LEFT list pins. */
  readonly leftSecond: ReadonlySet<string>;
  /** The texts the audit's LEFT list pins. */
  readonly left: readonly string[];
  /** Per type, the first pass's count of values and the floor of those that go. */
  readonly floors: Readonly<Record<string, readonly [number, number]>>;
  /** The second pass's count of values and the floor of those that go. */
  readonly secondFloor: readonly [number, number];
}

/**
 * The scores of a fresh audit written in two passes (auditSession63FreshLocales,
 * auditSession64FreshLocales2): no look-alike of either pass a Luhn-valid run; the first pass's recall by type against its floors, every type in
 * the table; both passes' precision whole and no look-alike touched; the second pass's rows go
 * whole but those LEFT pins, and LEFT pins every one it leaves. `title` names the audit in the
 * printed lines.
 */
export function describeFreshPasses(title: string, audit: FreshPasses): void {
  const firstRows = audit.first.flatMap(([, cases]) => cases);
  const secondRows = audit.second.flatMap(([, cases]) => cases);
  const [secondGoes, secondFloor] = audit.secondFloor;
  it('no look-alike of 13-19 digits passes Luhn', () => {
    const valid = [...firstRows, ...secondRows]
      .flatMap(([, , , stay]) => stay.flatMap((s) => asciiDigits(s).match(/\d[\d -]*\d/g) ?? []))
      .map((s) => s.replace(/\D/g, ''))
      .filter((d) => d.length >= 13 && d.length <= 19 && luhnOk(d));
    expect(valid).toEqual([]);
  });

  describe('the first pass: recall and precision by type, floors', () => {
    it.each(Object.entries(audit.floors))('%s', (type, [values, floor]) => {
      let goes = 0;
      let gone = 0;
      for (const [locale, text, go] of firstRows) {
        const mine = go.filter(([t]) => t === type);
        if (mine.length === 0) continue;
        const row = scoreRow(text, redact(text, { locale }), mine);
        goes += row.goes;
        gone += row.gone;
      }
      console.info(`${title}, ${type}: recall ${(gone / goes).toFixed(3)} (${gone}/${goes})`);
      expect(goes).toBe(values);
      expect(gone).toBeGreaterThanOrEqual(floor);
    });

    it('every type is in the table, precision whole, no look-alike touched', () => {
      const types = new Set(firstRows.flatMap(([, , go]) => go.map(([t]) => t)));
      expect([...types].sort()).toEqual(Object.keys(audit.floors).sort());
      const { findings, right, touched } = measureAudit(audit.first);
      console.info(`${title}, first pass: precision ${right}/${findings}, touched ${touched}`);
      expect(right).toBe(findings);
      expect(touched).toBe(0);
    });
  });

  describe('the second pass (written after the first ran)', () => {
    it(`holds ${secondFloor} of ${secondGoes}, precision whole, no look-alike touched`, () => {
      const { goes, gone, findings, right, touched } = measureAudit(audit.second);
      console.info(
        `${title}, second pass: recall ${gone}/${goes}, precision ${right}/${findings}, touched ${touched}`,
      );
      expect(goes).toBe(secondGoes);
      expect(gone).toBeGreaterThanOrEqual(secondFloor);
      expect(right).toBe(findings);
      expect(touched).toBe(0);
    });

    it.each(secondRows.filter(([, t]) => !audit.leftSecond.has(t)))(
      '%s: %j',
      (locale, text, go, stay) => {
        const result = redact(text, { locale });
        expect(scoreRow(text, result, go).gone).toBe(go.length);
        for (const value of stay) expect(result.text).toContain(value);
      },
    );

    it('leaves only what LEFT pins', () => {
      const pinned = new Set(audit.left);
      for (const text of audit.leftSecond) expect(pinned.has(text), text).toBe(true);
    });
  });
}
