import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

for (const s of process.argv.slice(2)) {
  const n = parsePhoneNumberFromString(s, 'DE');
  console.log(
    s,
    n?.isValid(),
    n?.nationalNumber,
    n?.formatInternational(),
    n?.formatNational(),
    n?.getType(),
  );
}
