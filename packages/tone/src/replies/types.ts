/** What a template param holds: rendered text, a number (pluralised), money or an instant. */
export type ParamKind = 'text' | 'number' | 'money' | 'date' | 'datetime';

/** The messages of one language: per register, or `any` when the language uses one register. */
export type RegisterMessages = {
  readonly formal?: string;
  readonly informal?: string;
  readonly any?: string;
};

/** A reply template: declared params and ICU messages per language tag. */
export type Template = {
  readonly params: Readonly<Record<string, ParamKind>>;
  readonly messages: Readonly<Record<string, RegisterMessages>>;
};

/** Template id → template. */
export type TemplateCatalog = Readonly<Record<string, Template>>;

/** A value a caller passes for a param. Money is `{ amount, currency }` in minor units. */
export type ParamValue =
  | string
  | number
  | boolean
  | Date
  | { readonly amount: number; readonly currency: string };
