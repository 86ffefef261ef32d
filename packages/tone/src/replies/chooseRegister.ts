import { findLocale } from '../guidelines/findLocale.js';
import type { GuidelineSet } from '../guidelines/guidelines.js';
import { REGISTERS } from '../guidelines/registers.data.js';
import type { Register, Topic } from '../guidelines/types.js';

/**
 * The register to write in and why: the caller's choice, the topic shift, or the guideline. Reads
 * the built-in register facts (REGISTERS, not the whole GUIDELINES, so a bundle that renders
 * replies stays light) unless a brand's set from defineGuidelines is given.
 */
export function chooseRegister(options: {
  readonly locale: string;
  readonly register?: Register;
  readonly topic?: Topic;
  readonly guidelines?: GuidelineSet;
}): { register: Register | 'none'; why: string } {
  const { locale, register, topic } = options;
  const entry = findLocale(locale, options.guidelines ?? REGISTERS);
  const r = entry?.register?.value;
  if (register !== undefined) return { register, why: 'the caller asked for it' };
  if (r === undefined) {
    const searched = entry?.unsourced?.find((u) => u.field === 'register')?.searched;
    return {
      register: 'formal',
      why: `no sourced register for ${locale}${searched !== undefined ? ` (searched: ${searched})` : ''}; formal is the cautious default`,
    };
  }
  if (topic !== undefined && r.shiftsToFormalFor.includes(topic)) {
    return {
      register: 'formal',
      why: `${entry?.locale} shifts to formal for ${topic} (${entry?.register?.source.title})`,
    };
  }
  return {
    register: r.default,
    why: `${entry?.locale} defaults to ${r.default} (${entry?.register?.source.title})`,
  };
}
