// Refund issued, out of hours, hand-off to a human, data-request acknowledgement.
import type { TemplateCatalog } from '../types.js';

export const MONEY_AND_HOURS: TemplateCatalog = {
  'refund-issued': {
    params: { orderId: 'text', amount: 'money', days: 'number' },
    messages: {
      en: {
        any: 'We have refunded {amount} for order {orderId}. It should reach your account within {days, plural, one {# business day} other {# business days}}.',
      },
      de: {
        formal:
          'Wir haben Ihnen {amount} für die Bestellung {orderId} erstattet. Der Betrag sollte innerhalb von {days, plural, one {# Werktag} other {# Werktagen}} auf Ihrem Konto sein.',
        informal:
          'Wir haben dir {amount} für die Bestellung {orderId} erstattet. Der Betrag sollte innerhalb von {days, plural, one {# Werktag} other {# Werktagen}} auf deinem Konto sein.',
      },
      fr: {
        formal:
          'Nous vous avons remboursé {amount} pour la commande {orderId}. Le montant devrait apparaître sur votre compte sous {days, plural, one {# jour ouvré} many {# de jours ouvrés} other {# jours ouvrés}}.',
        informal:
          'Nous t’avons remboursé {amount} pour la commande {orderId}. Le montant devrait apparaître sur ton compte sous {days, plural, one {# jour ouvré} many {# de jours ouvrés} other {# jours ouvrés}}.',
      },
      es: {
        formal:
          'Le hemos reembolsado {amount} del pedido {orderId}. El importe debería llegar a su cuenta en {days, plural, one {# día hábil} many {# de días hábiles} other {# días hábiles}}.',
        informal:
          'Te hemos reembolsado {amount} del pedido {orderId}. El importe debería llegar a tu cuenta en {days, plural, one {# día hábil} many {# de días hábiles} other {# días hábiles}}.',
      },
      it: {
        formal:
          'Le abbiamo rimborsato {amount} per l’ordine {orderId}. L’importo dovrebbe arrivare sul Suo conto entro {days, plural, one {# giorno lavorativo} many {# di giorni lavorativi} other {# giorni lavorativi}}.',
        informal:
          'Ti abbiamo rimborsato {amount} per l’ordine {orderId}. L’importo dovrebbe arrivare sul tuo conto entro {days, plural, one {# giorno lavorativo} many {# di giorni lavorativi} other {# giorni lavorativi}}.',
      },
      nl: {
        formal:
          'We hebben {amount} terugbetaald voor bestelling {orderId}. Het bedrag staat binnen {days, plural, one {# werkdag} other {# werkdagen}} op uw rekening.',
        informal:
          'We hebben {amount} terugbetaald voor bestelling {orderId}. Het bedrag staat binnen {days, plural, one {# werkdag} other {# werkdagen}} op je rekening.',
      },
      pl: {
        formal:
          'Zwróciliśmy {amount} za zamówienie {orderId}. Środki powinny pojawić się na Pana/Pani koncie w ciągu {days, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}}.',
        informal:
          'Zwróciliśmy {amount} za zamówienie {orderId}. Środki powinny pojawić się na Twoim koncie w ciągu {days, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}}.',
      },
      'pt-BR': {
        any: 'Reembolsamos {amount} referente ao pedido {orderId}. O valor deve aparecer na sua conta em até {days, plural, one {# dia útil} many {# de dias úteis} other {# dias úteis}}.',
      },
      ja: {
        any: 'ご注文 {orderId} について {amount} を返金いたしました。{days, plural, other {#営業日}}以内にお客様の口座に反映される予定です。',
      },
      ar: {
        any: 'لقد رددنا {amount} عن الطلب {orderId}. سيصل المبلغ إلى حسابك خلال {days, plural, zero {أقل من يوم عمل} one {يوم عمل واحد} two {يومي عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}}.',
      },
      fa: {
        formal:
          'مبلغ {amount} برای سفارش {orderId} بازپرداخت شد. این مبلغ ظرف {days, plural, one {# روز کاری} other {# روز کاری}} به حساب شما می‌رسد.',
        informal:
          'مبلغ {amount} برای سفارش {orderId} بازپرداخت شد. این مبلغ ظرف {days, plural, one {# روز کاری} other {# روز کاری}} به حسابت می‌رسد.',
      },
      'zh-Hans': {
        any: '我们已为订单 {orderId} 退款 {amount}。款项预计在 {days, plural, other {# 个工作日}}内到账。',
      },
    },
  },
  'out-of-hours': {
    params: { nextOpen: 'datetime' },
    messages: {
      en: {
        any: 'Our team is offline right now. We are back on {nextOpen} and will answer you then.',
      },
      de: {
        formal: 'Unser Team ist gerade nicht erreichbar. Wir sind ab {nextOpen} wieder für Sie da.',
        informal:
          'Unser Team ist gerade nicht erreichbar. Wir sind ab {nextOpen} wieder für dich da.',
      },
      fr: {
        formal:
          'Notre équipe est actuellement indisponible. Nous serons de retour le {nextOpen} et vous répondrons alors.',
        informal:
          'Notre équipe est actuellement indisponible. Nous serons de retour le {nextOpen} et te répondrons alors.',
      },
      es: {
        formal:
          'Nuestro equipo no está disponible ahora. Volvemos el {nextOpen} y le responderemos entonces.',
        informal:
          'Nuestro equipo no está disponible ahora. Volvemos el {nextOpen} y te responderemos entonces.',
      },
      it: {
        formal:
          'Il nostro team al momento non è disponibile. Torniamo il {nextOpen} e Le risponderemo allora.',
        informal:
          'Il nostro team al momento non è disponibile. Torniamo il {nextOpen} e ti risponderemo allora.',
      },
      nl: {
        formal:
          'Ons team is nu niet bereikbaar. We zijn er weer op {nextOpen} en reageren dan op uw bericht.',
        informal:
          'Ons team is nu niet bereikbaar. We zijn er weer op {nextOpen} en reageren dan op je bericht.',
      },
      pl: {
        formal:
          'Nasz zespół jest teraz niedostępny. Wracamy {nextOpen} i wtedy odpowiemy Panu/Pani.',
        informal: 'Nasz zespół jest teraz niedostępny. Wracamy {nextOpen} i wtedy Ci odpowiemy.',
      },
      'pt-BR': {
        any: 'Nossa equipe está offline agora. Voltamos em {nextOpen} e responderemos em seguida.',
      },
      ja: { any: 'ただいま営業時間外です。{nextOpen}より順次ご対応いたします。' },
      ar: { any: 'فريقنا غير متاح حاليًا. سنعود في {nextOpen} وسنرد عليك حينها.' },
      fa: {
        formal: 'تیم ما اکنون در دسترس نیست. از {nextOpen} دوباره در خدمت شما هستیم.',
        informal: 'تیم ما الان در دسترس نیست. از {nextOpen} دوباره در خدمتت هستیم.',
      },
      'zh-Hans': {
        formal: '我们的团队目前不在线。我们将于 {nextOpen} 恢复服务，届时回复您。',
        informal: '我们的团队目前不在线。我们将于 {nextOpen} 恢复服务，届时回复你。',
      },
    },
  },
  handoff: {
    params: { agentName: 'text' },
    messages: {
      en: {
        any: 'I am passing your conversation to {agentName}, a member of our team, who will continue from here.',
      },
      de: {
        formal:
          'Ich übergebe Ihr Anliegen an {agentName} aus unserem Team, der oder die sich ab hier um Sie kümmert.',
        informal:
          'Ich übergebe dein Anliegen an {agentName} aus unserem Team, der oder die sich ab hier um dich kümmert.',
      },
      fr: {
        formal:
          'Je transmets votre conversation à {agentName}, de notre équipe, qui prend le relais.',
        informal:
          'Je transmets ta conversation à {agentName}, de notre équipe, qui prend le relais.',
      },
      es: {
        formal:
          'Paso su conversación a {agentName}, de nuestro equipo, que continuará a partir de aquí.',
        informal:
          'Paso tu conversación a {agentName}, de nuestro equipo, que continuará a partir de aquí.',
      },
      it: {
        formal: 'Passo la Sua conversazione a {agentName} del nostro team, che La seguirà da qui.',
        informal:
          'Passo la tua conversazione a {agentName} del nostro team, che ti seguirà da qui.',
      },
      nl: {
        formal: 'Ik geef uw gesprek door aan {agentName} van ons team, die u verder helpt.',
        informal: 'Ik geef je gesprek door aan {agentName} van ons team, die je verder helpt.',
      },
      pl: {
        formal:
          'Przekazuję rozmowę do {agentName} z naszego zespołu, który dalej się Panem/Panią zajmie.',
        informal: 'Przekazuję rozmowę do {agentName} z naszego zespołu, który dalej Ci pomoże.',
      },
      'pt-BR': {
        any: 'Estou transferindo sua conversa para {agentName}, da nossa equipe, que vai continuar o atendimento.',
      },
      ja: { any: 'ここからは担当の{agentName}がご対応いたします。' },
      ar: { any: 'سأحول محادثتك إلى {agentName} من فريقنا ليتابع معك.' },
      fa: {
        formal: 'گفتگوی شما را به {agentName} از تیم ما منتقل می‌کنم تا ادامه دهد.',
        informal: 'گفتگویت را به {agentName} از تیم ما منتقل می‌کنم تا ادامه دهد.',
      },
      'zh-Hans': {
        formal: '我将把您的对话转给我们团队的 {agentName}，由其继续为您服务。',
        informal: '我将把你的对话转给我们团队的 {agentName}，由其继续为你服务。',
      },
    },
  },
  'data-request': {
    params: { requestId: 'text', deadline: 'date' },
    messages: {
      en: {
        any: 'We have received your data request {requestId}. We will answer it by {deadline} at the latest.',
      },
      de: {
        formal:
          'Wir haben Ihre Datenanfrage {requestId} erhalten und beantworten sie spätestens bis zum {deadline}.',
        informal:
          'Wir haben deine Datenanfrage {requestId} erhalten und beantworten sie spätestens bis zum {deadline}.',
      },
      fr: {
        formal:
          'Nous avons reçu votre demande relative à vos données {requestId}. Nous y répondrons au plus tard le {deadline}.',
        informal:
          'Nous avons reçu ta demande relative à tes données {requestId}. Nous y répondrons au plus tard le {deadline}.',
      },
      es: {
        formal:
          'Hemos recibido su solicitud de datos {requestId}. La responderemos a más tardar el {deadline}.',
        informal:
          'Hemos recibido tu solicitud de datos {requestId}. La responderemos a más tardar el {deadline}.',
      },
      it: {
        formal:
          'Abbiamo ricevuto la Sua richiesta sui dati {requestId}. Risponderemo entro il {deadline}.',
        informal:
          'Abbiamo ricevuto la tua richiesta sui dati {requestId}. Risponderemo entro il {deadline}.',
      },
      nl: {
        formal:
          'We hebben uw gegevensverzoek {requestId} ontvangen en beantwoorden het uiterlijk op {deadline}.',
        informal:
          'We hebben je gegevensverzoek {requestId} ontvangen en beantwoorden het uiterlijk op {deadline}.',
      },
      pl: {
        formal:
          'Otrzymaliśmy Pana/Pani wniosek dotyczący danych {requestId}. Odpowiemy najpóźniej do {deadline}.',
        informal:
          'Otrzymaliśmy Twój wniosek dotyczący danych {requestId}. Odpowiemy najpóźniej do {deadline}.',
      },
      'pt-BR': {
        any: 'Recebemos sua solicitação de dados {requestId}. Responderemos até {deadline}, no máximo.',
      },
      ja: {
        any: '個人データに関するご請求（{requestId}）を承りました。遅くとも{deadline}までにご回答いたします。',
      },
      ar: { any: 'استلمنا طلب البيانات الخاص بك {requestId}. سنرد عليه في موعد أقصاه {deadline}.' },
      fa: {
        formal: 'درخواست داده‌های شما {requestId} دریافت شد. حداکثر تا {deadline} پاسخ می‌دهیم.',
        informal: 'درخواست داده‌هایت {requestId} دریافت شد. حداکثر تا {deadline} جواب می‌دهیم.',
      },
      'zh-Hans': {
        formal: '我们已收到您的数据请求 {requestId}，将最迟于 {deadline} 前答复。',
        informal: '我们已收到你的数据请求 {requestId}，将最迟于 {deadline} 前答复。',
      },
    },
  },
};
