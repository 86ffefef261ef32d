import * as z from 'zod/mini';
import { CODE_PAGES } from './codePageList.js';

/** Options of {@link repairText}; every field is optional and documented with its default. */
export const RepairTextOptionsSchema = z.object({
  /** Code pages to consider (default: all of CODE_PAGES). */
  pages: z.optional(z.array(z.enum(CODE_PAGES))),
  /** Longest chain of mis-decodings undone (1-3, default 3: ftfy's corpus has triple layers). */
  maxChain: z.optional(z.int().check(z.gte(1), z.lte(3))),
  /** Cost a repair must save to be applied (default 3; lower repairs more and risks more). */
  minGain: z.optional(z.number().check(z.gte(1), z.lte(50))),
  /**
   * When two pages explain a run equally well and nothing else in the text decides: take the
   * more common page (`'common-page'`, the default, confidence ≤ 0.6) or leave the run (`'leave'`).
   */
  onTie: z.optional(z.enum(['common-page', 'leave'])),
  /** Normalise repaired spans to NFC (default true). Text outside repairs is never normalised. */
  nfc: z.optional(z.boolean()),
  /** Longest input accepted, in UTF-16 code units (default 10,000,000). */
  maxLength: z.optional(z.int().check(z.gte(1))),
});

/** Options of {@link repairText}. */
export type RepairTextOptions = z.infer<typeof RepairTextOptionsSchema>;

/** One repair: a span of the input, what it was, what it became, and how sure we are. */
export const RepairSchema = z.object({
  /** UTF-16 offset of the span in the input text (inclusive). */
  start: z.int(),
  /** UTF-16 offset of the span in the input text (exclusive). */
  end: z.int(),
  before: z.string(),
  after: z.string(),
  /** The code pages the bytes were wrongly decoded with, outermost first. */
  chain: z.array(z.string()),
  /** 0-1: how clearly the repaired text beats the original under the cost model. */
  confidence: z.number(),
  /** False for a candidate that was too uncertain to apply (reported, text left as it was). */
  applied: z.boolean(),
});

/** One repair of {@link repairText}. */
export type Repair = z.infer<typeof RepairSchema>;

/** What {@link repairText} returns. */
export type RepairResult = {
  readonly text: string;
  readonly changed: boolean;
  readonly repairs: readonly Repair[];
  /**
   * Whether the whole text was read. False when the call's work budget (docs/tone.md, How it
   * decides) ran out first: the runs not reached stand as they were; call again on `text` to read
   * on, until `complete` is true.
   */
  readonly complete: boolean;
};

/** Input of {@link repairText}: the text and its options, validated at the boundary. */
export const RepairTextInputSchema = z.object({
  text: z.string(),
  options: z.optional(RepairTextOptionsSchema),
});

/** Options of {@link normalizePersian}. */
export const NormalizePersianOptionsSchema = z.object({
  /** 'auto' (default) detects Persian vs Arabic; 'fa' forces Persian; 'ar' leaves the text alone. */
  language: z.optional(z.enum(['auto', 'fa', 'ar'])),
  /** Restore ZWNJs (default true); false only unifies the letters. */
  zwnj: z.optional(z.boolean()),
  /** Add `search`: the text with ASCII digits and no ZWNJ, for matching, never for display. */
  forSearch: z.optional(z.boolean()),
  /** Words added to the built-in lexicon (see docs/tone.md). */
  lexicon: z.optional(
    z.object({
      verbStems: z.optional(z.array(z.string().check(z.minLength(1)))),
      nonVerbs: z.optional(z.array(z.string().check(z.minLength(1)))),
      nonPlurals: z.optional(z.array(z.string().check(z.minLength(1)))),
      adjectives: z.optional(z.array(z.string().check(z.minLength(1)))),
      compounds: z.optional(
        z.array(z.tuple([z.string().check(z.minLength(1)), z.string().check(z.minLength(1))])),
      ),
    }),
  ),
});

/** Options of {@link normalizePersian}. */
export type NormalizePersianOptions = z.infer<typeof NormalizePersianOptionsSchema>;

/** Input of {@link normalizePersian}. */
export const NormalizePersianInputSchema = z.object({
  text: z.string(),
  options: z.optional(NormalizePersianOptionsSchema),
});

/** One change {@link normalizePersian} made: a span of the input, what it became, and the rule. */
export type PersianChange = {
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  readonly rule: string;
};

/** What {@link normalizePersian} returns. */
export type PersianResult = {
  readonly text: string;
  readonly changes: readonly PersianChange[];
  /** The language the text was treated as. */
  readonly language: 'fa' | 'ar' | 'unknown';
  /** Present with `forSearch`: ASCII digits, no ZWNJ. */
  readonly search?: string;
};
