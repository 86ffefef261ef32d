import { defineRecognizer } from '../defineRecognizer.js';
import { upiAddresses } from './email.js';

/**
 * UPI payment addresses (India's Unified Payments Interface virtual payment addresses): a handle,
 * "@" and a payment service provider's handle from NPCI's published list ("ramesh.kumar@okaxis",
 * "9876543210@ybl"), or any handle after a "UPI" or "VPA" label ("UPI id: ramesh@mybank"). One
 * names a person's bank account. Found by the email recognizer's scan of the "@"s (an address with
 * a top-level domain is an email, so "jane@example.com" and "user@localhost" are not read here).
 */
export const upiRecognizer = defineRecognizer({
  id: 'upi',
  type: 'upi',
  placeholder: '[UPI]',
  find: upiAddresses,
});
