// Acknowledgement, order status, shipping delay, return approved: ICU messages per language.
// German, French, Spanish, Italian, Dutch and Polish carry both registers; the other languages
// use one customer-service register (see each locale's guideline).
import type { TemplateCatalog } from '../types.js';

export const SERVICE: TemplateCatalog = {
  acknowledgement: {
    params: { ticketId: 'text' },
    messages: {
      en: {
        any: 'Thank you for contacting us. Your request {ticketId} has been received and we will reply as soon as possible.',
      },
      de: {
        formal:
          'Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage {ticketId} erhalten und melden uns so bald wie möglich bei Ihnen.',
        informal:
          'Danke für deine Nachricht. Wir haben deine Anfrage {ticketId} erhalten und melden uns so bald wie möglich bei dir.',
      },
      fr: {
        formal:
          'Merci de nous avoir contactés. Nous avons bien reçu votre demande {ticketId} et vous répondrons dès que possible.',
        informal:
          'Merci de nous avoir contactés. Nous avons bien reçu ta demande {ticketId} et te répondrons dès que possible.',
      },
      es: {
        formal:
          'Gracias por contactarnos. Hemos recibido su solicitud {ticketId} y le responderemos lo antes posible.',
        informal:
          'Gracias por escribirnos. Hemos recibido tu solicitud {ticketId} y te responderemos lo antes posible.',
      },
      it: {
        formal:
          'Grazie per averci contattato. Abbiamo ricevuto la Sua richiesta {ticketId} e Le risponderemo al più presto.',
        informal:
          'Grazie per averci scritto. Abbiamo ricevuto la tua richiesta {ticketId} e ti risponderemo al più presto.',
      },
      nl: {
        formal:
          'Bedankt voor uw bericht. We hebben uw verzoek {ticketId} ontvangen en reageren zo snel mogelijk.',
        informal:
          'Bedankt voor je bericht. We hebben je verzoek {ticketId} ontvangen en reageren zo snel mogelijk.',
      },
      pl: {
        formal:
          'Dziękujemy za kontakt. Otrzymaliśmy Pana/Pani zgłoszenie {ticketId} i odpowiemy najszybciej, jak to możliwe.',
        informal:
          'Dzięki za wiadomość. Otrzymaliśmy Twoje zgłoszenie {ticketId} i odpowiemy najszybciej, jak to możliwe.',
      },
      'pt-BR': {
        any: 'Obrigado pelo contato. Recebemos sua solicitação {ticketId} e responderemos o mais rápido possível.',
      },
      ja: {
        any: 'お問い合わせいただきありがとうございます。お客様のお問い合わせ（{ticketId}）を承りました。できるだけ早くご連絡いたします。',
      },
      ar: { any: 'شكرًا لتواصلك معنا. لقد استلمنا طلبك {ticketId} وسنرد عليك في أقرب وقت ممكن.' },
      fa: {
        formal:
          'از تماس شما سپاسگزاریم. درخواست شما {ticketId} دریافت شد و در اسرع وقت پاسخ می‌دهیم.',
        informal:
          'ممنون که با ما تماس گرفتی. درخواستت {ticketId} دریافت شد و در اسرع وقت جواب می‌دهیم.',
      },
      'zh-Hans': {
        formal: '感谢您联系我们。我们已收到您的请求 {ticketId}，将尽快回复您。',
        informal: '感谢你联系我们。我们已收到你的请求 {ticketId}，将尽快回复你。',
      },
    },
  },
  'order-status': {
    params: { orderId: 'text', itemCount: 'number', deliveryDate: 'date' },
    messages: {
      en: {
        any: 'Your order {orderId} with {itemCount, plural, one {# item} other {# items}} is on its way and should arrive on {deliveryDate}.',
      },
      de: {
        formal:
          'Ihre Bestellung {orderId} mit {itemCount, plural, one {# Artikel} other {# Artikeln}} ist unterwegs und kommt voraussichtlich am {deliveryDate} an.',
        informal:
          'Deine Bestellung {orderId} mit {itemCount, plural, one {# Artikel} other {# Artikeln}} ist unterwegs und kommt voraussichtlich am {deliveryDate} an.',
      },
      fr: {
        formal:
          'Votre commande {orderId} de {itemCount, plural, one {# article} many {# d’articles} other {# articles}} est en route et devrait arriver le {deliveryDate}.',
        informal:
          'Ta commande {orderId} de {itemCount, plural, one {# article} many {# d’articles} other {# articles}} est en route et devrait arriver le {deliveryDate}.',
      },
      es: {
        formal:
          'Su pedido {orderId} con {itemCount, plural, one {# artículo} many {# de artículos} other {# artículos}} está en camino y debería llegar el {deliveryDate}.',
        informal:
          'Tu pedido {orderId} con {itemCount, plural, one {# artículo} many {# de artículos} other {# artículos}} está en camino y debería llegar el {deliveryDate}.',
      },
      it: {
        formal:
          'Il Suo ordine {orderId} con {itemCount, plural, one {# articolo} many {# di articoli} other {# articoli}} è in viaggio e dovrebbe arrivare il {deliveryDate}.',
        informal:
          'Il tuo ordine {orderId} con {itemCount, plural, one {# articolo} many {# di articoli} other {# articoli}} è in viaggio e dovrebbe arrivare il {deliveryDate}.',
      },
      nl: {
        formal:
          'Uw bestelling {orderId} met {itemCount, plural, one {# artikel} other {# artikelen}} is onderweg en wordt naar verwachting op {deliveryDate} bezorgd.',
        informal:
          'Je bestelling {orderId} met {itemCount, plural, one {# artikel} other {# artikelen}} is onderweg en wordt naar verwachting op {deliveryDate} bezorgd.',
      },
      pl: {
        formal:
          'Pana/Pani zamówienie {orderId} ({itemCount, plural, one {# produkt} few {# produkty} many {# produktów} other {# produktu}}) jest w drodze i powinno dotrzeć {deliveryDate}.',
        informal:
          'Twoje zamówienie {orderId} ({itemCount, plural, one {# produkt} few {# produkty} many {# produktów} other {# produktu}}) jest w drodze i powinno dotrzeć {deliveryDate}.',
      },
      'pt-BR': {
        any: 'Seu pedido {orderId} com {itemCount, plural, one {# item} many {# de itens} other {# itens}} está a caminho e deve chegar em {deliveryDate}.',
      },
      ja: {
        any: 'ご注文 {orderId}（{itemCount, plural, other {#点}}）は発送済みで、{deliveryDate}にお届けの予定です。',
      },
      ar: {
        any: 'طلبك {orderId} {itemCount, plural, zero {بلا منتجات} one {بمنتج واحد} two {بمنتجين} few {بـ# منتجات} many {بـ# منتجًا} other {بـ# منتج}} في الطريق ومن المتوقع أن يصل في {deliveryDate}.',
      },
      fa: {
        formal:
          'سفارش شما {orderId} با {itemCount, plural, one {# کالا} other {# کالا}} در راه است و حدود {deliveryDate} می‌رسد.',
        informal:
          'سفارشت {orderId} با {itemCount, plural, one {# کالا} other {# کالا}} در راه است و حدود {deliveryDate} می‌رسد.',
      },
      'zh-Hans': {
        formal:
          '您的订单 {orderId}（{itemCount, plural, other {# 件商品}}）已在途中，预计 {deliveryDate} 送达。',
        informal:
          '你的订单 {orderId}（{itemCount, plural, other {# 件商品}}）已在途中，预计 {deliveryDate} 送达。',
      },
    },
  },
  'shipping-delay': {
    params: { orderId: 'text', days: 'number', newDate: 'date' },
    messages: {
      en: {
        any: 'We are sorry: your order {orderId} is delayed by {days, plural, one {# day} other {# days}}. The new delivery date is {newDate}.',
      },
      de: {
        formal:
          'Es tut uns leid: Ihre Bestellung {orderId} verzögert sich um {days, plural, one {# Tag} other {# Tage}}. Der neue Liefertermin ist der {newDate}.',
        informal:
          'Es tut uns leid: Deine Bestellung {orderId} verzögert sich um {days, plural, one {# Tag} other {# Tage}}. Der neue Liefertermin ist der {newDate}.',
      },
      fr: {
        formal:
          'Nous sommes désolés : votre commande {orderId} a {days, plural, one {# jour} many {# de jours} other {# jours}} de retard. La nouvelle date de livraison est le {newDate}.',
        informal:
          'Nous sommes désolés : ta commande {orderId} a {days, plural, one {# jour} many {# de jours} other {# jours}} de retard. La nouvelle date de livraison est le {newDate}.',
      },
      es: {
        formal:
          'Lo sentimos: su pedido {orderId} se retrasa {days, plural, one {# día} many {# de días} other {# días}}. La nueva fecha de entrega es el {newDate}.',
        informal:
          'Lo sentimos: tu pedido {orderId} se retrasa {days, plural, one {# día} many {# de días} other {# días}}. La nueva fecha de entrega es el {newDate}.',
      },
      it: {
        formal:
          'Ci scusiamo: il Suo ordine {orderId} è in ritardo di {days, plural, one {# giorno} many {# di giorni} other {# giorni}}. La nuova data di consegna è il {newDate}.',
        informal:
          'Ci scusiamo: il tuo ordine {orderId} è in ritardo di {days, plural, one {# giorno} many {# di giorni} other {# giorni}}. La nuova data di consegna è il {newDate}.',
      },
      nl: {
        formal:
          'Excuses: uw bestelling {orderId} heeft {days, plural, one {# dag} other {# dagen}} vertraging. De nieuwe leverdatum is {newDate}.',
        informal:
          'Excuses: je bestelling {orderId} heeft {days, plural, one {# dag} other {# dagen}} vertraging. De nieuwe leverdatum is {newDate}.',
      },
      pl: {
        formal:
          'Przepraszamy: Pana/Pani zamówienie {orderId} opóźni się o {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}. Nowa data dostawy to {newDate}.',
        informal:
          'Przepraszamy: Twoje zamówienie {orderId} opóźni się o {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}. Nowa data dostawy to {newDate}.',
      },
      'pt-BR': {
        any: 'Sentimos muito: seu pedido {orderId} está atrasado {days, plural, one {# dia} many {# de dias} other {# dias}}. A nova data de entrega é {newDate}.',
      },
      ja: {
        any: '申し訳ございません。ご注文 {orderId} のお届けが{days, plural, other {#日}}遅れております。新しいお届け予定日は{newDate}です。',
      },
      ar: {
        any: 'نعتذر: تأخر طلبك {orderId} {days, plural, zero {أقل من يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}. موعد التسليم الجديد هو {newDate}.',
      },
      fa: {
        formal:
          'پوزش می‌خواهیم: سفارش شما {orderId} {days, plural, one {# روز} other {# روز}} تأخیر دارد. تاریخ جدید تحویل {newDate} است.',
        informal:
          'معذرت می‌خواهیم: سفارشت {orderId} {days, plural, one {# روز} other {# روز}} تأخیر دارد. تاریخ جدید تحویل {newDate} است.',
      },
      'zh-Hans': {
        formal:
          '非常抱歉，您的订单 {orderId} 将延迟 {days, plural, other {# 天}}。新的送达日期为 {newDate}。',
        informal:
          '非常抱歉，你的订单 {orderId} 将延迟 {days, plural, other {# 天}}。新的送达日期为 {newDate}。',
      },
    },
  },
  'return-approved': {
    params: { orderId: 'text', labelUrl: 'text', deadline: 'date' },
    messages: {
      en: {
        any: 'Your return for order {orderId} is approved. Print your label here: {labelUrl}. Please send the parcel by {deadline}.',
      },
      de: {
        formal:
          'Ihre Rücksendung zur Bestellung {orderId} ist genehmigt. Ihr Etikett finden Sie hier: {labelUrl}. Bitte senden Sie das Paket bis zum {deadline} ab.',
        informal:
          'Deine Rücksendung zur Bestellung {orderId} ist genehmigt. Dein Etikett findest du hier: {labelUrl}. Bitte schick das Paket bis zum {deadline} ab.',
      },
      fr: {
        formal:
          'Votre retour pour la commande {orderId} est accepté. Imprimez votre étiquette ici : {labelUrl}. Merci d’envoyer le colis avant le {deadline}.',
        informal:
          'Ton retour pour la commande {orderId} est accepté. Imprime ton étiquette ici : {labelUrl}. Merci d’envoyer le colis avant le {deadline}.',
      },
      es: {
        formal:
          'Su devolución del pedido {orderId} está aprobada. Imprima su etiqueta aquí: {labelUrl}. Envíe el paquete antes del {deadline}.',
        informal:
          'Tu devolución del pedido {orderId} está aprobada. Imprime tu etiqueta aquí: {labelUrl}. Envía el paquete antes del {deadline}.',
      },
      it: {
        formal:
          'Il Suo reso per l’ordine {orderId} è approvato. Stampi l’etichetta qui: {labelUrl}. La preghiamo di spedire il pacco entro il {deadline}.',
        informal:
          'Il tuo reso per l’ordine {orderId} è approvato. Stampa l’etichetta qui: {labelUrl}. Spedisci il pacco entro il {deadline}.',
      },
      nl: {
        formal:
          'Uw retour voor bestelling {orderId} is goedgekeurd. Print uw label hier: {labelUrl}. Verstuur het pakket vóór {deadline}.',
        informal:
          'Je retour voor bestelling {orderId} is goedgekeurd. Print je label hier: {labelUrl}. Verstuur het pakket vóór {deadline}.',
      },
      pl: {
        formal:
          'Zwrot zamówienia {orderId} został zaakceptowany. Etykietę może Pan/Pani wydrukować tutaj: {labelUrl}. Prosimy nadać paczkę do {deadline}.',
        informal:
          'Zwrot zamówienia {orderId} został zaakceptowany. Etykietę wydrukujesz tutaj: {labelUrl}. Nadaj paczkę do {deadline}.',
      },
      'pt-BR': {
        any: 'Sua devolução do pedido {orderId} foi aprovada. Imprima a etiqueta aqui: {labelUrl}. Envie o pacote até {deadline}.',
      },
      ja: {
        any: 'ご注文 {orderId} の返品を承認いたしました。返送ラベルはこちらから印刷いただけます：{labelUrl}。{deadline}までにご返送ください。',
      },
      ar: {
        any: 'تمت الموافقة على إرجاع الطلب {orderId}. اطبع ملصق الشحن من هنا: {labelUrl}. يرجى إرسال الطرد قبل {deadline}.',
      },
      fa: {
        formal:
          'مرجوعی سفارش {orderId} تأیید شد. برچسب ارسال را از اینجا چاپ کنید: {labelUrl}. لطفاً بسته را تا {deadline} ارسال کنید.',
        informal:
          'مرجوعی سفارش {orderId} تأیید شد. برچسب ارسال را از اینجا چاپ کن: {labelUrl}. لطفاً بسته را تا {deadline} بفرست.',
      },
      'zh-Hans': {
        formal:
          '您的订单 {orderId} 退货已获批准。请在此打印退货标签：{labelUrl}。请于 {deadline} 前寄出包裹。',
        informal:
          '你的订单 {orderId} 退货已获批准。请在此打印退货标签：{labelUrl}。请于 {deadline} 前寄出包裹。',
      },
    },
  },
};
