// Arabic reply messages (ar): one register, for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Arabic (`ar`), one register. Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'ar-SA', params: { agentName: 'Mina' } }, [REPLIES_AR]).text;
 * @since 0.1.0
 */
export const REPLIES_AR = /* @__PURE__ */ languageCatalog('ar', {
  acknowledgement: {
    any: 'شكرًا لتواصلك معنا. لقد استلمنا طلبك {ticketId} وسنرد عليك في أقرب وقت ممكن.',
  },
  'order-status': {
    any: 'طلبك {orderId} {itemCount, plural, zero {بلا منتجات} one {بمنتج واحد} two {بمنتجين} few {بـ# منتجات} many {بـ# منتجًا} other {بـ# منتج}} في الطريق ومن المتوقع أن يصل في {deliveryDate}.',
  },
  'shipping-delay': {
    any: 'نعتذر: تأخر طلبك {orderId} {days, plural, zero {أقل من يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}. موعد التسليم الجديد هو {newDate}.',
  },
  'return-approved': {
    any: 'تمت الموافقة على إرجاع الطلب {orderId}. اطبع ملصق الشحن من هنا: {labelUrl}. يرجى إرسال الطرد قبل {deadline}.',
  },
  'refund-issued': {
    any: 'لقد رددنا {amount} عن الطلب {orderId}. سيصل المبلغ إلى حسابك خلال {days, plural, zero {أقل من يوم عمل} one {يوم عمل واحد} two {يومي عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}}.',
  },
  'out-of-hours': {
    any: 'فريقنا غير متاح حاليًا. سنعود في {nextOpen} وسنرد عليك حينها.',
  },
  handoff: {
    any: 'سأحول محادثتك إلى {agentName} من فريقنا ليتابع معك.',
  },
  'data-request': {
    any: 'استلمنا طلب البيانات الخاص بك {requestId}. سنرد عليه في موعد أقصاه {deadline}.',
  },
  apology: {
    any: 'نعتذر عن المشكلة في الطلب {orderId}. نعمل على حلها الآن.',
  },
  'request-details': {
    any: 'لمساعدتك في الطلب {orderId}، هل يمكنك إرسال {photos, plural, zero {صور} one {صورة واحدة} two {صورتين} few {# صور} many {# صورة} other {# صورة}} للمنتج؟',
  },
  survey: {
    any: 'ما رأيك في خدمتنا؟ قيّمنا من هنا: {surveyUrl}',
  },
  closing: {
    any: 'شكرًا لصبرك. إذا احتجت إلى أي شيء آخر، فقط رد على هذه الرسالة. مع أطيب التحيات، {agentName}',
  },
});
