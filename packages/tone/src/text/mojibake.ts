import { parseWith } from '@meridian-cx/core';
import iconv from 'iconv-lite';
import * as z from 'zod/mini';
import { CODE_PAGES, type CodePage } from './codePageList.js';

const MojibakeInputSchema = z.object({
  text: z.string(),
  page: z.enum(CODE_PAGES),
  variant: z.optional(z.enum(['browser', 'strict'])),
});

/**
 * What a pipeline that decoded UTF-8 bytes with the wrong code page made of a text: the UTF-8
 * bytes of `text` read as `page` (through iconv-lite). For tests, demos and fixtures of
 * {@link repairText}. With the default `variant: 'browser'`, bytes a Windows page leaves undefined
 * become the C1 control of the same number, as browsers (WHATWG) decode them; with `'strict'` they
 * become U+FFFD, and that byte is lost.
 *
 * @param text - The text as the customer wrote it.
 * @param page - The wrong code page, one of {@link CODE_PAGES}.
 * @param variant - 'browser' (default) or 'strict'.
 * @returns The mojibake.
 * @throws {ValidationError} `tone/invalid-mojibake-input` when `page` is not a known code page.
 * @example
 * mojibake('obsługi', 'gbk'); // 'obs艂ugi'
 * @since 0.1.0
 */
export function mojibake(
  text: string,
  page: CodePage,
  variant: 'browser' | 'strict' = 'browser',
): string {
  const input = parseWith(
    MojibakeInputSchema,
    { text, page, variant },
    { package: 'tone', what: 'mojibake-input' },
  );
  const bytes = Buffer.from(input.text, 'utf8');
  const out = iconv.decode(bytes, input.page);
  if (variant === 'strict' || !input.page.startsWith('windows-') || out.length !== bytes.length)
    return out;
  let fixed = '';
  for (let i = 0; i < out.length; i++) {
    const b = bytes[i] ?? 0;
    fixed += out[i] === '\ufffd' && b >= 0x80 && b < 0xa0 ? String.fromCharCode(b) : out[i];
  }
  return fixed;
}
