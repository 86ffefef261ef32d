import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { encoderFor } from './codePages.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// Thai read as Windows-874 (TIS-620 with Windows' signs): every Thai letter U+0E01-U+0E5B is
// E0 B8 xx or E0 B9 xx in UTF-8, and 0xE0 is "เ", 0xB8 "ธ", 0xB9 "น" in that page, so "สวัสดี"
// comes back as "เธชเธงเธฑเธชเธ”เธต". Windows-874 leaves 0x81-0x84, 0x86-0x90 and 0x98-0x9F
// undefined (the third byte of "ก"-"ค", "ฆ"-"ฐ", "ธ"-"ฟ"): its browser (WHATWG) variant writes
// them as C1 controls and keeps every byte; the strict decoder writes U+FFFD and loses them.

const THAI = [
  'สวัสดีครับ ยังไม่ได้รับสินค้าเลยครับ',
  'ขอบคุณที่ติดต่อเรา คำสั่งซื้อของคุณถูกจัดส่งแล้ว',
  'เธอบอกว่าเธียรชัยจะโอนเงินคืนให้ภายในสิบสี่วัน',
  'รถส่งของมาถึงกรุงเทพมหานครแล้ว ๑,๒๐๐ บาท',
];

// Clean Thai where "เธ" and "เน" are real Thai ("เธอ" she, "เธียร" a name, "เนื้อ", "เนกไท"), and
// where a consonant pair is valid UTF-8 in Windows-874 ("รถ" is C3 B6, "ö"; "ยก" is C2 A1, "¡").
const CLEAN = [
  'เธอ',
  'เธียร',
  'เธอไปไหนมา',
  'คุณเธียรชัย เธอบอกว่ารถเสีย',
  'เนื้อวัว เนกไท เนย',
  'รถ ยก ลง สก',
  'สวัสดีค่ะ เธอชื่ออะไร',
  'ธนาคารกรุงเทพ เลขที่ 123-4-56789-0',
  'Order #5512: คุณเธอ, Bangkok',
  // "ูก" is D9 A1, UTF-8 for "١": before a tone mark it was read so (never-seen stream, seed 11).
  'ดูก่อน ดูกัน ปลูก่อน ดูก็ได้',
  'คำสั่งซื้อของคุณถูก่งแล้ว',
  // The obsolete "ฃ" and "ฅ" (cost 3 since T56e) on an alphabet chart and in a publisher's
  // conservative spelling ("ฃวด", "ฅน"): no group of Windows-874 holds them here.
  'ก ข ฃ ค ฅ ฆ ง',
  'ฃวด ฅน ฅนไฟบิน',
];

describe('Thai through Windows-874', () => {
  it('names the bytes Windows-874 leaves undefined: C1 controls in the browser variant', () => {
    const e = encoderFor('windows-874');
    const undefinedBytes: number[] = [];
    for (let b = 0x80; b < 0x100; b++) if (e.isBrowserSlot(b)) undefinedBytes.push(b);
    expect(undefinedBytes).toEqual([
      0x81, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90,
      0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
    ]);
  });

  it('restores the well-known "เธชเธงเธฑเธชเธ”เธต"', () => {
    expect(mojibake('สวัสดี', 'windows-874')).toBe('เธชเธงเธฑเธชเธ”เธต');
    const r = repairText('เธชเธงเธฑเธชเธ”เธต');
    expect(r.text).toBe('สวัสดี');
    expect(r.repairs[0]?.chain).toEqual(['windows-874']);
  });

  it('restores Thai broken whole (browser variant, every byte kept)', () => {
    for (const t of THAI) expect(repairText(mojibake(t, 'windows-874')).text, t).toBe(t);
  });

  it('restores one broken Thai field in clean English text and beside clean Thai', () => {
    for (const t of THAI.slice(0, 2)) {
      const broken = mojibake(t, 'windows-874');
      expect(repairText(`Customer wrote: ${broken} (order 5512)`).text).toBe(
        `Customer wrote: ${t} (order 5512)`,
      );
      expect(repairText(`ลูกค้า: สมชาย ใจดี\nข้อความ: ${broken}`).text).toBe(
        `ลูกค้า: สมชาย ใจดี\nข้อความ: ${t}`,
      );
    }
    expect(repairText(`คุณเธอ ${mojibake('สมชาย ใจดี', 'windows-874')} ครับ`).text).toBe(
      'คุณเธอ สมชาย ใจดี ครับ',
    );
  });

  it('gives strict (lossy) Thai back no worse: only the lost bytes stay lost', () => {
    for (const t of THAI) {
      const broken = mojibake(t, 'windows-874', 'strict');
      const out = repairText(broken).text;
      expect(out.length).toBeLessThan(broken.length);
      // Each lost byte costs at most its own character: the rest of the text is Thai again.
      expect(out.replace(/\ufffd/g, '').length).toBeGreaterThan(0);
    }
  });

  it('leaves clean Thai alone, with "เธอ", "เธียร" and consonant pairs that are valid UTF-8', () => {
    for (const t of CLEAN) expect(repairText(t).changed, t).toBe(false);
  });

  const word = fc.constantFrom(
    'ขอบคุณ',
    'คำสั่งซื้อ',
    'สินค้า',
    'คืนเงิน',
    'จัดส่ง',
    'เธอ',
    'เธียร',
    'วันนี้',
    'ครับ',
    'ค่ะ',
    'ธนาคาร',
    'บาท',
    'ดูก่อน',
    'ลูกค้า',
    'รถ',
  );
  // "รถ" (a car) alone was left until T56e: "เธฃเธ–" cost nothing (Thai letters glued to Thai
  // letters, and "–", Windows-874's 0x96, the last byte of "ถ", is free beside letters: "A–Z"), so
  // the repair gained 0 where 3 is the least applied. Its "ฃ" is 0xA3, the last byte of "ร" (and
  // "ฅ" 0xA5 of "ล"): letters no word of today's Thai holds, each costing 3 (charClass.ts), so
  // a word with "ร" or "ล" gains 3 at least, alone too.
  it('restores a lone "รถ", "ร" or "ล" (was left: nothing in "เธฃเธ–" cost anything)', () => {
    for (const t of ['รถ', 'รถ รถ', 'ร', 'ล', 'ผล', 'ลด'])
      expect(repairText(mojibake(t, 'windows-874')).text, t).toBe(t);
    expect(repairText(mojibake('รถ ครับ', 'windows-874')).text).toBe('รถ ครับ');
  });

  // "ถ" alone ("เธ–"), and "สด", "มด", "ทด", "ถาม" (to ask) were left until T59e: the last byte
  // of "ถ", "ด", "ต", "ท", "ณ" is one of 874's signs (– ” • — “), free after a letter, and Thai
  // letters glued together are free. No Thai word stops at "เธ" or "เน" before such a sign, so
  // that pair costs 3 (cost.ts isThaiRowSign). Left: a lone letter whose last byte is a Thai letter
  // ("ม" is "เธก", three Thai letters) and "ฅ" (obsolete: its reading costs what "เธ…" does).
  it('restores a lone "ถ", "ด", "ต", "ท", "ณ" and words ending or opening with them', () => {
    for (const t of ['ถ', 'ด', 'ต', 'ท', 'ณ', 'สด', 'มด', 'ทด', 'ถาม', 'Re: ถาม', 'สด 123', '๖'])
      expect(repairText(mojibake(t, 'windows-874')).text, t).toBe(t);
    expect(repairText(mojibake('ม', 'windows-874')).text).toBe('เธก');
  });

  it('leaves Thai with quotation marks, dashes and bullets after its own letters', () => {
    for (const t of [
      '“เธอ” บอกว่า',
      'จันทร์–ศุกร์',
      'วัน–เวลา',
      'เขาพูดว่า “คน”',
      '• เน้น • เนย',
      'เธอ—เธียร',
      '‘เน’',
      'ชื่อ “เธ” ครับ',
    ])
      expect(repairText(t).changed, t).toBe(false);
  });

  test.prop([fc.array(word, { minLength: 1, maxLength: 8 })], { numRuns: 150 })(
    'encode → mis-decode (browser) → repair gives Thai back, and clean Thai stays',
    (words) => {
      const text = words.join(' ');
      expect(repairText(text).changed).toBe(false);
      expect(repairText(mojibake(text, 'windows-874')).text).toBe(text);
    },
  );

  // T59e: Thai words ending or opening with "ถ", "ด", "ต", "ท" (whose last byte is a sign of 874),
  // with the marks Thai sets between words (quotation marks, dashes, bullets): clean they stay,
  // broken through Windows-874 they come back.
  const signWord = fc.constantFrom(
    'สด',
    'มด',
    'ถาม',
    'ทุก',
    'ตก',
    'ด่วน',
    'ชุด',
    'บท',
    'เธอ',
    'เนย',
    'วัน',
  );
  const joined = fc
    .array(fc.tuple(fc.oneof(word, signWord), fc.constantFrom(' ', '–', ' – ', ' • ', '—')), {
      minLength: 1,
      maxLength: 6,
    })
    .chain((parts) =>
      fc
        .constantFrom(['', ''], ['“', '”'], ['‘', '’'], ['• ', ''])
        .map(([o, c]) => `${o}${parts.map(([w, sep], k) => (k === 0 ? w : sep + w)).join('')}${c}`),
    );
  test.prop([joined], { numRuns: 150 })(
    'Thai with quotation marks, dashes and bullets stays clean and comes back through 874',
    (text) => {
      expect(repairText(text).changed, text).toBe(false);
      expect(repairText(mojibake(text, 'windows-874')).text).toBe(text);
    },
  );
});
