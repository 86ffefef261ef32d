// Four national ids a global desk meets every day that went out whole (T36a, issue #14): the
// Chinese resident identity card number, the Swedish personnummer, the Romanian CNP and the Thai
// national id. Each goes after its label in every shape and digit script it is written in, stays
// with a wrong check, and, where its check is weak, stays bare: order numbers keep their digits.
// Every sample's check is computed in checks/nationalIds2.ts from its source; the official ones
// are GB 11643's 11010519491231002X, Skatteverket's 811228-9874 and 701063-2391.
import { BUILT_IN_ENTITY_TYPES, type Finding, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const typesIn = (findings: readonly Finding[]) => findings.map((f) => f.type);

describe('each id after its label goes as its type', () => {
  it.each([
    // Chinese: the X check character glued, fullwidth (digits and Ｘ), lower case; a digit check;
    // the label glued (Han words start anywhere), spaced 6 8 4 after its label.
    ['zh-CN', '身份证号 11010519491231002X', '身份证号 [CN_RIC]', 'cn-ric'],
    ['zh-CN', '身份证号：１１０１０５１９４９１２３１００２Ｘ', '身份证号：[CN_RIC]', 'cn-ric'],
    ['zh-CN', '我的身份证号是11010519491231002x。', '我的身份证号是[CN_RIC]。', 'cn-ric'],
    ['zh-CN', '公民身份号码 440524198001010013', '公民身份号码 [CN_RIC]', 'cn-ric'],
    ['zh-TW', '身份證 110105 19491231 002X', '身份證 [CN_RIC]', 'cn-ric'],
    ['en-US', 'Chinese ID 440524198001010013 please', 'Chinese ID [CN_RIC] please', 'cn-ric'],
    // Swedish: YYMMDD-NNNC, unbroken, with the century, a samordningsnummer (day + 60), "+" at 100.
    ['sv-SE', 'personnummer 811228-9874', 'personnummer [SE_PIN]', 'se-pin'],
    ['sv-SE', 'Mitt personnr är 8112289874.', 'Mitt personnr är [SE_PIN].', 'se-pin'],
    ['sv-SE', 'Personnummer: 19811228-9874', 'Personnummer: [SE_PIN]', 'se-pin'],
    ['en-US', 'samordningsnummer 701063-2391', 'samordningsnummer [SE_PIN]', 'se-pin'],
    ['sv-SE', 'personnummer 811228+9874', 'personnummer [SE_PIN]', 'se-pin'],
    ['sv-SE', 'personnummer 811228 9874', 'personnummer [SE_PIN]', 'se-pin'],
    // Romanian: after "CNP", "cod numeric personal"; 7-9 for residents and foreigners.
    ['ro-RO', 'CNP 1800101221144', 'CNP [RO_CNP]', 'ro-cnp'],
    [
      'ro-RO',
      'Codul numeric personal: 2990101400050',
      'Codul numeric personal: [RO_CNP]',
      'ro-cnp',
    ],
    ['en-GB', 'my CNP is 1040229319996', 'my CNP is [RO_CNP]', 'ro-cnp'],
    // Thai: printed 1-4-5-2-1, unbroken, in Thai digits, spaced after its label.
    ['th-TH', 'เลขบัตรประชาชน 1-1037-02071-81-1', 'เลขบัตรประชาชน [TH_ID]', 'th-id'],
    ['th-TH', 'เลขบัตรประชาชน 1103702071811', 'เลขบัตรประชาชน [TH_ID]', 'th-id'],
    ['th-TH', 'เลขบัตรประชาชน ๑-๑๐๓๗-๐๒๐๗๑-๘๑-๑', 'เลขบัตรประชาชน [TH_ID]', 'th-id'],
    // Spaced from the words around it: a Thai letter glued to a number still reads as a code's
    // (context.ts SPACELESS holds Han, kana and Hangul, not Thai), for every recognizer.
    ['th-TH', 'เลขประจำตัวประชาชน ๑๑๐๓๗๐๒๐๗๑๘๑๑ ค่ะ', 'เลขประจำตัวประชาชน [TH_ID] ค่ะ', 'th-id'],
    ['th-TH', 'บัตรประชาชน 1 1037 02071 81 1', 'บัตรประชาชน [TH_ID]', 'th-id'],
    ['th-TH', 'My Thai ID is 3012304567082', 'My Thai ID is [TH_ID]', 'th-id'],
  ])('%s %s', (locale, text, redacted, type) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(redacted);
    expect(typesIn(out.findings)).toEqual([type]);
  });
});

describe('a shape only the id has, or its country, names it without a label', () => {
  it.each([
    // Strong checks (a date and a check digit): bare in their country, as a PESEL is.
    ['zh-CN', '请核对 11010519491231002X 谢谢', '请核对 [CN_RIC] 谢谢', 'cn-ric'],
    ['sv-SE', 'Det är 811228-9874, tack', 'Det är [SE_PIN], tack', 'se-pin'],
    ['sv-SE', 'Det är 811228+9874, tack', 'Det är [SE_PIN], tack', 'se-pin'],
    ['ro-RO', 'Vă rog verificați 1800101221144', 'Vă rog verificați [RO_CNP]', 'ro-cnp'],
    // The card's print 1-4-5-2-1 is the Thai id's alone: anywhere.
    ['en-US', 'here: 1-1037-02071-81-1', 'here: [TH_ID]', 'th-id'],
  ])('%s %s', (locale, text, redacted, type) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(redacted);
    expect(typesIn(out.findings)).toEqual([type]);
  });
});

describe('look-alikes stay', () => {
  it.each([
    // A wrong check, no date, a county no CNP has, a first digit no id has.
    ['zh-CN', '身份证号 110105194912310021'],
    ['zh-CN', '身份证号 110105194913310021'],
    ['sv-SE', 'personnummer 811228-9875'],
    ['sv-SE', 'personnummer 811328-9873'],
    ['ro-RO', 'CNP 1800101221145'],
    ['ro-RO', 'CNP 1800101531145'],
    ['th-TH', 'เลขบัตรประชาชน 1-1037-02071-81-2'],
    ['th-TH', 'เลขบัตรประชาชน 9-1037-02071-81-7'],
    // Valid, but bare outside their country: a date-led reference, a thirteen-digit number.
    ['en-US', 'see 811228-9874'],
    ['en-US', 'ref 1800101221144'],
    ['en-US', '11010519491231002X'],
    // The Thai check passes one run of thirteen in twelve: bare, it needs its label in Thailand too.
    ['th-TH', 'เลขที่ 1103702071811'],
    // After an order's word, unbroken or printed, in their country too.
    ['zh-CN', '订单号 11010519491231002X'],
    ['sv-SE', 'Ordernummer 811228-9874'],
    ['ro-RO', 'Comanda nr. 1800101221144'],
    ['en-US', 'order 1-1037-02071-81-1'],
    // Glued to a code.
    ['zh-CN', 'SKU-11010519491231002X'],
    ['sv-SE', 'ART811228-9874'],
  ])('%s %s', (locale, text) => {
    const types = typesIn(redact(text, { locale }).findings);
    for (const t of ['cn-ric', 'se-pin', 'ro-cnp', 'th-id']) expect(types).not.toContain(t);
  });
});

describe("a phone whose digits pass an id's check stays a phone", () => {
  it.each([
    // A Swedish mobile: 070128 reads as a date (2007-01-28) and Luhn's digit holds; the phone's
    // reading (a trunk 0, 0.8 and more) outweighs the bare personnummer's (0.7).
    ['sv-SE', '0701289993', '[PHONE]'],
    ['sv-SE', 'Ring mig på 0701289993', 'Ring mig på [PHONE]'],
    ['sv-SE', 'Mitt nummer är 070-128 9993', 'Mitt nummer är [PHONE]'],
  ])('%s %s', (locale, text, redacted) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(redacted);
    expect(typesIn(out.findings)).toEqual(['phone']);
  });
});

describe('the built-in types', () => {
  it('name the four', () => {
    for (const t of ['cn-ric', 'se-pin', 'ro-cnp', 'th-id'])
      expect(BUILT_IN_ENTITY_TYPES).toContain(t);
  });
});
