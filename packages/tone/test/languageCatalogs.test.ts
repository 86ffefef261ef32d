// The built-in replies come one catalog per language: each is complete and valid, the error for a
// language not passed names a real export, and a bundle of renderReply with one language carries
// that language only (intl-messageformat, the ICU engine, comes with it).
import { fileURLToPath } from 'node:url';
import * as tone from '@meridian-cx/tone';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPLY_LANGUAGES } from '../src/replies/catalog/languages.js';
import { REPLY_PARAMS } from '../src/replies/catalog/params.js';

const exported = tone as unknown as Record<string, tone.TemplateCatalog>;

describe('language catalogs', () => {
  it('every built-in language names an export holding exactly that language, complete and valid', () => {
    const names = Object.keys(tone).filter((k) => k.startsWith('REPLIES_'));
    expect(names.sort()).toEqual(Object.values(REPLY_LANGUAGES).sort());
    for (const [language, name] of Object.entries(REPLY_LANGUAGES)) {
      const catalog = exported[name] as tone.TemplateCatalog;
      expect(Object.keys(catalog), name).toEqual(Object.keys(REPLY_PARAMS));
      for (const [id, t] of Object.entries(catalog)) {
        expect(Object.keys(t.messages), `${name} ${id}`).toEqual([language]);
        expect(t.params).toEqual(REPLY_PARAMS[id as keyof typeof REPLY_PARAMS]);
      }
      expect(tone.validateCatalog(catalog).map((e) => e.message)).toEqual([]);
      expect(Object.isFrozen(catalog)).toBe(true);
    }
  });

  it('TEMPLATES is the twelve merged, message for message', () => {
    for (const [id, t] of Object.entries(tone.TEMPLATES)) {
      for (const [language, name] of Object.entries(REPLY_LANGUAGES)) {
        expect(t.messages[language]).toEqual(exported[name]?.[id]?.messages[language]);
      }
    }
  });

  it('a bundle of renderReply with REPLIES_DE carries German only, rendered by intl-messageformat', async () => {
    const result = await build({
      stdin: {
        contents: `import { renderReply, REPLIES_DE } from '@meridian-cx/tone'; console.log(renderReply, REPLIES_DE);`,
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      conditions: ['@meridian-cx/source'],
      metafile: true,
      charset: 'utf8',
    });
    const code = result.outputFiles[0]?.text ?? '';
    // Modules that put bytes in the bundle (the metafile's inputs also list tree-shaken ones).
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output?.inputs ?? {})
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path);
    const has = (text: string) => code.includes(text);
    expect(has('Vielen Dank für Ihre Geduld')).toBe(true);
    expect(has('お客様')).toBe(false); // Japanese
    expect(has('Merci')).toBe(false); // French
    expect(has('Thank you')).toBe(false); // English
    expect(inputs.some((i) => /catalog[\\/]de\.ts$/.test(i))).toBe(true);
    for (const other of ['en', 'fr', 'ja', 'ar', 'fa', 'zhHans', 'ptBR', 'es', 'it', 'nl', 'pl']) {
      expect(
        inputs.some((i) => new RegExp(`catalog[\\\\/]${other}\\.ts$`).test(i)),
        other,
      ).toBe(false);
    }
    // One ICU implementation: formatjs's parser and formatter, no second one of ours.
    expect(inputs.some((i) => i.includes('icu-messageformat-parser'))).toBe(true);
    expect(inputs.some((i) => i.includes('intl-messageformat'))).toBe(true);
  });
});
