import { allocate, convert, format, fromDecimal, money, sum, toDecimal } from '@meridian-cx/core';

export const title = 'core: exact money across currencies and locales';

export default function section(): string {
  const lines: string[] = [];
  // A Warsaw order: three lines and a 10.00 zł order-level voucher, prorated by line value.
  const prices = [money(12_999, 'PLN'), money(4_900, 'PLN'), money(1_999, 'PLN')];
  const voucher = fromDecimal('10.00', 'PLN');
  const shares = allocate(
    voucher,
    prices.map((p) => p.amount),
  );
  lines.push('Order in PLN, voucher of 10.00 zł split across lines by value:');
  prices.forEach((p, i) => {
    const share = shares[i] ?? money(0, 'PLN');
    lines.push(
      `  line ${i + 1}: ${format(p, 'pl-PL').padStart(12)}  voucher −${format(share, 'pl-PL')}`,
    );
  });
  lines.push(`  voucher shares add up to ${toDecimal(sum(shares, 'PLN'))} PLN: no grosz lost`);
  const total = sum(prices, 'PLN');
  lines.push('\nThe same order total shown to customers elsewhere (explicit rates, half-even):');
  const targets = [
    { to: 'JPY', rate: '37.41', locale: 'ja-JP' },
    { to: 'IRR', rate: '10512.5', locale: 'fa-IR' },
    { to: 'KWD', rate: '0.0778', locale: 'ar-KW' },
  ] as const;
  for (const t of targets) {
    const converted = convert(total, { to: t.to, rate: t.rate, rounding: 'half-even' });
    lines.push(`  ${t.locale.padEnd(6)} ${format(converted, t.locale)}`);
  }
  return lines.join('\n');
}
