import { describe, expect, it } from 'vitest';
import { RUN_UNITS } from './budget.js';
import { DEFAULT_PAGES, decodeWith, encoderFor } from './codePages.js';
import { loneSigns, SIGN_CHARS } from './loneSign.js';
import { repairText } from './repairText.js';

describe('lone signs (loneSign.ts)', () => {
  it("lists each page's characters whose two bytes are a sign's UTF-8, as the page writes them", () => {
    const signs = '°±£¥¢©®½¼¾×÷²³µ§';
    for (const page of DEFAULT_PAGES) {
      const enc = encoderFor(page);
      let list = '';
      for (const sign of signs) {
        const bytes = new TextEncoder().encode(sign);
        const c = enc.doubleByte ? decodeWith(bytes, page) : '';
        const back = enc.encode(c.charCodeAt(0));
        if (c.length === 1 && back?.length === 2 && back[0] === bytes[0] && back[1] === bytes[1])
          list += c + sign;
      }
      const sorted = (l: string): string[] => (l.match(/../gu) ?? []).sort();
      expect(sorted(SIGN_CHARS[page] ?? ''), page).toEqual(sorted(list));
    }
  });

  it('reads a lone Han beside digits, with no other CJK in its line, as the sign it broke from', () => {
    // "°" and "±" through GBK, "£" and "½" through Big5, "©" and "¥" through EUC-JP.
    expect(repairText('Temperature: 21 掳C 卤 0,5 掳C').text).toBe('Temperature: 21 °C ± 0,5 °C');
    expect(repairText('Price: 12 瞿 簣 0,5 簞 翻').text).toBe('Price: 12 £ ± 0,5 ° ½');
    expect(repairText('息 2026 Meridian 促980').text).toBe('© 2026 Meridian ¥980');
    const r = repairText('21 掳C 脳 2 卤 1');
    expect(r.text).toBe('21 °C × 2 ± 1');
    expect(r.repairs.map((x) => [x.before, x.after, x.chain.join('>'), x.applied])).toEqual([
      ['掳', '°', 'gbk', true],
      ['脳', '×', 'gbk', true],
      ['卤', '±', 'gbk', true],
    ]);
  });

  it('reads one in a field with no other CJK, where a repair through the same page was applied', () => {
    expect(repairText('附件：Facture_n掳12_Soci茅t茅.pdf').text).toBe(
      '附件：Facture_n°12_Société.pdf',
    );
    // Without the field's own repair the Chinese of the line holds it as it is.
    expect(repairText('附件：Facture_n掳12.pdf').changed).toBe(false);
  });

  it('leaves Chinese, Japanese and Korean beside digits and Latin words as they are', () => {
    for (const t of [
      'iPhone 15 Pro 手机壳',
      '第3号',
      'A区3号',
      '約5分',
      '5個',
      '卤肉饭 2份',
      '价格 12 卤',
      '12 卤\n卤肉饭 一份',
      'Meridian 卤 shop',
      '3楼 12元',
      '3楼',
      'Room 5, 12楼',
      '12째 주',
      'ﾃｨｯｼｭ 5箱 ¥398',
    ]) {
      expect(repairText(t)).toMatchObject({ text: t, changed: false });
    }
  });

  it('reads no currency sign glued after a digit, where Chinese writes its counters', () => {
    // "楼" (a floor) is "¥" through GBK: "3楼" is the third floor; "楼980" is "¥980".
    expect(repairText('3楼').changed).toBe(false);
    expect(repairText('Total 楼980').text).toBe('Total ¥980');
  });

  it('reads no sign written after numbers glued before a digit no digit precedes', () => {
    // "他" (he) is "¾" through EUC-JP: "他22" is no "¾22" (cjkField.prop, FC_SEED=602615999).
    for (const t of ['他22', 'Size 他22 ok', '戮1漏']) expect(repairText(t).changed).toBe(false);
    // After a digit the fraction is where it belongs: "2戮" (GBK) is "2¾".
    expect(repairText('Size 2戮 ok').text).toBe('Size 2¾ ok');
  });

  it('reads no micro sign glued before a digit: a prefix goes on a unit ("µm"), not a number', () => {
    // "碌" (busy, as in 忙碌) is "µ" through GBK, "袖" through EUC-JP, "繕" through Big5, "쨉"
    // through EUC-KR: "碌5" was "µ5" (cjkField.prop, FC_SEED=1579213620).
    for (const t of ['碌5', '袖5', '繕5', '쨉5', '1 碌5', 'Size 碌12 ok'])
      expect(repairText(t).changed).toBe(false);
    // Before its unit, after a number, it is read as it was.
    expect(repairText('Filter 5 碌m').text).toBe('Filter 5 µm');
    expect(repairText('Filter 5碌m').text).toBe('Filter 5µm');
  });

  it('reads no degree sign glued before a digit unless a letter precedes it ("n°12")', () => {
    // "째" (the Korean ordinal suffix) is "°" through EUC-KR, "掳" through GBK, "簞" through Big5,
    // "属" through EUC-JP: "째1" was "°1" (cjkField.prop, FC_SEED=8675309, session 47).
    for (const t of ['째1', '掳1', '簞12', '属5', 'Size 째1 ok', '(째2)'])
      expect(repairText(t).changed).toBe(false);
    // After a digit, or after the "n" of a number sign, it is read as it was.
    expect(repairText('45째12').text).toBe('45°12');
    expect(repairText('Facture n掳12').text).toBe('Facture n°12');
    expect(repairText('Temp 21째').text).toBe('Temp 21°');
  });

  it('reads no degree, micro or fraction sign spaced before a number no number precedes', () => {
    // Clean CJK beside a number, changed on main (session 47's note, cjkField.prop's fields):
    // "째 1" (EUC-KR's "°"), "쨉 1" ("µ"), "陆 2" (GBK's "½", and "six" in financial numerals).
    for (const t of [
      '째 1',
      '掳 1',
      '簞 12',
      '属 5',
      '(째 2)',
      '쨉 1',
      '碌 5',
      '繕 12',
      '袖 1',
      '陆 2',
      '쩍 1',
    ])
      expect(repairText(t), t).toMatchObject({ text: t, changed: false });
    // After a number, or after the "n" of a number sign, or glued to its unit, they are read.
    expect(repairText('Facture n째 12').text).toBe('Facture n° 12');
    expect(repairText('45 째 12').text).toBe('45 ° 12');
    expect(repairText('Filter 5 쨉m').text).toBe('Filter 5 µm');
    expect(repairText('Size 2 陆').text).toBe('Size 2 ½');
    expect(repairText('Area m虏 12').text).toBe('Area m² 12');
  });

  it('reads a copyright sign beside a number only before a year ("© 2026")', () => {
    // "짤" (EUC-KR), "漏" (GBK: leak), "穢" (Big5), "息" (EUC-JP: breath) are "©".
    for (const t of ['짤1', '짤 12', '漏1', '穢12', '息 1', '12 짤'])
      expect(repairText(t), t).toMatchObject({ text: t, changed: false });
    expect(repairText('짤 2024 Meridian').text).toBe('© 2024 Meridian');
    expect(repairText('漏2026 Meridian').text).toBe('©2026 Meridian');
    expect(repairText('짤 1999-2026').text).toBe('© 1999-2026');
  });

  it('reads no division sign opening a text of no Latin letter ("첨1" stays Korean)', () => {
    // "첨" (as in 첨부, attachment) is "÷" through EUC-KR, "梅" (plum) through GBK.
    for (const t of ['첨1', '첨 1', '梅1', '繩 2', '歎1', '(첨 2)'])
      expect(repairText(t), t).toMatchObject({ text: t, changed: false });
    // Between two numbers, or where the text is Latin (a Danish minus: "÷10 %"), it is read.
    expect(repairText('Price 3 첨 4').text).toBe('Price 3 ÷ 4');
    expect(repairText('12 梅 4').text).toBe('12 ÷ 4');
    expect(repairText('Rabat 梅10 %').text).toBe('Rabat ÷10 %');
  });

  it('reads every sign of a text through one page, or none', () => {
    // "掳" is a sign through GBK only, "翻" through Big5 only: no page reads both.
    expect(repairText('21 掳C 翻').changed).toBe(false);
  });

  it('gives back its output unchanged when called on it again', () => {
    for (const t of ['Temperature: 21 掳C 卤 0,5 掳C', '附件：Facture_n掳12_Soci茅t茅.pdf']) {
      const once = repairText(t).text;
      expect(repairText(once)).toMatchObject({ text: once, changed: false });
    }
  });

  it('charges the work budget 2 × RUN_UNITS a sign (a run and its span), and once it is spent reads no sign after', () => {
    const encoders = DEFAULT_PAGES.map(encoderFor);
    const text = 'Temperature: 21 掳C 卤 0,5 掳C';
    expect(loneSigns(text, encoders).map((s) => s.at)).toEqual([16, 19, 25]);
    const ample = { left: 100 };
    expect(loneSigns(text, encoders, undefined, ample)).toHaveLength(3);
    expect(ample).toEqual({ left: 100 - 3 * 2 * RUN_UNITS });
    // The sign that spends it is read, and the budget says the text was left short.
    const some: { left: number; short?: boolean } = { left: 2 * RUN_UNITS + 1 };
    expect(loneSigns(text, encoders, undefined, some).map((s) => s.at)).toEqual([16, 19]);
    expect(some.short).toBe(true);
    const spent: { left: number; short?: boolean } = { left: 0 };
    expect(loneSigns(text, encoders, undefined, spent)).toEqual([]);
    expect(spent.short).toBe(true);
  });
});
