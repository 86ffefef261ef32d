// An order with an order-level discount: split the discount across the lines in proportion to
// their value (no cent lost), add VAT per line, and show the prices to customers in three locales.
import {
  add,
  allocate,
  convert,
  format,
  type Money,
  money,
  multiply,
  subtract,
  sum,
  toDecimal,
} from '@meridian-cx/core';

type Line = { sku: string; name: string; net: Money<'EUR'> };

const lines: Line[] = [
  { sku: 'JKT-042', name: 'Rain jacket', net: money(8_990, 'EUR') },
  { sku: 'BTL-007', name: 'Steel bottle', net: money(1_995, 'EUR') },
  { sku: 'SCK-113', name: 'Wool socks (3)', net: money(1_499, 'EUR') },
];
const discount = money(1_500, 'EUR'); // a €15.00 voucher on the whole order
const vatRate = '0.19';

const shares = allocate(
  discount,
  lines.map((l) => l.net.amount),
);

console.log('Order lines after a €15.00 voucher, prorated by value, VAT 19% per line\n');
const gross: Money<'EUR'>[] = [];
lines.forEach((line, i) => {
  const share = shares[i] ?? money(0, 'EUR');
  const net = subtract(line.net, share);
  const vat = multiply(net, vatRate, { rounding: 'half-even' });
  const total = add(net, vat);
  gross.push(total);
  console.log(
    `${line.sku}  ${line.name.padEnd(16)} ${format(line.net, 'en-IE').padStart(8)}  −${format(share, 'en-IE').padStart(6)}  +VAT ${format(vat, 'en-IE').padStart(6)}  = ${format(total, 'en-IE').padStart(8)}`,
  );
});
const orderTotal = sum(gross, 'EUR');
console.log(
  `\nVoucher shares: ${shares.map((s) => toDecimal(s)).join(' + ')} = ${toDecimal(sum(shares, 'EUR'))}`,
);
console.log(`Order total: ${format(orderTotal, 'en-IE')}\n`);

// The same total for customers in Germany, Japan and Iran, at explicit rates.
const views = [
  { locale: 'de-DE', value: orderTotal as Money },
  {
    locale: 'ja-JP',
    value: convert(orderTotal, { to: 'JPY', rate: '161.25', rounding: 'half-even' }),
  },
  {
    locale: 'fa-IR',
    value: convert(orderTotal, { to: 'IRR', rate: '45890.5', rounding: 'half-even' }),
  },
];
for (const v of views) console.log(`${v.locale}: ${format(v.value, v.locale)}`);
