// Reason codes from other packages (a return decision's reasons) rendered through the same
// catalog machinery. Params a reason carries beyond those declared are ignored; a reason whose
// code is unknown, or that lacks a declared param, renders the visible fallback below.
import type { TemplateCatalog } from '../types.js';

const one = (en: string, rest: Record<string, string>) => ({
  params: {},
  messages: Object.fromEntries([
    ['en', { any: en }],
    ...Object.entries(rest).map(([k, v]) => [k, { any: v }]),
  ]),
});

export const REASONS: TemplateCatalog = {
  'policy.window-open': {
    params: { days: 'number' },
    messages: {
      en: { any: 'You are within our {days, plural, one {#-day} other {#-day}} return window.' },
      de: { any: 'Die Rückgabefrist von {days, plural, one {# Tag} other {# Tagen}} läuft noch.' },
      fr: {
        any: 'Le délai de retour de {days, plural, one {# jour} many {# de jours} other {# jours}} est encore ouvert.',
      },
      es: {
        any: 'El plazo de devolución de {days, plural, one {# día} many {# de días} other {# días}} sigue abierto.',
      },
      it: {
        any: 'Il termine di reso di {days, plural, one {# giorno} many {# di giorni} other {# giorni}} è ancora aperto.',
      },
      nl: { any: 'De retourtermijn van {days, plural, one {# dag} other {# dagen}} loopt nog.' },
      pl: {
        any: 'Termin zwrotu wynoszący {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} jeszcze trwa.',
      },
      'pt-BR': {
        any: 'O prazo de devolução de {days, plural, one {# dia} many {# de dias} other {# dias}} ainda está aberto.',
      },
      ja: { any: '返品受付期間（{days, plural, other {#日間}}）内です。' },
      ar: {
        any: 'فترة الإرجاع البالغة {days, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} لا تزال مفتوحة.',
      },
      fa: { any: 'مهلت مرجوعی {days, plural, one {# روزه} other {# روزه}} هنوز باز است.' },
      'zh-Hans': { any: '仍在 {days, plural, other {# 天}}退货期内。' },
    },
  },
  'policy.window-closed': {
    params: { days: 'number' },
    messages: {
      en: { any: 'Our {days, plural, one {#-day} other {#-day}} return window has passed.' },
      de: {
        any: 'Unsere Rückgabefrist von {days, plural, one {# Tag} other {# Tagen}} ist abgelaufen.',
      },
      fr: {
        any: 'Notre délai de retour de {days, plural, one {# jour} many {# de jours} other {# jours}} est dépassé.',
      },
      es: {
        any: 'Nuestro plazo de devolución de {days, plural, one {# día} many {# de días} other {# días}} ha vencido.',
      },
      it: {
        any: 'Il nostro termine di reso di {days, plural, one {# giorno} many {# di giorni} other {# giorni}} è scaduto.',
      },
      nl: {
        any: 'Onze retourtermijn van {days, plural, one {# dag} other {# dagen}} is verstreken.',
      },
      pl: {
        any: 'Nasz termin zwrotu wynoszący {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} minął.',
      },
      'pt-BR': {
        any: 'Nosso prazo de devolução de {days, plural, one {# dia} many {# de dias} other {# dias}} terminou.',
      },
      ja: { any: '当店の返品受付期間（{days, plural, other {#日間}}）は過ぎています。' },
      ar: {
        any: 'انتهت فترة الإرجاع لدينا البالغة {days, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}.',
      },
      fa: { any: 'مهلت مرجوعی {days, plural, one {# روزه} other {# روزه}} ما گذشته است.' },
      'zh-Hans': { any: '本店 {days, plural, other {# 天}}退货期已过。' },
    },
  },
  'statutory.withdrawal-open': one('The legal right of withdrawal still applies.', {
    de: 'Das gesetzliche Widerrufsrecht gilt noch.',
    fr: 'Le droit légal de rétractation s’applique encore.',
    es: 'El derecho legal de desistimiento sigue vigente.',
    it: 'Il diritto di recesso previsto dalla legge è ancora valido.',
    nl: 'Het wettelijke herroepingsrecht geldt nog.',
    pl: 'Ustawowe prawo odstąpienia od umowy nadal obowiązuje.',
    'pt-BR': 'O direito legal de arrependimento ainda se aplica.',
    ja: '法律上の撤回権が適用されます。',
    ar: 'حق الانسحاب القانوني لا يزال ساريًا.',
    fa: 'حق قانونی انصراف هنوز برقرار است.',
    'zh-Hans': '法定撤销权仍然适用。',
  }),
  'statutory.withdrawal-closed': one('The legal withdrawal period has ended.', {
    de: 'Die gesetzliche Widerrufsfrist ist abgelaufen.',
    fr: 'Le délai légal de rétractation est expiré.',
    es: 'El plazo legal de desistimiento ha terminado.',
    it: 'Il termine di recesso previsto dalla legge è scaduto.',
    nl: 'De wettelijke herroepingstermijn is verstreken.',
    pl: 'Ustawowy termin odstąpienia od umowy minął.',
    'pt-BR': 'O prazo legal de arrependimento terminou.',
    ja: '法律上の撤回期間は終了しています。',
    ar: 'انتهت فترة الانسحاب القانونية.',
    fa: 'مهلت قانونی انصراف به پایان رسیده است.',
    'zh-Hans': '法定撤销期已结束。',
  }),
  'statutory.none': one('No statutory right of withdrawal applies here; our return policy does.', {
    de: 'Hier gilt kein gesetzliches Widerrufsrecht, sondern unsere Rückgaberichtlinie.',
    fr: 'Aucun droit légal de rétractation ne s’applique ici ; notre politique de retour s’applique.',
    es: 'Aquí no se aplica un derecho legal de desistimiento, sino nuestra política de devoluciones.',
    it: 'Qui non si applica un diritto di recesso previsto dalla legge, ma la nostra politica di reso.',
    nl: 'Hier geldt geen wettelijk herroepingsrecht, maar ons retourbeleid.',
    pl: 'Tu nie obowiązuje ustawowe prawo odstąpienia od umowy, lecz nasz regulamin zwrotów.',
    'pt-BR':
      'Aqui não se aplica um direito legal de arrependimento, e sim a nossa política de devolução.',
    ja: 'この場合、法律上の撤回権はなく、当店の返品規定が適用されます。',
    ar: 'لا ينطبق هنا حق انسحاب قانوني، بل سياسة الإرجاع لدينا.',
    fa: 'در اینجا حق قانونی انصراف وجود ندارد و سیاست مرجوعی ما اعمال می‌شود.',
    'zh-Hans': '此处不适用法定撤销权，适用本店退货政策。',
  }),
  'statutory.not-applicable': one(
    'The statutory withdrawal right does not cover this purchase; our return policy does.',
    {
      de: 'Das gesetzliche Widerrufsrecht gilt für diesen Kauf nicht; es gilt unsere Rückgaberichtlinie.',
      fr: 'Le droit légal de rétractation ne couvre pas cet achat ; notre politique de retour s’applique.',
      es: 'El derecho legal de desistimiento no cubre esta compra; se aplica nuestra política de devoluciones.',
      it: 'Il diritto di recesso previsto dalla legge non copre questo acquisto; si applica la nostra politica di reso.',
      nl: 'Het wettelijke herroepingsrecht geldt niet voor deze aankoop; ons retourbeleid wel.',
      pl: 'Ustawowe prawo odstąpienia nie obejmuje tego zakupu; obowiązuje nasz regulamin zwrotów.',
      'pt-BR':
        'O direito legal de arrependimento não cobre esta compra; vale a nossa política de devolução.',
      ja: 'このご購入には法律上の撤回権が適用されないため、当店の返品規定が適用されます。',
      ar: 'لا يشمل حق الانسحاب القانوني هذه المشتريات؛ تُطبَّق سياسة الإرجاع لدينا.',
      fa: 'حق قانونی انصراف شامل این خرید نمی‌شود و سیاست مرجوعی ما اعمال می‌شود.',
      'zh-Hans': '本次购买不适用法定撤销权，适用本店退货政策。',
    },
  ),
  'statutory.overrides-policy': one('The law goes further than our policy, so the law applies.', {
    de: 'Das Gesetz geht weiter als unsere Richtlinie, daher gilt das Gesetz.',
    fr: 'La loi va plus loin que notre politique : la loi s’applique.',
    es: 'La ley va más allá de nuestra política, así que se aplica la ley.',
    it: 'La legge va oltre la nostra politica, quindi si applica la legge.',
    nl: 'De wet gaat verder dan ons beleid, dus de wet geldt.',
    pl: 'Prawo daje więcej niż nasz regulamin, więc obowiązuje prawo.',
    'pt-BR': 'A lei garante mais do que a nossa política, então vale a lei.',
    ja: '法律が当店の規定より有利なため、法律が優先されます。',
    ar: 'القانون يمنحك أكثر من سياستنا، لذا يُطبَّق القانون.',
    fa: 'قانون بیش از سیاست ما به شما حق می‌دهد، پس قانون اعمال می‌شود.',
    'zh-Hans': '法律规定优于本店政策，因此适用法律。',
  }),
  'fees.return-shipping': one('A return shipping fee is deducted from the refund.', {
    de: 'Die Rücksendekosten werden von der Erstattung abgezogen.',
    fr: 'Les frais de retour sont déduits du remboursement.',
    es: 'Los gastos de envío de la devolución se descuentan del reembolso.',
    it: 'Le spese di spedizione del reso vengono detratte dal rimborso.',
    nl: 'De retourverzendkosten worden van de terugbetaling afgetrokken.',
    pl: 'Koszt przesyłki zwrotnej zostanie potrącony ze zwrotu.',
    'pt-BR': 'O frete de devolução é descontado do reembolso.',
    ja: '返送料は返金額から差し引かれます。',
    ar: 'تُخصم رسوم شحن الإرجاع من المبلغ المسترد.',
    fa: 'هزینه ارسال مرجوعی از مبلغ بازپرداخت کسر می‌شود.',
    'zh-Hans': '退货运费将从退款中扣除。',
  }),
  'policy.final-sale': one('This item was sold as final sale and cannot be returned.', {
    de: 'Dieser Artikel ist vom Umtausch ausgeschlossen.',
    fr: 'Cet article est vendu sans possibilité de retour.',
    es: 'Este artículo se vendió sin posibilidad de devolución.',
    it: 'Questo articolo è stato venduto senza possibilità di reso.',
    nl: 'Dit artikel is verkocht zonder retourrecht.',
    pl: 'Ten produkt nie podlega zwrotowi.',
    'pt-BR': 'Este item foi vendido sem direito a devolução.',
    ja: 'この商品は返品不可の条件で販売されました。',
    ar: 'بيع هذا المنتج بشرط عدم الإرجاع.',
    fa: 'این کالا بدون امکان مرجوعی فروخته شده است.',
    'zh-Hans': '该商品为最终销售，不可退货。',
  }),
  'guarantee.faulty-goods': one('The item is faulty, so the legal guarantee applies.', {
    de: 'Der Artikel ist mangelhaft, daher gilt die gesetzliche Gewährleistung.',
    fr: 'L’article est défectueux : la garantie légale s’applique.',
    es: 'El artículo es defectuoso, así que se aplica la garantía legal.',
    it: 'L’articolo è difettoso, quindi si applica la garanzia legale.',
    nl: 'Het artikel is defect, dus de wettelijke garantie geldt.',
    pl: 'Produkt jest wadliwy, więc obowiązuje rękojmia.',
    'pt-BR': 'O item tem defeito, então vale a garantia legal.',
    ja: '商品に不具合があるため、法定保証が適用されます。',
    ar: 'المنتج معيب، لذا يُطبَّق الضمان القانوني.',
    fa: 'کالا معیوب است، پس ضمانت قانونی اعمال می‌شود.',
    'zh-Hans': '商品存在缺陷，适用法定保修。',
  }),
};

/** The visible fallback for a reason code the catalog does not know, per language. */
export const REASON_FALLBACK: Readonly<Record<string, string>> = {
  en: 'Reason',
  de: 'Grund',
  fr: 'Motif',
  es: 'Motivo',
  it: 'Motivo',
  nl: 'Reden',
  pl: 'Powód',
  'pt-BR': 'Motivo',
  ja: '理由',
  ar: 'السبب',
  fa: 'دلیل',
  'zh-Hans': '原因',
};
