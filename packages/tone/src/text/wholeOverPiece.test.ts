import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { encoderFor, type PageEncoder } from './codePages.js';
import type { PageReading, Proposal } from './engine.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { wholeOverPiece } from './wholeOverPiece.js';

const FLAT = encoderFor('windows-1252').flat;
const page = (name: string) => ({ page: name, flat: FLAT }) as unknown as PageEncoder;
const proposal = (
  start: number,
  end: number,
  gain: number,
  after = '手',
  chain = ['p'],
): Proposal => ({
  start,
  end,
  after,
  chain,
  gain,
  applied: gain >= 1,
  tie: undefined,
  seqs: undefined,
});
const reading = (name: string, ...proposals: Proposal[]): PageReading => ({
  page: page(name),
  proposals,
  gain: proposals.reduce((n, p) => n + (p.applied ? p.gain : 0), 0),
});
const names = (rs: readonly PageReading[]) => rs.map((r) => r.page.page);

describe('wholeOverPiece', () => {
  it('puts the reading of the whole run first and drops the pieces', () => {
    // "æ‰‹çŽ¯å’Œ": ISO-8859-15 reads "çŽ¯" (3-6) and gains 7, Windows-1252 the run (0-9), 5.
    const rs = [
      reading('iso-8859-15', proposal(3, 6, 7)),
      reading('windows-1252', proposal(0, 9, 5)),
      reading('mac', proposal(0, 3, 4), proposal(6, 9, 4)),
      reading('other', proposal(0, 9, 2, '和')),
      reading('none', proposal(0, 9, 0.5)),
    ];
    wholeOverPiece(rs, 9);
    expect(names(rs)).toEqual(['windows-1252', 'other', 'none']);
  });

  it('leaves them where the whole reading is of an inner layer, lost a byte or is not whole', () => {
    for (const whole of [
      proposal(3, 6, 5),
      proposal(0, 9, 5, '手', ['p', 'q']),
      proposal(0, 9, 5, '手\ufffd'),
      proposal(0, 9, 5, '手â€'),
      proposal(0, 9, 0.5),
      proposal(0, 8, 5),
      proposal(1, 9, 5),
    ]) {
      const rs = [reading('piece', proposal(3, 6, 7)), reading('whole', whole)];
      wholeOverPiece(rs, 9);
      expect(names(rs)).toEqual(['piece', 'whole']);
    }
    // A best reading of the whole run in two proposals is no piece.
    const rs = [
      reading('two', proposal(0, 4, 7), proposal(4, 9, 2)),
      reading('one', proposal(0, 9, 5)),
    ];
    wholeOverPiece(rs, 9);
    expect(names(rs)).toEqual(['two', 'one']);
  });

  // The rule written plainly, over the set of code points each reading's applied proposals replace.
  const LENGTH = 9;
  const oracle = (rs: readonly PageReading[]): string[] => {
    const replaced = (r: PageReading) => {
      const at = new Set<number>();
      for (const p of r.proposals) if (p.applied) for (let i = p.start; i < p.end; i++) at.add(i);
      return at;
    };
    const isPiece = (r: PageReading) => replaced(r).size > 0 && replaced(r).size < LENGTH;
    if (rs.length < 2 || !isPiece(rs[0] as PageReading)) return names(rs);
    const by = rs.slice(1).find(
      (r) =>
        r.gain > 0 &&
        r.proposals.some(
          (p) =>
            p.applied &&
            p.chain.length === 1 &&
            // Nothing Windows-1252 could read again: no U+FFFD, no character of its upper half.
            [...p.after].every(
              (c) => c !== '\ufffd' && (FLAT?.[c.codePointAt(0) ?? 0] ?? -1) < 0x80,
            ) &&
            p.start === 0 &&
            p.end === LENGTH,
        ),
    );
    if (by === undefined) return names(rs);
    return [by, ...rs.filter((o) => o !== by && !isPiece(o))].map((o) => o.page.page);
  };
  const arbProposals = fc
    .array(
      fc.tuple(
        fc.nat(LENGTH - 1),
        fc.integer({ min: 1, max: LENGTH }),
        fc.integer({ min: -3, max: 9 }),
        fc.nat(3),
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((ps) => {
      const sorted = [...ps].sort((a, b) => a[0] - b[0]);
      const out: Proposal[] = [];
      let at = 0;
      for (const [s, len, gain, text, deep] of sorted) {
        const start = Math.max(s, at);
        const end = Math.min(LENGTH, start + len);
        if (start >= end) break;
        out.push(
          proposal(
            start,
            end,
            gain,
            ['手', '\ufffd', 'â', 'a'][text] as string,
            deep ? ['p', 'q'] : ['p'],
          ),
        );
        at = end;
      }
      return out;
    });
  test.prop([fc.array(arbProposals, { minLength: 1, maxLength: 5 })], { numRuns: 300 })(
    'agrees with the rule written plainly',
    (lists) => {
      const rs = lists.map((ps, k) => reading(`p${k}`, ...ps));
      const expected = oracle(rs);
      wholeOverPiece(rs, LENGTH);
      expect(names(rs)).toEqual(expected);
    },
  );
});

describe('Han glued between Latin words through Windows-1252', () => {
  it('comes back whole where another page read only a piece of it', () => {
    // Each was half repaired (a piece's reading costed between the mojibake it left) before.
    for (const t of [
      'Xiaomi快眶iPad',
      '我买的Xiaomi日祝iPad都有bug',
      'Apple蒂复靶Watch',
      'Xiaomi狡蝶iPad',
    ]) {
      const broken = t.replace(/(?<=[a-z])\p{Script=Han}+(?=[A-Za-z])/u, (w) =>
        mojibake(w, 'windows-1252'),
      );
      expect(broken).not.toBe(t);
      expect(repairText(broken).text).toBe(t);
    }
  });
});
