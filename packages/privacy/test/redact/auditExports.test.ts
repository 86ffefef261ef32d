// T55b's audit (2026-12-05, issue #14, blind): transcripts as help desks and chat platforms export
// them, the machine's ids printed beside the customer's values. Earlier audits read mail shapes
// (auditShapes), carriers' and marketplaces' numbers (auditLookalikes, marketplace), a desk's day
// (desk); none read what an export adds around a customer's words: timestamps in every print
// ("[2026-12-05 02:34:50] Customer:", ISO 8601 with "Z" or an offset, Unix seconds, Unix
// milliseconds, Slack's "1764902090.123456", durations "00:12:45", zones "UTC+3", "GMT+01:00"),
// the ids platforms print (UUIDs, SHA-1 and short commit hashes, Zendesk and Freshdesk tickets
// "#482913", Shopify orders "#1001", Stripe's "pi_…", "ch_…", "cus_…", PayPal transaction ids of
// 17 letters and digits, Amazon's 3-7-7 order ids, helpdesk and tracking URLs with ids in their
// path or query, Windows and app build numbers, Slack, Discord and Telegram user ids), and beside
// them (after a colon, in brackets, on the same line) the customer's phones, addresses, cards,
// IBANs and national ids in each locale's print, and a WhatsApp "wa.me/48601234567" link, which
// IS a phone.
//
// A mail's Message-ID ("<CAF1x2y3Z@mail.gmail.com>") is an address's look-alike; the guide's known
// gaps decide it (fail closed: some carry a host or a user's name) and the rows in MESSAGE_IDS
// assert that decision; they are left out of the figures, being neither a customer's value nor a
// look-alike the issue asks to keep.
//
// Every value is synthetic and valid: phones by libphonenumber-js/max for the locale's country,
// IBANs by ibantools, cards by Luhn, national ids by their own algorithms (corpus/checks.ts and
// moreIdsGen.ts, checked below); no look-alike of 13–19 digits passes Luhn but the ones a row says
// (checked below). Each row's expected output was written before redact read any of them.
//
// The first pass (AUDIT, 149 rows in 16 locales, 132 values, 261 look-alikes), on the code before
// T55b: recall 0.992 (131 of 132), precision 0.978 (131 of 134), 3 look-alikes touched. Two rows
// were the author's errors and were corrected after the run, as auditLookalikes did: an Amazon id
// whose 17 digits passed Luhn by chance (now one that fails it) and a Mexican mobile written with
// a "1" after 52, which libphonenumber-js/max reads as no valid number (now without it). Left: a bare
// mobile after Polish "kupujący:" (buyer), which the guide's rule leaves (a bare run needs a phone
// label or a trunk "0"). Touched: a four-part build number, its last part an octet, after the word
// for a build in Spanish ("compilación 2.3.1.45" → [IP]), Polish ("kompilacja 6.4.2.3301" →
// [PHONE]) and Swedish ("bygge 1.9.4.207" → [IP]), which English "build" keeps. No timestamp in
// any print, no UUID, hash, ticket, Shopify, Stripe, PayPal or Amazon id, tracking link, Slack or
// Discord id was touched, and every wa.me link went as a phone. The second pass (SECOND, 24 rows,
// written after the first ran) held 21 of 21 values and touched 11 of 35 look-alikes (precision
// 0.656): build words in eight languages and a Luhn-valid millisecond time. Fixed: those words are
// version words (keywords.ts VERSION_WORDS). After: the first pass 131 of 132, precision 1.000 (131
// of 131), none touched; the second 21 of 21, precision 0.955 (21 of 22), the millisecond time
// left by the Luhn rule (LEFT).
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, type Go, measureAudit } from './audit.js';
import { bsn, cpf, dniLetter, luhnOk, pesel, withVerhoeff } from './corpus/checks.js';
import { krRrn, tckn } from './moreIdsGen.js';

const P = (value: string): Go => ['phone', value];
const E = (value: string): Go => ['email', value];
const I = (value: string): Go => ['iban', value];
const C = (value: string): Go => ['card', value];

const UUID = '3f2b8c1e-9d4a-4e7b-a6c5-2d1f0e9b8a7c';
const UUID2 = '550e8400-e29b-41d4-a716-446655440000';
const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';

const AUDIT: readonly (readonly [string, readonly Case[]])[] = [
  [
    'en-US',
    [
      [
        'en-US',
        '[2026-12-05 02:34:50] Customer: my cell is (212) 555-0187, ticket #482913',
        [P('(212) 555-0187')],
        ['2026-12-05 02:34:50', '#482913'],
      ],
      [
        'en-US',
        `2026-12-05T02:34:50Z agent=42 customer_email=jane.doe@example.com session=${UUID}`,
        [E('jane.doe@example.com')],
        ['2026-12-05T02:34:50Z', UUID, 'agent=42'],
      ],
      [
        'en-US',
        'ts=1764902090 user=U02AB3CD4EF text="call me at 415-555-0132"',
        [P('415-555-0132')],
        ['1764902090', 'U02AB3CD4EF'],
      ],
      [
        'en-US',
        '1764902090.123456 <U02AB3CD4EF> card on file 4111 1111 1111 1111 was declined',
        [C('4111 1111 1111 1111')],
        ['1764902090.123456', 'U02AB3CD4EF'],
      ],
      [
        'en-US',
        'Stripe payment pi_3NfV2kLkdIwHu7ix0Q4XyZ12 failed for cus_P1a2B3c4D5e6F7 (jane.doe@example.com)',
        [E('jane.doe@example.com')],
        ['pi_3NfV2kLkdIwHu7ix0Q4XyZ12', 'cus_P1a2B3c4D5e6F7'],
      ],
      [
        'en-US',
        'PayPal transaction 8AB12345CD6789012 refunded, buyer phone +1 415 555 0132',
        [P('+1 415 555 0132')],
        ['8AB12345CD6789012'],
      ],
      [
        'en-US',
        'Amazon order 114-1234567-1234567 - callback number: 202-555-0143',
        [P('202-555-0143')],
        ['114-1234567-1234567'],
      ],
      [
        'en-US',
        'Call duration 00:12:45 (UTC-5), caller ID (212) 555-0187',
        [P('(212) 555-0187')],
        ['00:12:45', 'UTC-5'],
      ],
      [
        'en-US',
        'https://acme.zendesk.com/agent/tickets/482913 requester: jane.doe@example.com',
        [E('jane.doe@example.com')],
        ['https://acme.zendesk.com/agent/tickets/482913'],
      ],
      [
        'en-US',
        'Shopify order #1001 placed 2026-12-04T18:22:03-05:00 by (415) 555-0132',
        [P('(415) 555-0132')],
        ['#1001', '2026-12-04T18:22:03-05:00'],
      ],
      [
        'en-US',
        'App version 4.12.0 (build 10.0.19045.3693), commit a1b2c3d, SSN on the form: none',
        [],
        ['4.12.0', '10.0.19045.3693', 'a1b2c3d'],
      ],
      [
        'en-US',
        `event_id=${SHA} received_at=1764902090123 phone=+12125550187`,
        [P('+12125550187')],
        [SHA, '1764902090123'],
      ],
    ],
  ],
  [
    'en-GB',
    [
      [
        'en-GB',
        '[05/12/2026 09:14:02] Customer: mobile 07911 123456, ref #482913',
        [P('07911 123456')],
        ['05/12/2026 09:14:02', '#482913'],
      ],
      [
        'en-GB',
        'Freshdesk Ticket #48213 (created 2026-12-05T09:14:02+00:00): sort out refund to GB29 NWBK 6016 1331 9268 19',
        [I('GB29 NWBK 6016 1331 9268 19')],
        ['#48213', '2026-12-05T09:14:02+00:00'],
      ],
      [
        'en-GB',
        `Conversation ${UUID2} | visitor: tom.baker@example.co.uk | duration 00:04:17`,
        [E('tom.baker@example.co.uk')],
        [UUID2, '00:04:17'],
      ],
      [
        'en-GB',
        'Order #1001 (Shopify) - card 5555 5555 5555 4444, delivered 04/12/2026 14:03 GMT',
        [C('5555 5555 5555 4444')],
        ['#1001', '04/12/2026 14:03'],
      ],
      [
        'en-GB',
        'Message 1764902090.004500 from U04XY5Z6ABC: ring me on +44 7911 123456',
        [P('+44 7911 123456')],
        ['1764902090.004500', 'U04XY5Z6ABC'],
      ],
      [
        'en-GB',
        'Tracking: https://track.example.co.uk/parcel?id=JD0002212345678901&lang=en - tel. 020 7946 0018',
        [P('020 7946 0018')],
        ['JD0002212345678901'],
      ],
      [
        'en-GB',
        'PayPal ID 5TY12345AB6789012 (£49.99), payer tom.baker@example.co.uk',
        [E('tom.baker@example.co.uk')],
        ['5TY12345AB6789012', '£49.99'],
      ],
      [
        'en-GB',
        'Chat started 2026-12-05 09:14 (UTC+0), ended 09:31, wait 00:02:10',
        [],
        ['2026-12-05 09:14', '09:31', '00:02:10'],
      ],
      [
        'en-GB',
        'Build 2.8.1.1042 on iOS 17.4.1; device id 7E1B5A2C-34D9-4F0A-9C11-0B2E6D8F1A33',
        [],
        ['2.8.1.1042', '17.4.1', '7E1B5A2C-34D9-4F0A-9C11-0B2E6D8F1A33'],
      ],
      [
        'en-GB',
        'Customer (tom.baker@example.co.uk) [ch_3NfW8xLkdIwHu7ix1a2B3c4D] asked for a callback on 07911 123456',
        [E('tom.baker@example.co.uk'), P('07911 123456')],
        ['ch_3NfW8xLkdIwHu7ix1a2B3c4D'],
      ],
      [
        'en-GB',
        'Amazon.co.uk order 203-7654321-9876543, account sort code below: IBAN GB29NWBK60161331926819',
        [I('GB29NWBK60161331926819')],
        ['203-7654321-9876543'],
      ],
    ],
  ],
  [
    'de-DE',
    [
      [
        'de-DE',
        '[05.12.2026, 10:14:02] Kunde: meine Handynummer ist 0151 23456789',
        [P('0151 23456789')],
        ['05.12.2026, 10:14:02'],
      ],
      [
        'de-DE',
        'Ticket #482913 – Erstellt: 2026-12-05T10:14:02+01:00 – E-Mail: max.mustermann@example.de',
        [E('max.mustermann@example.de')],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'de-DE',
        `Bitte Erstattung auf DE89 3704 0044 0532 0130 00 (Vorgang ${UUID})`,
        [I('DE89 3704 0044 0532 0130 00')],
        [UUID],
      ],
      [
        'de-DE',
        'Gesprächsdauer 00:12:45, Rückruf unter +49 1512 3456789 (MEZ, UTC+1)',
        [P('+49 1512 3456789')],
        ['00:12:45', 'UTC+1'],
      ],
      [
        'de-DE',
        'Bestellung #1001 vom 04.12.2026 18:22 Uhr, Zahlung pi_3NfV2kLkdIwHu7ix0Q4XyZ12, Tel.: 030 12345678',
        [P('030 12345678')],
        ['#1001', '04.12.2026 18:22', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'de-DE',
        'Amazon-Bestellnummer 302-1234567-7654321, Kontakt: max.mustermann@example.de',
        [E('max.mustermann@example.de')],
        ['302-1234567-7654321'],
      ],
      [
        'de-DE',
        'Zeitstempel 1764902090 / 1764902090123, Kunde schreibt: "Karte 4242 4242 4242 4242 gesperrt"',
        [C('4242 4242 4242 4242')],
        ['1764902090', '1764902090123'],
      ],
      [
        'de-DE',
        `Version 3.14.2 (Build 2612.05.1), Hash ${SHA}, kein Fehler`,
        [],
        ['3.14.2', '2612.05.1', SHA],
      ],
      ['de-DE', 'https://wa.me/4915123456789 – so erreichen Sie mich', [P('4915123456789')], []],
      [
        'de-DE',
        'Sendungsverfolgung: https://www.dhl.de/de/privatkunden.html?piececode=00340434161094042557 (Kunde: 0151 23456789)',
        [P('0151 23456789')],
        ['00340434161094042557'],
      ],
      [
        'de-DE',
        'PayPal-Transaktionscode 9KL23456MN7890123, Käufer max.mustermann@example.de, 49,99 €',
        [E('max.mustermann@example.de')],
        ['9KL23456MN7890123', '49,99 €'],
      ],
      [
        'de-DE',
        'Agent 17 (ID 4711) 05.12.2026 10:20:11: Kundin nennt IBAN DE89370400440532013000',
        [I('DE89370400440532013000')],
        ['05.12.2026 10:20:11', '4711'],
      ],
    ],
  ],
  [
    'fr-FR',
    [
      [
        'fr-FR',
        '[05/12/2026 10:14:02] Client : mon portable est le 06 12 34 56 78',
        [P('06 12 34 56 78')],
        ['05/12/2026 10:14:02'],
      ],
      [
        'fr-FR',
        'Ticket n° #482913 créé le 2026-12-05T10:14:02+01:00 par claire.martin@example.fr',
        [E('claire.martin@example.fr')],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'fr-FR',
        'Remboursement sur FR14 2004 1010 0505 0001 3M02 606 (transaction 8AB12345CD6789012)',
        [I('FR14 2004 1010 0505 0001 3M02 606')],
        ['8AB12345CD6789012'],
      ],
      [
        'fr-FR',
        'Durée de l’appel : 00:08:31 – rappeler au +33 6 12 34 56 78 (UTC+1)',
        [P('+33 6 12 34 56 78')],
        ['00:08:31', 'UTC+1'],
      ],
      [
        'fr-FR',
        `Commande #1001 – identifiant de session ${UUID2} – e-mail : claire.martin@example.fr`,
        [E('claire.martin@example.fr')],
        ['#1001', UUID2],
      ],
      [
        'fr-FR',
        'Horodatage 1764902090 ; carte du client 5105 1051 0510 5100 refusée',
        [C('5105 1051 0510 5100')],
        ['1764902090'],
      ],
      [
        'fr-FR',
        'Suivi : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901 – tél. 01 23 45 67 89',
        [P('01 23 45 67 89')],
        ['6A12345678901'],
      ],
      [
        'fr-FR',
        `Version 5.2.0 (build 5.2.0.1187), empreinte ${SHA}`,
        [],
        ['5.2.0', '5.2.0.1187', SHA],
      ],
      [
        'fr-FR',
        'Paiement ch_3NfW8xLkdIwHu7ix1a2B3c4D (89,90 €) – client : claire.martin@example.fr, tél : 07 81 23 45 67',
        [E('claire.martin@example.fr'), P('07 81 23 45 67')],
        ['ch_3NfW8xLkdIwHu7ix1a2B3c4D', '89,90 €'],
      ],
      [
        'fr-FR',
        'Écrivez-moi sur WhatsApp : wa.me/33612345678 (message du 05/12/2026 à 10:20)',
        [P('33612345678')],
        ['05/12/2026'],
      ],
      [
        'fr-FR',
        'Commande Amazon 171-2345678-3456789 livrée le 04/12, réclamation 2026-12-05 10:22:13 UTC',
        [],
        ['171-2345678-3456789', '2026-12-05 10:22:13'],
      ],
    ],
  ],
  [
    'es-ES',
    [
      [
        'es-ES',
        '[05/12/2026 10:14:02] Cliente: mi móvil es 612 345 678',
        [P('612 345 678')],
        ['05/12/2026 10:14:02'],
      ],
      [
        'es-ES',
        'Ticket #482913 (2026-12-05T10:14:02+01:00) – DNI del cliente: 12345678Z',
        [['es-dni', '12345678Z']],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'es-ES',
        'Reembolso a ES91 2100 0418 4502 0005 1332, pedido #1001, duración 00:05:12',
        [I('ES91 2100 0418 4502 0005 1332')],
        ['#1001', '00:05:12'],
      ],
      [
        'es-ES',
        `Conversación ${UUID} · correo: lucia.garcia@example.es · zona UTC+1`,
        [E('lucia.garcia@example.es')],
        [UUID, 'UTC+1'],
      ],
      [
        'es-ES',
        'Pago pi_3NfV2kLkdIwHu7ix0Q4XyZ12 rechazado; tarjeta 4012 8888 8888 1881; tel. +34 612 34 56 78',
        [C('4012 8888 8888 1881'), P('+34 612 34 56 78')],
        ['pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'es-ES',
        'Seguimiento: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4B5C0712345680128001X (cliente 612 345 678)',
        [P('612 345 678')],
        ['PQ4B5C0712345680128001X'],
      ],
      [
        'es-ES',
        'Marca de tiempo 1764902090123; NIE/DNI: 45678912S',
        [['es-dni', '45678912S']],
        ['1764902090123'],
      ],
      ['es-ES', 'Escríbeme: https://wa.me/34612345678', [P('34612345678')], []],
      [
        'es-ES',
        'Versión 2.3.1 (compilación 2.3.1.45), hash a1b2c3d4e5f6',
        [],
        ['2.3.1', '2.3.1.45', 'a1b2c3d4e5f6'],
      ],
      [
        'es-ES',
        'Pedido Amazon 408-1234567-8901234, email lucia.garcia@example.es, importe 59,95 €',
        [E('lucia.garcia@example.es')],
        ['408-1234567-8901234', '59,95 €'],
      ],
    ],
  ],
  [
    'it-IT',
    [
      [
        'it-IT',
        '[05/12/2026, 10:14:02] Cliente: il mio cellulare è 333 123 4567',
        [P('333 123 4567')],
        ['05/12/2026, 10:14:02'],
      ],
      [
        'it-IT',
        'Ticket #482913 aperto il 2026-12-05T10:14:02+01:00, IBAN IT60 X054 2811 1010 0000 0123 456',
        [I('IT60 X054 2811 1010 0000 0123 456')],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'it-IT',
        `Sessione ${UUID2} – email del cliente: giulia.rossi@example.it`,
        [E('giulia.rossi@example.it')],
        [UUID2],
      ],
      [
        'it-IT',
        'Durata chiamata 00:12:45 (UTC+1), numero richiamata +39 312 345 6789',
        [P('+39 312 345 6789')],
        ['00:12:45', 'UTC+1'],
      ],
      [
        'it-IT',
        'Ordine #1001, transazione PayPal 3CD45678EF9012345, carta 3782 822463 10005',
        [C('3782 822463 10005')],
        ['#1001', '3CD45678EF9012345'],
      ],
      [
        'it-IT',
        'Timestamp 1764902090 – messaggio 1764902090.123456 – utente U02AB3CD4EF: scrivimi a giulia.rossi@example.it',
        [E('giulia.rossi@example.it')],
        ['1764902090', '1764902090.123456', 'U02AB3CD4EF'],
      ],
      ['it-IT', 'Contattami su wa.me/393123456789', [P('393123456789')], []],
      [
        'it-IT',
        'Spedizione https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR123456785IT, tel. 06 1234 5678',
        [P('06 1234 5678')],
        ['RR123456785IT'],
      ],
      [
        'it-IT',
        'Versione 7.1.3 (build 7.1.3.2044), commit 4e5f6a7',
        [],
        ['7.1.3', '7.1.3.2044', '4e5f6a7'],
      ],
      [
        'it-IT',
        'Ordine Amazon 405-9876543-2109877 del 04/12/2026 alle 18:22',
        [],
        ['405-9876543-2109877', '04/12/2026', '18:22'],
      ],
    ],
  ],
  [
    'pt-BR',
    [
      [
        'pt-BR',
        '[05/12/2026 10:14:02] Cliente: meu celular é (11) 98765-4321',
        [P('(11) 98765-4321')],
        ['05/12/2026 10:14:02'],
      ],
      [
        'pt-BR',
        `Ticket #482913 – 2026-12-05T10:14:02-03:00 – CPF: ${cpf('123456789').replace(/(\d{3})(\d{3})(\d{3})(\d{2})/, '$1.$2.$3-$4')}`,
        [['cpf', '123.456.789-09']],
        ['#482913', '2026-12-05T10:14:02-03:00'],
      ],
      [
        'pt-BR',
        `Conversa ${UUID} | e-mail: ana.souza@example.com.br | duração 00:07:33`,
        [E('ana.souza@example.com.br')],
        [UUID, '00:07:33'],
      ],
      ['pt-BR', 'Me chama no zap: https://wa.me/5511987654321', [P('5511987654321')], []],
      [
        'pt-BR',
        'Pedido #1001 (R$ 149,90), pagamento pi_3NfV2kLkdIwHu7ix0Q4XyZ12, telefone +55 21 99876-5432',
        [P('+55 21 99876-5432')],
        ['#1001', 'R$ 149,90', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'pt-BR',
        'Rastreio https://rastreamento.correios.com.br/app/index.php?objeto=QB123456785BR – cliente (11) 98765-4321',
        [P('(11) 98765-4321')],
        ['QB123456785BR'],
      ],
      [
        'pt-BR',
        'Horário 1764902090 (UTC-3); cartão 6011 1111 1111 1117 recusado',
        [C('6011 1111 1111 1117')],
        ['1764902090', 'UTC-3'],
      ],
      ['pt-BR', `Versão 3.2.1 (build 3.2.1.512), hash ${SHA}`, [], ['3.2.1', '3.2.1.512', SHA]],
      [
        'pt-BR',
        `CPF ${cpf('529982247')} (protocolo 20261205001234), e-mail ana.souza@example.com.br`,
        [['cpf', '52998224725'], E('ana.souza@example.com.br')],
        ['20261205001234'],
      ],
      [
        'pt-BR',
        'Pedido Amazon 701-2345678-9012345, nota fiscal 000.123.456, entregue 04/12/2026 18:22',
        [],
        ['701-2345678-9012345', '000.123.456', '04/12/2026 18:22'],
      ],
      [
        'pt-BR',
        'IBAN do cliente: BR15 0000 0000 0000 1093 2840 814P2 (transferência 8AB12345CD6789012)',
        [I('BR15 0000 0000 0000 1093 2840 814P2')],
        ['8AB12345CD6789012'],
      ],
    ],
  ],
  [
    'pl-PL',
    [
      [
        'pl-PL',
        '[05.12.2026, 10:14:02] Klient: mój numer to 512 345 678',
        [P('512 345 678')],
        ['05.12.2026, 10:14:02'],
      ],
      [
        'pl-PL',
        `Zgłoszenie #482913 z 2026-12-05T10:14:02+01:00, PESEL klienta: ${pesel(1985, 4, 12, '1234')}`,
        [['pesel', '85041212344']],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'pl-PL',
        `Zwrot na PL61 1090 1014 0000 0712 1981 2874, sesja ${UUID2}`,
        [I('PL61 1090 1014 0000 0712 1981 2874')],
        [UUID2],
      ],
      [
        'pl-PL',
        'Napisz na WhatsApp: wa.me/48601234567 (czas rozmowy 00:03:21)',
        [P('48601234567')],
        ['00:03:21'],
      ],
      [
        'pl-PL',
        'Zamówienie #1001, płatność pi_3NfV2kLkdIwHu7ix0Q4XyZ12, e-mail: anna.nowak@example.pl',
        [E('anna.nowak@example.pl')],
        ['#1001', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'pl-PL',
        'Śledzenie: https://inpost.pl/sledzenie-przesylek?number=620123456789012345678903 – tel. +48 601 234 567',
        [P('+48 601 234 567')],
        ['620123456789012345678903'],
      ],
      [
        'pl-PL',
        'Znacznik czasu 1764902090 (UTC+1), karta 4000 0566 5566 5556 odrzucona',
        [C('4000 0566 5566 5556')],
        ['1764902090', 'UTC+1'],
      ],
      [
        'pl-PL',
        'Wersja 6.4.2 (kompilacja 6.4.2.3301), commit 9c8b7a6',
        [],
        ['6.4.2', '6.4.2.3301', '9c8b7a6'],
      ],
      [
        'pl-PL',
        'Transakcja PayPal 7GH12345JK6789012 [anna.nowak@example.pl] 249,99 zł',
        [E('anna.nowak@example.pl')],
        ['7GH12345JK6789012', '249,99 zł'],
      ],
      [
        'pl-PL',
        `Allegro: zamówienie ${UUID} z 04.12.2026 18:22, kupujący: 512345678`,
        [P('512345678')],
        [UUID, '04.12.2026 18:22'],
      ],
      [
        'pl-PL',
        `PESEL ${pesel(1990, 7, 21, '0567')} [2026-12-05 10:20:44] agent: dziękuję`,
        [['pesel', '90072105671']],
        ['2026-12-05 10:20:44'],
      ],
    ],
  ],
  [
    'nl-NL',
    [
      [
        'nl-NL',
        '[05-12-2026 10:14:02] Klant: mijn mobiel is 06 12345678',
        [P('06 12345678')],
        ['05-12-2026 10:14:02'],
      ],
      [
        'nl-NL',
        'Ticket #482913 (2026-12-05T10:14:02+01:00): terugbetaling op NL91 ABNA 0417 1643 00',
        [I('NL91 ABNA 0417 1643 00')],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'nl-NL',
        `BSN: ${bsn('12345678') ?? ''} – sessie ${UUID} – duur 00:09:12`,
        [['bsn', '123456782']],
        [UUID, '00:09:12'],
      ],
      [
        'nl-NL',
        'Bestelling #1001, betaling pi_3NfV2kLkdIwHu7ix0Q4XyZ12, e-mail: sanne.devries@example.nl',
        [E('sanne.devries@example.nl')],
        ['#1001', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'nl-NL',
        'Track & Trace: https://jouw.postnl.nl/track-and-trace/3SABCD1234567-NL-1234AB (klant +31 6 23456789)',
        [P('+31 6 23456789')],
        ['3SABCD1234567'],
      ],
      [
        'nl-NL',
        'App-versie 8.0.3 (build 8.0.3.901), tijdstempel 1764902090',
        [],
        ['8.0.3', '8.0.3.901', '1764902090'],
      ],
      [
        'nl-NL',
        'Bol.com bestelling 4343582952, app mij via wa.me/31623456789',
        [P('31623456789')],
        ['4343582952'],
      ],
      [
        'nl-NL',
        'Kaart 5555 5555 5555 4444 geweigerd om 10:22:13 (UTC+1), referentie ch_3NfW8xLkdIwHu7ix1a2B3c4D',
        [C('5555 5555 5555 4444')],
        ['10:22:13', 'UTC+1', 'ch_3NfW8xLkdIwHu7ix1a2B3c4D'],
      ],
      [
        'nl-NL',
        'Freshdesk #48213 – aanvrager: sanne.devries@example.nl – tel. 020 123 4567',
        [E('sanne.devries@example.nl'), P('020 123 4567')],
        ['#48213'],
      ],
      [
        'nl-NL',
        'Amazon.nl bestelling 406-1234567-2345678, geleverd 04-12-2026',
        [],
        ['406-1234567-2345678', '04-12-2026'],
      ],
    ],
  ],
  [
    'tr-TR',
    [
      [
        'tr-TR',
        '[05.12.2026 10:14:02] Müşteri: cep numaram 0532 123 45 67',
        [P('0532 123 45 67')],
        ['05.12.2026 10:14:02'],
      ],
      [
        'tr-TR',
        `Talep #482913 (2026-12-05T10:14:02+03:00) – T.C. kimlik no: ${tckn('123456789')}`,
        [['tr-tckn', '12345678950']],
        ['#482913', '2026-12-05T10:14:02+03:00'],
      ],
      [
        'tr-TR',
        `İade IBAN: TR33 0006 1005 1978 6457 8413 26 (oturum ${UUID2})`,
        [I('TR33 0006 1005 1978 6457 8413 26')],
        [UUID2],
      ],
      [
        'tr-TR',
        'Görüşme süresi 00:06:40 (UTC+3), geri arama +90 532 765 43 21',
        [P('+90 532 765 43 21')],
        ['00:06:40', 'UTC+3'],
      ],
      [
        'tr-TR',
        'Sipariş #1001, ödeme pi_3NfV2kLkdIwHu7ix0Q4XyZ12, e-posta: ayse.yilmaz@example.com.tr',
        [E('ayse.yilmaz@example.com.tr')],
        ['#1001', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'tr-TR',
        'Kargo takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=402812345678 – müşteri 0532 123 45 67',
        [P('0532 123 45 67')],
        ['402812345678'],
      ],
      [
        'tr-TR',
        'Zaman damgası 1764902090; kart 4242 4242 4242 4242 reddedildi',
        [C('4242 4242 4242 4242')],
        ['1764902090'],
      ],
      ['tr-TR', `Sürüm 4.0.2 (derleme 4.0.2.1290), hash ${SHA}`, [], ['4.0.2', '4.0.2.1290', SHA]],
      [
        'tr-TR',
        'WhatsApp: wa.me/905327654321 – mesaj 1764902090.123456',
        [P('905327654321')],
        ['1764902090.123456'],
      ],
      [
        'tr-TR',
        'Trendyol sipariş 10293847561, alıcı ayse.yilmaz@example.com.tr, 1.249,90 TL',
        [E('ayse.yilmaz@example.com.tr')],
        ['10293847561', '1.249,90 TL'],
      ],
      [
        'tr-TR',
        `TCKN ${tckn('345678912')} [2026-12-05 10:20:44] temsilci: teşekkürler`,
        [['tr-tckn', '34567891238']],
        ['2026-12-05 10:20:44'],
      ],
    ],
  ],
  [
    'ja-JP',
    [
      [
        'ja-JP',
        '[2026/12/05 10:14:02] お客様: 携帯は090-1234-5678です',
        [P('090-1234-5678')],
        ['2026/12/05 10:14:02'],
      ],
      [
        'ja-JP',
        'チケット #482913（2026-12-05T10:14:02+09:00）メール: hanako.yamada@example.jp',
        [E('hanako.yamada@example.jp')],
        ['#482913', '2026-12-05T10:14:02+09:00'],
      ],
      [
        'ja-JP',
        `セッション${UUID}、通話時間 00:12:45、折り返し先 +81 80 2345 6789`,
        [P('+81 80 2345 6789')],
        [UUID, '00:12:45'],
      ],
      [
        'ja-JP',
        '注文番号 #1001、決済 pi_3NfV2kLkdIwHu7ix0Q4XyZ12、カード 3530 1113 3330 0000',
        [C('3530 1113 3330 0000')],
        ['#1001', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'ja-JP',
        '追跡: https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=123456789012 （お客様 090-1234-5678）',
        [P('090-1234-5678')],
        ['123456789012'],
      ],
      [
        'ja-JP',
        'タイムスタンプ 1764902090（UTC+9）、バージョン 2.1.0（ビルド 2.1.0.77）',
        [],
        ['1764902090', 'UTC+9', '2.1.0', '2.1.0.77'],
      ],
      [
        'ja-JP',
        'Amazon.co.jp 注文番号 250-1234567-3456789、お届け 2026年12月4日 18:22',
        [],
        ['250-1234567-3456789', '2026年12月4日', '18:22'],
      ],
      [
        'ja-JP',
        'メッセージ 1764902090.123456 ユーザー U02AB3CD4EF: 連絡先は hanako.yamada@example.jp',
        [E('hanako.yamada@example.jp')],
        ['1764902090.123456', 'U02AB3CD4EF'],
      ],
      [
        'ja-JP',
        '楽天ブックス 注文 213310-20261204-0123456789、電話 03-1234-5678',
        [P('03-1234-5678')],
        ['213310-20261204-0123456789'],
      ],
      ['ja-JP', `コミット a1b2c3d、ハッシュ ${SHA}、エラーなし`, [], ['a1b2c3d', SHA]],
    ],
  ],
  [
    'ko-KR',
    [
      [
        'ko-KR',
        '[2026. 12. 5. 오전 10:14:02] 고객: 제 번호는 010-1234-5678입니다',
        [P('010-1234-5678')],
        ['10:14:02'],
      ],
      [
        'ko-KR',
        `티켓 #482913 (2026-12-05T10:14:02+09:00) 주민등록번호: ${krRrn('850412', 1, '23456').replace(/^(\d{6})/, '$1-')}`,
        [['kr-rrn', krRrn('850412', 1, '23456').replace(/^(\d{6})/, '$1-')]],
        ['#482913', '2026-12-05T10:14:02+09:00'],
      ],
      [
        'ko-KR',
        `세션 ${UUID2} 이메일: minsu.kim@example.co.kr 통화 00:05:55`,
        [E('minsu.kim@example.co.kr')],
        [UUID2, '00:05:55'],
      ],
      [
        'ko-KR',
        '주문 #1001, 결제 pi_3NfV2kLkdIwHu7ix0Q4XyZ12, 연락처 +82 10 9876 5432',
        [P('+82 10 9876 5432')],
        ['#1001', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'ko-KR',
        '쿠팡 주문번호 21000123456789, 배송조회 https://tracker.example.kr/cj/512345678901, 고객 010-1234-5678',
        [P('010-1234-5678')],
        ['21000123456789', '512345678901'],
      ],
      [
        'ko-KR',
        '타임스탬프 1764902090 (UTC+9), 카드 4111-1111-1111-1111 승인 거절',
        [C('4111-1111-1111-1111')],
        ['1764902090', 'UTC+9'],
      ],
      ['ko-KR', '버전 5.0.1 (빌드 5.0.1.338), 커밋 7d6e5f4', [], ['5.0.1', '5.0.1.338', '7d6e5f4']],
      [
        'ko-KR',
        '메시지 1764902090.123456 <U02AB3CD4EF> 메일 주세요: minsu.kim@example.co.kr',
        [E('minsu.kim@example.co.kr')],
        ['1764902090.123456', 'U02AB3CD4EF'],
      ],
      [
        'ko-KR',
        `주민번호 ${krRrn('920815', 2, '34567')} / 상담 2026-12-05 10:20:44`,
        [['kr-rrn', krRrn('920815', 2, '34567')]],
        ['2026-12-05 10:20:44'],
      ],
      [
        'ko-KR',
        '대표번호 02-123-4567 (상담 시간 09:00~18:00, KST UTC+9)',
        [P('02-123-4567')],
        ['09:00~18:00', 'UTC+9'],
      ],
    ],
  ],
  [
    'en-IN, hi-IN',
    [
      [
        'en-IN',
        '[05/12/2026, 10:14:02 am] Customer: my number is 98765 43210',
        [P('98765 43210')],
        ['05/12/2026, 10:14:02'],
      ],
      [
        'en-IN',
        `Ticket #482913 (2026-12-05T10:14:02+05:30) Aadhaar: ${withVerhoeff('23456789012').replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3')}`,
        [['aadhaar', '2345 6789 0124']],
        ['#482913', '2026-12-05T10:14:02+05:30'],
      ],
      [
        'en-IN',
        `Session ${UUID} | email: priya.sharma@example.in | IST (UTC+05:30)`,
        [E('priya.sharma@example.in')],
        [UUID, 'UTC+05:30'],
      ],
      ['en-IN', 'WhatsApp me: https://wa.me/919123456789', [P('919123456789')], []],
      [
        'en-IN',
        'Flipkart order OD329481726354891000, Razorpay pay_NfV2kLkdIwHu7i, call +91 91234 56789',
        [P('+91 91234 56789')],
        ['OD329481726354891000', 'pay_NfV2kLkdIwHu7i'],
      ],
      [
        'en-IN',
        'Amazon.in order 403-1234567-6543210 - refund of ₹1,299.00 - card 4111 1111 1111 1111',
        [C('4111 1111 1111 1111')],
        ['403-1234567-6543210', '₹1,299.00'],
      ],
      [
        'hi-IN',
        'ग्राहक: मेरा नंबर 98765 43210 है, टिकट #482913, समय 10:14:02',
        [P('98765 43210')],
        ['#482913', '10:14:02'],
      ],
      [
        'hi-IN',
        'ईमेल priya.sharma@example.in पर भेजें (ऑर्डर #1001, 05/12/2026)',
        [E('priya.sharma@example.in')],
        ['#1001', '05/12/2026'],
      ],
      [
        'en-IN',
        'Delhivery AWB 1234567890123 tracking https://www.delhivery.com/track/package/1234567890123',
        [],
        ['1234567890123'],
      ],
      [
        'en-IN',
        'App version 9.3.0 (build 9.3.0.4412), timestamp 1764902090123',
        [],
        ['9.3.0', '9.3.0.4412', '1764902090123'],
      ],
    ],
  ],
  [
    'sv-SE, es-MX',
    [
      [
        'sv-SE',
        '[2026-12-05 10:14:02] Kund: mitt nummer är 070-123 45 67',
        [P('070-123 45 67')],
        ['2026-12-05 10:14:02'],
      ],
      [
        'sv-SE',
        'Ärende #482913 (2026-12-05T10:14:02+01:00): återbetalning till SE45 5000 0000 0583 9825 7466',
        [I('SE45 5000 0000 0583 9825 7466')],
        ['#482913', '2026-12-05T10:14:02+01:00'],
      ],
      [
        'sv-SE',
        `Session ${UUID2}, e-post: erik.andersson@example.se, samtalstid 00:11:02`,
        [E('erik.andersson@example.se')],
        [UUID2, '00:11:02'],
      ],
      [
        'sv-SE',
        'Order #1001, betalning pi_3NfV2kLkdIwHu7ix0Q4XyZ12, ring +46 70 234 56 78',
        [P('+46 70 234 56 78')],
        ['#1001', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'sv-SE',
        'Version 1.9.4 (bygge 1.9.4.207), tidsstämpel 1764902090',
        [],
        ['1.9.4', '1.9.4.207', '1764902090'],
      ],
      [
        'es-MX',
        '[05/12/2026 10:14:02] Cliente: mi cel es 55 1234 5678',
        [P('55 1234 5678')],
        ['05/12/2026 10:14:02'],
      ],
      [
        'es-MX',
        'Ticket #482913 (2026-12-05T10:14:02-06:00), correo: jose.hernandez@example.com.mx',
        [E('jose.hernandez@example.com.mx')],
        ['#482913', '2026-12-05T10:14:02-06:00'],
      ],
      [
        'es-MX',
        'Mercado Libre venta 2000004567891234, pago pi_3NfV2kLkdIwHu7ix0Q4XyZ12, tel. +52 55 1234 5678',
        [P('+52 55 1234 5678')],
        ['2000004567891234', 'pi_3NfV2kLkdIwHu7ix0Q4XyZ12'],
      ],
      [
        'es-MX',
        'Escríbeme por WhatsApp: wa.me/525512345678 (hora UTC-6)',
        [P('525512345678')],
        ['UTC-6'],
      ],
      [
        'es-MX',
        `Tarjeta 5555 5555 5555 4444 rechazada, sesión ${UUID}, duración 00:02:58`,
        [C('5555 5555 5555 4444')],
        [UUID, '00:02:58'],
      ],
    ],
  ],
];

/**
 * The second pass, written after the first ran, pushing the shapes that held and the one that did
 * not (a four-part build number after a build word that is no version word, its last part an
 * octet), each row's expectation written before redact read it.
 */
const SECOND: readonly (readonly [string, readonly Case[]])[] = [
  [
    'build words, dotted quads',
    [
      [
        'es-ES',
        'Compilación 2.3.1.45 instalada, móvil 612 345 678',
        [P('612 345 678')],
        ['2.3.1.45'],
      ],
      ['es-MX', 'compilación: 4.1.0.12 (UTC-6)', [], ['4.1.0.12', 'UTC-6']],
      ['pl-PL', 'Kompilacja 6.4.2.33, tel. 512 345 678', [P('512 345 678')], ['6.4.2.33']],
      ['pl-PL', 'numer kompilacji 6.4.2.3301', [], ['6.4.2.3301']],
      ['sv-SE', 'Bygge 1.9.4.207 – ring 070-123 45 67', [P('070-123 45 67')], ['1.9.4.207']],
      [
        'pt-BR',
        'Compilação 3.2.1.51, celular (11) 98765-4321',
        [P('(11) 98765-4321')],
        ['3.2.1.51'],
      ],
      ['it-IT', 'compilazione 7.1.3.20 del 04/12/2026', [], ['7.1.3.20', '04/12/2026']],
      ['tr-TR', 'Derleme 4.0.2.129, cep 0532 123 45 67', [P('0532 123 45 67')], ['4.0.2.129']],
      ['ja-JP', 'ビルド 2.1.0.77 で再現、携帯 090-1234-5678', [P('090-1234-5678')], ['2.1.0.77']],
      [
        'ko-KR',
        '빌드 5.0.1.33 에서 발생, 연락처 010-1234-5678',
        [P('010-1234-5678')],
        ['5.0.1.33'],
      ],
      ['en-US', 'build 10.2.3.45, server IP 192.168.0.14', [['ip', '192.168.0.14']], ['10.2.3.45']],
    ],
  ],
  [
    'chat ids and links',
    [
      [
        'pl-PL',
        'https://api.whatsapp.com/send?phone=48601234567&text=reklamacja',
        [P('48601234567')],
        [],
      ],
      [
        'en-US',
        'Telegram: t.me/jane_doe42, Discord user 482913775630192641',
        [],
        ['jane_doe42', '482913775630192641'],
      ],
      [
        'de-DE',
        'Intercom conversation 215467891234567 – user_id 64a1b2c3d4e5f6a7b8c9d0e1 – Tel. 0151 23456789',
        [P('0151 23456789')],
        ['215467891234567', '64a1b2c3d4e5f6a7b8c9d0e1'],
      ],
      [
        'fr-FR',
        '{"ts":"1764902090.123456","user":"U02AB3CD4EF","text":"mon mail claire.martin@example.fr"}',
        [E('claire.martin@example.fr')],
        ['1764902090.123456', 'U02AB3CD4EF'],
      ],
      [
        'en-GB',
        '"created_at","ticket_id","requester_phone"\n"2026-12-05T09:14:02Z","482913","07911 123456"',
        [P('07911 123456')],
        ['2026-12-05T09:14:02Z', '482913'],
      ],
      [
        'es-ES',
        '05/12/2026, 10:14 - Lucía: mi DNI es 12345678Z y el pedido #1001',
        [['es-dni', '12345678Z']],
        ['05/12/2026, 10:14', '#1001'],
      ],
      [
        'nl-NL',
        '[10:14:02 AM] sanne.devries@example.nl: IBAN NL91ABNA0417164300 graag',
        [E('sanne.devries@example.nl'), I('NL91ABNA0417164300')],
        ['10:14:02'],
      ],
      [
        'en-IN',
        'created=1764902090 updated=1764905555123 mobile=9876543210 order=#1001',
        [P('9876543210')],
        ['1764902090', '1764905555123', '#1001'],
      ],
      [
        'tr-TR',
        'Zaman: 2026-12-05 10:14:02 +0300 | Müşteri: ayse.yilmaz@example.com.tr | IBAN: TR330006100519786457841326',
        [E('ayse.yilmaz@example.com.tr'), I('TR330006100519786457841326')],
        ['2026-12-05 10:14:02 +0300'],
      ],
      [
        'ko-KR',
        '[오후 2:03] 김민수: 010-1234-5678로 연락 주세요 (주문 #1001)',
        [P('010-1234-5678')],
        ['#1001'],
      ],
      [
        'ja-JP',
        '2026-12-05T10:14:02.123+09:00 [INFO] ticket=482913 customer=hanako.yamada@example.jp',
        [E('hanako.yamada@example.jp')],
        ['2026-12-05T10:14:02.123+09:00', 'ticket=482913'],
      ],
      [
        'it-IT',
        `Ticket #482913 · UTC+01:00 · tel: +39 312 345 6789 · ${SHA.slice(0, 12)}`,
        [P('+39 312 345 6789')],
        ['#482913', 'UTC+01:00', SHA.slice(0, 12)],
      ],
      ['pt-BR', 'Unix ms 1733369690123, evento registrado', [], ['1733369690123']],
    ],
  ],
];

describe('a build number after a build word in its language stays (T55b)', () => {
  // Each went as [IP] or [PHONE] on the code before T55b: the words are keywords.ts VERSION_WORDS.
  it.each([
    ['es-ES', 'compilación 2.3.1.45'],
    ['es-ES', 'Compilacion 2.3.1.45'],
    ['pt-BR', 'compilação 3.2.1.51'],
    ['it-IT', 'compilazione 7.1.3.20'],
    ['pl-PL', 'kompilacja 6.4.2.3301'],
    ['pl-PL', 'numer kompilacji 6.4.2.33'],
    ['sv-SE', 'bygge 1.9.4.207'],
    ['sv-SE', 'bygge: 1.9.4.207'],
    ['tr-TR', 'derleme 4.0.2.129'],
    ['ja-JP', 'ビルド 2.1.0.77'],
    ['ko-KR', '빌드 5.0.1.33'],
  ])('%s %j', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it.each([
    // The phone after the build word on its line still goes, as after "build".
    ['es-ES', 'compilación 2.3.1.45, móvil 612 345 678', 'compilación 2.3.1.45, móvil [PHONE]'],
    ['sv-SE', 'bygget klart, ring 070-123 45 67', 'bygget klart, ring [PHONE]'],
    ['pl-PL', 'kompilacja gotowa, IP 192.168.0.14', 'kompilacja gotowa, IP [IP]'],
  ])('%s %j is %j', (locale, text, want) => {
    expect(redact(text, { locale }).text).toBe(want);
  });
});

/** Message-IDs: the guide fails closed on them (its known gaps); asserted, not counted. */
const MESSAGE_IDS: readonly (readonly [string, string, string])[] = [
  [
    'en-US',
    'Message-ID: <CAF1x2y3Z4w5v6u7t8s9r0q@mail.gmail.com>',
    '<CAF1x2y3Z4w5v6u7t8s9r0q@mail.gmail.com>',
  ],
  [
    'de-DE',
    'In-Reply-To: <20261205101402.4711.abc@mx.example.de> – Kunde: 0151 23456789',
    '<20261205101402.4711.abc@mx.example.de>',
  ],
];

/** The rows still failing, each with the reason it is left (asserted as failing below). */
const LEFT: ReadonlyMap<string, string> = new Map([
  // (A bare mobile after "kupujący:" (buyer) was left here until T59a: a valid mobile right after
  // a person's role word goes now, keywords.ts PERSON_ROLE_WORDS.)
  [
    'Unix ms 1733369690123, evento registrado',
    // The guide's known gaps: no Luhn-valid run of 13-19 digits is left, and a millisecond Unix
    // time passes Luhn one time in ten (this one, the example, does).
    'a Luhn-valid millisecond Unix time goes as [CARD] (the Luhn rule)',
  ],
]);

const held = (groups: readonly (readonly [string, readonly Case[]])[]) =>
  groups.map(([name, cases]) => [name, cases.filter(([, text]) => !LEFT.has(text))] as const);

describeAudit(held([...AUDIT, ...SECOND]));

describe.skipIf(LEFT.size === 0)('left as they are', () => {
  const rows = [...AUDIT, ...SECOND].flatMap(([, cases]) => cases);
  it.fails.each([...LEFT].map(([text, reason]) => [reason, text]))('%s: %j', (_, text) => {
    const [locale, , go, stay] = rows.find(([, t]) => t === text) as Case;
    const out = redact(text, { locale }).text;
    for (const [, value] of go) expect(out).not.toContain(value);
    for (const value of stay) expect(out).toContain(value);
  });
});

describe('Message-IDs are read as addresses (the guide: fail closed)', () => {
  it.each(MESSAGE_IDS)('%s %j', (locale, text, id) => {
    const { findings } = redact(text, { locale });
    const at = text.indexOf(id);
    expect(findings.some((f) => f.type === 'email' && f.start < at + id.length && at < f.end)).toBe(
      true,
    );
  });
});

const plain = (value: string) => value.replace(/[^\d+]/g, '');

describe('the values are valid and the look-alikes are no cards', () => {
  const first = AUDIT.flatMap(([, cases]) => cases);
  const rows = [...first, ...SECOND.flatMap(([, cases]) => cases)];

  it('at least 150 messages in at least 12 locales', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map(([locale]) => locale)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(
    rows.flatMap(([locale, , go]) => go.map(([type, value]) => [locale, type, value] as const)),
  )('%s %s %s is valid', (locale, type, value) => {
    const country = locale.split('-')[1] as Parameters<typeof isValidPhoneNumber>[1];
    if (type === 'phone') {
      // A wa.me link writes the calling code with no "+".
      const p = plain(value);
      expect(
        isValidPhoneNumber(
          value.startsWith('+') || /^\D/.test(value) || /[ -]/.test(value) ? value : p,
          country,
        ) || isValidPhoneNumber(`+${p}`),
      ).toBe(true);
    }
    if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, ''))).toBe(true);
    if (type === 'card') expect(luhnOk(value.replace(/\D/g, ''))).toBe(true);
  });

  it('the national ids come from their algorithms', () => {
    expect(pesel(1985, 4, 12, '1234')).toBe('85041212344');
    expect(pesel(1990, 7, 21, '0567')).toBe('90072105671');
    expect(cpf('123456789')).toBe('12345678909');
    expect(cpf('529982247')).toBe('52998224725');
    expect(`12345678${dniLetter(12345678)}`).toBe('12345678Z');
    expect(`45678912${dniLetter(45678912)}`).toBe('45678912S');
    expect(bsn('12345678')).toBe('123456782');
    expect(tckn('123456789')).toBe('12345678950');
    expect(tckn('345678912')).toBe('34567891238');
    expect(withVerhoeff('23456789012')).toBe('234567890124');
  });

  it('no look-alike of 13-19 digits passes Luhn but the millisecond time the row says', () => {
    const valid = rows
      .flatMap(([, , , stay]) => stay.flatMap((s) => s.match(/\d[\d -]*\d/g) ?? []))
      .map((s) => s.replace(/\D/g, ''))
      .filter((d) => d.length >= 13 && d.length <= 19 && luhnOk(d));
    expect(valid).toEqual(['1733369690123']);
  });
});

describe('recall and precision', () => {
  it.each([
    ['first pass', AUDIT],
    ['second pass', SECOND],
  ] as const)('%s', (name, groups) => {
    const { goes, gone, findings, right, touched } = measureAudit(groups);
    const rows = groups.flatMap(([, c]) => c);
    const stays = rows.reduce((n, [, , , stay]) => n + stay.length, 0);
    console.info(
      `export audit, ${name}: ${rows.length} rows, recall ${(gone / goes).toFixed(3)} (${gone}/${goes}), precision ${(right / findings).toFixed(3)} (${right}/${findings}), look-alikes touched ${touched} of ${stays}`,
    );
    expect(gone / goes).toBeGreaterThanOrEqual(0.95);
    expect(right / findings).toBeGreaterThanOrEqual(0.95);
  });
});
