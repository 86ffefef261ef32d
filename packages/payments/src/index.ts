// @meridian-cx/payments: which payment methods to offer, where, within which limits. Re-exports by name.
export const __paymentsScaffold = true;
