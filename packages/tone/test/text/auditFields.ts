// The field audit of repairText (issue #11, T61f): one short field per cell, as CRM and marketplace
// exports carry them: a person's name with its particles, a city, a street line with its number, a
// product title of one to four words with its size or unit. No sentence stands around a field to
// vouch for a reading: the generated corpus (mojibakeCorpus.ts) writes sentences, or one name after
// "Klient:" inside a sentence, and the desk, attachments, single-byte and double-byte audits write
// whole messages. Here each field is mis-decoded alone through every page of FIELD_PAGES where the
// mis-decoding changes it (the Windows pages in their browser variant when the strict one loses a
// byte, as the corpus does), and a sample twice (FIELD_CHAINS). Many double-byte rows are lossy: a
// page with no character for a pair of UTF-8 bytes makes iconv-lite write U+FFFD; they are scored
// apart. FIELD_CLEAN must come back untouched: short fields are the riskiest ("Ørsted", "Ñoño",
// "Åsa", "Ærø", "ΑΒΓ", "Đặng", "İzmir", "ß"), with CJK names and cities whose bytes through another
// double-byte page are valid UTF-8 ("毛" is GBK C3 AB, "ë"; "채" is EUC-KR C3 A4, "ä"), halfwidth
// and fullwidth katakana, Hangul, all-caps Latin with accents and Portuguese capitals that look
// like 1252 mojibake ("MÃE", "SÃO JOÃO"). Every field was written for this audit by hand and its
// expected form (the field as written) recorded before repairText first ran on it.
import type { CodePage } from '../../src/text/codePageList.js';
import { DOUBLE_BYTE_PAGES, misdecode } from './mojibakeCorpus.js';

/** A field: its language, its kind (name, city, street, product) and its text. */
export type Field = { readonly lang: string; readonly kind: string; readonly text: string };

const f = (lang: string, kind: string, ...texts: string[]): Field[] =>
  texts.map((text) => ({ lang, kind, text }));

/** Fields to break: each holds at least one character past ASCII. */
export const FIELDS: readonly Field[] = [
  // German.
  ...f('de', 'name', 'Jürgen Weiß', 'Dörte Ünal', 'Günther von Bülow', 'Käthe Schröder'),
  ...f('de', 'name', 'Björn Müller-Lüdenscheidt', 'Heinz-Jürgen Böhm', 'Änne Groß'),
  ...f('de', 'city', 'München', 'Köln', 'Düsseldorf', 'Lüneburg', 'Gößweinstein', 'Fürth'),
  ...f('de', 'street', 'Müllerstraße 7', 'Königsallee 92a', 'Am Bärenzwinger 3', 'Schloßweg 1–3'),
  ...f('de', 'product', 'Gartenschlauch 25 m Grün', 'Glühbirne E27 60 W', 'Größe XL Jacke'),
  // Austrian and Swiss German.
  ...f('de-AT', 'city', 'Wörgl', 'Mödling', 'Völkermarkt'),
  ...f('de-CH', 'city', 'Zürich', 'Thalwil am Zürichsee', 'Küsnacht'),
  ...f('de-CH', 'street', 'Bahnhofstraße 12', 'Rämistrasse 101'),
  // French.
  ...f('fr', 'name', 'Hélène Lefèvre', 'François d’Aubigné', 'Renée Béranger', 'Jérôme Ménard'),
  ...f('fr', 'name', 'Anaïs Noël', 'Gaëlle Lemaître', 'Loïc Le Dû', 'Zoé de La Fontaine'),
  ...f('fr', 'city', 'Besançon', 'Orléans', 'Évry', 'Périgueux', 'Saint-Étienne', 'Nîmes'),
  ...f('fr', 'city', 'Châlons-en-Champagne', 'L’Haÿ-les-Roses', 'Genève'),
  ...f('fr', 'street', '12 rue de l’Église', '3 bis, allée des Châtaigniers', '5 place Sébastopol'),
  ...f('fr', 'street', '27 avenue de la Gare, 2ᵉ étage'),
  ...f('fr', 'product', 'Crème brûlée ×2', 'Pâte à tartiner 750 g', 'Thé vert 100 g', 'Café moulu'),
  // Spanish and Catalan, Galician, Basque.
  ...f('es', 'name', 'José Muñoz', 'María Ñúñez de la Peña', 'Iñigo Gómez', 'Begoña Ibáñez'),
  ...f('es', 'name', 'Ramón y Cajal', 'Núria Castañeda', 'Sofía Pérez del Río'),
  ...f('es', 'city', 'Logroño', 'A Coruña', 'Cádiz', 'Málaga', 'Córdoba', 'León', 'Ávila'),
  ...f('es', 'street', 'C/ Peñalver 14, 3º B', 'Avda. de la Constitución 8', 'Pl. España 1, 2ª'),
  ...f('es', 'product', 'Jamón ibérico 100 g', 'Turrón de Jijona', 'Aceite de oliva 1 l (pack ×3)'),
  ...f('ca', 'name', 'Jordi Puigcorbé', 'Mercè Rodoreda i Gurguí', 'Pere Martí'),
  ...f('ca', 'city', 'Lleida–Balàfia', 'Sant Cugat del Vallès', 'L’Hospitalet de Llobregat'),
  ...f('ca', 'street', 'C/ de la Indústria 45'),
  ...f('gl', 'city', 'Ourense–A Ponte', 'Ribadeo (Lugo) – Galicia', 'Vilagarcía de Arousa'),
  ...f('eu', 'city', 'Donostia–San Sebastián', 'Arrasate–Mondragón'),
  // Portuguese.
  ...f('pt', 'name', 'João Gonçalves', 'Conceição Magalhães', 'Antônio Araújo', 'Inês Simões'),
  ...f('pt', 'city', 'São Paulo', 'Brasília', 'Maceió', 'Goiânia', 'Guimarães', 'Setúbal'),
  ...f('pt', 'city', 'Florianópolis', 'Ribeirão Preto'),
  ...f('pt', 'street', 'Rua da Conceição, 45 – 2º esq.', 'Av. Paulista, 1578 – 7º andar'),
  ...f('pt', 'product', 'Pão de queijo 1 kg', 'Feijão preto 500 g', 'Açaí 200 ml'),
  // Italian.
  ...f('it', 'name', 'Niccolò Fabbrì', 'Nicolò D’Alò', 'Pietro Lucà', 'Lucia Dell’Orto'),
  ...f('it', 'city', 'Forlì', 'Cantù', 'Sant’Agata de’ Goti', 'Canicattì'),
  ...f('it', 'street', 'Via dell’Università 5', 'Corso Città 12/B'),
  ...f('it', 'product', 'Caffè espresso 250 g', 'Perché no? T-shirt'),
  // Dutch and Afrikaans.
  ...f('nl', 'name', 'Anouk van der Hoëven', 'Geërt de Vries'),
  ...f('nl', 'city', 'Groningen–Zuidbroek', 'Ede–Wageningen'),
  ...f('nl', 'product', 'Drop 250 g, zoet én zout'),
  // Nordic.
  ...f('da', 'name', 'Søren Kierkegård', 'Jørgen Ærø-Hansen', 'Åse Bøgh'),
  ...f('da', 'city', 'Aarhus Ø', 'Ærøskøbing', 'Køge', 'Næstved', 'Helsingør'),
  ...f('da', 'street', 'Østerbrogade 23, 2. th.', 'Nørregade 7'),
  ...f('no', 'name', 'Øystein Bråthen', 'Ståle Sørensen', 'Kåre Ødegård'),
  ...f('no', 'city', 'Tromsø', 'Bodø', 'Ålesund', 'Førde', 'Lillestrøm'),
  ...f('no', 'product', 'Brunost 500 g – Tine', 'Gløgg 0,75 l'),
  ...f('sv', 'name', 'Åsa Öberg', 'Björk Guðmundsdóttir', 'Måns Zelmerlöw'),
  ...f('sv', 'city', 'Göteborg', 'Malmö', 'Västerås', 'Örebro', 'Jönköping', 'Umeå'),
  ...f('sv', 'street', 'Storgatan 5, 1 tr ö.g.', 'Drottninggatan 12 B, Gävle'),
  ...f('sv', 'product', 'Kanelbullar 6 st à 80 g', 'Lingonsylt 400 g – Önos', 'Blåbärssoppa 1 l'),
  ...f('fi', 'name', 'Jääskeläinen Päivi', 'Mäkinen Väinö'),
  ...f('fi', 'city', 'Jyväskylä', 'Hämeenlinna', 'Seinäjoki', 'Pieksämäki'),
  ...f('fi', 'street', 'Mäkelänkatu 14 A 3', 'Hämeentie 7'),
  ...f('is', 'name', 'Guðrún Þórðardóttir', 'Sigurður Ólafsson', 'Jóhanna Sigurðardóttir'),
  ...f('is', 'city', 'Reykjavík', 'Akureyri – Glerárgata', 'Höfn', 'Þorlákshöfn'),
  ...f('et', 'name', 'Jüri Rätsep', 'Tõnu Õunapuu'),
  ...f('et', 'city', 'Pärnu', 'Võru', 'Jõhvi'),
  // Polish.
  ...f('pl', 'name', 'Łukasz Wójcik', 'Żaneta Kłos', 'Małgorzata Żółć', 'Józef Piłsudski'),
  ...f('pl', 'name', 'Ćwikła Żaneta', 'Grzegorz Brzęczyszczykiewicz'),
  ...f('pl', 'city', 'Łódź', 'Gdańsk', 'Kraków', 'Wrocław', 'Poznań', 'Białystok', 'Częstochowa'),
  ...f('pl', 'city', 'Zielona Góra', 'Świnoujście'),
  ...f('pl', 'street', 'ul. Żeromskiego 5/12', 'ul. Łąkowa 7'),
  ...f('pl', 'street', 'al. Jerozolimskie 44 m. 3, Śródmieście'),
  ...f('pl', 'product', 'Pierogi ruskie 400 g – Łowicz', 'Kiełbasa śląska', 'Żubrówka 0,5 l'),
  // Czech and Slovak.
  ...f('cs', 'name', 'Antonín Dvořák', 'Jiří Čížek', 'Šárka Nováková', 'Ondřej Růžička'),
  ...f('cs', 'city', 'Plzeň', 'Ústí nad Labem', 'České Budějovice', 'Třebíč', 'Hradec Králové'),
  ...f('cs', 'street', 'Vodičkova 681/14', 'nám. Míru 9'),
  ...f('cs', 'product', 'Škoda Octavia – stěrače', 'Pivo ležák 0,5 l'),
  ...f('sk', 'name', 'Ľubomír Šťastný', 'Ďurčo Ľudovít', 'Zuzana Čaputová'),
  ...f('sk', 'city', 'Košice', 'Žilina', 'Prešov', 'Trenčín', 'Ružomberok'),
  // Hungarian.
  ...f('hu', 'name', 'Szőke Ödön', 'Kovács Erzsébet', 'Gyöngyösi Ákos', 'Tőkés Lőrinc'),
  ...f('hu', 'city', 'Győr', 'Pécs', 'Székesfehérvár', 'Hódmezővásárhely', 'Nyíregyháza'),
  ...f('hu', 'street', 'Váci út 12.', 'Kossuth Lajos tér 1–3.'),
  ...f('hu', 'product', 'Pálinka 0,5 l', 'Túró Rudi 30 g'),
  // Romanian, Croatian, Slovenian, Serbian (Latin), Albanian, Maltese.
  ...f('ro', 'name', 'Ștefan Țiriac', 'Mădălina Brâncoveanu', 'Ioana Pătrășcanu'),
  ...f('ro', 'city', 'Timișoara', 'Brașov', 'Iași', 'Târgu Mureș', 'Constanța', 'Pitești'),
  ...f('ro', 'street', 'Str. Mihai Eminescu nr. 5, ap. 3, Bacău', 'Bd. Ștefan cel Mare 14'),
  ...f('hr', 'name', 'Đurđa Šimić', 'Željko Ćorić', 'Ivana Kovačević'),
  ...f('hr', 'city', 'Đakovo', 'Šibenik', 'Čakovec', 'Požega', 'Karlovac–Duga Resa'),
  ...f('sl', 'name', 'Žiga Čeh', 'Špela Šušteršič'),
  ...f('sl', 'city', 'Kočevje', 'Škofja Loka', 'Črnomelj'),
  ...f('sr', 'name', 'Đorđe Đoković', 'Nemanja Vidić'),
  ...f('sq', 'city', 'Durrës', 'Gjirokastër', 'Korçë'),
  ...f('mt', 'city', 'Ħal Qormi', 'Għajnsielem', 'Xagħra'),
  // Turkish and Azerbaijani.
  ...f('tr', 'name', 'Şükrü Güneş', 'Gökhan Öztürk', 'İbrahim Çelik', 'Ayşe Yıldız'),
  ...f('tr', 'name', 'Ağrı Çankaya'),
  ...f('tr', 'city', 'İzmir', 'Muğla', 'Eskişehir', 'Şanlıurfa', 'Iğdır', 'Çanakkale', 'Ağrı'),
  ...f('tr', 'street', 'İstiklal Cad. No: 12/3', 'Atatürk Bulvarı 45, Kızılay'),
  ...f('tr', 'product', 'Türk kahvesi 100 g', 'Lokum çeşitleri 500 g', 'Çay bardağı ×6'),
  ...f('az', 'city', 'Gəncə', 'Şəki', 'Lənkəran'),
  // Baltic.
  ...f('lv', 'name', 'Ģirts Ķēniņš', 'Līga Ozoliņa', 'Jānis Bērziņš'),
  ...f('lv', 'city', 'Jūrmala', 'Cēsis', 'Liepāja', 'Ventspils–Užava'),
  ...f('lt', 'name', 'Žydrūnas Savickas', 'Rūta Meilutytė', 'Jonas Čepulis'),
  ...f('lt', 'city', 'Šiauliai', 'Panevėžys', 'Klaipėda', 'Kėdainiai'),
  ...f('lt', 'street', 'Gedimino pr. 9–12'),
  // Vietnamese.
  ...f('vi', 'name', 'Nguyễn Thị Hương', 'Trần Văn Nam', 'Đặng Thị Ngọc', 'Phạm Minh Đức'),
  ...f('vi', 'name', 'Lê Quý Đôn', 'Võ Nguyên Giáp', 'Bùi Thị Xuân'),
  ...f('vi', 'city', 'Hà Nội', 'Đà Nẵng', 'Huế', 'Hải Phòng', 'Cần Thơ', 'Thủ Đức'),
  ...f('vi', 'street', '12 Lê Lợi, Phường Bến Nghé', 'Số 5 ngõ 34 Hàng Bài'),
  ...f('vi', 'product', 'Cà phê sữa đá', 'Nước mắm 500 ml', 'Bánh mì thịt'),
  // Greek.
  ...f('el', 'name', 'Δημήτρης Παπαδόπουλος', 'Ελένη Κωνσταντίνου', 'Γιώργος Σεφέρης'),
  ...f('el', 'city', 'Αθήνα', 'Θεσσαλονίκη', 'Ηράκλειο', 'Πάτρα', 'Κέρκυρα'),
  ...f('el', 'street', 'Λεωφ. Κηφισίας 112', 'Ερμού 5, 3ος όροφος'),
  ...f('el', 'product', 'Ελαιόλαδο 1 λίτρο', 'Φέτα 400 γρ.'),
  // Russian, Ukrainian, Bulgarian, Serbian (Cyrillic), Kazakh.
  ...f('ru', 'name', 'Анна Кузнецова', 'Пётр Ильич Чайковский', 'Фёдор Достоевский'),
  ...f('ru', 'city', 'Москва', 'Санкт-Петербург', 'Нижний Новгород', 'Ростов-на-Дону', 'Орёл'),
  ...f('ru', 'street', 'ул. Тверская, д. 7, кв. 12', 'пр-т Мира 45к2'),
  ...f('ru', 'product', 'Гречка 900 г', 'Чай чёрный 100 пак.', 'Сгущёнка 380 г'),
  ...f('uk', 'name', 'Олена Ковальчук', 'Андрій Шевченко', 'Юлія Їжакевич'),
  ...f('uk', 'city', 'Київ', 'Львів', 'Харків', 'Запоріжжя', 'Дніпро', 'Біла Церква'),
  ...f('uk', 'street', 'вул. Хрещатик, 22', 'просп. Перемоги 37'),
  ...f('bg', 'name', 'Христо Стоичков', 'Йорданка Донкова'),
  ...f('bg', 'city', 'Пловдив', 'Велико Търново', 'Стара Загора'),
  ...f('sr', 'city', 'Београд', 'Нови Сад', 'Ниш'),
  ...f('kk', 'city', 'Алматы', 'Қарағанды', 'Өскемен'),
  // Hebrew and Arabic.
  ...f('he', 'name', 'דוד לוי', 'שרה כהן'),
  ...f('he', 'city', 'תל אביב', 'ירושלים', 'באר שבע'),
  ...f('ar', 'name', 'محمد عبد الله', 'فاطمة الزهراء'),
  ...f('ar', 'city', 'القاهرة', 'الدار البيضاء', 'دبي'),
  // Chinese (simplified and traditional), Japanese, Korean.
  ...f('zh-CN', 'name', '王小明', '李娜', '欧阳修', '毛宁', '张伟'),
  ...f('zh-CN', 'city', '北京', '上海', '广州', '深圳', '成都', '乌鲁木齐'),
  ...f('zh-CN', 'street', '朝阳区建国路88号', '南京东路100号3楼'),
  ...f('zh-CN', 'product', '小米14 手机壳', '贵州茅台 53度 500ml', '绿茶 250克'),
  ...f('zh-TW', 'name', '陳美玲', '林志玲', '羅大佑'),
  ...f('zh-TW', 'city', '臺北', '高雄', '臺中', '新竹'),
  ...f('zh-TW', 'street', '忠孝東路四段 101號'),
  ...f('zh-TW', 'product', '珍珠奶茶 大杯', '鳳梨酥 12入'),
  ...f('ja', 'name', '山田太郎', '佐藤 花子', 'ミュラー ユルゲン', '渡邊 健'),
  ...f('ja', 'city', '東京', '大阪', '名古屋', '札幌', '那覇', '京都'),
  ...f('ja', 'street', '港区芝公園4-2-8', '中央区銀座1丁目2-3'),
  ...f('ja', 'product', '抹茶 100g', 'ノートパソコン 15インチ', '梅干し 1kg'),
  ...f('ko', 'name', '김민준', '이서연', '박지성', '최은영'),
  ...f('ko', 'city', '서울', '부산', '인천', '대구', '제주'),
  ...f('ko', 'street', '강남구 테헤란로 152', '중구 세종대로 110'),
  ...f('ko', 'product', '김치 1kg', '참기름 350ml', '라면 5개입'),
  // Thai.
  ...f('th', 'name', 'สมชาย ใจดี'),
  ...f('th', 'city', 'กรุงเทพมหานคร', 'เชียงใหม่'),
  // Latin names of other places, and titles with signs and units.
  ...f('en', 'product', 'Café table Ø 80 cm', 'Mug 350 ml – “Best Dad”', 'Screen 27″ 4K'),
  ...f('en', 'product', 'Cable 2 m ± 5 %', 'Ring size ½', 'Gift card 50 €', 'Tea 100 g · organic'),
  ...f('en', 'product', 'Freezer −18 °C', 'Meridian™ Pro', 'Charger 65 W (USB‑C)'),
  ...f('en', 'name', 'Zoë Saldaña', 'Beyoncé Knowles', 'Chloë Sevigny', 'Renée Zellweger'),
  ...f('ga', 'name', 'Seán Ó Briain', 'Siobhán Ní Bhriain', 'Pádraig Ó Súilleabháin'),
  ...f('ga', 'city', 'Dún Laoghaire', 'Baile Átha Cliath'),
  ...f('cy', 'city', 'Ynys Môn', 'Tŷ Newydd, Pen-y-bont ar Ogwr'),
  ...f('mi', 'city', 'Whangārei', 'Taupō', 'Ōtautahi'),
];

/** Fields that must come back untouched, short ones first: the riskiest. */
export const FIELD_CLEAN: readonly Field[] = [
  // Short Latin fields with one or two accented letters.
  ...f('da', 'name', 'Ørsted', 'Ærø', 'Åsa', 'Øst', 'Bø', 'Å', 'Ø', 'Æble', 'Søren', 'Brøndby'),
  ...f('es', 'name', 'Ñoño', 'Ñandú', 'Peña', 'Muñoz', 'Iñaki', 'Íñigo', 'Ávila', 'Ébano'),
  ...f('vi', 'name', 'Đặng', 'Đức', 'Ngô', 'Lý', 'Hồ', 'Vũ', 'Đỗ', 'Phạm'),
  ...f('tr', 'city', 'İzmir', 'Iğdır', 'Uşak', 'Ağrı', 'Muş', 'Çorum', 'ŞİŞLİ', 'İNÖNÜ'),
  ...f('de', 'name', 'ß', 'Groß', 'Weiß', 'Öl', 'Über', 'Ägypten', 'Ärzte', 'Öztürk'),
  ...f('fr', 'name', 'Zoë', 'Noël', 'Loïc', 'Gaël', 'Élise', 'Hélène', 'Ève', 'Où'),
  ...f('pl', 'name', 'Łódź', 'Żak', 'Ćma', 'Łukasz', 'Ślęża', 'Źródło'),
  ...f('cs', 'name', 'Čech', 'Říha', 'Šír', 'Ústí'),
  ...f('hu', 'name', 'Győr', 'Pécs', 'Ős', 'Űr'),
  ...f('is', 'name', 'Þór', 'Ðóra', 'Ísafjörður', 'Æsa'),
  ...f('ro', 'name', 'Țuțu', 'Știrbei', 'Ăla'),
  // All-caps Latin with accents, and Portuguese capitals that look like 1252 mojibake.
  ...f('pt', 'name', 'MÃE', 'IRMÃ', 'SÃO JOÃO', 'CAPITÃO', 'JOÃO', 'MÃOS', 'ALEMÃO', 'NÃO'),
  ...f('pt', 'city', 'SÃO PAULO', 'GUIMARÃES', 'MARANHÃO', 'BELÉM', 'MACEIÓ', 'GOIÂNIA'),
  ...f('de', 'city', 'MÜNCHEN', 'KÖLN', 'GÖTTINGEN', 'DÜSSELDORF', 'STRAẞE 5', 'GRÖSSE XL'),
  ...f('fr', 'city', 'ÉVRY', 'ORLÉANS', 'NÎMES', 'CRÈME BRÛLÉE', 'CAFÉ', 'ÎLE-DE-FRANCE'),
  ...f('es', 'city', 'LOGROÑO', 'CÁDIZ', 'MÁLAGA', 'ESPAÑA', 'AÑO NUEVO'),
  ...f('pl', 'city', 'ŁÓDŹ', 'GDAŃSK', 'KRAKÓW', 'ŻÓŁW', 'ŚWIĘTO'),
  ...f('cs', 'city', 'PLZEŇ', 'ČESKÝ KRUMLOV', 'ŠKODA'),
  ...f('is', 'city', 'GUÐRÚN ÞÓRÐARDÓTTIR', 'REYKJAVÍK'),
  ...f('ro', 'city', 'CASĂ', 'BRAȘOV', 'TIMIȘOARA', 'ȚARA'),
  ...f('vi', 'city', 'ĐÀ NẴNG', 'HÀ NỘI', 'NGUYỄN'),
  // Greek and Cyrillic, short.
  ...f('el', 'name', 'ΑΒΓ', 'Άρης', 'Ίος', 'Ήρα', 'Ωμέγα', 'ΚΩΣΤΑΣ', 'Ύδρα', 'Όλγα'),
  ...f('ru', 'name', 'Ёж', 'Юля', 'Яна', 'ЦУМ', 'Орёл', 'Щи', 'ЁЛКА', 'Эра'),
  ...f('uk', 'name', 'Їжак', 'Ірпінь', 'Ґалаґан', 'Є'),
  ...f('bg', 'name', 'Ъгъл', 'Щерю'),
  // Hebrew and Arabic.
  ...f('he', 'name', 'דן', 'חיפה', 'אילת'),
  ...f('ar', 'name', 'علي', 'عمّان', 'جدة'),
  // Chinese names and cities, several of whose bytes through another page are valid UTF-8.
  ...f('zh-CN', 'name', '毛', '毛宁', '茅盾', '猫', '王', '李', '张伟', '梅兰芳', '么么'),
  ...f('zh-CN', 'city', '东京', '北京', '上海', '武汉', '西安', '杭州', '厦门'),
  ...f('zh-TW', 'name', '羅', '羅大佑', '簡', '顏', '臺南', '嘉義'),
  // Japanese: kanji names, katakana (full and half width), kana.
  ...f('ja', 'name', '東京', '佐藤', '鈴木', '単', '旦', '坦', '担当', '渡邊'),
  ...f('ja', 'name', 'ミュラー', 'ユルゲン', 'ソフィー', 'カフェ', 'テレビ', 'さくら', 'ひらがな'),
  ...f('ja', 'name', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'ﾃｽﾄ', 'ﾃﾞｰﾀ', 'ｶﾞｰﾃﾞﾝ', 'ﾐｭﾗｰ', 'ｶ)ﾒﾘﾃﾞｨｱﾝ', 'ﾃｼﾞﾏ', 'ｱｲｳ'),
  // Korean: Hangul names and cities, several of whose EUC-KR bytes are valid UTF-8.
  ...f('ko', 'name', '책', '채', '체', '청', '최', '천', '김', '이', '박', '찬', '채윤'),
  ...f('ko', 'city', '서울', '부산', '청주', '창원', '춘천', '천안', '제주'),
  // Fullwidth and mixed.
  ...f('ja', 'product', 'ＡＢＣ', '１２３', '（株）', 'Ｔシャツ Ｌ', 'Café ラテ'),
  ...f('zh-CN', 'product', 'iPhone 手机壳', 'Škoda 配件', 'Crème 布丁'),
  ...f('ko', 'product', 'Über 택시', 'Galaxy 케이스'),
  // Signs and units, short.
  ...f('en', 'product', '½', '°C', '€5', '£10', '¥980', '±2', '×3', '™', '©', 'Ø 80', '3×4 m'),
  ...f('en', 'product', '½ kg', '2 × 500 ml', '−5 °C', 'Nº 5', '№ 7'),
];

/** The pages each field goes through alone: six common single-byte pages and the eight double-byte. */
export const FIELD_PAGES: readonly CodePage[] = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1254',
  'windows-1257',
  'macintosh',
  ...DOUBLE_BYTE_PAGES,
];

/** Chains of two pages a sample of fields goes through (every seventh field). */
export const FIELD_CHAINS: readonly (readonly CodePage[])[] = [
  ['windows-1252', 'windows-1252'],
  ['gbk', 'windows-1252'],
  ['shift_jis', 'windows-1252'],
  ['euc-kr', 'gbk'],
  ['big5', 'windows-1252'],
];

/** Whether a page is one of the double-byte ones. */
export const isDoubleByte = (p: CodePage): boolean =>
  (DOUBLE_BYTE_PAGES as readonly CodePage[]).includes(p);

/** A broken field: what was written, how it broke and whether every byte survived. */
export type FieldRow = {
  readonly lang: string;
  readonly kind: string;
  readonly original: string;
  readonly broken: string;
  readonly chain: readonly CodePage[];
  readonly lossless: boolean;
};

const through = (text: string, chain: readonly CodePage[]): { text: string; lossless: boolean } =>
  chain.reduce(
    (acc, page) => {
      const strict = misdecode(acc.text, page);
      const browser = page.startsWith('windows-') && !strict.lossless;
      const m = browser ? misdecode(acc.text, page, true) : strict;
      return { text: m.text, lossless: acc.lossless && m.lossless };
    },
    { text, lossless: true as boolean },
  );

/** The broken rows, made at call time (iconv-lite), deterministic. */
export function fieldRows(): FieldRow[] {
  const rows: FieldRow[] = [];
  FIELDS.forEach((field, i) => {
    const chains = [...FIELD_PAGES.map((p) => [p]), ...(i % 7 === 0 ? FIELD_CHAINS : [])];
    for (const chain of chains) {
      const m = through(field.text, chain);
      if (m.text === field.text) continue;
      rows.push({ ...field, original: field.text, broken: m.text, chain, lossless: m.lossless });
    }
  });
  return rows;
}
