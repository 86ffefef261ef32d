import { sourceOf } from '../source.js';

const canSpam = sourceOf(
  'CAN-SPAM Act, 15 U.S.C. § 7704',
  'https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business',
);
const coppa = sourceOf(
  'Children’s Online Privacy Protection Rule, 16 CFR Part 312',
  'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312',
);
/**
 * COPPA is federal and applies alongside every US state regime here: operators of services
 * directed to children, or with actual knowledge, need verifiable parental consent under 13.
 */
export const US_CHILD_CONSENT = {
  age: 13,
  scope:
    'verifiable parental consent before collecting personal information online from a child under 13 (services directed to children, or actual knowledge)',
  provenance: coppa(
    '§ 312.2 ("Child means an individual under the age of 13"), § 312.5',
    'Federal; applies alongside every state regime. Definition read in a copy of 16 CFR 312.2 (gamutonline.net); the FTC final rule of 3 November 1999 (64 FR 59888) confirms "children under 13".',
  ),
} as const;
/** CAN-SPAM applies to every US state regime here: commercial email is opt-out, federally. */
export const US_EMAIL_MARKETING = {
  channels: ['email'],
  model: 'opt-out',
  conditions: 'Every message carries a working opt-out; honour an opt-out within 10 business days.',
  provenance: canSpam(
    '§ 7704(a)(3)–(4)',
    'Secondary summaries checked; federal law, applies alongside every state regime.',
  ),
} as const;
