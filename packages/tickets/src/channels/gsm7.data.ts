// 3GPP TS 23.038 §6.2.1: the GSM 7-bit default alphabet (one septet each) and its extension
// table (reached through ESC 0x1B, two septets each). Checked 2026-11-23.
// https://www.3gpp.org/DynaReport/23038.htm
// Position 0x09 is the capital Ç in the current table; early GSM 03.38 texts showed a lower-case
// ç there, and some gateways still map ç to it. We count only Ç as GSM-7: ç forces UCS-2.

/**
 * The printable characters of the GSM 7-bit default alphabet (ESC excluded): one septet each.
 *
 * @internal Not part of the public surface (smsSegments is).
 */
export const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/**
 * The characters of the default extension table: each costs two septets.
 *
 * @internal Not part of the public surface (smsSegments is).
 */
export const GSM7_EXTENSION = '\f^{}\\[~]|€';
