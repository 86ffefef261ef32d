// Recall, precision and F1 of redact() on a labelled corpus, per entity type and overall.
import type { Finding } from '@meridian-cx/privacy';
import type { Message } from './corpus/index.js';

export type Score = {
  tp: number;
  fp: number;
  fn: number;
  recall: number;
  precision: number;
  f1: number;
};
export type Report = {
  readonly byType: Readonly<Record<string, Score>>;
  readonly overall: Score;
  /** Entities some character of which was left in the text (whatever type the finding had). */
  readonly leaked: number;
  readonly entities: number;
  readonly lookalikes: number;
  /** Look-alikes some character of which was replaced. */
  readonly touched: readonly string[];
};

const score = (tp: number, fp: number, fn: number): Score => {
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { tp, fp, fn, recall, precision, f1 };
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * An entity counts as found when findings of its own type cover every character of it; a finding
 * counts as correct when it overlaps an entity of its type. A look-alike is touched when any
 * finding overlaps it.
 */
export function evaluate(
  corpus: readonly Message[],
  run: (m: Message) => readonly Finding[],
): Report {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  let leaked = 0;
  let entities = 0;
  let lookalikes = 0;
  const touched: string[] = [];
  for (const m of corpus) {
    const findings = run(m);
    for (const label of m.labels) {
      if (!label.mustGo) {
        lookalikes++;
        if (findings.some((f) => overlaps(f, label))) {
          touched.push(`${m.locale} ${label.kind} "${m.text.slice(label.start, label.end)}"`);
        }
        continue;
      }
      entities++;
      const coveredBy = (fs: readonly Finding[]) => {
        for (let i = label.start; i < label.end; i++) {
          if (!fs.some((f) => f.start <= i && i < f.end)) return false;
        }
        return true;
      };
      if (!coveredBy(findings)) leaked++;
      bump(label.kind, coveredBy(findings.filter((f) => f.type === label.kind)) ? 'tp' : 'fn');
    }
    for (const f of findings) {
      const right = m.labels.some((l) => l.mustGo && l.kind === f.type && overlaps(f, l));
      if (!right) bump(f.type, 'fp');
    }
  }
  // A finding that is right adds nothing to tp here (tp counts entities found, once each).
  const byType: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of [...counts.entries()].sort()) {
    byType[type] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { byType, overall: score(tp, fp, fn), leaked, entities, lookalikes, touched };
}

const pct = (x: number) => x.toFixed(3);

/** The report as a table for the test output. */
export function formatReport(title: string, r: Report): string {
  const rows = Object.entries(r.byType).map(
    ([type, s]) =>
      `  ${type.padEnd(18)} ${String(s.tp + s.fn).padStart(5)} ${pct(s.recall)}  ${pct(s.precision)}  ${pct(s.f1)}`,
  );
  return [
    `${title}: ${r.entities} entities, ${r.lookalikes} look-alikes`,
    `  ${'type'.padEnd(18)} ${'n'.padStart(5)} recall precision f1`,
    ...rows,
    `  ${'overall'.padEnd(18)} ${String(r.entities).padStart(5)} ${pct(r.overall.recall)}  ${pct(r.overall.precision)}  ${pct(r.overall.f1)}`,
    `  leaked (any character left): ${r.leaked}; look-alikes touched: ${r.touched.length} of ${r.lookalikes}`,
  ].join('\n');
}
