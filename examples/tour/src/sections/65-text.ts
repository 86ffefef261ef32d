import { mojibake, normalizePersian, repairText } from '@meridian-cx/tone/text';

export const title = 'tone: repairing what a wrong code page did to a message';

// The opening of the Polish seed guide, as a customer wrote it. The pipeline it came through read
// its UTF-8 bytes as GBK: we make that mojibake here, at run time, the way the pipeline did.
const POLISH =
  'Dzień dobry! Dziękujemy za kontakt z działem obsługi klienta. ' +
  'Zwrot pieniędzy nastąpi w ciągu czternastu dni od otrzymania przesyłki.';

// A Persian message typed on an Arabic keyboard, every ZWNJ lost.
const PERSIAN = 'سلام، ما كتابها را امروز ميفرستيم و هزينه ها را تا دو روز ديگر پس ميدهيم.';

export default function section(): string {
  const lines: string[] = [];
  const broken = mojibake(POLISH, 'gbk');
  const fixed = repairText(broken);
  lines.push('Received (UTF-8 read as GBK):', `  ${broken}`, 'repairText:', `  ${fixed.text}`);
  lines.push(`  restored exactly: ${fixed.text === POLISH}; ${fixed.repairs.length} repairs, e.g.`);
  for (const r of fixed.repairs.slice(0, 3)) {
    lines.push(
      `    "${r.before}" → "${r.after}" (${r.chain.join(' → ')}, confidence ${r.confidence})`,
    );
  }
  const persian = normalizePersian(PERSIAN, { forSearch: true });
  lines.push('\nPersian, typed without ZWNJ on an Arabic keyboard:', `  ${PERSIAN}`);
  lines.push(`normalizePersian (${persian.language}):`, `  ${persian.text}`);
  // ZWNJs are invisible: count them.
  lines.push(
    `  ${persian.changes.filter((c) => c.after === '\u200c').length} ZWNJs restored, ` +
      `${persian.changes.filter((c) => c.rule === 'persian-letters').length} letters made Persian; ` +
      `rules: ${[...new Set(persian.changes.map((c) => c.rule))].join(', ')}`,
  );
  return lines.join('\n');
}
