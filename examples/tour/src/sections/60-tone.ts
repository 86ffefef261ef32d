import {
  defineTemplates,
  isolateBidi,
  lintReply,
  negotiateLocale,
  REPLIES_DE,
  REPLIES_ES,
  REPLIES_FA,
  renderReason,
  renderReply,
} from '@meridian-cx/tone';

export const title =
  'tone: the right language and register, and a linter that catches a wrong "you"';

export default function section(): string {
  const lines: string[] = [];
  const desk = ['en-US', 'de-DE', 'es-ES', 'es-MX', 'zh-CN', 'zh-TW', 'fa-IR'];
  // Requests a naive matcher gets wrong: Icelandic (best fit says English), Hong Kong (not Simplified),
  // Argentina (Mexico before Spain), Catalan (Spanish), and a Swiss customer who gave nothing.
  for (const [requested, country] of [
    ['is', undefined],
    ['zh-HK', undefined],
    ['es-AR', undefined],
    ['ca-ES', undefined],
    [undefined, 'CH'],
  ] as const) {
    const r = negotiateLocale({
      supported: desk,
      default: 'de-DE',
      ...(requested ? { requested } : {}),
      ...(country ? { country } : {}),
    });
    lines.push(
      `${(requested ?? `(none, ${country})`).padEnd(12)} → ${r.locale.padEnd(6)} ${r.rule}: ${r.why}`,
    );
  }
  lines.push('');
  const refund = { orderId: 'A-1042', amount: { amount: 4999, currency: 'EUR' }, days: 3 };
  // One catalog per language: the desk passes the ones it answers in (a bundle carries only those).
  const replies = [REPLIES_DE, REPLIES_ES, REPLIES_FA];
  for (const [locale, register] of [
    ['de-DE', 'formal'],
    ['es-ES', undefined],
    ['fa-IR', undefined],
  ] as const) {
    const reply = renderReply(
      {
        template: 'refund-issued',
        locale,
        params: refund,
        timeZone: 'Europe/Berlin',
        topic: 'money',
        ...(register ? { register } : {}),
      },
      replies,
    );
    lines.push(`${locale} (${reply.register}): ${reply.text}`);
  }
  try {
    renderReply({ template: 'closing', locale: 'ja-JP', params: { agentName: 'Mina' } }, replies);
  } catch (e) {
    lines.push(`ja-JP, not passed: ${(e as Error).message}`);
  }
  // A policy team's own template: ICU number, date and time formats (intl-messageformat), read in
  // each customer's zone.
  const pickup = defineTemplates({
    pickup: {
      params: { share: 'number', from: 'datetime' },
      messages: {
        de: {
          formal:
            '{share, number, percent} der Lieferung: {from, date, medium}, {from, time, short}.',
        },
        fa: {
          any: '{share, number, percent} از سفارش: {from, date, medium}، ساعت {from, time, short}.',
        },
      },
    },
  });
  for (const [locale, timeZone] of [
    ['de-DE', 'Europe/Berlin'],
    ['fa-IR', 'Asia/Tehran'],
  ] as const) {
    const params = { share: 0.5, from: '2026-03-04T13:00:00Z' };
    lines.push(
      `${locale} own template: ${renderReply({ template: 'pickup', locale, timeZone, params }, [pickup]).text}`,
    );
  }
  lines.push(
    `reason: ${renderReason({ code: 'policy.window-open', params: { days: 30 } }, 'fa-IR').text}`,
  );
  lines.push(`reason: ${renderReason({ code: 'custom.vip-extended' }, 'de-DE').text}`);
  lines.push('');
  const draft = 'Vielen Dank für Ihre Geduld! Wir haben dir 49,99 € erstattet!! 😊';
  lines.push(`lint "${draft}" (de-DE, formal):`);
  for (const f of lintReply(draft, { locale: 'de-DE', register: 'formal' })) {
    lines.push(`  ${f.start}–${f.end} ${f.code}: ${f.message}`);
  }
  const persian = 'سفارش A-1042 ارسال شد';
  lines.push(`isolateBidi: ${JSON.stringify(isolateBidi(persian))}`);
  return lines.join('\n');
}
