import { describe, expect, it } from 'vitest';
import { applySuggestions, lintReply } from './lintReply.js';
import { REGISTER_FORMS_PROVENANCE } from './registerForms.data.js';
import { REGISTER_MARKERS_PROVENANCE } from './registerMarkers.data.js';

const INF = 'register.informal-in-formal';
const FOR = 'register.formal-in-informal';
const lint = (text: string, locale: string, register: 'formal' | 'informal') =>
  lintReply(text, { locale, register });
const codes = (text: string, locale: string, register: 'formal' | 'informal') =>
  lint(text, locale, register).map((f) => f.code);
const fixed = (text: string, locale: string, register: 'formal' | 'informal') =>
  applySuggestions(text, lint(text, locale, register));

describe('second-person verb forms and imperatives (0.2.0)', () => {
  it('German: du verbs and imperatives, with the capital kept at a sentence start', () => {
    expect(fixed('Hast du die Rechnung?', 'de-DE', 'formal')).toBe('Haben Sie die Rechnung?');
    expect(fixed('Bitte gib uns Bescheid.', 'de-DE', 'formal')).toBe(
      'Bitte geben Sie uns Bescheid.',
    );
    // "schick" and "Klick" count only where an imperative stands: the adjective and noun do not.
    expect(codes('Schick uns den Artikel.', 'de-DE', 'formal')).toEqual([INF]);
    expect(codes('Das Kleid ist schick und mit einem Klick bestellt.', 'de-DE', 'formal')).toEqual(
      [],
    );
  });

  it('French: tu futures, être/aller/avoir, hyphenated imperatives; vous forms in tu replies', () => {
    expect(fixed('Vous la recevras demain.', 'fr-FR', 'formal')).toBe('Vous la recevrez demain.');
    expect(codes('Envoie-nous une photo.', 'fr-FR', 'formal')).toEqual([INF]);
    // vous imperatives, inversions and place names are left alone.
    expect(
      codes('Envoyez-nous une photo. Pouvons-nous vous rappeler ?', 'fr-FR', 'formal'),
    ).toEqual([]);
    expect(codes('Livraison à Choisy-le-Roi demain.', 'fr-FR', 'formal')).toEqual([]);
    expect(codes('Tu le recevrez demain.', 'fr-FR', 'informal')).toEqual([FOR]);
  });

  it('Spanish: tú future and preterite, vosotros; look-alikes stay quiet', () => {
    expect(fixed('Lo verás mañana.', 'es-ES', 'formal')).toBe('Lo verá mañana.');
    expect(codes('¿Ya pagaste el pedido?', 'es-ES', 'formal')).toEqual([INF]);
    expect(codes('Os enviamos el paquete; ¿podéis confirmarlo?', 'es-ES', 'formal')).toEqual([
      INF,
      INF,
    ]);
    expect(
      codes(
        'Está atrás; el contraste existe y es triste; dieciséis días; tu OS.',
        'es-ES',
        'formal',
      ).length,
    ).toBe(1); // only "tu"
  });

  it('Italian: future, conditional, -isci verbs and infinitives with ti', () => {
    expect(fixed('Lo riceverai domani.', 'it-IT', 'formal')).toBe('Lo riceverà domani.');
    expect(codes('Possiamo contattarti? Se preferisci, scrivici.', 'it-IT', 'formal')).toEqual([
      INF,
      INF,
      INF,
    ]);
    expect(codes('I reparti e le parti di ricambio sono arrivati.', 'it-IT', 'formal')).toEqual([]);
  });

  it('Polish, Portuguese, Russian: verb endings; names and nouns that end alike do not count', () => {
    expect(fixed('Czy możesz to sprawdzić?', 'pl-PL', 'formal')).toBe(
      'Czy może Pan/Pani to sprawdzić?',
    );
    expect(codes('Pozdrawiam, Tomasz. Nasz klawisz działa.', 'pl-PL', 'formal')).toEqual([]);
    expect(fixed('Já recebeste o pacote?', 'pt-BR', 'formal')).toBe('Já recebeste o pacote?');
    expect(codes('Já recebeste o pacote? Entrega no Nordeste.', 'pt-BR', 'formal')).toEqual([INF]);
    expect(codes('Equipe de TI', 'pt-BR', 'formal')).toEqual([]);
    expect(fixed('Ты получишь посылку.', 'ru-RU', 'formal')).toBe('Вы получите посылку.');
    expect(codes('Мы лишь уточним адрес.', 'ru-RU', 'formal')).toEqual([]);
  });

  it('Turkish: sen endings in a formal reply, siz endings in an informal one', () => {
    expect(fixed('Adresi onaylayabilir misin?', 'tr-TR', 'formal')).toBe(
      'Adresi onaylayabilir misiniz?',
    );
    expect(fixed('Siparişiniz yolda.', 'tr-TR', 'informal')).toBe('Siparişin yolda.');
    expect(codes('Deniz kenarındaki mağazamız açık.', 'tr-TR', 'informal')).toEqual([]);
  });
});

describe('register data provenance', () => {
  it('names a source and an asOf date for the word lists and for the endings', () => {
    for (const p of [REGISTER_MARKERS_PROVENANCE, REGISTER_FORMS_PROVENANCE]) {
      expect(p.source.url).toMatch(/^https:\/\//);
      expect(p.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.note.length).toBeGreaterThan(20);
    }
  });
});
