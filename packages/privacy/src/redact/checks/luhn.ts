// String.prototype.charCodeAt, called through `call` for each unit read here: `s.charCodeAt`
// is a look-up by the kind of string (flat, a rope, a slice…), and the ids' digits come in
// several, so the look-up went megamorphic (digits.ts unitAt says more, T65b). This file's own
// call, not unitAt: an index past a string's end marks only these reads not to be inlined.
const charCodeAt = String.prototype.charCodeAt;

/** Whether an ASCII digit string passes the Luhn (mod 10) check of ISO/IEC 7812-1. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = charCodeAt.call(digits, i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
