// Mexico's CURP and CLABE, Ecuador's cédula, Ukraine's RNOKPP, Australia's TFN and Malaysia's
// MyKad number, which the audits of auditLocales2 and auditLocales3 met with no recognizer (T61c,
// issue #14). Messages as customers write them, in each id's language, with the look-alikes that
// stand beside them in those markets (orders, the RFC, phones, ABN and ACN, amounts, dates,
// postcodes, tracking numbers). Every value is synthetic, its check computed by the rule its source
// gives (checks/nationalIds7.ts), but the audit's own samples and the TFN 123 456 782 the
// accountants' notes work through.
import { BUILT_IN_ENTITY_TYPES, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Found = readonly [locale: string, text: string, out: string];
type Kept = readonly [locale: string, text: string];

/** Each text gives `out`, one finding of `type`. */
function found(type: string, rows: readonly Found[]) {
  it.each(rows)('%s %j is %j', (locale, text, out) => {
    const result = redact(text, { locale });
    expect(result.text).toBe(out);
    expect(result.findings.map((f) => f.type)).toContain(type);
  });
}

/** No finding of `type` and (where `value` is given) the value whole in the output. */
function kept(type: string, rows: readonly Kept[], recognizer?: string) {
  it.each(rows)('%s %j', (locale, text) => {
    const { findings } = redact(text, { locale });
    const by =
      recognizer === undefined ? findings.map((f) => f.type) : findings.map((f) => f.recognizer);
    expect(by).not.toContain(recognizer ?? type);
  });
}

describe('Mexico: the CURP', () => {
  found('mx-curp', [
    ['es-MX', 'mi CURP es GOMA900512HDFRRN08', 'mi CURP es [MX_CURP]'],
    ['es-MX', 'CURP: HEGG560427MVZRRL04', 'CURP: [MX_CURP]'],
    [
      'es-MX',
      'Te paso mi curp PERJ850101HJCRRN02 para la factura',
      'Te paso mi curp [MX_CURP] para la factura',
    ],
    ['es-MX', 'curp loZM010915mnlprra5', 'curp [MX_CURP]'],
    ['es-MX', 'la CURP de mi hija es SAHE030228MMCNRNB3', 'la CURP de mi hija es [MX_CURP]'],
    [
      'es-MX',
      'Clave Única de Registro de Población: MAGA750630HDFRRL07',
      'Clave Única de Registro de Población: [MX_CURP]',
    ],
    // In capitals, a print no other string takes: bare, anywhere.
    ['es-MX', 'Hola, ROTM920717HGTDRR00, gracias', 'Hola, [MX_CURP], gracias'],
    ['en-US', 'my Mexican id GOMA900512HDFRRN08', 'my Mexican id [MX_CURP]'],
    ['es-MX', 'nací en el extranjero: XAXX900101XNEXXX03', 'nací en el extranjero: [MX_CURP]'],
    ['es-MX', 'CURP GOMA900512HDFRRN08.', 'CURP [MX_CURP].'],
    ['es-MX', '(GOMA900512HDFRRN08)', '([MX_CURP])'],
    [
      'es-MX',
      'Mi CURP es GOMA900512HDFRRN08 y mi cel 55 1234 5678',
      'Mi CURP es [MX_CURP] y mi cel [PHONE]',
    ],
  ]);
  kept('mx-curp', [
    // A wrong check digit; a state no catalogue holds (XX); a month 13; a sex Q; a vowel where an
    // inner consonant stands.
    ['es-MX', 'CURP GOMA900512HDFRRN09'],
    ['es-MX', 'CURP GOMA900512HXXRRN08'],
    ['es-MX', 'CURP GOMA901312HDFRRN08'],
    ['es-MX', 'CURP GOMA900512QDFRRN08'],
    ['es-MX', 'CURP GOMA900512HDFARN08'],
    // Lower case without its label; the RFC (13 characters); a letter where the century's digit
    // stands before 2000 would give a 2000s date that is none (29 February 2001).
    ['es-MX', 'hola goma900512hdfrrn08'],
    ['es-MX', 'mi RFC es GOMA900512AB1'],
    ['es-MX', 'RFC GOMA900512AB1, régimen 612'],
    ['es-MX', 'CURP SAHE010229MMCNRNB3'],
    // An order's word before it; glued to a code.
    ['es-MX', 'pedido GOMA900512HDFRRN08'],
    ['es-MX', 'SKU-GOMA900512HDFRRN08'],
    // Mercado Libre's orders, a tracking number, an amount, a date, a postcode.
    ['es-MX', 'Pedido Mercado Libre #2000003508419012, guía 7501234567890'],
    ['es-MX', 'Total $1,299.00 MXN el 12/05/1990, CP 06600'],
  ]);
});

describe('Mexico: the CLABE, a bank account', () => {
  found('bank-account', [
    ['es-MX', 'CLABE 002180001234567896', 'CLABE [ACCOUNT]'],
    [
      'es-MX',
      'mi CLABE interbancaria es 012180001183597198',
      'mi CLABE interbancaria es [ACCOUNT]',
    ],
    [
      'es-MX',
      'Deposita a la cuenta CLABE: 014180012345678907',
      'Deposita a la cuenta CLABE: [ACCOUNT]',
    ],
    ['es-MX', 'clabe 072 180 00123456789 7', 'clabe [ACCOUNT]'],
    ['es-MX', 'CLABE: 0321-8000-1183-5971-10', 'CLABE: [ACCOUNT]'],
    [
      'es-MX',
      'cuenta interbancaria 002180012345678919 a nombre de Ana',
      'cuenta interbancaria [ACCOUNT] a nombre de Ana',
    ],
    ['en-US', 'my CLABE is 138180000001234560', 'my CLABE is [ACCOUNT]'],
    [
      'es-MX',
      'Transferí a la CLABE 012180001183597198 ayer',
      'Transferí a la CLABE [ACCOUNT] ayer',
    ],
    ['es-MX', 'CLABE 002180001234567896, tel 33 1234 5678', 'CLABE [ACCOUNT], tel [PHONE]'],
    ['es-MX', 'Datos: CLABE 014180012345678907.', 'Datos: CLABE [ACCOUNT].'],
  ]);
  kept(
    'bank-account',
    [
      // A wrong control digit; seventeen or nineteen digits; bare eighteen digits.
      ['es-MX', 'CLABE 002180001234567897'],
      ['es-MX', 'CLABE 00218000123456789'],
      ['es-MX', 'hola 002180001234567896'],
      ['es-MX', 'folio 002180001234567896'],
      // An order's word nearer; Mercado Libre's order and pack ids; a tracking number.
      ['es-MX', 'CLABE pendiente, pedido 012180001183597198'],
      ['es-MX', 'Venta #2000003508419012 paquete 2000004512345678'],
      ['es-MX', 'Estafeta guía 012180001183597198'],
      ['es-MX', 'Importe 1,234,567.89 MXN'],
      ['es-MX', 'referencia 014180012345678907'],
      ['es-MX', 'factura A-12345 del 05/12/2026'],
    ],
    'mx-clabe',
  );
});

describe('Ecuador: the cédula', () => {
  found('ec-ci', [
    ['es-EC', 'mi cédula 1710034065', 'mi cédula [EC_CI]'],
    ['es-EC', 'Cédula: 0912345675', 'Cédula: [EC_CI]'],
    ['es-EC', 'cedula 0104567896 gracias', 'cedula [EC_CI] gracias'],
    ['es-EC', 'C.I. 1309876546', 'C.I. [EC_CI]'],
    ['es-EC', 'número de cédula 171003406-5', 'número de cédula [EC_CI]'],
    ['es-EC', 'CI: 2405123452', 'CI: [EC_CI]'],
    ['es-EC', 'con RUC 1710034065001 por favor', 'con RUC [EC_CI] por favor'],
    [
      'es-EC',
      'registrado en el consulado, cédula 3012345678',
      'registrado en el consulado, cédula [EC_CI]',
    ],
    ['es-ES', 'cédula ecuatoriana 1803456787', 'cédula ecuatoriana [EC_CI]'],
    ['en-US', 'Ecuadorian ID 1102233440', 'Ecuadorian ID [EC_CI]'],
    [
      'es-EC',
      'mi cédula es 1710034065 y mi cel 0987654321',
      'mi cédula es [EC_CI] y mi cel [PHONE]',
    ],
  ]);
  kept('ec-ci', [
    // A wrong check digit; province 25 and 00; a third digit 6 (a public body's RUC).
    ['es-EC', 'cédula 1710034066'],
    ['es-EC', 'cédula 2512345678'],
    ['es-EC', 'cédula 0012345678'],
    ['es-EC', 'cédula 1760012345'],
    // Bare; a mobile; a company's RUC and an invoice; "cédula" away from Ecuador (Colombia's).
    ['es-EC', 'hola 1710034065'],
    ['es-EC', 'cel 0991234567'],
    ['es-EC', 'RUC 1790012345001, factura 001-001-000045678'],
    ['es-CO', 'cédula 1710034065'],
    // An order's and a carrier's numbers, an amount, a date, a postcode.
    ['es-EC', 'pedido 1710034065'],
    ['es-EC', 'Servientrega guía 9876543210 salió el 3 de diciembre'],
    ['es-EC', 'Total $1.710,03 el 05/12/2026, código postal 170102'],
  ]);
});

describe('Ukraine: the RNOKPP', () => {
  found('ua-rnokpp', [
    ['uk-UA', 'РНОКПП 3012345670', 'РНОКПП [UA_RNOKPP]'],
    ['uk-UA', 'мій ІПН: 2876543211', 'мій ІПН: [UA_RNOKPP]'],
    ['uk-UA', 'ідентифікаційний код 3456789014, дякую', 'ідентифікаційний код [UA_RNOKPP], дякую'],
    ['uk-UA', 'Ідентифікаційний номер 1999000001', 'Ідентифікаційний номер [UA_RNOKPP]'],
    [
      'uk-UA',
      'копія ідентифікаційного коду 4123456788',
      'копія ідентифікаційного коду [UA_RNOKPP]',
    ],
    ['uk-UA', 'код платника податків: 2654321099', 'код платника податків: [UA_RNOKPP]'],
    ['ru-UA', 'мой идентификационный код 3012345670', 'мой идентификационный код [UA_RNOKPP]'],
    ['ru-UA', 'ИНН 2876543211', 'ИНН [UA_RNOKPP]'],
    ['en-GB', 'Ukrainian tax ID 3456789014', 'Ukrainian tax ID [UA_RNOKPP]'],
    ['uk-UA', 'РНОКПП 3012345670, тел. 067 123 45 67', 'РНОКПП [UA_RNOKPP], тел. [PHONE]'],
  ]);
  kept('ua-rnokpp', [
    // A wrong check digit; nine or eleven digits; bare.
    ['uk-UA', 'РНОКПП 3012345671'],
    ['uk-UA', 'РНОКПП 301234567'],
    ['uk-UA', 'привіт 3012345670'],
    // Russia's INN away from Ukraine; the company code (ЄДРПОУ, eight digits).
    ['ru-RU', 'ИНН 3012345670'],
    ['uk-UA', 'ЄДРПОУ 12345678'],
    // A phone; an order; Nova Poshta's waybill; an amount; a date; a postcode.
    ['uk-UA', 'мій номер 0671234567'],
    ['uk-UA', 'замовлення 3012345670'],
    ['uk-UA', 'ТТН Нова Пошта 20450012345678'],
    ['uk-UA', 'Сума 3 012,34 грн від 05.12.2026, індекс 01001'],
    ['uk-UA', 'рахунок-фактура № 2876543211'],
  ]);
});

describe('Australia: the TFN', () => {
  found('au-tfn', [
    ['en-AU', 'TFN 123 456 782', 'TFN [AU_TFN]'],
    ['en-AU', 'My tax file number is 876543210', 'My tax file number is [AU_TFN]'],
    ['en-AU', 'TFN: 321-654-988', 'TFN: [AU_TFN]'],
    ['en-AU', 'tfn 123456782 thanks', 'tfn [AU_TFN] thanks'],
    ['en-AU', 'Tax File No. 876 543 210', 'Tax File No. [AU_TFN]'],
    [
      'en-AU',
      "here's my TFN for the super fund: 321654988",
      "here's my TFN for the super fund: [AU_TFN]",
    ],
    ['en-GB', 'Australian TFN 123 456 782', 'Australian TFN [AU_TFN]'],
    ['en-AU', 'TFN 123 456 782, mobile 0412 345 678', 'TFN [AU_TFN], mobile [PHONE]'],
    ['en-AU', 'tax file number (TFN) 876543210.', 'tax file number (TFN) [AU_TFN].'],
  ]);
  kept('au-tfn', [
    // A wrong check; eight digits (not read); bare.
    ['en-AU', 'TFN 123 456 783'],
    ['en-AU', 'TFN 12345678'],
    ['en-AU', 'hi 123 456 782'],
    // An ACN and an ABN, each with its own check; a mobile; an order; Australia Post tracking.
    ['en-AU', 'Tax invoice ABN 64 824 123 456, ACN 007 123 453, my mobile 0400 123 456'],
    ['en-AU', 'ACN 123 456 782'],
    ['en-AU', 'ABN 51 824 753 556'],
    ['en-AU', 'call me on 0412 345 678'],
    ['en-AU', 'order 123456782'],
    ['en-AU', 'AusPost tracking 33PTE123456782'],
    ['en-AU', 'Total $1,234.56 on 05/12/2026, postcode 2000'],
    ['en-AU', 'BSB 062-000 account 12345678'],
  ]);
});

describe('Malaysia: the MyKad number', () => {
  found('my-nric', [
    ['ms-MY', 'No. IC saya 900512-14-5678', 'No. IC saya [MY_NRIC]'],
    ['ms-MY', 'nombor kad pengenalan 030228-10-1234', 'nombor kad pengenalan [MY_NRIC]'],
    ['ms-MY', 'No. K/P: 851231-01-5021', 'No. K/P: [MY_NRIC]'],
    ['ms-MY', 'MyKad 900512145678', 'MyKad [MY_NRIC]'],
    ['en-MY', 'My NRIC is 900512 14 5678', 'My NRIC is [MY_NRIC]'],
    ['en-MY', 'IC: 770707-66-5433', 'IC: [MY_NRIC]'],
    ['ms-MY', 'IC saya 010101-08-0126', 'IC saya [MY_NRIC]'],
    // Bare in Malaysia in its dashed print.
    ['ms-MY', 'Hai, 900512-14-5678 terima kasih', 'Hai, [MY_NRIC] terima kasih'],
    ['en-MY', 'Name: Ali bin Abu, 851231-01-5021', 'Name: Ali bin Abu, [MY_NRIC]'],
    ['en-SG', 'Malaysian IC 900512-14-5678', 'Malaysian IC [MY_NRIC]'],
    ['ms-MY', 'IC 900512-14-5678, tel 012-345 6789', 'IC [MY_NRIC], tel [PHONE]'],
  ]);
  kept('my-nric', [
    // No date (month 13); place 00 and 17–20 (no code); bare unbroken or spaced; away from home.
    ['ms-MY', 'IC 901312-14-5678'],
    ['ms-MY', 'IC 900512-00-5678'],
    ['ms-MY', 'IC 900512-19-5678'],
    ['ms-MY', 'Hai, 900512145678'],
    ['ms-MY', 'Hai, 900512 14 5678'],
    ['en-US', 'Hi, 900512-14-5678'],
    // A phone; an order (Shopee, Lazada); a tracking number; an amount; a date; a postcode.
    ['ms-MY', 'telefon 012-345 6789'],
    ['ms-MY', 'pesanan Shopee 241205-12-3456'],
    ['ms-MY', 'Lazada order 900512145678'],
    ['ms-MY', 'Pos Laju tracking EM123456789MY'],
    ['ms-MY', 'Jumlah RM1,234.50 pada 05/12/2026, poskod 50450'],
  ]);
});

describe("the audit's samples (auditLocales2.test.ts NOTED, which stayed before T61c)", () => {
  it.each([
    ['es-MX', 'mi CURP es GOMA900512HDFRRN08', 'mi CURP es [MX_CURP]'],
    ['es-MX', 'CLABE 002180001234567896', 'CLABE [ACCOUNT]'],
    ['uk-UA', 'РНОКПП 3012345670', 'РНОКПП [UA_RNOKPP]'],
    ['en-AU', 'TFN 123 456 782', 'TFN [AU_TFN]'],
    ['ms-MY', 'No. IC saya 900512-14-5678', 'No. IC saya [MY_NRIC]'],
  ])('%s %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
});

describe('the types', () => {
  it('are built-in types', () => {
    for (const type of ['mx-curp', 'ec-ci', 'ua-rnokpp', 'au-tfn', 'my-nric'])
      expect(BUILT_IN_ENTITY_TYPES).toContain(type);
  });

  it('take the confidence their label or their print gives', () => {
    const confidence = (text: string, locale: string) =>
      redact(text, { locale }).findings.map((f) => f.confidence);
    expect(confidence('CURP GOMA900512HDFRRN08', 'es-MX')).toEqual([0.95]);
    expect(confidence('GOMA900512HDFRRN08', 'es-MX')).toEqual([0.85]);
    expect(confidence('IC 900512-14-5678', 'ms-MY')).toEqual([0.95]);
    expect(confidence('900512-14-5678', 'ms-MY')).toEqual([0.7]);
  });
});
