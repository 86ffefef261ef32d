import type { Source } from '@meridian-cx/core';

/** A sourced fact: the value, the source, when it was checked, and a note where sources differ. */
export type Fact<T> = {
  readonly value: T;
  readonly source: Source;
  readonly asOf: string;
  readonly note?: string;
};

/** How formally a reply addresses the customer (the T–V distinction: Sie/du, vous/tu, usted/tú). */
export type Register = 'formal' | 'informal';
/** Topics that shift a reply to the formal register in some locales (money, legal, complaints). */
export type Topic = 'money' | 'legal' | 'complaint';
/** How a locale's guideline treats something (emoji, exclamation marks): avoid, sparingly or ok. */
export type Policy = 'avoid' | 'sparingly' | 'ok';
/** A CLDR plural category, as Intl.PluralRules names them. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The optional fields of a guideline that carry a vendor or country source. */
export type SourcedField =
  | 'register'
  | 'address'
  | 'honorifics'
  | 'directness'
  | 'greeting'
  | 'signOff'
  | 'particles';

/** A field left out because no source was found: what was searched, and when. */
export type Unsourced = {
  readonly field: SourcedField;
  readonly searched: string;
  readonly asOf: string;
};

/** One locale's customer-service defaults. Defaults, not stereotypes: override per brand. */
export type Guideline = {
  readonly locale: string;
  /** The default register and the topics that shift it to formal. Absent where unsourced. */
  readonly register?: Fact<{
    readonly default: Register | 'none';
    readonly shiftsToFormalFor: readonly Topic[];
  }>;
  /** How to say "you": formal and informal forms, forms to avoid, the customer-service choice. */
  readonly address?: Fact<{
    readonly formal?: string;
    readonly informal?: string;
    readonly avoid?: readonly string[];
    readonly customerService: string;
  }>;
  readonly honorifics?: Fact<string>;
  readonly nameOrder: Fact<'given-family' | 'family-given'>;
  readonly direction: Fact<'ltr' | 'rtl'>;
  /** CLDR default numbering system (`latn`, `arab`, `arabext`). */
  readonly digits: Fact<string>;
  /** CLDR default calendar (`gregory`, `persian`, `buddhist`). */
  readonly calendar: Fact<string>;
  readonly plurals: Fact<readonly PluralCategory[]>;
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  readonly week: Fact<{ readonly firstDay: number; readonly weekend: readonly number[] }>;
  readonly directness?: Fact<'direct' | 'moderate' | 'indirect'>;
  readonly emoji: Fact<Policy>;
  readonly humour: Fact<Policy>;
  readonly exclamation: Fact<Policy>;
  readonly greeting?: Fact<{ readonly formal: string; readonly informal?: string }>;
  readonly signOff?: Fact<{ readonly formal: string; readonly informal?: string }>;
  /** Politeness particles and who chooses them (Thai: the speaker's gender). */
  readonly particles?: Fact<string>;
  /** Fields left out for want of a source, said out loud rather than guessed. */
  readonly unsourced?: readonly Unsourced[];
};
