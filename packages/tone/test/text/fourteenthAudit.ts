// The fourteenth audit of repairText (issue #11, T40e): texts the engine has never seen, in shapes
// the other corpora lack. CLEAN is what a help desk really receives and must come back untouched:
// emoji sequences, scripts with stacked marks, fullwidth and halfwidth forms, symbols, and words
// in Latin-1 letters that look like mojibake. BROKEN is built here, at test time, by the broken
// pipeline itself (mojibake.ts through iconv-lite): a name mis-decoded inside a mail header or a
// quoted reply, mojibake beside emoji, text that had emoji broken whole (4-byte UTF-8 through
// Windows-1252, GBK, Shift-JIS), file names and URL paths, Turkish, Vietnamese and Romanian
// through Windows-1252 and -1250, and a forwarded mail broken twice. Every sentence is written for
// this audit (none is in sentences.ts, neverSeen.ts or the ftfy cases); the words of scripts we
// do not read were checked against published phrase lists (the commit message says which).
import type { CodePage } from '../../src/text/codePageList.js';
import { misdecode } from './mojibakeCorpus.js';

/** Texts that must come back exactly as they are (`changed: false`), by kind. */
export const CLEAN: Readonly<Record<string, readonly string[]>> = {
  emoji: [
    '👩‍💻 working on it, back in 5',
    'Thanks so much 🙏🏽',
    '👨‍👩‍👧‍👦 family plan please',
    '🏳️‍🌈 edition sold out?',
    '🇩🇪🇫🇷🇯🇵 do you ship to all three?',
    'Press 1️⃣ for billing, 2️⃣ for returns, #️⃣ to hear this again',
    '👍🏻👍🏼👍🏽👍🏾👍🏿',
    '🧑🏾‍🚀 costume, size M',
    '❤️‍🔥 love it',
    '🏴󠁧󠁢󠁳󠁣󠁴󠁿 flag patch for my jacket',
    '*️⃣ key does nothing on the keypad',
    '🤷‍♀️ no idea where it went',
    '🐻‍❄️ plush arrived with a torn ear 😢',
    '🇺🇦 delivery to Lviv possible?',
    '✌🏿',
    '😂😂😂 ok fine',
    '🫶🏼 you are the best',
    '🧔🏻‍♂️ beard trimmer, order 7781',
    '👩🏽‍🤝‍👨🏿 couple mugs',
    '🙋‍♂️ question about order #4412',
    '🔟 items ordered, 0️⃣ delivered',
    'Commande reçue ✅ merci 😊',
    'Paket ist da 📦👌',
    '🇧🇷 frete grátis?',
  ],
  vietnamese: [
    'Tôi muốn đổi trả sản phẩm vì bị lỗi.',
    'Cảm ơn anh chị đã hỗ trợ nhiệt tình.',
    'Đơn hàng của tôi vẫn chưa được giao, xin kiểm tra giúp.',
    'Người nhận: Phạm Thị Ngọc Ánh, quận Bình Thạnh',
    'Tại sao tôi bị trừ tiền hai lần?',
    'Mật khẩu mới không hoạt động ạ.',
    'Địa chỉ: số 18 ngõ Huyện, Hoàn Kiếm, Hà Nội',
    'Ồ, hàng đẹp quá! Sẽ ủng hộ tiếp.',
    'Trường hợp của tôi khẩn cấp lắm, mong phản hồi sớm.',
    // Decomposed (NFD), as some Mac mail clients send it: clean, and not ours to compose.
    'Tiếng Việt có dấu'.normalize('NFD'),
  ],
  indic: [
    'मेरा ऑर्डर अभी तक नहीं आया है, कृपया जाँच करें।',
    'रिफ़ंड कब तक मिलेगा?',
    'मुझे गलत साइज़ का जूता मिला।',
    'क्षमा करें, ज्ञान श्रद्धा त्र्यंबक',
    'আমার অর্ডার এখনও পৌঁছায়নি।',
    'টাকা ফেরত কবে পাব?',
    'ধন্যবাদ, আপনাদের সেবা খুব ভালো।',
    'என் ஆர்டர் இன்னும் வரவில்லை.',
    'நன்றி!',
    'பணம் திரும்ப எப்போது கிடைக்கும்?',
  ],
  southeastAsian: [
    'สินค้าที่ได้รับชำรุด ต้องการเปลี่ยนสินค้าค่ะ',
    'รบกวนตรวจสอบสถานะการจัดส่งให้หน่อยครับ',
    'โอนเงินแล้วนะคะ ๑,๒๐๐ บาท',
    'សូមអរគុណ',
    'ការទិញទំនិញ និងសេវាកម្ម',
    'ကျေးဇူးတင်ပါတယ်',
    'မင်္ဂလာပါ',
    'အင်္ဂလိပ်လို ပြောတတ်သလား။',
  ],
  caucasusAndAfrica: [
    'გამარჯობა, შეკვეთა ჯერ არ მიმიღია.',
    'ᲒᲐᲛᲐᲠᲯᲝᲑᲐ',
    'Բարև ձեզ, պատվերս դեռ չի հասել։',
    'Խնդրում եմ օգնել',
    'አመሰግናለሁ',
    'ሰላም',
  ],
  hebrew: ['שָׁלוֹם', 'בְּרֵאשִׁית בָּרָא', 'תּוֹדָה רַבָּה עַל הָעֶזְרָה', 'מס׳ הזמנה 55012 — תודה!'],
  korean: [
    '배송이 너무 늦어요 ㅠㅠ',
    'ㅋㅋㅋ 감사합니다',
    '나랏말ᄊᆞ미 듕귁에 달아',
    'ᄒᆞᆫ글 옛 글자',
    'ㆍ ㆆ ㅿ ㆁ',
  ],
  japanese: [
    'ｺﾞﾁｭｳﾓﾝ ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ',
    'ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ ﾌﾘｺﾐ',
    'ＴＥＬ：０３－１２３４－５６７８',
    '〒１００－０００１ 東京都千代田区',
    '㈱山田商事 御中',
    '①②③の順にご確認ください（至急）',
    '9時〜18時（土日祝を除く）',
    'ヴァイオリンの弦が切れました',
    'ﾃｽﾄﾒｰﾙです｡ ﾖﾛｼｸ｡',
  ],
  chinese: [
    '我的iPhone 15 Pro订单还没发货',
    '請問 PayPal 退款要幾天？',
    '订单号：CN20261204-0088，谢谢',
    '台灣的運費是多少？我在深圳',
    '這個App的bug还没修好',
    '【重要】请于12月31日前完成付款',
  ],
  symbols: [
    '∮ E·da = Q/ε₀',
    '∫₀^∞ e^(−x²) dx = √π/2',
    '≤ ≥ ≠ ≡ ∝ ∴',
    '$1,299.00 → €1.199,00',
    '₿0.0021',
    '₴1 250',
    '৳500',
    '₦2,000',
    '₱350.00',
    'Fr. 45.—',
    '£ 9·99 (old style)',
    '0.5‰ fee',
    'Σ = 42 € ± 3 %',
  ],
  boxes: [
    '┌──────┐\n│ OK   │\n└──────┘',
    '╔═══╗\n║ x ║\n╚═══╝',
    '├── src\n│   └── index.ts\n└── package.json',
    '▓▒░ loading ░▒▓',
    '■□▲△●○◆◇',
    '━━━━━━━━ ✂ ━━━━━━━━',
  ],
  ipa: [
    '/ˈmɛrɪdiən/',
    '[ðə kwɪk bɹaʊn fɒks]',
    'ʃ ʒ θ ð ŋ ɲ ʎ',
    '/ʁə.sy/ not /ri.siː/',
    'Hawaiʻi and Oʻahu',
  ],
  // Latin-1 letters beside punctuation in 0x80-0xBF of Windows-1252: each pair is a valid UTF-8
  // sequence once encoded as Windows-1252 ("ß“" is DF 93), the shape mojibake has.
  latin1LookAlikes: [
    'façade',
    'Dörte Ünal',
    'Æsir and Ásgarðr',
    'Łucja Ćwik',
    'JOÃO CONCEIÇÃO ESTÊVÃO',
    'SÃO PAULO — AÇÃO IMEDIATA',
    'Das Paket ist „groß“.',
    'Ich weiß…',
    '“VOCÊ”',
    '“CAFÉ”',
    '“On se voit au café…”',
    'Éric Ångström',
    'Ðakovo',
    'ØRSTED ÅS',
    'Cuál es el número?',
    'El niño pidió “piña”',
    'PIÑA COLADA ¡YA!',
    'Ça m’a coûté 30 €',
    'Maître Corbeau',
    'São Tomé e Príncipe',
    'Fußgängerübergänge',
    'GRÜẞE',
    'Œdipe',
    'Ÿ is rare',
  ],
  replacementChar: [
    'Pedido n� 123 recebido',
    '�� unknown',
    'Stra�e 5, M�nchen',
    'caf� — sorry, my keyboard',
    '\uFFFD',
  ],
  spacesAndMarks: [
    '10\u00a0000\u00a0€',
    '« Bonjour\u202f! »',
    '1\u2009234,56',
    'Mr.\u00a0Smith',
    'Prix\u00a0: 12,50\u00a0€',
    'Merci à\u00a0tous',
    '\u200fשלום\u200e order #123',
    '\u202bעברית\u202c',
    'Order \u2066#4521\u2069 ok',
    'رقم الطلب\u200f 4471',
    'word\u2060joiner',
    'soft\u00adhyphen',
    'zero\u200bwidth',
  ],
  asciiArt: [
    '¯\\_(ツ)_/¯',
    '(╯°□°）╯︵ ┻━┻',
    '┬─┬ノ( º _ ºノ)',
    'ಠ_ಠ',
    '( ͡° ͜ʖ ͡°)',
    'ʕ•ᴥ•ʔ',
    '(ﾉ◕ヮ◕)ﾉ*:･ﾟ✧',
    '°º¤ø,¸¸,ø¤º°`°º¤ø,¸',
    '«(¯`·._.·[ SALE ]·._.·´¯)»',
  ],
  otherScripts: [
    'Рахмет, тапсырыс алынды',
    'Sifarişim hələ gəlmədi',
    'Ĉu vi ŝatus ĝin? Ĥoro, ĵaŭdo.',
    'Grazzi ħafna',
    'Ἀθῆναι',
    'Ẹ ṣé o',
    'ગુજરાતી',
    'తెలుగు',
    'ಕನ್ನಡ',
    'മലയാളം',
    'සිංහල',
    'ພາສາລາວ',
    'བོད་ཡིག',
    'ᠮᠣᠩᠭᠣᠯ',
    'ᏣᎳᎩ',
    'ᐃᓄᒃᑎᑐᑦ',
  ],
  mixedHelpDesk: [
    'Re: Bestellung Nr. 58812 – Rücksendung',
    'Sent from my iPhone\n\n> Le 3 déc. 2026 à 14:02, Service Client a écrit :',
    'Hi Zoë, the café order (2× crème brûlée) is late 😕',
    'Subject: =?UTF-8?B?w6k=?= (raw header, left as is)',
    'Tracking: 1Z999AA10123456784 → Köln → Zürich',
    'Rechnung_März_2026.pdf',
    'https://example.com/ü/straße?q=café',
    'C:\\Users\\Jürgen\\Downloads\\Übersicht.xlsx',
    'Заказ №1234 — «срочно»',
    'Ο αριθμός παραγγελίας είναι 5521· ευχαριστώ',
    '注文番号：ＪＰ－７７１２ ｜ 状態：発送済み',
    'Tel. +48 22 123 45 67 (Łódź)',
    'Kind regards,\nÅsa Lindqvist\nKundtjänst',
  ],
};

/**
 * Common CJK characters for the probe of a brand name inside a sentence: the most frequent
 * simplified Chinese characters as ordered in frequency lists, then katakana and Hangul syllables.
 */
export const COMMON_CJK =
  '的是了在有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞カキクケコシスソタチ카타';

/** A broken text, what the customer wrote, how it broke, and whether every byte survived. */
export type BrokenRow = {
  readonly kind: string;
  readonly original: string;
  readonly broken: string;
  readonly chain: readonly CodePage[];
  readonly lossless: boolean;
};

// Each field through each page of the chain, as browsers decode (mojibakeCorpus.ts): lossless
// when every step gave back its bytes (Shift-JIS has no reading of an emoji's F0 lead byte).
let lost = false;
const through = (text: string, chain: readonly CodePage[]): string =>
  chain.reduce((t, p) => {
    const m = misdecode(t, p, p.startsWith('windows-'));
    if (!m.lossless) lost = true;
    return m.text;
  }, text);

/** A row whose whole text broke through `chain`. */
const whole = (kind: string, original: string, chain: readonly CodePage[]): BrokenRow => {
  lost = false;
  const broken = through(original, chain);
  return { kind, original, broken, chain, lossless: !lost };
};

/** A row where only the `{…}` fields of `template` broke through `chain`. */
const fields = (kind: string, template: string, chain: readonly CodePage[]): BrokenRow => {
  lost = false;
  const broken = template.replace(/\{([^}]*)\}/g, (_, f: string) => through(f, chain));
  return { kind, original: template.replace(/[{}]/g, ''), broken, chain, lossless: !lost };
};

const W1252: readonly CodePage[] = ['windows-1252'];
const W1250: readonly CodePage[] = ['windows-1250'];

const HEADER_NAMES: readonly (readonly [string, readonly CodePage[]])[] = [
  ['José García', W1252],
  ['Dörte Brückner', W1252],
  ['François Lemaître', W1252],
  ['Søren Ødegaard', W1252],
  ['Çağrı Öztürk', W1252],
  ['Nguyễn Thị Thu Hà', W1252],
  ['Ștefania Țăranu', W1252],
  ['Zdeněk Řezníček', W1250],
  ['Paweł Wójcik', W1250],
  ['Ákos Szőke', W1250],
  ['Дмитрий Соколов', W1252],
  ['Ярослава Коваль', ['windows-1251']],
  ['Γιώργος Νικολάου', W1252],
  ['山本さくら', W1252],
  ['陈志强', W1252],
  ['박지훈', W1252],
  ['Renée Lévesque', ['gbk']],
  ['Björn Åkesson', ['shift_jis']],
  ['Agnieszka Łęcka', ['iso-8859-2']],
  ['Żaneta Kłos', ['macintosh']],
];

/** Every broken row of the audit, deterministic. */
export function brokenRows(): BrokenRow[] {
  const rows: BrokenRow[] = [];
  // A mis-decoded display name inside a mail header line (the address and the rest are ASCII).
  HEADER_NAMES.forEach(([name, chain], i) => {
    const box = `c${1000 + i}@example.com`;
    const lines = [
      `From: "{${name}}" <${box}>`,
      `To: {${name}} <${box}>`,
      `Cc: support@example.com, "{${name}}" <${box}>`,
    ];
    rows.push(fields('header', lines[i % lines.length] as string, chain));
  });
  // A quoted reply: the new text is clean, the quoted lines broke on the way in.
  const QUOTES: readonly (readonly [string, string, readonly CodePage[]])[] = [
    [
      'Danke!',
      'Am 2. Dez. schrieb {Jürgen Weiß}:\n> {Die Rücksendung ist unterwegs, Grüße}',
      W1252,
    ],
    ['Merci.', 'Le 3 déc., {Hélène Faure} a écrit :\n> {Je n’ai pas reçu le colis.}', W1252],
    ['Gracias', 'El mar., {Iñigo Núñez} escribió:\n> {¿Cuándo llegará el pedido?}', W1252],
    ['Tack', '{Åsa Nyström} skrev:\n> {Paketet är skadat, vad gör jag nu?}', W1252],
    ['OK', '{Mehmet Güneş} yazdı:\n> {Ürünü iade etmek istiyorum, lütfen yardım edin.}', W1252],
    [
      'Dzięki',
      '{Grzegorz Błaszczyk} napisał:\n> {Zamówienie dotarło uszkodzone, proszę o zwrot.}',
      W1250,
    ],
    ['Díky', '{Lucie Černá} napsala:\n> {Zboží mi ještě nepřišlo, můžete to ověřit?}', W1250],
    ['Спасибо', '{Анна Кузнецова} писала:\n> {Посылка пришла пустая, что делать?}', W1252],
    ['Thanks', '{Ngô Bảo Châu} wrote:\n> {Tôi chưa nhận được hóa đơn điện tử.}', W1252],
    ['ありがとう', '{田中一郎} wrote:\n> {商品が届いていません。確認をお願いします。}', W1252],
    ['谢谢', '{李娜} wrote:\n> {我想申请退货，请告诉我怎么操作。}', W1252],
    [
      'Merci',
      'Le lun., {Amélie Rousseau} a écrit :\n> {Le remboursement n’apparaît pas sur mon relevé.}',
      ['gbk'],
    ],
  ];
  for (const [top, quoted, chain] of QUOTES)
    rows.push(fields('quoted-reply', `${top}\n\n${quoted}`, chain));
  // Mojibake next to emoji that came through clean (the emoji typed in a second field, or added by
  // the agent tool): the broken word touches the emoji or sits beside it.
  const BESIDE: readonly (readonly [string, readonly CodePage[]])[] = [
    ['🙏 {Merci beaucoup pour la réponse rapide}', W1252],
    ['{Größe passt nicht}😞', W1252],
    ['✅ {Zamówienie zostało wysłane}', W1250],
    ['{Hvala lijepa}👍🏼 {još jednom}', W1250],
    ['📦 {Paketin hâlâ gelmedi} 😡', W1252],
    ['{¡Qué rápido!}🎉🎉', W1252],
    ['{Спасибо большое} ❤️', W1252],
    ['🇻🇳 {Giao hàng nhanh quá}', W1252],
    ['{ありがとうございます}🙇‍♀️', W1252],
    ['{感谢你们的帮助}😊', W1252],
    ['{Déjà reçu, merci} 👌', ['gbk']],
    ['⭐⭐⭐⭐⭐ {Très satisfaite de l’achat}', ['shift_jis']],
  ];
  for (const [t, chain] of BESIDE) rows.push(fields('beside-emoji', t, chain));
  // Text that itself had emoji, broken whole: the 4-byte UTF-8 of each emoji went through too.
  const WITH_EMOJI: readonly (readonly [string, readonly CodePage[]])[] = [
    ['Merci 🙏 pour tout', W1252],
    ['Danke für die schnelle Hilfe 👍', W1252],
    ['Ótimo atendimento 😍 obrigada', W1252],
    ['Gracias por todo 🎁 feliz Navidad', W1252],
    ['Paket angekommen 📦 alles gut', W1252],
    ['Très déçu 😞 le colis est abîmé', W1252],
    ['Teşekkürler 🙂 çok hızlıydı', W1252],
    ['Cảm ơn shop 🥰 hàng đẹp lắm', W1252],
    ['Спасибо 😊 всё пришло', W1252],
    ['ありがとう😊また買います', W1252],
    ['谢谢🙏已经收到了', W1252],
    ['👨‍👩‍👧 Familientarif für drei Geräte', W1252],
    ['Hvala 🇭🇷 stiglo je', W1250],
    ['Dziękuję 💐 bardzo miło', W1250],
    ['Köszönöm ☺️ megérkezett', W1250],
    ['Merci 🙏 pour tout', ['gbk']],
    ['Danke 👍 für die Hilfe', ['gbk']],
    ['收到了🎉谢谢', ['gbk']],
    ['Grazie mille 😘', ['gbk']],
    ['Obrigado 🙌 chegou hoje', ['gbk']],
    ['Merci 🙏 pour tout', ['shift_jis']],
    ['届きました📦ありがとう', ['shift_jis']],
    ['Danke 🎄 frohe Weihnachten', ['shift_jis']],
    ['¡Gracias! 🌟', ['shift_jis']],
  ];
  for (const [t, chain] of WITH_EMOJI) rows.push(whole('emoji-inside', t, chain));
  // File names and URL paths that broke (the host and the extension are ASCII).
  const PATHS: readonly (readonly [string, readonly CodePage[]])[] = [
    ['Anhang: {Rechnung_Müller_März.pdf}', W1252],
    ['Attachment: {Facture_été_2026.pdf}', W1252],
    ['https://shop.example.com/{produkte/größentabelle}', W1252],
    ['https://example.org/{catégories/électroménager}/42', W1252],
    ['Datei {Übersicht Rücksendungen.xlsx} fehlt', W1252],
    ['Archivo adjunto: {Reclamación_señor_Peña.docx}', W1252],
    ['Plik: {Reklamacja_Łódź_zdjęcie.jpg}', W1250],
    ['Soubor {Objednávka_č_58.pdf} nejde otevřít', W1250],
    ['Вложение: {Счёт_на_оплату.pdf}', W1252],
    ['File: {発送伝票_控え.pdf}', W1252],
    ['Link: https://example.cn/{订单/详情}', W1252],
    ['Dosya: {Sipariş_Özeti_Şubat.pdf}', W1252],
    ['C:\\Users\\{Jürgen}\\Documents\\{Kündigung.docx}', W1252],
    ['https://example.com/{fotos/açaí-tigela}.jpg', W1252],
  ];
  for (const [t, chain] of PATHS) rows.push(fields('path', t, chain));
  // Turkish, Vietnamese and Romanian through Windows-1252 and Windows-1250, whole.
  const TVR = [
    'Siparişim iki haftadır gelmedi, lütfen kontrol eder misiniz?',
    'Kargo takip numarası çalışmıyor.',
    'Ödeme iki kez çekildi, iade bekliyorum.',
    'Ürün kırık geldi, fotoğraf ekte.',
    'Tôi đã thanh toán nhưng đơn hàng bị hủy.',
    'Làm ơn gửi lại mã giảm giá cho tôi.',
    'Sản phẩm nhận được không đúng màu.',
    'Bao giờ tôi nhận được tiền hoàn?',
    'Coletul a ajuns deteriorat, vă rog să mă ajutați.',
    'Aș dori să returnez produsul.',
    'Plata a fost făcută de două ori.',
    'Mulțumesc pentru răspunsul rapid!',
  ];
  for (const t of TVR) {
    rows.push(whole('tr-vi-ro', t, W1252));
    rows.push(whole('tr-vi-ro', t, W1250));
  }
  // A forwarded mail broken twice: the new lines on top are clean, the forwarded block broke once
  // when it came in and once more when it was forwarded.
  const FORWARDS: readonly (readonly [string, readonly CodePage[]])[] = [
    ['Müşteri şikayeti, bakar mısınız?', ['windows-1252', 'windows-1252']],
    ['Reklamace zákazníka, prosím vyřiďte.', ['windows-1250', 'windows-1250']],
    ['La cliente dice que el envío llegó dañado.', ['windows-1252', 'windows-1252']],
    ['Kunde möchte die Bestellung stornieren, Grüße', ['windows-1252', 'windows-1252']],
    ['Клиент просит вернуть деньги.', ['windows-1252', 'windows-1252']],
    ['Khách hàng muốn đổi sang size lớn hơn.', ['windows-1252', 'windows-1252']],
    ['お客様から返品の依頼がありました。', ['windows-1252', 'windows-1252']],
    ['Le client n’a toujours pas reçu sa commande.', ['windows-1252', 'windows-1252']],
    ['Klient prosi o fakturę korygującą.', ['windows-1250', 'windows-1250']],
    ['Clientul cere o factură nouă.', ['windows-1252', 'windows-1252']],
    ['Kunden vill byta färg på jackan.', ['windows-1252', 'windows-1251']],
    ['Zákazník žádá o vrácení peněz.', ['windows-1252', 'windows-1252']],
  ];
  for (const [t, chain] of FORWARDS)
    rows.push(
      fields(
        'forwarded-twice',
        `FYI, see below.\n\n---------- Forwarded message ---------\n{${t}}`,
        chain,
      ),
    );
  return rows;
}
