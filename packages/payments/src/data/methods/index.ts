// Every method of the built-in dataset, one file each, in alphabetical order of file name.
import type { PaymentMethodInput } from '../../types.js';
import { achDirectDebit } from './achDirectDebit.js';
import { afterpay } from './afterpay.js';
import { alipay } from './alipay.js';
import { applePay } from './applePay.js';
import { bancontact } from './bancontact.js';
import { bizum } from './bizum.js';
import { blik } from './blik.js';
import { boleto } from './boleto.js';
import { card } from './card.js';
import { dana } from './dana.js';
import { efecty } from './efecty.js';
import { eftPad } from './eftPad.js';
import { egyptWallets } from './egyptWallets.js';
import { fawry } from './fawry.js';
import { fps } from './fps.js';
import { gcash } from './gcash.js';
import { giropay } from './giropay.js';
import { googlePay } from './googlePay.js';
import { gopay } from './gopay.js';
import { grabpay } from './grabpay.js';
import { ideal } from './ideal.js';
import { indodana } from './indodana.js';
import { kakaoPay } from './kakaoPay.js';
import { klarna } from './klarna.js';
import { konbini } from './konbini.js';
import { koreanCards } from './koreanCards.js';
import { linePay } from './linePay.js';
import { maya } from './maya.js';
import { mbWay } from './mbWay.js';
import { mercadoPago } from './mercadoPago.js';
import { momo } from './momo.js';
import { mpesa } from './mpesa.js';
import { multibanco } from './multibanco.js';
import { naverPay } from './naverPay.js';
import { ovo } from './ovo.js';
import { oxxo } from './oxxo.js';
import { payco } from './payco.js';
import { paypay } from './paypay.js';
import { pix } from './pix.js';
import { promptpay } from './promptpay.js';
import { przelewy24 } from './przelewy24.js';
import { pse } from './pse.js';
import { rapipago } from './rapipago.js';
import { sepaDirectDebit } from './sepaDirectDebit.js';
import { sofort } from './sofort.js';
import { spei } from './spei.js';
import { stcPay } from './stcPay.js';
import { swish } from './swish.js';
import { tabby } from './tabby.js';
import { tossPay } from './tossPay.js';
import { touchNGo } from './touchNGo.js';
import { truemoney } from './truemoney.js';
import { trustly } from './trustly.js';
import { twint } from './twint.js';
import { upi } from './upi.js';
import { upiCollect } from './upiCollect.js';
import { vippsMobilePay } from './vippsMobilePay.js';
import { webpay } from './webpay.js';
import { wechatPay } from './wechatPay.js';
import { wero } from './wero.js';
import { zaBankTransfer } from './zaBankTransfer.js';
import { zalopay } from './zalopay.js';

/** The built-in payment methods, as written (validated when the dataset is built). */
export const METHOD_ENTRIES: readonly PaymentMethodInput[] = [
  achDirectDebit,
  afterpay,
  alipay,
  applePay,
  bancontact,
  bizum,
  blik,
  boleto,
  card,
  dana,
  efecty,
  eftPad,
  egyptWallets,
  fawry,
  fps,
  gcash,
  giropay,
  googlePay,
  gopay,
  grabpay,
  ideal,
  indodana,
  kakaoPay,
  klarna,
  konbini,
  koreanCards,
  linePay,
  maya,
  mbWay,
  mercadoPago,
  momo,
  mpesa,
  multibanco,
  naverPay,
  ovo,
  oxxo,
  payco,
  paypay,
  pix,
  promptpay,
  przelewy24,
  pse,
  rapipago,
  sepaDirectDebit,
  sofort,
  spei,
  stcPay,
  swish,
  tabby,
  tossPay,
  touchNGo,
  truemoney,
  trustly,
  twint,
  upi,
  upiCollect,
  vippsMobilePay,
  webpay,
  wechatPay,
  wero,
  zaBankTransfer,
  zalopay,
];
