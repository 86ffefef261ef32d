// Reads ftfy's own test cases (Apache-2.0, © 2023 Robyn Speer) from ../shared/corpora/ftfy at
// test time; the corpus is never copied into this repository. Returns undefined when absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FtfyCase = {
  readonly file: string;
  readonly label: string;
  readonly original: string;
  readonly fixed: string;
  readonly 'fixed-encoding'?: string;
  readonly expect: 'pass' | 'fail';
};

const FILES = [
  'in-the-wild.json',
  'synthetic.json',
  'language-names.json',
  'negative.json',
  'known-failures.json',
];

/** The repository root: four levels above this file (packages/tone/test/text). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the corpus lives: `../shared/corpora/ftfy` relative to the repository root. */
// Where the shared corpora live: MERIDIAN_CORPORA if set, else beside the checkout (../shared), else
// the workplace's own copy (/work/shared), so a clean clone elsewhere still runs them.
const candidates = [
  process.env.MERIDIAN_CORPORA && join(process.env.MERIDIAN_CORPORA, 'ftfy'),
  join(repoRoot, '..', 'shared', 'corpora', 'ftfy'),
  '/work/shared/corpora/ftfy',
].filter((d): d is string => typeof d === 'string' && d !== '');
export const FTFY_DIR = candidates.find((d) => existsSync(d)) ?? (candidates[0] as string);

/** Every ftfy case, or undefined when the corpus is not present on this machine. */
export function loadFtfyCases(): FtfyCase[] | undefined {
  if (!existsSync(FTFY_DIR)) return undefined;
  return FILES.flatMap((file) =>
    (JSON.parse(readFileSync(join(FTFY_DIR, file), 'utf8')) as Omit<FtfyCase, 'file'>[]).map(
      (c) => ({ ...c, file }),
    ),
  );
}

/** What a repair that keeps typography should return: `fixed-encoding` where present. */
export const target = (c: FtfyCase): string => c['fixed-encoding'] ?? c.fixed;

// ftfy's `uncurl_quotes` (one of fix_text's steps, not fix_encoding's): curly quotation marks
// made straight, by its own classes (U+02BC and U+2018-U+201B to ', U+201C-U+201F to ").
const uncurl = (text: string): string =>
  text.replace(/[\u02bc\u2018-\u201b]/g, "'").replace(/[\u201c-\u201f]/g, '"');

/**
 * Whether `repaired` is the case's answer for a repair that keeps typography: `target`, or, where
 * the case gives only fix_text's `fixed`, that text once our quotes are straightened as fix_text's
 * own uncurling step does (ftfy's "Misleading mix-up in Spanish" expects straight quotes where the
 * bytes were Windows-1252's curly ones: keeping them is the repair, not a miss).
 */
export const matches = (c: FtfyCase, repaired: string): boolean =>
  repaired === target(c) || (c['fixed-encoding'] === undefined && uncurl(repaired) === c.fixed);
