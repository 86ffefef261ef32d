// The harness of the hand-written audits (desk.test.ts, marketplace.test.ts): each message with
// the values that must go, each with its type, and the look-alikes that must stay.
import { type Finding, type RedactOptions, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

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
