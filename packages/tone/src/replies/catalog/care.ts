// Apology, request for details, satisfaction survey, closing.
import type { TemplateCatalog } from '../types.js';

export const CARE: TemplateCatalog = {
  apology: {
    params: { orderId: 'text' },
    messages: {
      en: { any: 'We are sorry for the trouble with order {orderId}. We are putting it right.' },
      de: {
        formal:
          'Es tut uns leid, dass es mit der Bestellung {orderId} Probleme gab. Wir kümmern uns darum.',
        informal:
          'Tut uns leid, dass es mit der Bestellung {orderId} Probleme gab. Wir kümmern uns darum.',
      },
      fr: {
        formal:
          'Nous sommes désolés pour le désagrément lié à la commande {orderId}. Nous nous en occupons.',
        informal: 'Désolés pour le souci avec la commande {orderId}. Nous nous en occupons.',
      },
      es: {
        formal: 'Lamentamos las molestias con el pedido {orderId}. Ya lo estamos solucionando.',
        informal: 'Sentimos las molestias con el pedido {orderId}. Ya lo estamos solucionando.',
      },
      it: {
        formal: 'Ci scusiamo per il disagio con l’ordine {orderId}. Stiamo risolvendo il problema.',
        informal: 'Scusa per il disagio con l’ordine {orderId}. Stiamo risolvendo il problema.',
      },
      nl: {
        formal: 'Onze excuses voor het ongemak met bestelling {orderId}. We lossen het op.',
        informal: 'Sorry voor het gedoe met bestelling {orderId}. We lossen het op.',
      },
      pl: {
        formal: 'Przepraszamy za kłopot z zamówieniem {orderId}. Już się tym zajmujemy.',
        informal: 'Sorry za kłopot z zamówieniem {orderId}. Już się tym zajmujemy.',
      },
      'pt-BR': {
        any: 'Pedimos desculpas pelo problema com o pedido {orderId}. Já estamos resolvendo.',
      },
      ja: {
        any: 'ご注文 {orderId} につきましてご迷惑をおかけし、誠に申し訳ございません。ただいま対応しております。',
      },
      ar: { any: 'نعتذر عن المشكلة في الطلب {orderId}. نعمل على حلها الآن.' },
      fa: {
        formal: 'بابت مشکل پیش‌آمده در سفارش {orderId} پوزش می‌خواهیم. در حال رفع آن هستیم.',
        informal: 'بابت مشکل پیش‌آمده در سفارش {orderId} معذرت می‌خواهیم. در حال رفع آن هستیم.',
      },
      'zh-Hans': {
        formal: '订单 {orderId} 给您带来不便，我们深表歉意，正在为您处理。',
        informal: '订单 {orderId} 给你带来不便，我们深表歉意，正在为你处理。',
      },
    },
  },
  'request-details': {
    params: { orderId: 'text', photos: 'number' },
    messages: {
      en: {
        any: 'To help with order {orderId}, could you send us {photos, plural, one {# photo} other {# photos}} of the item?',
      },
      de: {
        formal:
          'Damit wir Ihnen bei der Bestellung {orderId} helfen können, senden Sie uns bitte {photos, plural, one {# Foto} other {# Fotos}} des Artikels.',
        informal:
          'Damit wir dir bei der Bestellung {orderId} helfen können, schick uns bitte {photos, plural, one {# Foto} other {# Fotos}} des Artikels.',
      },
      fr: {
        formal:
          'Pour traiter la commande {orderId}, pourriez-vous nous envoyer {photos, plural, one {# photo} many {# de photos} other {# photos}} de l’article ?',
        informal:
          'Pour traiter la commande {orderId}, peux-tu nous envoyer {photos, plural, one {# photo} many {# de photos} other {# photos}} de l’article ?',
      },
      es: {
        formal:
          'Para ayudarle con el pedido {orderId}, ¿podría enviarnos {photos, plural, one {# foto} many {# de fotos} other {# fotos}} del artículo?',
        informal:
          'Para ayudarte con el pedido {orderId}, ¿puedes enviarnos {photos, plural, one {# foto} many {# de fotos} other {# fotos}} del artículo?',
      },
      it: {
        formal:
          'Per aiutarLa con l’ordine {orderId}, può inviarci {photos, plural, one {# foto} many {# di foto} other {# foto}} dell’articolo?',
        informal:
          'Per aiutarti con l’ordine {orderId}, puoi inviarci {photos, plural, one {# foto} many {# di foto} other {# foto}} dell’articolo?',
      },
      nl: {
        formal:
          'Kunt u ons voor bestelling {orderId} {photos, plural, one {# foto} other {# foto’s}} van het artikel sturen?',
        informal:
          'Kun je ons voor bestelling {orderId} {photos, plural, one {# foto} other {# foto’s}} van het artikel sturen?',
      },
      pl: {
        formal:
          'Aby pomóc w sprawie zamówienia {orderId}, prosimy o przesłanie {photos, plural, one {# zdjęcia} few {# zdjęć} many {# zdjęć} other {# zdjęcia}} produktu.',
        informal:
          'Żeby pomóc w sprawie zamówienia {orderId}, prześlij nam {photos, plural, one {# zdjęcie} few {# zdjęcia} many {# zdjęć} other {# zdjęcia}} produktu.',
      },
      'pt-BR': {
        any: 'Para ajudar com o pedido {orderId}, você pode nos enviar {photos, plural, one {# foto} many {# de fotos} other {# fotos}} do item?',
      },
      ja: {
        any: 'ご注文 {orderId} の確認のため、商品のお写真を{photos, plural, other {#枚}}お送りいただけますでしょうか。',
      },
      ar: {
        any: 'لمساعدتك في الطلب {orderId}، هل يمكنك إرسال {photos, plural, zero {صور} one {صورة واحدة} two {صورتين} few {# صور} many {# صورة} other {# صورة}} للمنتج؟',
      },
      fa: {
        formal:
          'برای رسیدگی به سفارش {orderId}، لطفاً {photos, plural, one {# عکس} other {# عکس}} از کالا برای ما بفرستید.',
        informal:
          'برای رسیدگی به سفارش {orderId}، لطفاً {photos, plural, one {# عکس} other {# عکس}} از کالا برایمان بفرست.',
      },
      'zh-Hans': {
        formal: '为了处理订单 {orderId}，请您发送 {photos, plural, other {# 张}}商品照片。',
        informal: '为了处理订单 {orderId}，请你发送 {photos, plural, other {# 张}}商品照片。',
      },
    },
  },
  survey: {
    params: { surveyUrl: 'text' },
    messages: {
      en: { any: 'How did we do? Please rate our help here: {surveyUrl}' },
      de: {
        formal:
          'Wie zufrieden waren Sie mit unserer Hilfe? Bewerten Sie uns gern hier: {surveyUrl}',
        informal: 'Wie zufrieden warst du mit unserer Hilfe? Bewerte uns gern hier: {surveyUrl}',
      },
      fr: {
        formal: 'Êtes-vous satisfait de notre aide ? Donnez-nous votre avis ici : {surveyUrl}',
        informal: 'Es-tu satisfait de notre aide ? Donne-nous ton avis ici : {surveyUrl}',
      },
      es: {
        formal: '¿Quedó satisfecho con nuestra ayuda? Valórenos aquí: {surveyUrl}',
        informal: '¿Te ayudamos bien? Valóranos aquí: {surveyUrl}',
      },
      it: {
        formal: 'È soddisfatto del nostro aiuto? Ci valuti qui: {surveyUrl}',
        informal: 'Sei soddisfatto del nostro aiuto? Valutaci qui: {surveyUrl}',
      },
      nl: {
        formal: 'Bent u tevreden over onze hulp? Geef uw mening hier: {surveyUrl}',
        informal: 'Ben je tevreden over onze hulp? Geef je mening hier: {surveyUrl}',
      },
      pl: {
        formal:
          'Czy jest Pan/Pani zadowolony/zadowolona z naszej pomocy? Prosimy o ocenę: {surveyUrl}',
        informal: 'Jak oceniasz naszą pomoc? Daj nam znać: {surveyUrl}',
      },
      'pt-BR': { any: 'Como foi o nosso atendimento? Avalie aqui: {surveyUrl}' },
      ja: {
        any: '今回の対応はいかがでしたか。こちらからご評価いただけますと幸いです：{surveyUrl}',
      },
      ar: { any: 'ما رأيك في خدمتنا؟ قيّمنا من هنا: {surveyUrl}' },
      fa: {
        formal: 'از پشتیبانی ما راضی بودید؟ لطفاً اینجا نظر دهید: {surveyUrl}',
        informal: 'از پشتیبانی ما راضی بودی؟ لطفاً اینجا نظرت را بگو: {surveyUrl}',
      },
      'zh-Hans': {
        formal: '您对我们的服务满意吗？请在此评价：{surveyUrl}',
        informal: '你对我们的服务满意吗？请在此评价：{surveyUrl}',
      },
    },
  },
  closing: {
    params: { agentName: 'text' },
    messages: {
      en: {
        any: 'Thank you for your patience. If anything else comes up, just reply to this message. Kind regards, {agentName}',
      },
      de: {
        formal:
          'Vielen Dank für Ihre Geduld. Wenn noch etwas ist, antworten Sie einfach auf diese Nachricht. Mit freundlichen Grüßen, {agentName}',
        informal:
          'Danke für deine Geduld. Wenn noch etwas ist, antworte einfach auf diese Nachricht. Viele Grüße, {agentName}',
      },
      fr: {
        formal:
          'Merci de votre patience. Pour toute autre question, répondez simplement à ce message. Bien cordialement, {agentName}',
        informal:
          'Merci pour ta patience. Pour toute autre question, réponds simplement à ce message. Merci, {agentName}',
      },
      es: {
        formal:
          'Gracias por su paciencia. Si necesita algo más, responda a este mensaje. Atentamente, {agentName}',
        informal:
          'Gracias por tu paciencia. Si necesitas algo más, responde a este mensaje. Un saludo, {agentName}',
      },
      it: {
        formal:
          'Grazie per la pazienza. Per qualsiasi altra necessità, risponda a questo messaggio. Cordiali saluti, {agentName}',
        informal:
          'Grazie per la pazienza. Per qualsiasi altra cosa, rispondi a questo messaggio. Un saluto, {agentName}',
      },
      nl: {
        formal:
          'Bedankt voor uw geduld. Heeft u nog een vraag, beantwoord dan dit bericht. Met vriendelijke groet, {agentName}',
        informal:
          'Bedankt voor je geduld. Heb je nog een vraag, beantwoord dan dit bericht. Groetjes, {agentName}',
      },
      pl: {
        formal:
          'Dziękujemy za cierpliwość. W razie pytań wystarczy odpowiedzieć na tę wiadomość. Z poważaniem, {agentName}',
        informal:
          'Dzięki za cierpliwość. Jeśli masz pytania, po prostu odpisz. Pozdrawiam, {agentName}',
      },
      'pt-BR': {
        any: 'Obrigado pela paciência. Se precisar de algo mais, é só responder esta mensagem. Atenciosamente, {agentName}',
      },
      ja: {
        any: 'お待たせいたしました。ほかにご不明な点がございましたら、このメッセージにご返信ください。{agentName}',
      },
      ar: {
        any: 'شكرًا لصبرك. إذا احتجت إلى أي شيء آخر، فقط رد على هذه الرسالة. مع أطيب التحيات، {agentName}',
      },
      fa: {
        formal:
          'از شکیبایی شما سپاسگزاریم. اگر سؤال دیگری دارید، به همین پیام پاسخ دهید. با احترام، {agentName}',
        informal: 'ممنون از صبرت. اگر سؤال دیگری داری، به همین پیام جواب بده. {agentName}',
      },
      'zh-Hans': {
        formal: '感谢您的耐心等待。如有其他问题，请直接回复此消息。祝好，{agentName}',
        informal: '感谢你的耐心等待。如有其他问题，请直接回复此消息。祝好，{agentName}',
      },
    },
  },
};
