// Run by primeFeedback.test.ts in a process of its own (node --import tsx): which blocks of the
// reading's hottest functions primeFeedback's primer leaves unrun. V8's precise block coverage
// counts each block's runs from the moment it is started; the modules are loaded and the pages
// built first, and their counts dropped, so that what is counted is the primer's alone. Prints
// one JSON object: function name -> the source of each block it never ran.
import { Session } from 'node:inspector/promises';

const session = new Session();
session.connect();
await session.post('Debugger.enable');
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
const { DEFAULT_PAGES, encoderFor } = await import('../../src/text/codePages.js');
const { runPrimer } = await import('../../src/text/primeFeedback.js');
const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
await session.post('Profiler.takePreciseCoverage'); // drops the counts so far
runPrimer(encoders);
const { result } = await session.post('Profiler.takePreciseCoverage');
const files = (process.argv[2] ?? '').split(',');
const names = new Set((process.argv[3] ?? '').split(','));
const unrun: Record<string, string[]> = {};
for (const script of result) {
  if (!files.some((f) => script.url.endsWith(`/src/text/${f}`))) continue;
  const { scriptSource } = await session.post('Debugger.getScriptSource', {
    scriptId: script.scriptId,
  });
  for (const fn of script.functions) {
    // The first range is the function's whole; a block is unrun when its count is 0 (a block
    // nested in one that ran has a range of its own). An arrow function has no name of its own
    // here: it is named by the constant it is assigned to (through tsx's keepNames wrapper, __name).
    const [whole, ...blocks] = fn.ranges;
    const start = whole?.startOffset ?? 0;
    const name =
      fn.functionName ||
      (/(?:const|let|var)\s+(\w+)\s*=\s*(?:__name\()?$/.exec(
        scriptSource.slice(Math.max(0, start - 80), start),
      )?.[1] ??
        '');
    if (!names.has(name)) continue;
    const list = unrun[name] ?? [];
    unrun[name] = list;
    if (whole !== undefined && whole.count === 0) list.push('(never called)');
    for (const b of blocks)
      if (b.count === 0)
        list.push(scriptSource.slice(b.startOffset, Math.min(b.endOffset, b.startOffset + 80)));
  }
}
session.disconnect();
console.log(JSON.stringify(unrun));
