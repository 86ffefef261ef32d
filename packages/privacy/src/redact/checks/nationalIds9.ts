// Check rules of the national ids T64c (issue #14) reads: Argentina's DNI. Each says where its
// rule comes from and when we read it (asOf 2026-12-05).

/**
 * Argentina's DNI (Documento Nacional de Identidad) number, its digits `d`: seven or eight
 * digits, the number the national identity document carries for citizens and residents, with no
 * check digit (python-stdnum's `stdnum.ar.dni` and its TypeScript port, stdnum 1.11's
 * `src/ar/dni.ts`: "7 or 8 digits", "It does not check for control letter"; Microsoft Purview's
 * "Argentina national identity (DNI) number": eight digits with or without periods, "Checksum: No").
 * The two disagree on seven digits (Purview reads eight only); the older documents' numbers, below
 * ten million, have seven (stdnum prints them "1.234.567"): both are read. Read 2026-12-05.
 *
 * @param d - The number's digits, ASCII, separators removed.
 * @returns Whether it has a DNI number's count of digits.
 * @example
 * arDniValid('12345678'); // true
 * @since 0.1.0
 */
export function arDniValid(d: string): boolean {
  if (d.length !== 7 && d.length !== 8) return false;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
