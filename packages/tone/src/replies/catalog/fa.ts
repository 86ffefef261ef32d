// Persian reply messages (fa): formal (شما) and informal (تو), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Persian (`fa`), formal (شما) and informal (تو). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'fa-IR', params: { agentName: 'Mina' } }, [REPLIES_FA]).text;
 * @since 0.1.0
 */
export const REPLIES_FA = /* @__PURE__ */ languageCatalog('fa', {
  acknowledgement: {
    formal: 'از تماس شما سپاسگزاریم. درخواست شما {ticketId} دریافت شد و در اسرع وقت پاسخ می‌دهیم.',
    informal: 'ممنون که با ما تماس گرفتی. درخواستت {ticketId} دریافت شد و در اسرع وقت جواب می‌دهیم.',
  },
  'order-status': {
    formal:
      'سفارش شما {orderId} با {itemCount, plural, one {# کالا} other {# کالا}} در راه است و حدود {deliveryDate} می‌رسد.',
    informal:
      'سفارشت {orderId} با {itemCount, plural, one {# کالا} other {# کالا}} در راه است و حدود {deliveryDate} می‌رسد.',
  },
  'shipping-delay': {
    formal:
      'پوزش می‌خواهیم: سفارش شما {orderId} {days, plural, one {# روز} other {# روز}} تأخیر دارد. تاریخ جدید تحویل {newDate} است.',
    informal:
      'معذرت می‌خواهیم: سفارشت {orderId} {days, plural, one {# روز} other {# روز}} تأخیر دارد. تاریخ جدید تحویل {newDate} است.',
  },
  'return-approved': {
    formal:
      'مرجوعی سفارش {orderId} تأیید شد. برچسب ارسال را از اینجا چاپ کنید: {labelUrl}. لطفاً بسته را تا {deadline} ارسال کنید.',
    informal:
      'مرجوعی سفارش {orderId} تأیید شد. برچسب ارسال را از اینجا چاپ کن: {labelUrl}. لطفاً بسته را تا {deadline} بفرست.',
  },
  'refund-issued': {
    formal:
      'مبلغ {amount} برای سفارش {orderId} بازپرداخت شد. این مبلغ ظرف {days, plural, one {# روز کاری} other {# روز کاری}} به حساب شما می‌رسد.',
    informal:
      'مبلغ {amount} برای سفارش {orderId} بازپرداخت شد. این مبلغ ظرف {days, plural, one {# روز کاری} other {# روز کاری}} به حسابت می‌رسد.',
  },
  'out-of-hours': {
    formal: 'تیم ما اکنون در دسترس نیست. از {nextOpen} دوباره در خدمت شما هستیم.',
    informal: 'تیم ما الان در دسترس نیست. از {nextOpen} دوباره در خدمتت هستیم.',
  },
  handoff: {
    formal: 'گفتگوی شما را به {agentName} از تیم ما منتقل می‌کنم تا ادامه دهد.',
    informal: 'گفتگویت را به {agentName} از تیم ما منتقل می‌کنم تا ادامه دهد.',
  },
  'data-request': {
    formal: 'درخواست داده‌های شما {requestId} دریافت شد. حداکثر تا {deadline} پاسخ می‌دهیم.',
    informal: 'درخواست داده‌هایت {requestId} دریافت شد. حداکثر تا {deadline} جواب می‌دهیم.',
  },
  apology: {
    formal: 'بابت مشکل پیش‌آمده در سفارش {orderId} پوزش می‌خواهیم. در حال رفع آن هستیم.',
    informal: 'بابت مشکل پیش‌آمده در سفارش {orderId} معذرت می‌خواهیم. در حال رفع آن هستیم.',
  },
  'request-details': {
    formal:
      'برای رسیدگی به سفارش {orderId}، لطفاً {photos, plural, one {# عکس} other {# عکس}} از کالا برای ما بفرستید.',
    informal:
      'برای رسیدگی به سفارش {orderId}، لطفاً {photos, plural, one {# عکس} other {# عکس}} از کالا برایمان بفرست.',
  },
  survey: {
    formal: 'از پشتیبانی ما راضی بودید؟ لطفاً اینجا نظر دهید: {surveyUrl}',
    informal: 'از پشتیبانی ما راضی بودی؟ لطفاً اینجا نظرت را بگو: {surveyUrl}',
  },
  closing: {
    formal:
      'از شکیبایی شما سپاسگزاریم. اگر سؤال دیگری دارید، به همین پیام پاسخ دهید. با احترام، {agentName}',
    informal: 'ممنون از صبرت. اگر سؤال دیگری داری، به همین پیام جواب بده. {agentName}',
  },
});
