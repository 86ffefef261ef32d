// Six national ids that went out whole (T38c, issue #14): Chile's RUT/RUN, Argentina's
// CUIT/CUIL, Canada's SIN, Ireland's PPSN, Croatia's OIB and Hong Kong's HKID. Each goes after its
// label in its market's languages; the RUT dotted with its dash and check, the CUIT dashed 2-8-1
// and the HKID with its check in brackets go without one; every other print needs its label, as
// each check passes one random body in 10 to 23. Order numbers, amounts, dates and postcodes stay.
// Every sample is synthetic, its check computed in checks/nationalIds4.ts; the published examples
// are the press's RUT 12.345.678-5, python-stdnum's PPSN 6433435F/6433435OA, Service Canada's
// guide's SIN 130 692 544 and the HKIDs E364912(5) and D288754(2).
import { BUILT_IN_ENTITY_TYPES, type Finding, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const typesIn = (findings: readonly Finding[]) => findings.map((f) => f.type);
const TYPES = ['cl-rut', 'ar-cuit', 'ca-sin', 'ie-ppsn', 'hr-oib', 'hk-hkid'];

describe('each id after its label goes as its type', () => {
  it.each([
    // Chile: the RUT's names, its prints; "RUN" alone in Chile; the K check glued or dashed.
    ['es-CL', 'Mi RUT es 12.345.678-5', 'Mi RUT es [CL_RUT]', 'cl-rut'],
    ['es-CL', 'RUT: 12345678-5', 'RUT: [CL_RUT]', 'cl-rut'],
    ['es-CL', 'rut 123456785 gracias', 'rut [CL_RUT] gracias', 'cl-rut'],
    ['es-CL', 'Rol Único Tributario: 16.000.021-K', 'Rol Único Tributario: [CL_RUT]', 'cl-rut'],
    ['es-CL', 'mi RUN es 16000021-k', 'mi RUN es [CL_RUT]', 'cl-rut'],
    ['es-CL', 'RUN 16000021K', 'RUN [CL_RUT]', 'cl-rut'],
    ['es-CL', 'RUT 7654321-6', 'RUT [CL_RUT]', 'cl-rut'],
    // Argentina: CUIT and CUIL, unbroken, spaced, after "N°".
    ['es-AR', 'CUIT 20-12345678-6', 'CUIT [AR_CUIT]', 'ar-cuit'],
    ['es-AR', 'mi CUIL es 27345678900', 'mi CUIL es [AR_CUIT]', 'ar-cuit'],
    ['es-AR', 'CUIT N° 30712345671', 'CUIT N° [AR_CUIT]', 'ar-cuit'],
    ['es-AR', 'CUIL: 20 45678901 4', 'CUIL: [AR_CUIT]', 'ar-cuit'],
    [
      'es-AR',
      'Clave Única de Identificación Tributaria 20123456786',
      'Clave Única de Identificación Tributaria [AR_CUIT]',
      'ar-cuit',
    ],
    // Canada: English and French, its three prints; "SIN" alone in English too.
    ['en-CA', 'My SIN is 130 692 544', 'My SIN is [CA_SIN]', 'ca-sin'],
    ['en-US', 'SIN: 423-456-789', 'SIN: [CA_SIN]', 'ca-sin'],
    ['en-US', 'My SIN is 130 692 544', 'My SIN is [CA_SIN]', 'ca-sin'],
    ['en-CA', 'social insurance number 712345677', 'social insurance number [CA_SIN]', 'ca-sin'],
    ['fr-CA', 'NAS : 912 345 675', 'NAS : [CA_SIN]', 'ca-sin'],
    [
      'fr-CA',
      "Mon numéro d'assurance sociale est 567890124",
      "Mon numéro d'assurance sociale est [CA_SIN]",
      'ca-sin',
    ],
    // Ireland: English and Irish; the second letter of 2013 on, the old W.
    ['en-IE', 'PPS number 6433435F', 'PPS number [IE_PPSN]', 'ie-ppsn'],
    ['en-IE', 'My PPSN: 6433435OA', 'My PPSN: [IE_PPSN]', 'ie-ppsn'],
    ['en-IE', 'PPS no. 1234567TW', 'PPS no. [IE_PPSN]', 'ie-ppsn'],
    ['ga-IE', 'Uimhir PSP: 1234567FA', 'Uimhir PSP: [IE_PPSN]', 'ie-ppsn'],
    [
      'en-GB',
      'personal public service number 7654321g',
      'personal public service number [IE_PPSN]',
      'ie-ppsn',
    ],
    // Croatia: OIB and its name, in its cases.
    ['hr-HR', 'Moj OIB je 12345678903.', 'Moj OIB je [HR_OIB].', 'hr-oib'],
    ['hr-HR', 'OIB: 69435151530', 'OIB: [HR_OIB]', 'hr-oib'],
    [
      'hr-HR',
      'osobni identifikacijski broj 32012345672',
      'osobni identifikacijski broj [HR_OIB]',
      'hr-oib',
    ],
    ['en-GB', 'Croatian OIB 69435151530 please', 'Croatian OIB [HR_OIB] please', 'hr-oib'],
    // Hong Kong: English and Chinese; glued check after its label; "ID number" in Hong Kong.
    ['zh-HK', '香港身份證號碼：Z765432(5)', '香港身份證號碼：[HKID]', 'hk-hkid'],
    ['zh-HK', '身份證號碼 A1234563', '身份證號碼 [HKID]', 'hk-hkid'],
    ['en-HK', 'HKID AB987654(3)', 'HKID [HKID]', 'hk-hkid'],
    ['en-HK', 'ID number K1234560', 'ID number [HKID]', 'hk-hkid'],
    // Its check A glued.
    ['zh-HK', 'HKID J861370A', 'HKID [HKID]', 'hk-hkid'],
  ])('%s %s', (locale, text, redacted, type) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(redacted);
    expect(typesIn(out.findings)).toEqual([type]);
  });
});

describe('a print only the id has names it without a label', () => {
  it.each([
    ['es-CL', 'es el 12.345.678-5, gracias', 'es el [CL_RUT], gracias', 'cl-rut'],
    // "envío" (a shipment, and "I send") vetoes none of these prints (idGaps.test.ts, 2 and 7).
    ['en-US', 'here: 9.868.503-0', 'here: [CL_RUT]', 'cl-rut'],
    ['es-CL', 'es el 16.000.035-K', 'es el [CL_RUT]', 'cl-rut'],
    ['es-AR', 'te paso 20-12345678-6', 'te paso [AR_CUIT]', 'ar-cuit'],
    ['en-US', 'card E364912(5) ok', 'card [HKID] ok', 'hk-hkid'],
    ['zh-HK', '我的是D288754(2)', '我的是[HKID]', 'hk-hkid'],
    ['en-GB', 'it is A123456 (3)', 'it is [HKID]', 'hk-hkid'],
  ])('%s %s', (locale, text, redacted, type) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(redacted);
    expect(typesIn(out.findings)).toEqual([type]);
  });
});

describe('look-alikes stay', () => {
  it.each([
    // A wrong check after the label.
    ['es-CL', 'RUT 12.345.678-4'],
    ['es-CL', 'RUT 16000021-9'],
    ['es-AR', 'CUIT 20-12345678-7'],
    // A CUIT's type no CUIT has (21), its check holding for the digits.
    ['es-AR', 'CUIT 21-12345678-3'],
    ['en-CA', 'SIN 130 692 545'],
    // A SIN led by 8 or 0 ("Not used"), Luhn's digit holding.
    ['en-CA', 'SIN 812345674'],
    ['en-CA', 'SIN 012345674'],
    ['en-IE', 'PPS 6433435E'],
    ['en-IE', 'PPSN 6433435VH'],
    ['hr-HR', 'OIB 69435151531'],
    ['en-HK', 'HKID A123456(4)'],
    // Bare, with no label: an order's number, in the id's country too.
    ['es-CL', 'Mi pedido es 123456785'],
    ['es-CL', 'boleta 12345678-5'],
    ['es-AR', 'Mi pedido 20123456786 no llegó'],
    ['en-CA', 'Order 130 692 544'],
    ['en-CA', 'Reference 130692544'],
    ['en-CA', '130-692-544'],
    ['en-IE', 'item 6433435F'],
    ['en-IE', 'order 1234567T'],
    ['hr-HR', 'broj narudžbe 69435151530'],
    ['hr-HR', 'Račun 12345678903'],
    ['en-US', 'A1234563'],
    // Its print after an order's word.
    ['es-CL', 'Pedido 12.345.678-5'],
    ['es-AR', 'pedido 20-12345678-6'],
    ['en-HK', 'order A123456(3)'],
    // Glued to a code.
    ['en-US', 'SKU-A123456(3)'],
    ['en-US', 'REF12.345.678-5'],
    // "sin" is Spanish for "without": a phone after it is no SIN.
    ['es-MX', 'Llámame sin falta al 130 692 544'],
    // "Ruta" (a road) is no RUT.
    ['es-CL', 'Ruta 155096616'],
    // Amounts, dates and postcodes.
    ['es-CL', 'Total $12.345.678'],
    ['es-CL', 'código postal 8320000'],
    ['es-AR', 'vence 20-12-2024'],
    ['hr-HR', 'poštanski broj 10000, iznos 1.234.567,89 EUR'],
    ['en-HK', 'Flat A, 12/F, Block 3'],
  ])('%s %s', (locale, text) => {
    const types = typesIn(redact(text, { locale }).findings);
    for (const t of TYPES) expect(types).not.toContain(t);
  });
});

describe("a phone whose digits pass an id's check stays a phone", () => {
  it.each([
    // A Canadian phone is ten digits; an Argentine mobile 11 2345-6789: no id's shape.
    ['en-CA', 'Call me at 613-555-0199', 'Call me at [PHONE]'],
    ['es-AR', 'Mi celular es 11 2345-6789', 'Mi celular es [PHONE]'],
  ])('%s %s', (locale, text, redacted) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(redacted);
    expect(typesIn(out.findings)).toEqual(['phone']);
  });
});

describe('the built-in types', () => {
  it('name the six', () => {
    for (const t of TYPES) expect(BUILT_IN_ENTITY_TYPES).toContain(t);
  });
});
