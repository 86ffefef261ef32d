// The providers the built-in dataset speaks for: the acquirers and gateways whose documentation
// the facts come from, and the few schemes that publish their own terms.
import type * as z from 'zod/mini';
import type { ProviderSchema } from '../schemas/dataset.js';

/** Every provider of the built-in dataset, with the home of its documentation. */
export const PROVIDERS: readonly z.input<typeof ProviderSchema>[] = [
  {
    id: 'stripe',
    name: 'Stripe',
    url: 'https://docs.stripe.com/payments/payment-methods/overview',
  },
  { id: 'adyen', name: 'Adyen', url: 'https://docs.adyen.com/payment-methods' },
  { id: 'mollie', name: 'Mollie', url: 'https://docs.mollie.com/' },
  { id: 'ppro', name: 'PPRO', url: 'https://developerhub.ppro.com/' },
  { id: 'antom', name: 'Antom (Ant International)', url: 'https://docs.antom.com/' },
  { id: 'paypal', name: 'PayPal', url: 'https://developer.paypal.com/' },
  { id: 'worldpay', name: 'Worldpay', url: 'https://docs.worldpay.com/' },
  { id: 'worldline', name: 'Worldline', url: 'https://docs.connect.worldline-solutions.com/' },
  { id: 'airwallex', name: 'Airwallex', url: 'https://www.airwallex.com/docs/' },
  { id: 'mangopay', name: 'Mangopay', url: 'https://docs.mangopay.com/' },
  { id: 'solidgate', name: 'Solidgate', url: 'https://docs.solidgate.com/' },
  { id: 'xendit', name: 'Xendit', url: 'https://docs.xendit.co/' },
  { id: 'paymongo', name: 'PayMongo', url: 'https://developers.paymongo.com/' },
  { id: 'payermax', name: 'PayerMax', url: 'https://docs.payermax.com/' },
  { id: 'razorpay', name: 'Razorpay', url: 'https://razorpay.com/docs/' },
  { id: 'payu', name: 'PayU India', url: 'https://docs.payu.in/' },
  { id: 'rapyd', name: 'Rapyd', url: 'https://docs.rapyd.net/' },
  { id: 'hipay', name: 'HiPay', url: 'https://developer.hipay.com/' },
  { id: 'dodo', name: 'Dodo Payments', url: 'https://docs.dodopayments.com/' },
  { id: 'dlocal', name: 'dLocal', url: 'https://docs.dlocal.com/' },
  { id: 'tap', name: 'Tap Payments', url: 'https://developers.tap.company/' },
  { id: 'checkout-com', name: 'Checkout.com', url: 'https://www.checkout.com/docs/' },
  { id: 'mercado-pago', name: 'Mercado Pago (through Yuno)', url: 'https://docs.y.uno/' },
  {
    id: 'mastercard-gateway',
    name: 'Mastercard Gateway',
    url: 'https://ap-gateway.mastercard.com/api/documentation/',
  },
  { id: 'wechat-pay', name: 'WeChat Pay (direct)', url: 'https://pay.weixin.qq.com/' },
  { id: 'viva', name: 'Viva', url: 'https://developer.viva.com/' },
  { id: 'flutterwave', name: 'Flutterwave', url: 'https://developer.flutterwave.com/' },
  { id: 'pesapal', name: 'Pesapal', url: 'https://developer.pesapal.com/' },
  { id: 'reach', name: 'Reach', url: 'https://docs.withreach.com/' },
];
