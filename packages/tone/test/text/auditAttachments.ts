// The attachments audit of repairText (issue #11, T55c): shapes the fourteenth audit, the desk
// audit, never-seen traffic and the Persian audit did not hold: attachment file names in their own
// languages ("Fattura_nº_12.pdf", "Счёт №15.xlsx"), subject lines with each mail client's reply or
// forward prefix ("Ynt:", "ΑΠ:", "השב:"), header fields with quoted display names, CSV rows with
// quoted cells and doubled quotes where one cell broke, URL query text percent-decoded as Latin-1,
// "€", "™", "©" and emoji broken beside emoji that came through clean, the pages earlier audits
// were thin on (Windows-1254, -1257, -1253, -1255, -1258 with Vietnamese's combining tones,
// ISO-8859-7, ISO-8859-9), names of every script broken beside clean accented text, and clean
// traps (Icelandic and Old Norse, "Ã" ending Portuguese capitals, Catalan "L·L", ordinals,
// fractions, math, code, Romanian "ÎNCÂNTAT"). ATTACH_CLEAN must come back untouched;
// attachBroken() is made at test time by the broken pipeline itself (iconv-lite through
// misdecode): the whole text, or only its `⟦…⟧` fields, through a chain of one or two pages.
// Expected is the text as written: every text here was written for this audit by hand and
// recorded before repairText ran on it. Thai through Windows-874 (THAI_874) is apart: no list of
// issue #11 names that page; repairText tries it since T55f (codePageList.ts).
import type { CodePage } from '../../src/text/codePageList.js';
import { brokenRow, cleanRow, type DeskBroken, type DeskClean } from './auditDesk.js';
import { misdecode } from './mojibakeCorpus.js';

/** A text that must come back exactly as it is, with its language and the shape it has. */
export type AttachClean = DeskClean;

const c = cleanRow;

/** Clean texts, each a trap of its kind: many hold pairs that are valid UTF-8 in some page. */
export const ATTACH_CLEAN: readonly AttachClean[] = [
  // Attachment file names.
  c('it', 'attachment', 'Fattura_nº_12.pdf'),
  c('ru', 'attachment', 'Счёт №15.xlsx'),
  c('de', 'attachment', 'Rückerstattung_Bestätigung_2026-12.pdf'),
  c('pt', 'attachment', 'Anexo: Recibo_Devolução_São_Paulo.pdf'),
  c('tr', 'attachment', 'Ek: İade_Formu_Şubat.docx'),
  c('cs', 'attachment', 'Příloha: Reklamační_protokol_č._7.pdf'),
  c('fi', 'attachment', 'Liite: Kuitti_Jyväskylä_ÄÄNI.pdf'),
  c('lv', 'attachment', 'Pielikums: Rēķins_Nr_44_Jūrmala.pdf'),
  c('lt', 'attachment', 'Priedas: Sąskaita_Šiauliai_Nr.9.pdf'),
  c('el', 'attachment', 'Συνημμένο: Τιμολόγιο_Αθήνα_Δεκ.pdf'),
  c('he', 'attachment', 'קובץ מצורף: חשבונית_55.pdf'),
  c('vi', 'attachment', 'Tệp đính kèm: Hóa_đơn_Hà_Nội.pdf'),
  c('da', 'attachment', 'IMG_2026-12-01_Ørsted_skade.jpg'),
  c('en', 'attachment', 'Résumé – Zoë Ørsted (final) v2.docx'),
  c('ja', 'attachment', '発注書_株式会社サンプル_№12.pdf'),
  // Subject lines with each client's reply and forward prefixes.
  c('de', 'subject', 'Re: Rückerstattung – Bestellung 5521'),
  c('fr', 'subject', 'Fwd: Réclamation n° 88 – colis endommagé'),
  c('it', 'subject', 'R: Richiesta di rimborso – ordine nº 12'),
  c('tr', 'subject', 'Ynt: İade talebi – sipariş 8841'),
  c('fi', 'subject', 'Vs: Palautus – tilaus 551 (Jyväskylä)'),
  c('pl', 'subject', 'Odp: Reklamacja – zamówienie 301'),
  c('lt', 'subject', 'Re: Grąžinimas – užsakymas 77'),
  c('lv', 'subject', 'Re: Atgriešana – pasūtījums 410, Liepāja'),
  c('et', 'subject', 'Re: Tagastus – tellimus 52, Pärnu'),
  c('el', 'subject', 'ΑΠ: Επιστροφή χρημάτων – παραγγελία 903'),
  c('vi', 'subject', 'RE: Hoàn tiền – đơn hàng 7781'),
  c('he', 'subject', 'השב: החזר כספי – הזמנה 4410'),
  c('th', 'subject', 'Re: คืนเงิน คำสั่งซื้อ 5512'),
  // Header fields with quoted display names.
  c('da', 'header', 'From: "Zoë Ørsted" <zoe@example.dk>'),
  c('tr', 'header', 'From: "Ömer Çelik" <omer@example.com.tr>'),
  c('vi', 'header', 'To: "Nguyễn Văn Bình" <binh@example.vn>, "Đỗ Thị Lan" <lan@example.vn>'),
  c('lv', 'header', 'Cc: "Jānis Bērziņš" <janis@example.lv>'),
  c('el', 'header', 'From: "Γιώργος Νικολάου" <giorgos@example.gr>'),
  c('he', 'header', 'Reply-To: "שרה כהן" <sara@example.co.il>'),
  c(
    'fr',
    'header',
    'From: "François Lefèvre" <f.lefevre@example.fr>\nDate: Thu, 3 Dec 2026 09:14:00 +0100',
  ),
  c('da', 'header', 'X-Sender-Name: Søren Kierkegård; Organization: Ærø Færger'),
  // CSV rows from spreadsheet exports: semicolons, quoted cells, doubled quotes.
  c(
    'de',
    'csv',
    'Nr;Name;Ort;Betrag\n1;"Müller, Jörg";Köln;"1.299,00 €"\n2;"Öztürk, Ayşe";Düsseldorf;"89,90 €"',
  ),
  c('pt', 'csv', 'sku,descrição,qtd\nA-1,"Cabo USB-C, 2 m",3\nA-2,"Capa ""Galaxy"" – preta",1'),
  c('pl', 'csv', 'kod;nazwa;cena\n"ŁDZ-1";"Łódź Kaliska – bilet";"12,50 zł"'),
  c('lv', 'csv', 'id;vārds;pilsēta\n1;Jānis Bērziņš;Rīga\n2;Līga Ozoliņa;Cēsis'),
  c('tr', 'csv', 'müşteri;il;tutar\n"Ayşe Yılmaz";"Muğla";"₺1.250,00"'),
  c('el', 'csv', 'κωδ;όνομα;πόλη\n7;Γιώργος Νικολάου;Θεσσαλονίκη'),
  // URLs and query text.
  c('de', 'url', 'https://example.de/suche?q=Gr%C3%B6%C3%9Fe+42&sort=preis'),
  c(
    'en',
    'url',
    'Link: https://shop.example.com/?utm_source=newsletter&q=cr%C3%A8me+br%C3%BBl%C3%A9e',
  ),
  c('tr', 'url', 'https://tr.example.com/ara?q=%C5%9Fapka — “şapka” aradım, sonuç yok'),
  // Emoji and symbols beside accents.
  c('de', 'emoji', 'Preis 49 € 😀 – Größe M passt 👍'),
  c('en', 'emoji', 'Meridian™ Support © 2026 — all rights reserved ®'),
  c('fr', 'emoji', 'Merci 🙏 pour le remboursement de 12,50 € ✨'),
  c('tr', 'emoji', '🎉 Sipariş tamamlandı! Teşekkürler 😊'),
  c('vi', 'emoji', '✅ Đã nhận hàng, cảm ơn 👍'),
  c('el', 'emoji', 'Δεν ήρθε 😞 — το δέμα 📦 χάθηκε;'),
  c('lt', 'emoji', 'Kaina: 19,99 € ✔️ Ačiū! 🙂'),
  // Turkish, Vietnamese (precomposed and with Windows-1258's combining tones), Baltic, Greek,
  // Hebrew and Thai.
  c('tr', 'language', 'Ürün kırık geldi, lütfen değiştirin. Şimdiden teşekkürler.'),
  c('tr', 'language', 'Sayın İlhan Öğüt, iadeniz onaylandı.'),
  c('vi', 'language', 'Xin chào, tôi chưa nhận được tiền hoàn lại.'),
  c('vi', 'language', 'Địa chỉ: 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh'),
  c('vi', 'language', 'Tiê\u0301ng Viê\u0323t có dâ\u0301u'),
  c('vi', 'language', 'Ca\u0309m ơn quy\u0301 kha\u0301ch'),
  c('lv', 'language', 'Labdien! Paciņa vēl nav saņemta, lūdzu pārbaudiet.'),
  c('lt', 'language', 'Laba diena, prekė atkeliavo sugadinta. Ačiū už pagalbą.'),
  c('et', 'language', 'Tere! Pakk jõudis kohale, aitäh abi eest.'),
  c('el', 'language', 'Καλησπέρα, θα ήθελα να ακυρώσω την παραγγελία μου.'),
  c('el', 'language', 'ΑΡΙΘΜΌΣ ΠΑΡΑΓΓΕΛΊΑΣ: 7781 — ΕΠΕΙΓΟΝ'),
  c('he', 'language', 'שלום, ההזמנה שלי עדיין לא הגיעה. תודה!'),
  c('he', 'language', 'מספר הזמנה: 7781, סכום: ₪149.90'),
  c('th', 'language', 'สวัสดีครับ ยังไม่ได้รับสินค้าเลยครับ'),
  c('th', 'language', 'ขอบคุณมากค่ะ 🙏'),
  // Names in other scripts beside clean accented text.
  c('mixed', 'names', 'Café order for 王小明 and Zoë — delivered to Århus'),
  c('mixed', 'names', 'Bonjour, je suis Hélène; mon collègue Δημήτρης and Ömer also wrote.'),
  c('mixed', 'names', 'Kunde: Jürgen Weiß · Kontakt: Иван Петров · Ort: Zürich'),
  c('mixed', 'names', 'Équipe: Nguyễn Văn Bình, שרה כהן, 김민준, Siobhán Ó Súilleabháin'),
  c('mixed', 'names', 'Gerente: João Gonçalves; contacto em Tóquio: 佐藤花子'),
  // Words that look like mojibake and are right.
  c('is', 'trap', 'Þórður Guðjónsson, Reykjavík'),
  c('non', 'trap', 'Óðinn ok Þórr fóru til Ásgarðs'),
  c('pt', 'trap', 'JOÃO E SEBASTIÃO, MARANHÃO'),
  c('pt', 'trap', 'NÃO SEI, IRMÃ'),
  c('pt', 'trap', 'MÃE E PAI'),
  c('ro', 'trap', 'ÎNCÂNTAT DE CUNOȘTINȚĂ, ROMÂNIA'),
  c('en', 'trap', 'Σ≈≠ ∑ x² ≤ ∞, ∀ε>0 ∃δ'),
  c('en', 'trap', 'if (x ≥ 0 && y ≠ 1) return "Größe";'),
  c('es', 'trap', 'Ñandú, ÑOÑO, AÑO 2026'),
  c('da', 'trap', 'KØBENHAVN Ø, 2100'),
  c('fr', 'trap', 'ÂGE : 42 ; CÔTE-D’IVOIRE'),
  c('is', 'trap', 'Þ þ Ð ð — Icelandic letters in a font test'),
  c('hu', 'trap', 'ŐSZ, ÜNNEP, Ő'),
  c('ca', 'trap', 'L·LEGIR, COL·LECCIÓ, Paral·lel'),
  c('es', 'trap', '¿Qué? ¡Sí! «Vale» — 3º piso, 1ª puerta'),
  c('en', 'trap', '½ kg, ¼ l, 2³ = 8, 10 µm, 25 °C'),
  c('mixed', 'trap', 'ÆØÅ æøå ÄÖÜ äöü ß ẞ'),
];

/** A broken row: what the customer wrote, how it broke and whether every byte survived. */
export type AttachBroken = DeskBroken;

const b = brokenRow;

const W2: readonly CodePage[] = ['windows-1252'];
const W0: readonly CodePage[] = ['windows-1250'];
const TWICE: readonly CodePage[] = ['windows-1252', 'windows-1252'];
const TR: readonly CodePage[] = ['windows-1254'];
const BALTIC: readonly CodePage[] = ['windows-1257'];
const EL: readonly CodePage[] = ['windows-1253'];
const HE: readonly CodePage[] = ['windows-1255'];
const VI: readonly CodePage[] = ['windows-1258'];
const L1: readonly CodePage[] = ['iso-8859-1'];

/** The broken rows, made at call time (iconv-lite), deterministic. */
export function attachBroken(): AttachBroken[] {
  return [
    // Attachment file names: the name broken, the label before it clean.
    b('it', 'attachment', '⟦Fattura_nº_12.pdf⟧', W2),
    b('ru', 'attachment', '⟦Счёт №15.xlsx⟧', W2),
    b('ru', 'attachment', '⟦Счёт №15.xlsx⟧', ['windows-1251']),
    b('de', 'attachment', 'Anhang: ⟦Rückerstattung_Bestätigung_2026-12.pdf⟧', W2),
    b('pt', 'attachment', 'Anexo: ⟦Recibo_Devolução_São_Paulo.pdf⟧', L1),
    b('tr', 'attachment', 'Ek: ⟦İade_Formu_Şubat.docx⟧', TR),
    b('cs', 'attachment', 'Příloha: ⟦Reklamační_protokol_č._7.pdf⟧', W0),
    b('fi', 'attachment', 'Liite: ⟦Kuitti_Jyväskylä_ÄÄNI.pdf⟧', W2),
    b('lv', 'attachment', 'Pielikums: ⟦Rēķins_Nr_44_Jūrmala.pdf⟧', BALTIC),
    b('lt', 'attachment', 'Priedas: ⟦Sąskaita_Šiauliai_Nr.9.pdf⟧', W2),
    b('el', 'attachment', 'Συνημμένο: ⟦Τιμολόγιο_Αθήνα_Δεκ.pdf⟧', ['iso-8859-7']),
    b('he', 'attachment', 'קובץ מצורף: ⟦חשבונית_55.pdf⟧', HE),
    b('vi', 'attachment', 'Tệp đính kèm: ⟦Hóa_đơn_Hà_Nội.pdf⟧', VI),
    b('da', 'attachment', '⟦IMG_2026-12-01_Ørsted_skade.jpg⟧', W2),
    b('en', 'attachment', '⟦Résumé – Zoë Ørsted (final) v2.docx⟧', ['macintosh']),
    // Subject lines, whole and one field.
    b('de', 'subject', 'Re: ⟦Rückerstattung – Bestellung⟧ 5521', W2),
    b('de', 'subject', 'Re: Rückerstattung – Bestellung 5521', W2),
    b('fr', 'subject', 'Fwd: Réclamation n° 88 – colis endommagé', ['iso-8859-15']),
    b('it', 'subject', 'R: ⟦Richiesta di rimborso – ordine nº 12⟧', W2),
    b('tr', 'subject', 'Ynt: İade talebi – sipariş 8841', TR),
    b('tr', 'subject', 'Ynt: ⟦İade talebi – sipariş 8841⟧', ['iso-8859-9']),
    b('fi', 'subject', 'Vs: Palautus – tilaus 551 (⟦Jyväskylä⟧)', W2),
    b('pl', 'subject', 'Odp: Reklamacja – ⟦zamówienie⟧ 301', ['iso-8859-2']),
    b('lv', 'subject', 'Re: Atgriešana – pasūtījums 410, Liepāja', BALTIC),
    b('et', 'subject', 'Re: Tagastus – tellimus 52, ⟦Pärnu⟧', BALTIC),
    b('lt', 'subject', 'Re: Grąžinimas – užsakymas 77', BALTIC),
    b('el', 'subject', 'ΑΠ: Επιστροφή χρημάτων – παραγγελία 903', EL),
    b('vi', 'subject', 'RE: Hoàn tiền – đơn hàng 7781', VI),
    b('he', 'subject', 'השב: החזר כספי – הזמנה 4410', HE),
    b('th', 'subject', 'Re: คืนเงิน คำสั่งซื้อ 5512', W2),
    // Header fields: the display name broken inside its quotes.
    b('da', 'header', 'From: "⟦Zoë Ørsted⟧" <zoe@example.dk>', W2),
    b('tr', 'header', 'From: "⟦Ömer Çelik⟧" <omer@example.com.tr>', TR),
    b(
      'vi',
      'header',
      'To: "⟦Nguyễn Văn Bình⟧" <binh@example.vn>, "⟦Đỗ Thị Lan⟧" <lan@example.vn>',
      W2,
    ),
    b('lv', 'header', 'Cc: "⟦Jānis Bērziņš⟧" <janis@example.lv>', BALTIC),
    b('el', 'header', 'From: "⟦Γιώργος Νικολάου⟧" <giorgos@example.gr>', EL),
    b('he', 'header', 'Reply-To: "⟦שרה כהן⟧" <sara@example.co.il>', W2),
    b(
      'fr',
      'header',
      'From: "François Lefèvre" <f.lefevre@example.fr>\nDate: Thu, 3 Dec 2026 09:14:00 +0100',
      TWICE,
    ),
    b('da', 'header', 'X-Sender-Name: ⟦Søren Kierkegård⟧; Organization: ⟦Ærø Færger⟧', L1),
    // CSV rows: one broken cell among clean ones, or the whole export.
    b(
      'de',
      'csv',
      'Nr;Name;Ort;Betrag\n1;"Müller, Jörg";Köln;"1.299,00 €"\n2;"⟦Öztürk, Ayşe⟧";Düsseldorf;"89,90 €"',
      W2,
    ),
    b(
      'de',
      'csv',
      'Nr;Name;Ort;Betrag\n1;"Müller, Jörg";Köln;"1.299,00 €"\n2;"Öztürk, Ayşe";Düsseldorf;"89,90 €"',
      W2,
    ),
    b(
      'pt',
      'csv',
      'sku,descrição,qtd\nA-1,"Cabo USB-C, 2 m",3\nA-2,"⟦Capa ""Galaxy"" – preta⟧",1',
      W2,
    ),
    b('pl', 'csv', 'kod;nazwa;cena\n"ŁDZ-1";"⟦Łódź Kaliska – bilet⟧";"12,50 zł"', W0),
    b('lv', 'csv', 'id;vārds;pilsēta\n1;Jānis Bērziņš;Rīga\n2;Līga Ozoliņa;Cēsis', BALTIC),
    b('lv', 'csv', 'id;vārds;pilsēta\n1;Jānis Bērziņš;Rīga\n2;⟦Līga Ozoliņa⟧;Cēsis', W2),
    b('tr', 'csv', 'müşteri;il;tutar\n"⟦Ayşe Yılmaz⟧";"Muğla";"₺1.250,00"', TR),
    b('el', 'csv', 'κωδ;όνομα;πόλη\n7;⟦Γιώργος Νικολάου⟧;Θεσσαλονίκη', ['iso-8859-7']),
    // URL query text percent-decoded as Latin-1 (C1 controls where Windows-1252 has signs).
    b('de', 'url', 'https://example.de/suche?q=⟦Größe 42⟧&sort=preis', L1),
    b('fr', 'url', 'Recherche : ⟦crème brûlée⟧ (utm_source=newsletter)', L1),
    b('tr', 'url', 'https://tr.example.com/ara?q=⟦şapka⟧ — “şapka” aradım, sonuç yok', L1),
    b('es', 'url', 'https://example.es/buscar?q=⟦señal añadida⟧&pagina=2', L1),
    // Signs and emoji broken, beside emoji that came through clean.
    b('de', 'emoji', 'Preis 49 € 😀 – Größe M passt 👍', W2),
    b('de', 'emoji', 'Preis 49 ⟦€⟧ 😀 – Größe M passt 👍', W2),
    b('en', 'emoji', 'Meridian™ Support © 2026 — all rights reserved ®', W2),
    b('en', 'emoji', 'Meridian⟦™⟧ Support ⟦©⟧ 2026', W2),
    b('fr', 'emoji', 'Merci ⟦🙏⟧ pour le remboursement de 12,50 € ✨', W2),
    b('tr', 'emoji', '🎉 ⟦Sipariş tamamlandı! Teşekkürler 😊⟧', TR),
    b('vi', 'emoji', '✅ ⟦Đã nhận hàng, cảm ơn⟧ 👍', VI),
    b('el', 'emoji', 'Δεν ήρθε 😞 — ⟦το δέμα 📦 χάθηκε;⟧', EL),
    b('lt', 'emoji', 'Kaina: 19,99 € ✔️ Ačiū! 🙂', BALTIC),
    b('en', 'emoji', '⟦😀😀⟧ great, thanks 😀', W2),
    // Turkish, Vietnamese, Baltic, Greek, Hebrew and Thai, whole.
    b('tr', 'language', 'Ürün kırık geldi, lütfen değiştirin. Şimdiden teşekkürler.', TR),
    b('tr', 'language', 'Ürün kırık geldi, lütfen değiştirin. Şimdiden teşekkürler.', W2),
    b('tr', 'language', 'Sayın İlhan Öğüt, iadeniz onaylandı.', ['iso-8859-9']),
    b('vi', 'language', 'Xin chào, tôi chưa nhận được tiền hoàn lại.', VI),
    b('vi', 'language', 'Địa chỉ: 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh', VI),
    b('vi', 'language', 'Tiê\u0301ng Viê\u0323t có dâ\u0301u', VI),
    b('vi', 'language', 'Ca\u0309m ơn quy\u0301 kha\u0301ch', W2),
    b('lv', 'language', 'Labdien! Paciņa vēl nav saņemta, lūdzu pārbaudiet.', BALTIC),
    b('lt', 'language', 'Laba diena, prekė atkeliavo sugadinta. Ačiū už pagalbą.', BALTIC),
    b('et', 'language', 'Tere! Pakk jõudis kohale, aitäh abi eest.', BALTIC),
    b('el', 'language', 'Καλησπέρα, θα ήθελα να ακυρώσω την παραγγελία μου.', EL),
    b('el', 'language', 'ΑΡΙΘΜΌΣ ΠΑΡΑΓΓΕΛΊΑΣ: 7781 — ΕΠΕΙΓΟΝ', ['iso-8859-7']),
    b('he', 'language', 'שלום, ההזמנה שלי עדיין לא הגיעה. תודה!', HE),
    b('he', 'language', 'מספר הזמנה: 7781, סכום: ₪149.90', W2),
    b('th', 'language', 'ขอบคุณมากค่ะ 🙏', W2),
    // Names of other scripts broken beside clean accented text (partial mojibake).
    b('mixed', 'names', 'Café order for ⟦王小明⟧ and Zoë — delivered to Århus', W2),
    b('mixed', 'names', 'Café order for ⟦王小明⟧ and Zoë — delivered to Århus', ['gbk']),
    b(
      'mixed',
      'names',
      'Bonjour, je suis Hélène; mon collègue ⟦Δημήτρης⟧ and ⟦Ömer⟧ also wrote.',
      W2,
    ),
    b('mixed', 'names', 'Kunde: Jürgen Weiß · Kontakt: ⟦Иван Петров⟧ · Ort: Zürich', W2),
    b('mixed', 'names', 'Kunde: Jürgen Weiß · Kontakt: ⟦Иван Петров⟧ · Ort: Zürich', [
      'windows-1251',
    ]),
    b(
      'mixed',
      'names',
      'Équipe: ⟦Nguyễn Văn Bình⟧, ⟦שרה כהן⟧, ⟦김민준⟧, Siobhán Ó Súilleabháin',
      W2,
    ),
    b('mixed', 'names', 'Gerente: João Gonçalves; contacto em Tóquio: ⟦佐藤花子⟧', W2),
    b('mixed', 'names', 'Gerente: João Gonçalves; contacto em Tóquio: ⟦佐藤花子⟧', ['shift_jis']),
    b('mixed', 'names', 'Équipe: ⟦Nguyễn Văn Bình⟧ et Siobhán', VI),
    // The traps, now truly broken.
    b('is', 'trap', 'Þórður Guðjónsson, Reykjavík', W2),
    b('non', 'trap', 'Óðinn ok Þórr fóru til Ásgarðs', W2),
    b('pt', 'trap', 'JOÃO E SEBASTIÃO, MARANHÃO', W2),
    b('pt', 'trap', 'NÃO SEI, IRMÃ', W2),
    b('ro', 'trap', 'ÎNCÂNTAT DE CUNOȘTINȚĂ, ROMÂNIA', W2),
    b('en', 'trap', 'Σ≈≠ ∑ x² ≤ ∞, ∀ε>0 ∃δ', W2),
    b('en', 'trap', 'if (x ≥ 0 && y ≠ 1) return "Größe";', W2),
    b('ca', 'trap', 'L·LEGIR, COL·LECCIÓ, Paral·lel', W2),
    b('es', 'trap', '¿Qué? ¡Sí! «Vale» — 3º piso, 1ª puerta', W2),
    b('en', 'trap', '½ kg, ¼ l, 2³ = 8, 10 µm, 25 °C', W2),
    b('mixed', 'trap', 'ÆØÅ æøå ÄÖÜ äöü ß ẞ', W2),
  ];
}

/**
 * Thai through Windows-874 (TIS-620 with Windows' signs): the UTF-8 bytes of Thai (E0 B8 xx) read
 * as Thai letters and signs, in the browser variant (the bytes the page leaves undefined, 0x81-0x9F
 * but for 0x85 and 0x91-0x97, as C1 controls), which keeps every byte.
 */
export const THAI_874: readonly { readonly original: string; readonly broken: string }[] = [
  'สวัสดีครับ ยังไม่ได้รับสินค้าเลยครับ',
  'Re: คืนเงิน คำสั่งซื้อ 5512',
].map((original) => ({
  original,
  broken: misdecode(original, 'windows-874', true).text,
}));
