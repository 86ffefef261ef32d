import { getGuideline } from '../guidelines/getGuideline.js';
import type { GuidelineSet } from '../guidelines/guidelines.js';
import type { Register, Topic } from '../guidelines/types.js';

/** The register to write in and why: the caller's choice, the topic shift, or the guideline. */
export function chooseRegister(options: {
  readonly locale: string;
  readonly register?: Register;
  readonly topic?: Topic;
  readonly guidelines?: GuidelineSet;
}): { register: Register | 'none'; why: string } {
  const { locale, register, topic } = options;
  let guideline: ReturnType<typeof getGuideline> | undefined;
  try {
    guideline = getGuideline(locale, options.guidelines);
  } catch {
    guideline = undefined;
  }
  const r = guideline?.register?.value;
  if (register !== undefined) return { register, why: 'the caller asked for it' };
  if (r === undefined) {
    const searched = guideline?.unsourced?.find((u) => u.field === 'register')?.searched;
    return {
      register: 'formal',
      why: `no sourced register for ${locale}${searched !== undefined ? ` (searched: ${searched})` : ''}; formal is the cautious default`,
    };
  }
  if (topic !== undefined && r.shiftsToFormalFor.includes(topic)) {
    return {
      register: 'formal',
      why: `${guideline?.locale} shifts to formal for ${topic} (${guideline?.register?.source.title})`,
    };
  }
  return {
    register: r.default,
    why: `${guideline?.locale} defaults to ${r.default} (${guideline?.register?.source.title})`,
  };
}
