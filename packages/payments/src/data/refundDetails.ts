// The bank details a refund by bank transfer has to collect, per country, as the sources state
// them for paying into a bank account there.
import type * as z from 'zod/mini';
import type { RefundDetailsSchema } from '../schemas/dataset.js';
import { fact, source } from './sources.js';

const sepa = source(
  'stripe',
  'Stripe Docs: SEPA Direct Debit payments',
  'https://docs.stripe.com/stripe-js/elements/iban',
);
const spei = source('rapyd', 'Rapyd Docs: SPEI MX', 'https://docs.rapyd.net/en/spei-mx.html');
const eft = source(
  'worldpay',
  'Worldpay Developer: Canada Electronic Funds Transfer (EFT)',
  'https://developer.worldpay.com/products/apms/20230601/paydirect/eft.md',
);

const SEPA_COUNTRIES = [
  'PL',
  'NL',
  'BE',
  'DE',
  'AT',
  'PT',
  'IT',
  'ES',
  'FR',
  'SE',
  'DK',
  'FI',
  'NO',
] as const;
const sepaFields = fact(
  [
    { id: 'accountHolderName', label: 'Account holder name' },
    { id: 'iban', label: 'IBAN' },
  ],
  sepa,
  '"businesses must collect their customer\'s name and bank account number in IBAN format".',
);

/** Refund-by-transfer details of the built-in dataset. */
export const REFUND_DETAILS: readonly z.input<typeof RefundDetailsSchema>[] = [
  ...SEPA_COUNTRIES.map((country) => ({ country, fields: sepaFields })),
  {
    country: 'MX',
    fields: fact(
      [
        { id: 'accountHolderName', label: 'Account holder name' },
        { id: 'clabe', label: 'CLABE (Clave Bancaria Estandarizada)' },
      ],
      spei,
      'SPEI payments need the recipient\'s "Standardized Bank Code (CLABE), debit card number, or cell phone number".',
    ),
  },
  {
    country: 'CA',
    fields: fact(
      [
        { id: 'accountHolderName', label: 'Account holder name' },
        { id: 'address', label: 'Address' },
        { id: 'accountNumber', label: 'Bank account number' },
        { id: 'accountType', label: 'Account type' },
        { id: 'routingNumber', label: 'Routing number' },
      ],
      eft,
      'The details Worldpay collects for a Canadian EFT: name, address, account number, account type, routing number.',
    ),
  },
];
