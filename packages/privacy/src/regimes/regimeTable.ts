import { arrayArg } from '../boundary.js';
import { regimeArg } from './regimeArg.js';
import { REGIMES } from './registry.js';
import type { Period, Regime } from './types.js';

const period = (p: Period | null | undefined): string =>
  p === null || p === undefined
    ? '—'
    : `${p.amount} ${p.unit === 'calendar-days' ? 'days' : p.unit === 'business-days' ? 'business days' : p.amount === 1 ? p.unit.slice(0, -1) : p.unit}`;

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The regime table of the guide, generated from the data (a test fails when docs/privacy.md drifts
 * from it). "not known" marks facts this dataset has no source for.
 *
 * @param regimes - Default: every built-in regime.
 * @returns A Markdown table.
 * @throws {MeridianError} `privacy/invalid-argument` when `regimes` is not an array;
 *   `privacy/regime-id`, `privacy/unchecked-regime` for an entry.
 * @example
 * regimeTable().split('\n')[0]; // '| regime | request deadline | …'
 * @since 0.1.0
 */
export function regimeTable(regimes: readonly Regime[] = REGIMES): string {
  const head =
    '| regime | request deadline | extension | acknowledge | breach to authority (starts at) | marketing | child consent | GPC from |';
  const rule = '|---|---|---|---|---|---|---|---|';
  const checked =
    regimes === REGIMES
      ? REGIMES
      : arrayArg(regimes, 'regimeTable', 'regimes').map((r) => regimeArg(r, 'regimeTable'));
  const rows = checked.map((r) => {
    const req = r.requests[0];
    const deadline =
      req === undefined
        ? 'not known'
        : req.period === null
          ? 'no fixed period'
          : `${period(req.period)} (${req.counting})${req.appliesTo.includes('access') ? '' : ` for ${req.appliesTo.join(', ')}`}`;
    const ext = req?.extension
      ? req.extension.period === null
        ? 'notice, open'
        : `+${period(req.extension.period)}`
      : req
        ? 'none'
        : 'not known';
    const ack = req?.acknowledgement ? period(req.acknowledgement.period) : '—';
    const authority = r.breach.filter((b) => b.notify === 'authority');
    const breach =
      authority.length === 0
        ? 'not known'
        : authority
            .map((b) => `${b.window ? period(b.window) : b.wording} (${b.trigger})`)
            .join('; ');
    const marketing =
      r.marketing.length === 0 ? 'not known' : r.marketing.map((m) => m.model).join(', ');
    const child = r.childConsent
      ? `${r.childConsent.age}${r.childConsent.variations?.length ? ' (varies)' : ''}`
      : 'not known';
    const gpc =
      r.optOutSignal === undefined
        ? 'not known'
        : r.optOutSignal.required
          ? (r.optOutSignal.from ?? 'required')
          : 'not required';
    return `| ${cell(r.short)} (\`${r.id}\`) | ${cell(deadline)} | ${cell(ext)} | ${ack} | ${cell(breach)} | ${marketing} | ${child} | ${gpc} |`;
  });
  return [head, rule, ...rows].join('\n');
}
