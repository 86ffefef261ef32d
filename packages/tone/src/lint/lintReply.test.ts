import { describe, expect, it } from 'vitest';
import { isolateBidi } from './isolateBidi.js';
import { applySuggestions, lintReply } from './lintReply.js';

const codes = (text: string, locale: string, register: 'formal' | 'informal', maxLength?: number) =>
  lintReply(text, { locale, register, ...(maxLength !== undefined ? { maxLength } : {}) }).map(
    (f) => f.code,
  );

describe('lintReply: register', () => {
  it('German: du in a formal reply, Sie mid-sentence in an informal one, not at a sentence start', () => {
    expect(codes('Wir haben dir das Geld erstattet.', 'de-DE', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('Wir haben Ihnen das Geld erstattet.', 'de-DE', 'formal')).toEqual([]);
    expect(
      codes('Kannst du uns helfen? Danke, dass Sie gewartet haben.', 'de-DE', 'informal'),
    ).toEqual(['register.formal-in-informal']);
    expect(codes('Sie haben recht, das Paket ist unterwegs.', 'de-DE', 'informal')).toEqual([]);
  });

  it('French, Spanish, Italian, Dutch, Polish, Portuguese, Russian, Turkish', () => {
    expect(codes('Nous allons t’envoyer un nouveau colis.', 'fr-FR', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('¿Puedes enviarnos una foto?', 'es-ES', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('Usted recibirá el reembolso mañana.', 'es-MX', 'informal')).toEqual([
      'register.formal-in-informal',
    ]);
    expect(codes('Il tuo ordine è partito.', 'it-IT', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('Abbiamo spedito il Suo ordine.', 'it-IT', 'informal')).toEqual([
      'register.formal-in-informal',
    ]);
    expect(codes('Heb je het pakket ontvangen?', 'nl-NL', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('Heeft u het pakket ontvangen?', 'nl-NL', 'informal')).toEqual([
      'register.formal-in-informal',
    ]);
    expect(codes('Czy otrzymałeś twoją paczkę?', 'pl-PL', 'formal')).toEqual([
      'register.informal-in-formal',
      'register.informal-in-formal',
    ]);
    expect(
      codes('Państwa zamówienie zostało wysłane, a Pan otrzyma SMS.', 'pl-PL', 'informal'),
    ).toEqual(['register.formal-in-informal', 'register.formal-in-informal']);
    expect(codes('O teu pedido foi enviado.', 'pt-BR', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('Мы вернём тебе деньги.', 'ru-RU', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
    expect(codes('Мы вернём Вам деньги.', 'ru-RU', 'informal')).toEqual([
      'register.formal-in-informal',
    ]);
    expect(codes('Siparişin sana ulaştı mı?', 'tr-TR', 'formal')).toEqual([
      'register.informal-in-formal',
    ]);
  });

  it('Japanese: あなた is never said to a customer', () => {
    const text = 'あなたのご注文を発送しました。';
    const f = lintReply(text, { locale: 'ja-JP', register: 'formal' });
    expect(f.map((x) => x.code)).toEqual(['address.avoid']);
    expect(applySuggestions(text, f)).toBe('お客様のご注文を発送しました。');
  });
});

describe('lintReply: emoji, humour, exclamation, shouting, length', () => {
  it('flags emoji, but not ™ or ©', () => {
    expect(codes('Danke 🙂 für Ihre Geduld.', 'de-DE', 'formal')).toEqual(['emoji']);
    expect(codes('Meridian™ © 2026', 'en-US', 'formal')).toEqual([]);
  });
  it('flags laugh markers in a formal reply, tolerates them in an informal English one', () => {
    expect(codes('Haha, the parcel took a detour.', 'en-GB', 'formal')).toEqual(['humour']);
    expect(codes('Haha, the parcel took a detour.', 'en-GB', 'informal')).toEqual([]);
    expect(codes('荷物は届きましたwww', 'ja-JP', 'formal')).toEqual(['humour']);
    expect(codes('Visit www.example.com', 'en-US', 'formal')).toEqual([]);
  });
  it('flags repeated and excess exclamation marks', () => {
    expect(codes('Thank you!', 'en-US', 'formal')).toEqual([]);
    expect(codes('Thank you!! It shipped!', 'en-US', 'formal')).toEqual(['exclamation']);
    expect(codes('Thank you! It shipped! Enjoy!', 'en-US', 'formal')).toEqual([
      'exclamation',
      'exclamation',
    ]);
  });
  it('flags shouting, not acronyms', () => {
    expect(codes('Your IBAN and the DHL number are below.', 'en-US', 'formal')).toEqual([]);
    expect(codes('PLEASE READ THIS before you send the parcel.', 'en-US', 'formal')).toEqual([
      'shouting',
    ]);
  });
  it('flags length over the channel limit', () => {
    const f = lintReply('x'.repeat(170), { locale: 'en-US', register: 'formal', maxLength: 160 });
    expect(f).toEqual([expect.objectContaining({ code: 'length', start: 160, end: 170 })]);
  });
});

describe('lintReply and isolateBidi: mixed direction', () => {
  it('flags an order number, an e-mail and a URL inside Persian text; isolateBidi fixes them all', () => {
    const text = 'سفارش A-1042 ارسال شد. پیگیری: https://track.example/A-1042 یا help@shop.example';
    expect(codes(text, 'fa-IR', 'formal')).toEqual([
      'bidi.unisolated',
      'bidi.unisolated',
      'bidi.unisolated',
    ]);
    const fixed = isolateBidi(text);
    expect(codes(fixed, 'fa-IR', 'formal')).toEqual([]);
    expect(isolateBidi(fixed)).toBe(fixed);
    expect(applySuggestions(text, lintReply(text, { locale: 'fa-IR', register: 'formal' }))).toBe(
      fixed,
    );
  });
  it('leaves plain digits and left-to-right locales alone', () => {
    expect(codes('لديك ٣ طلبات و 12 رسالة', 'ar-SA', 'formal')).toEqual([]);
    expect(codes('Order A-1042 shipped', 'en-US', 'formal')).toEqual([]);
  });
});
