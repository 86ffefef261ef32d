// Text hygiene throughput on one mixed corpus (10 MB at BENCH_SCALE=1): clean customer messages in
// many scripts, a fifth of them mis-decoded (Windows-1252, GBK, Windows-1251, double layers), and
// Persian typed without ZWNJs. repairText and normalizePersian run on the same file; ftfy's
// fix_text runs on it through python3 when ftfy is importable (skipped with a note otherwise).
//
// Measured 2026-11-30 (BENCH_SCALE=0.2, two runs, CPU time, machine at load 7-10 on 2 cores, ftfy
// 6.3.1): repairText per message 3.6x and 3.8x ftfy, whole text 2.1x and 2.8x, normalizePersian
// 12.2x and 12.8x; the tree before that day's speed work (7f27e0b) gave 2.7x and 2.5x per message,
// 2.2x and 3.0x whole in the same hour. In one process against 7f27e0b (same inputs, alternating
// order) this sequence costs 0.60-0.91 of its time per message (median 0.81 of eight processes).
// The per-message pass meets 61 distinct messages: it measures first readings and the JIT's
// warm-up more than repeats, which cost 2-8 us once warm (ftfy 70-110 us a message here).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mojibake, normalizePersian, repairText } from '@meridian-cx/tone/text';
import { random, scale } from './lib.js';

const MESSAGES = [
  'Dziękujemy za kontakt z działem obsługi klienta, zwrot nastąpi w ciągu 14 dni.',
  'Vielen Dank für Ihre Geduld, die Rücksendung ist bei uns eingegangen.',
  'Nous sommes désolés pour le retard de livraison de votre colis.',
  'Lamentamos mucho las molestias ocasionadas por el retraso del envío.',
  'Спасибо за обращение, ваш заказ уже отправлен, деньги вернутся через 14 дней.',
  'Σας ευχαριστούμε για την υπομονή σας, η παραγγελία σας στάλθηκε σήμερα.',
  '感谢您的耐心等待，您的订单已于今天发货。',
  'お問い合わせいただきありがとうございます。ご注文の商品は本日発送しました。',
  '문의해 주셔서 감사합니다. 주문하신 상품은 오늘 발송되었습니다.',
  'Chúng tôi xin lỗi vì sự chậm trễ trong việc giao hàng.',
  'Yaşadığınız sorun için özür dileriz, siparişiniz bugün kargoya verildi.',
  'Thanks for reaching out! Your order #12345 ships today.',
  'ما كتابها را ميفرستيم و هزينه ها را پس ميدهيم، لطفا صبر كنيد.',
];
const BREAKS = [
  ['windows-1252'],
  ['gbk'],
  ['windows-1251'],
  ['windows-1252', 'windows-1252'],
] as const;

function corpus(bytes: number): string {
  const next = random(7);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let m = MESSAGES[Math.floor(next() * MESSAGES.length)] ?? '';
    if (next() < 0.2)
      for (const p of BREAKS[Math.floor(next() * BREAKS.length)] ?? []) m = mojibake(m, p);
    parts.push(m);
    size += Buffer.byteLength(m) + 1;
  }
  return parts.join('\n');
}

/** Wall time and CPU time (user + system) of one run: on a shared machine the CPU time is steadier. */
function timed<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

export default async function bench(): Promise<void> {
  const text = corpus(scale(10_000_000));
  const mb = Buffer.byteLength(text) / 1e6;
  repairText(text.slice(0, 20_000)); // warm the tables and the JIT
  const repair = timed(() => repairText(text));
  // As an inbound pipeline calls it: one message at a time (words repeat across messages).
  const messages = text.split('\n');
  const perMessage = timed(() => messages.reduce((n, m) => n + repairText(m).repairs.length, 0));
  const persian = timed(() => normalizePersian(text, { language: 'fa' }));
  console.log(`\n## text hygiene on a ${mb.toFixed(1)} MB mixed corpus`);
  console.log(
    `repairText: ${(mb / (repair.ms / 1000)).toFixed(2)} MB/s wall, ${(mb / (repair.cpuMs / 1000)).toFixed(2)} MB/s CPU (${repair.value.repairs.length} repairs)`,
  );
  console.log(
    `repairText per message: ${(mb / (perMessage.ms / 1000)).toFixed(2)} MB/s wall, ${(mb / (perMessage.cpuMs / 1000)).toFixed(2)} MB/s CPU (${messages.length} messages)`,
  );
  console.log(
    `normalizePersian: ${(mb / (persian.ms / 1000)).toFixed(2)} MB/s wall, ${(mb / (persian.cpuMs / 1000)).toFixed(2)} MB/s CPU (${persian.value.changes.length} changes)`,
  );
  const probe = spawnSync('python3', ['-c', 'import ftfy'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(
      'ftfy: not importable by python3 here (pip install ftfy); the ftfy comparison is skipped',
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tone-bench-'));
  try {
    const file = join(dir, 'corpus.txt');
    writeFileSync(file, text);
    const script = `import ftfy,sys,time\nt=open(sys.argv[1],encoding='utf-8').read()\nftfy.fix_text(t[:20000])\ns=time.perf_counter()\nc=time.process_time()\nftfy.fix_text(t)\nw=(time.perf_counter()-s)*1000\nu=(time.process_time()-c)*1000\ns=time.perf_counter()\nc=time.process_time()\nfor m in t.split('\\n'): ftfy.fix_text(m)\nprint(w,u,(time.perf_counter()-s)*1000,(time.process_time()-c)*1000)`;
    const [
      ftfyMs = Number.NaN,
      ftfyCpuMs = Number.NaN,
      ftfyMsgMs = Number.NaN,
      ftfyMsgCpuMs = Number.NaN,
    ] = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })
      .trim()
      .split(' ')
      .map(Number);
    console.log(
      `ftfy.fix_text: ${(mb / (ftfyMs / 1000)).toFixed(2)} MB/s wall, ${(mb / (ftfyCpuMs / 1000)).toFixed(2)} MB/s CPU`,
    );
    console.log(
      `repairText vs ftfy: ${(ftfyMs / repair.ms).toFixed(1)}× (wall), ${(ftfyCpuMs / repair.cpuMs).toFixed(1)}× (CPU)`,
    );
    console.log(
      `ftfy.fix_text per message: ${(mb / (ftfyMsgMs / 1000)).toFixed(2)} MB/s wall, ${(mb / (ftfyMsgCpuMs / 1000)).toFixed(2)} MB/s CPU`,
    );
    console.log(
      `repairText vs ftfy per message: ${(ftfyMsgMs / perMessage.ms).toFixed(1)}× (wall), ${(ftfyMsgCpuMs / perMessage.cpuMs).toFixed(1)}× (CPU)`,
    );
    console.log(
      `normalizePersian vs ftfy: ${(ftfyMs / persian.ms).toFixed(1)}× (wall), ${(ftfyCpuMs / persian.cpuMs).toFixed(1)}× (CPU)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
