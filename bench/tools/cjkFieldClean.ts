// Clean short CJK fields through repairText (issue #11, T63f): `npx tsx
// --conditions=@meridian-cx/source bench/tools/cjkFieldClean.ts [COUNT] [SEED]` draws COUNT fields
// (1,200,000 by default) of 2-8 characters from the common lists (commonCjk.ts: GB 2312 level 1,
// JIS X 0208 level 1, Big5's frequent hanzi, KS X 1001 Hangul; kana), of one writing system or
// mixed, half of them with ASCII digits or a space between two words, and prints every field
// cjkField.ts read or repairText changed (none may be) and the counts. Exit code 1 when any was.
// The property in cjkField.prop.test.ts draws the same fields, fewer.
import { cjkField } from '../../packages/tone/src/text/cjkField.js';
import { DEFAULT_PAGES, encoderFor } from '../../packages/tone/src/text/codePages.js';
import { isCommonHan, isCommonHangul } from '../../packages/tone/src/text/commonCjk.js';
import { repairText } from '../../packages/tone/src/text/repairText.js';
import { random } from '../lib.js';

const count = Number(process.argv[2] ?? 1_200_000);
const next = random(Number(process.argv[3] ?? 63));
const han: string[] = [];
for (let cp = 0x4e00; cp <= 0x9fff; cp++) if (isCommonHan(cp)) han.push(String.fromCodePoint(cp));
const hangul: string[] = [];
for (let cp = 0xac00; cp <= 0xd7a3; cp++)
  if (isCommonHangul(cp)) hangul.push(String.fromCodePoint(cp));
const kana = Array.from(
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノマミムメモラリルレロン',
);
const pools = [han, hangul, [...han, ...kana], [...han, ...hangul]];
const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)] as T;
const gaps = [' ', '1', '12', ' 3', '-', '(5)'];

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
let changed = 0;
let read = 0;
for (let i = 0; i < count; i++) {
  const pool = pick(pools);
  const n = 2 + Math.floor(next() * 7);
  let t = '';
  for (let k = 0; k < n; k++) t += pick(pool);
  if (next() < 0.5) {
    const at = 1 + Math.floor(next() * (n - 1));
    const cut = Array.from(t);
    t = cut.slice(0, at).join('') + pick(gaps) + cut.slice(at).join('');
  }
  // cjkField asked directly too: the gate in repairText (a text the engine read) is not what
  // keeps a clean field clean.
  if (cjkField(t, encoders).length > 0) {
    read++;
    console.log(`read: ${JSON.stringify(t)}`);
  }
  const r = repairText(t);
  if (r.changed) {
    changed++;
    console.log(`${JSON.stringify(t)} -> ${JSON.stringify(r.text)}`);
  }
}
console.log(
  `cjkFieldClean: ${count} clean CJK fields, read by cjkField ${read}, changed by repairText ${changed}`,
);
process.exitCode = changed === 0 && read === 0 ? 0 : 1;
