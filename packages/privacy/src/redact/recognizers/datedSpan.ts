// mayAccept (phone.ts) asked DATE and then HOLDS_DATE of every span that may be dated (mayBeDated):
// two searches of the same few units, most spans failing both (V63e: 2,579 of a pass of the
// corpus asked both, none passed HOLDS_DATE), each call costing about what the scan of a span does.

/**
 * phone.ts's DATE and HOLDS_DATE in one expression: a span matches it exactly where it matches
 * either (a test asks whether some alternative matches somewhere; DATE's own alternatives sit
 * inside its anchors, so joining the two sources adds no reading). A literal, for the ReDoS check
 * (redos.test.ts); datedSpan.prop.test.ts holds it to the two sources joined and to the two
 * searches on generated spans (internal).
 */
export const DATE_OR_HOLDS_DATE =
  /^(?:\(?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\)?|(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])|(?:\d{1,2}[./-]|(?:19|20)\d\d[/-])?(?:19|20)\d\d)(?: \d{1,2}(?:\.\d{2}){0,2})?$|(?:^|\D)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?!\d)/;
