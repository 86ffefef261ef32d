import { describe, expect, it } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// Messages of an export, one a line, each broken its own way (the text bench's shapes).
const RU = 'Спасибо за обращение, ваш заказ уже отправлен, деньги вернутся через 14 дней.';
const EL = 'Σας ευχαριστούμε για την υπομονή σας, η παραγγελία σας στάλθηκε σήμερα.';
const ZH = '感谢您的耐心等待，您的订单已于今天发货。';
const FA = 'ما كتابها را ميفرستيم و هزينه ها را پس ميدهيم، لطفا صبر كنيد.';
const VI = 'Chúng tôi xin lỗi vì sự chậm trễ trong việc giao hàng.';
const PL = 'Dziękujemy za kontakt z działem obsługi klienta.';
const DE = 'Vielen Dank für Ihre Geduld, die Rücksendung ist bei uns eingegangen.';

describe('a text of several lines is voted line by line first', () => {
  it("repairs a run by its own line's page, not by the page the other lines share", () => {
    // "lá»—i" (lỗi through Windows-1252) was left half read beside Windows-1251 and German lines.
    const lines = [
      mojibake(FA, 'windows-1251'),
      mojibake(VI, 'windows-1252'),
      mojibake(DE, 'windows-1252'),
      mojibake(ZH, 'windows-1252'),
      mojibake(PL, 'gbk'),
    ];
    expect(repairText(lines.join('\n')).text).toBe([FA, VI, DE, ZH, PL].join('\n'));
  });

  it("does not carry one line's page into another line", () => {
    // "Î·" (η through Windows-1252) was read through the text's Windows-1251 as "О·".
    const lines = [mojibake(RU, 'windows-1251'), mojibake(EL, 'windows-1252')];
    expect(repairText(lines.join('\n')).text).toBe([RU, EL].join('\n'));
    expect(repairText(lines.join('\r\n')).text).toBe([RU, EL].join('\r\n'));
  });

  it("repairs a line its own reading repairs beside a clean line's accents", () => {
    // "tÃ¥lmodigheten" alone is "tålmodigheten" (0.86); the clean Finnish "ä" beside it, which Mac
    // Roman writes too (it reads "Ã¥" as U+0334), left it unapplied at 0.43 (issue #11, FC_SEED
    // 677710702 of lineVotes.prop.test.ts).
    const FI = 'Kiitos yhteydenotostasi, tilauksesi on lähetetty tänään.';
    const NO = 'Takk for tålmodigheten, pakken din er sendt i dag.';
    const broken = mojibake(NO, 'windows-1252');
    expect(repairText(broken).text).toBe(NO);
    expect(repairText(`${FI}\n${broken}`).text).toBe(`${FI}\n${NO}`);
    expect(repairText(`${broken}\n${FI}`).text).toBe(`${NO}\n${FI}`);
    expect(repairText(`${broken}\r\n${FI}`).repairs).toMatchObject([
      { before: 'Ã¥', after: 'å', applied: true, confidence: 0.86 },
    ]);
  });

  it('still lets the whole text decide a line that does not decide itself', () => {
    // "fĂĽr" reads as "für" (Windows-1250) or "fõr" (ISO-8859-2): alone a tie at low confidence;
    // a line of Windows-1250 mojibake elsewhere in the text decides it.
    const alone = repairText('fĂĽr');
    const withOther = repairText(
      `fĂĽr\n${mojibake('Zwrot pieniędzy nastąpi w ciągu czternastu dni.', 'windows-1250')}`,
    );
    expect(withOther.text.split('\n')[0]).toBe('für');
    expect(alone.repairs[0]?.confidence ?? 1).toBeLessThan(withOther.repairs[0]?.confidence ?? 0);
  });
});

describe('a reading speaks for every page that writes it alike (T53c)', () => {
  it("backs a Czech capital with the message's page, not with a page the rest never voted for", () => {
    // "BUDÄšJOVICE": "Äš" is "Ě" through Windows-1252 and Windows-1250 alike (C4 9A), "Ĺ" through
    // ISO-8859-2 (C4 B9). The rivals hold one reading per text, under the first page's name
    // (Windows-1252, no votes), so ISO-8859-2's one vote beat the message's 37 for Windows-1250.
    const CS = 'ÚŽASNÝ, PŘÍŠTÍ TÝDEN, ČESKÉ BUDĚJOVICE';
    const r = repairText(mojibake(CS, 'windows-1250'));
    expect(r.text).toBe(CS);
    expect(r.repairs.find((p) => p.before === 'Äš')?.chain).toEqual(['windows-1250']);
    // The same capital in a line of its own still goes to its own line's page.
    expect(repairText('BUDÄšJOVICE').text).toBe('BUDĚJOVICE');
  });
});
