// The Czech and Slovak birth number (rodné číslo), which the fourteenth audit found no recognizer
// for (T43b, issue #14). Its check rule and sources: checks/nationalIds5.ts. Its print is YYMMDD/
// XXXX, a slash no digit run reads through (runs.ts): the run of six and the run after its slash
// are read as one here.
import { czRcValid } from '../checks/nationalIds5.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { languageOf } from '../locales.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { ID_WORDS_2_IN_COUNTRY } from './nationalIds2.js';
import { sixThenRest } from './nationalIds3.js';
import { shopsGeneric } from './numericId.js';

/**
 * Words before a birth number: Czech and Slovak "rodné číslo" and its cases (rodného čísla,
 * rodným číslem, rodnému číslu: cs.wikipedia.org "Rodné číslo", the tax return's field "Rodné
 * číslo"), "birth number" (its English name, id-check.artega.biz after Wikipedia), and, in Czech
 * and Slovak only, its abbreviation "RČ" (id-check.artega.biz: "Rodné číslo (RČ)").
 *
 * @since 0.1.0
 */
export const ID_WORDS_5 = {
  'cz-rc': [
    'rodné číslo',
    'rodného čísla',
    'rodným číslem',
    'rodnému číslu',
    'rodné č.',
    'birth number',
    'czech id',
    'slovak id',
  ],
} as const;

/** "RČ": the birth number's abbreviation, read in Czech and Slovak only. */
const RC = ['rč', 'r.č.'];

const WORDS: readonly string[] = ID_WORDS_5['cz-rc'];
const WORDS_HOME = [...WORDS, ...ID_WORDS_2_IN_COUNTRY];
const WORDS_LANGUAGE = [...WORDS, ...RC];
const WORDS_LANGUAGE_HOME = [...WORDS_LANGUAGE, ...ID_WORDS_2_IN_COUNTRY];

// After its own label; bare in its countries, ten digits printed YYMMDD/XXXX whose date and
// mod-11 check hold. One random run of ten digits in 91 passes the check (moreIds5Rates), weaker
// than a Swedish personnummer's 1 in 140, which goes bare in Sweden: unbroken or 6-4, ten digits
// are an order's print too, and go after the label only; with the slash, a print an order number
// seldom takes (a date, a slash, four digits), they go bare at home.
const OWN = 0.95;
const AT_HOME = 0.7;

/**
 * Czech and Slovak birth number: YYMMDD/XXXX (also unbroken, or 6-4 with a dash or a space), or
 * before 1954 YYMMDD/XXX ({@link czRcValid}). After its label ("rodné číslo", "birth number",
 * and in Czech and Slovak "RČ"); ten digits printed YYMMDD/XXXX go bare in the Czech Republic
 * and Slovakia, as a Swedish personnummer goes in Sweden; unbroken or 6-4 and nine digits (no
 * check digit) after the label only.
 *
 * @since 0.1.0
 */
export const czRcRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'cz-rc',
    type: 'cz-rc',
    placeholder: '[CZ_RC]',
    find: findRc,
  }),
  // Runs whose first group holds six digits (one before the slash, or six before the rest), nine
  // or ten (one group) (findRc): not every run of nine or ten digits (a phone's groups, V59a).
  0,
  (1 << 6) | (1 << 9) | (1 << 10),
);

function findRc(context: RecognizerContext): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  const runs = numberRuns(context) as readonly NumberRun[];
  let words: readonly string[] | undefined;
  let home = false;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as NumberRun;
    let digits: string;
    let end = run.end;
    let slashed = false;
    // (Its end read only inside the text: a run that ended one read past it and threw findRc
    // out of its compiled code mid-stream, --trace-deopt, T56d.)
    if (
      run.digitCount === 6 &&
      run.groupCount === 1 &&
      run.end < s.length &&
      s.charCodeAt(run.end) === 47
    ) {
      // "YYMMDD/XXXX": the next run, right after the slash, of three or four digits.
      const next = runs[k + 1];
      if (next === undefined || next.start !== run.end + 1 || next.groupCount !== 1) continue;
      if (next.digitCount !== 3 && next.digitCount !== 4) continue;
      digits = run.digits + next.digits;
      end = next.end;
      slashed = true;
    } else {
      if (run.digitCount !== 9 && run.digitCount !== 10) continue;
      if (run.groupCount > 2 || (run.groupCount === 2 && !sixThenRest(run))) continue;
      digits = run.digits;
    }
    if (!czRcValid(digits)) continue;
    if (gluedToCode(s, run.start, end) || numberedAfter(s, end)) continue;
    if (words === undefined) {
      home = context.country === 'CZ' || context.country === 'SK';
      const lang = languageOf(context.locale);
      const language = lang === 'cs' || lang === 'sk';
      words = language ? (home ? WORDS_LANGUAGE_HOME : WORDS_LANGUAGE) : home ? WORDS_HOME : WORDS;
    }
    let label = contextBefore(context, run.start, words);
    // "Customer ID number: …" at home: the shop's number, not the id ("id number" is generic).
    if (label === 'own' && home && shopsGeneric(s, run.start, words, ID_WORDS_2_IN_COUNTRY))
      label = 'reference';
    if (label === 'own') found.push({ start: run.start, end, confidence: OWN });
    // Bare at home in its own print only: YYMMDD/XXXX (see ID_WORDS_5's rule, below).
    else if (home && slashed && digits.length === 10 && label !== 'reference')
      found.push({ start: run.start, end, confidence: AT_HOME });
  }
  return found;
}
