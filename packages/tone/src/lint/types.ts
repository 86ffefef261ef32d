/** What a finding is about. */
export type FindingCode =
  | 'register.informal-in-formal'
  | 'register.formal-in-informal'
  | 'address.avoid'
  | 'emoji'
  | 'humour'
  | 'exclamation'
  | 'shouting'
  | 'length'
  | 'bidi.unisolated';

/** A replacement of text[start, end) that fixes the finding. */
export type Suggestion = {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
};

/** One finding: a code, its span in UTF-16 offsets, what is wrong, and a fix when there is one. */
export type Finding = {
  readonly code: FindingCode;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly suggestion?: Suggestion;
};
