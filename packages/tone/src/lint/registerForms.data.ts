// Second-person endings that give the register away wherever they occur: a word that ends so is
// a second-person verb form (or, in Turkish, a second-person plural ending) in every case the
// grammar allows, except the listed look-alikes. From each language's verb paradigms; the
// exceptions are the words of the language that end the same way (nouns, adverbs, names, other
// persons), listed up front rather than found on the drafts.

import { REGISTER_MARKERS_PROVENANCE } from './registerMarkers.data.js';

/**
 * Where the endings come from: which forms are informal or formal per the same localization
 * guides as the word lists; the endings themselves from each language's standard conjugation
 * tables, written by the team and measured on a held-out corpus (test/corpus-heldout).
 */
export const REGISTER_FORMS_PROVENANCE = {
  source: REGISTER_MARKERS_PROVENANCE.source,
  asOf: '2026-11-30',
  note: "Endings authored by the team from each language's conjugation tables (present, future, imperative of the second person), with the look-alikes of each ending listed; register per the localization guides named in the source.",
} as const;

/** A word ending that marks a register; `replace` rewrites the ending when that is mechanical. */
export type FormRule = {
  readonly ending: string;
  /** The shortest word the rule reads (so short look-alikes stay out). */
  readonly minLength: number;
  /** Words with this ending that are not the form (lower case). */
  readonly except?: readonly string[];
  /** What replaces `ending` in the other register; absent where the stem changes too. */
  readonly replace?: string;
  /** What the form is, for the message. */
  readonly form: string;
  /** The other register's form, for the message when there is no mechanical replacement. */
  readonly write: string;
};

export type LanguageForms = {
  readonly informal: readonly FormRule[];
  readonly formal: readonly FormRule[];
};

const ES_ISTE = ['triste', 'existe', 'insiste', 'consiste', 'resiste', 'persiste', 'subsiste'];
const PT_ESTE = ['celeste', 'agreste', 'investe', 'conteste', 'proteste', 'moleste', 'manifeste'];

export const REGISTER_FORMS: Readonly<Record<string, LanguageForms>> = {
  es: {
    informal: [
      {
        ending: 'rás',
        minLength: 5,
        except: ['atrás', 'detrás'],
        replace: 'rá',
        form: 'a tú future',
        write: 'the usted future (-rá)',
      },
      {
        ending: 'aste',
        minLength: 6,
        except: ['contraste', 'desgaste', 'traste', 'engaste', 'gaste', 'baste'],
        replace: 'ó',
        form: 'a tú preterite',
        write: 'the usted preterite (-ó)',
      },
      {
        ending: 'iste',
        minLength: 6,
        except: [
          ...ES_ISTE,
          'desiste',
          'asiste',
          'chiste',
          'quiste',
          'alpiste',
          'despiste',
          'embiste',
          'reviste',
        ],
        form: 'a tú preterite',
        write: 'the usted preterite (-ió)',
      },
      { ending: 'áis', minLength: 5, form: 'a vosotros verb', write: 'the ustedes form' },
      {
        ending: 'éis',
        minLength: 5,
        except: ['dieciséis', 'veintiséis'],
        form: 'a vosotros verb',
        write: 'the ustedes form',
      },
    ],
    formal: [],
  },
  fr: {
    informal: [
      {
        ending: 'eras',
        minLength: 6,
        replace: 'erez',
        form: 'a tu future',
        write: 'the vous future (-rez)',
      },
      {
        ending: 'iras',
        minLength: 6,
        except: ['tiras'],
        replace: 'irez',
        form: 'a tu future',
        write: 'the vous future (-rez)',
      },
      {
        ending: 'rras',
        minLength: 6,
        replace: 'rrez',
        form: 'a tu future',
        write: 'the vous future (-rez)',
      },
      {
        ending: 'vras',
        minLength: 6,
        replace: 'vrez',
        form: 'a tu future',
        write: 'the vous future (-rez)',
      },
      {
        ending: 'uras',
        minLength: 5,
        replace: 'urez',
        form: 'a tu future',
        write: 'the vous future (-rez)',
      },
    ],
    formal: [
      {
        ending: 'rez',
        minLength: 5,
        replace: 'ras',
        form: 'a vous future',
        write: 'the tu future (-ras)',
      },
    ],
  },
  it: {
    informal: [
      {
        ending: 'rai',
        minLength: 5,
        replace: 'rà',
        form: 'a tu future',
        write: 'the Lei future (-rà)',
      },
      {
        ending: 'resti',
        minLength: 7,
        except: ['arresti'],
        replace: 'rebbe',
        form: 'a tu conditional',
        write: 'the Lei conditional (-rebbe)',
      },
      {
        ending: 'isci',
        minLength: 6,
        form: 'a tu present or imperative',
        write: 'the Lei form (-isce, or -isca to ask)',
      },
      {
        ending: 'arti',
        minLength: 7,
        except: ['quarti', 'scarti', 'reparti', 'comparti', 'smarti'],
        form: 'an infinitive with "ti"',
        write: 'the Lei pronoun (-arLa / -arLe)',
      },
      {
        ending: 'irti',
        minLength: 7,
        form: 'an infinitive with "ti"',
        write: 'the Lei pronoun (-irLa / -irLe)',
      },
    ],
    formal: [],
  },
  pl: {
    informal: [
      {
        ending: 'esz',
        minLength: 5,
        replace: 'e Pan/Pani',
        form: 'a ty verb',
        write: 'the Pan/Pani form',
      },
      {
        ending: 'isz',
        minLength: 5,
        except: ['klawisz', 'afisz'],
        replace: 'i Pan/Pani',
        form: 'a ty verb',
        write: 'the Pan/Pani form',
      },
      {
        ending: 'ysz',
        minLength: 5,
        replace: 'y Pan/Pani',
        form: 'a ty verb',
        write: 'the Pan/Pani form',
      },
      { ending: 'łeś', minLength: 5, form: 'a ty past verb', write: 'the Pan form (-ł Pan)' },
      { ending: 'łaś', minLength: 5, form: 'a ty past verb', write: 'the Pani form (-ła Pani)' },
      { ending: 'łbyś', minLength: 6, form: 'a ty conditional', write: 'the Pan form (-łby Pan)' },
      {
        ending: 'łabyś',
        minLength: 7,
        form: 'a ty conditional',
        write: 'the Pani form (-łaby Pani)',
      },
      {
        ending: 'ślij',
        minLength: 5,
        form: 'a ty imperative',
        write: '"proszę" with the infinitive',
      },
    ],
    formal: [],
  },
  pt: {
    informal: [
      {
        ending: 'rás',
        minLength: 5,
        except: ['atrás', 'detrás'],
        replace: 'rá',
        form: 'a tu future',
        write: 'the você future (-rá)',
      },
      {
        ending: 'aste',
        minLength: 6,
        except: ['contraste', 'desgaste', 'traste', 'haste', 'gaste', 'baste'],
        replace: 'ou',
        form: 'a tu preterite',
        write: 'the você preterite (-ou)',
      },
      {
        ending: 'iste',
        minLength: 6,
        except: [...ES_ISTE, 'desiste', 'assiste', 'alpiste', 'chiste', 'despiste'],
        replace: 'iu',
        form: 'a tu preterite',
        write: 'the você preterite (-iu)',
      },
      {
        ending: 'este',
        minLength: 7,
        except: [
          ...PT_ESTE,
          'sudeste',
          'nordeste',
          'noroeste',
          'sudoeste',
          'deteste',
          'empreste',
          'ateste',
          'trieste',
        ],
        form: 'a tu preterite',
        write: 'the você preterite (-eu)',
      },
    ],
    formal: [],
  },
  ru: {
    informal: [
      {
        ending: 'ешь',
        minLength: 5,
        except: ['брешь'],
        replace: 'ете',
        form: 'a ты verb',
        write: 'the Вы form (-ете)',
      },
      {
        ending: 'ёшь',
        minLength: 5,
        replace: 'ёте',
        form: 'a ты verb',
        write: 'the Вы form (-ёте)',
      },
      {
        ending: 'ишь',
        minLength: 5,
        except: ['тишь'],
        replace: 'ите',
        form: 'a ты verb',
        write: 'the Вы form (-ите)',
      },
      {
        ending: 'ешься',
        minLength: 7,
        replace: 'етесь',
        form: 'a ты verb',
        write: 'the Вы form (-етесь)',
      },
      {
        ending: 'ишься',
        minLength: 7,
        replace: 'итесь',
        form: 'a ты verb',
        write: 'the Вы form (-итесь)',
      },
    ],
    formal: [],
  },
  tr: {
    informal: [
      {
        ending: 'misin',
        minLength: 5,
        replace: 'misiniz',
        form: 'a sen question',
        write: 'the siz form',
      },
      {
        ending: 'mısın',
        minLength: 5,
        replace: 'mısınız',
        form: 'a sen question',
        write: 'the siz form',
      },
      {
        ending: 'musun',
        minLength: 5,
        replace: 'musunuz',
        form: 'a sen question',
        write: 'the siz form',
      },
      {
        ending: 'müsün',
        minLength: 5,
        replace: 'müsünüz',
        form: 'a sen question',
        write: 'the siz form',
      },
      {
        ending: 'yorsun',
        minLength: 8,
        replace: 'yorsunuz',
        form: 'a sen verb',
        write: 'the siz form',
      },
      {
        ending: 'acaksın',
        minLength: 9,
        replace: 'acaksınız',
        form: 'a sen future',
        write: 'the siz form',
      },
      {
        ending: 'eceksin',
        minLength: 9,
        replace: 'eceksiniz',
        form: 'a sen future',
        write: 'the siz form',
      },
      {
        ending: 'abilirsin',
        minLength: 10,
        replace: 'abilirsiniz',
        form: 'a sen verb',
        write: 'the siz form',
      },
      {
        ending: 'ebilirsin',
        minLength: 10,
        replace: 'ebilirsiniz',
        form: 'a sen verb',
        write: 'the siz form',
      },
      {
        ending: 'malısın',
        minLength: 9,
        replace: 'malısınız',
        form: 'a sen verb',
        write: 'the siz form',
      },
      {
        ending: 'melisin',
        minLength: 9,
        replace: 'melisiniz',
        form: 'a sen verb',
        write: 'the siz form',
      },
      {
        ending: 'rsen',
        minLength: 6,
        replace: 'rseniz',
        form: 'a sen conditional',
        write: 'the siz form',
      },
      {
        ending: 'rsan',
        minLength: 6,
        replace: 'rsanız',
        form: 'a sen conditional',
        write: 'the siz form',
      },
    ],
    formal: [
      { ending: 'iniz', minLength: 6, replace: 'in', form: 'a siz ending', write: 'the sen form' },
      { ending: 'ınız', minLength: 6, replace: 'ın', form: 'a siz ending', write: 'the sen form' },
      { ending: 'unuz', minLength: 6, replace: 'un', form: 'a siz ending', write: 'the sen form' },
      { ending: 'ünüz', minLength: 6, replace: 'ün', form: 'a siz ending', write: 'the sen form' },
    ],
  },
};
