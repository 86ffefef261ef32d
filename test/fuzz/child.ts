// One fuzzing process per package, started by fuzz.test.ts. It calls every runtime export of the
// package with hostile arguments and reports each call's outcome over IPC before and after it, so
// the parent can tell a hang (no answer in time) and a crash (the process died) from an error.
// Run alone: tsx --conditions=@meridian-cx/source test/fuzz/child.ts <package> [export] [input]
import { isMeridianError } from '@meridian-cx/core';
import fc from 'fast-check';
import { mutants, seeds } from './seeds.js';
import { argumentsFor, hostile } from './values.js';

export type Outcome = 'ok' | 'meridian-error' | 'bad-error' | 'bad-result';
export type ChildMessage =
  | { t: 'plan'; exports: number; calls: number }
  | { t: 'start'; exp: string; i: number }
  | { t: 'done'; exp: string; i: number; outcome: Outcome; detail?: string; input?: string }
  | { t: 'end'; calls: number };

const [pkgName = '', fromExport = '', fromInput = '0'] = process.argv.slice(2);
const runs = Number(process.env.FUZZ_RUNS ?? 40);
const seed = Number(process.env.FUZZ_SEED ?? 20261130);
// After this many bad outcomes an export is reported and left; one finding is enough to fix.
const maxBadPerExport = 3;

/**
 * Send one message and wait until it is written to the channel. The loop below awaits only
 * settled promises, so it never returns to the event loop: once the parent fell behind and the
 * pipe filled, every later message waited in the channel's queue, the parent saw no 'start' for
 * the call really running (a hang was blamed on an earlier input), and `disconnect()` at the end
 * dropped the queue: a clean exit "mid-run" (code 0, empty stderr) at wherever the parent had
 * lagged, different on each run. Waiting for each write keeps the parent in step with the calls.
 */
const send = (m: ChildMessage): Promise<void> => {
  if (!process.send) {
    if (m.t === 'done' && m.outcome.startsWith('bad')) console.log(JSON.stringify(m));
    return Promise.resolve();
  }
  const sender = process.send.bind(process);
  return new Promise((resolve, reject) => {
    sender(m, undefined, undefined, (error: Error | null) => (error ? reject(error) : resolve()));
  });
};

/** Where the run is, for the report of an exit before its end. */
let at = '(loading the package)';
let finished = false;
process.on('exit', (code) => {
  // Something under test called process.exit (or the event loop emptied under a pending await):
  // say where, and who called it, on stderr (synchronous for a pipe), which the parent reports.
  if (finished) return;
  // A crash has already printed its error; a clean exit says who called process.exit.
  const caller = (new Error('exit').stack ?? '')
    .split('\n')
    .slice(2)
    .filter((l) => !l.includes('node:'))
    .slice(0, 6);
  const stack = code === 0 ? ` called from\n${caller.join('\n')}` : '';
  process.stderr.write(`fuzz child: exit ${code} before the end of the run, at ${at}${stack}\n`);
});

function isClass(f: unknown): f is new (...a: unknown[]) => unknown {
  return typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** NaN anywhere in a result is a silently wrong answer; look for it without looping forever. */
function findNaN(value: unknown): string | undefined {
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[value, '(result)']];
  let budget = 20_000;
  while (stack.length > 0 && budget-- > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number' && Number.isNaN(v)) return path;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Date || ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set)
      continue;
    for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], `${path}.${k}`]);
  }
  return undefined;
}

function show(value: unknown): string {
  try {
    const s = fc.stringify(value);
    return s.length > 400 ? `${s.slice(0, 400)}…(${s.length} chars)` : s;
  } catch {
    return '(unprintable)';
  }
}

/** Exports that return their arguments wrapped, by design. */
const ECHOES = new Set(['core.decide', 'core.reason']);
/** The export being called, for the check above. */
let current = '';

/** Objects with methods that a successful call returned (a calendar, a compiled policy…). */
let returned: unknown;

async function classify(call: () => unknown): Promise<{ outcome: Outcome; detail?: string }> {
  try {
    let result = call();
    if (result && typeof (result as { then?: unknown }).then === 'function') result = await result;
    if (returned === undefined && methodsOf(result).length > 0) returned = result;
    // decide(verdict, reasons) and reason(code, params) wrap what they are given by design: a NaN
    // the caller put in is theirs, not a wrong answer of ours.
    const nan = ECHOES.has(`${pkgName}.${current}`) ? undefined : findNaN(result);
    return nan ? { outcome: 'bad-result', detail: `NaN at ${nan}` } : { outcome: 'ok' };
  } catch (e) {
    if (isMeridianError(e)) return { outcome: 'meridian-error' };
    const err = e as { name?: string; message?: string; stack?: string };
    const at = (err.stack ?? '').split('\n').find((l) => l.includes('/packages/'));
    return {
      outcome: 'bad-error',
      detail: `${err?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 300)}${at ? ` ${at.trim()}` : ''}`,
    };
  }
}

/** Own and prototype methods of an object a call returned. */
function methodsOf(value: unknown): string[] {
  // Data (arrays, maps, dates) and zod schemas are not our API: zod's methods throw by design.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  if ('_zod' in value || value instanceof Map || value instanceof Set || value instanceof Date) {
    return [];
  }
  const names = new Set<string>();
  for (let o: object | null = value; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Object.getOwnPropertyNames(o)) {
      // Protocol methods (valueOf, toString…) belong to the platform, not to our API.
      if (['constructor', 'toJSON', 'valueOf', 'toString', 'toLocaleString'].includes(k)) continue;
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (typeof d?.value === 'function') names.add(k);
    }
  }
  return [...names].sort();
}

type Target = { name: string; arity: number; call: (args: unknown[]) => unknown };

/** Every callable surface of the package: functions, constructors, static and instance methods. */
function targets(mod: Record<string, unknown>): Target[] {
  const out: Target[] = [];
  for (const name of Object.keys(mod).sort()) {
    const v = mod[name];
    if (typeof v === 'object' && v !== null) {
      // An exported object with methods (alwaysOpenCalendar…) is called like any function.
      for (const m of methodsOf(v)) {
        const f = (v as Record<string, (...a: unknown[]) => unknown>)[m] as (
          ...a: unknown[]
        ) => unknown;
        out.push({ name: `${name}.${m}`, arity: f.length, call: (a) => f.apply(v, a) });
      }
      continue;
    }
    if (typeof v !== 'function') continue;
    if (!isClass(v)) {
      out.push({ name, arity: v.length, call: (a) => (v as (...x: unknown[]) => unknown)(...a) });
      continue;
    }
    out.push({ name: `new ${name}`, arity: Math.max(1, v.length), call: (a) => new v(...a) });
    for (const s of Object.getOwnPropertyNames(v)) {
      const f = (v as unknown as Record<string, unknown>)[s];
      if (typeof f === 'function' && !isClass(f)) {
        out.push({ name: `${name}.${s}`, arity: f.length, call: (a) => f.apply(v, a) });
      }
    }
    let instance: unknown;
    let made: unknown[] = [];
    for (const args of [[], [{}]]) {
      try {
        instance = new v(...args);
        made = args;
        break;
      } catch {
        // this class needs real options; its constructor is fuzzed above
      }
    }
    if (instance === undefined) continue;
    for (const m of Object.getOwnPropertyNames(v.prototype)) {
      if (m === 'constructor') continue;
      const desc = Object.getOwnPropertyDescriptor(v.prototype, m);
      if (typeof desc?.value !== 'function') continue;
      const f = desc.value as (...x: unknown[]) => unknown;
      out.push({
        name: `${name}#${m}`,
        arity: f.length,
        // A fresh instance per call: one call's mutation must not explain another's failure.
        call: (a) => f.apply(new v(...made), a),
      });
    }
  }
  return out;
}

const mod = (await import(`@meridian-cx/${pkgName}`)) as Record<string, unknown>;
const all = targets(mod);
await send({ t: 'plan', exports: all.length, calls: all.length * runs });
let calls = 0;
let started = fromExport === '';
for (const [k, target] of all.entries()) {
  if (!started && target.name !== fromExport) continue;
  const first = !started || target.name === fromExport ? Number(fromInput) : 0;
  started = true;
  // Valid seeds first (they build the objects whose methods are fuzzed next), then hostile values.
  const given = seeds[`${pkgName}.${target.name}`] ?? [];
  const valid = typeof given === 'function' ? given(mod) : given;
  const pool = fc.sample(hostile, { seed: seed + k + 104729, numRuns: 64 });
  let drawn = 0;
  const inputs = [
    ...valid,
    ...mutants(valid, () => pool[drawn++ % pool.length]),
    ...fc.sample(argumentsFor(target.arity), { seed: seed + k, numRuns: runs }),
  ];
  let bad = 0;
  const t0 = performance.now();
  for (let i = first; i < inputs.length && bad < maxBadPerExport; i++) {
    const args = inputs[i] as unknown[];
    await send({ t: 'start', exp: target.name, i });
    current = target.name;
    at = `${target.name} input #${i}`;
    const r = await classify(() => target.call(args));
    calls++;
    if (r.outcome.startsWith('bad')) {
      bad++;
      // Rendering an input costs more than most calls: only the ones that failed are shown.
      await send({ t: 'done', exp: target.name, i, ...r, input: show(args) });
    } else await send({ t: 'done', exp: target.name, i, ...r });
  }
  // What the export returned is public surface too: fuzz the methods of the first object with
  // methods it gave back (a calendar's isOpen with an instant in 9999, a policy's evaluate…).
  const made = returned;
  returned = undefined;
  for (const m of methodsOf(made)) {
    const name = `${target.name}→${m}`;
    const f = (made as Record<string, (...a: unknown[]) => unknown>)[m] as (
      ...a: unknown[]
    ) => unknown;
    const more = fc.sample(argumentsFor(f.length), {
      seed: seed + k + 7919,
      numRuns: Math.ceil(runs / 2),
    });
    let badHere = 0;
    for (let i = 0; i < more.length && badHere < maxBadPerExport; i++) {
      const args = more[i] as unknown[];
      await send({ t: 'start', exp: name, i });
      at = `${name} input #${i}`;
      const r = await classify(() => f.apply(made, args));
      calls++;
      returned = undefined;
      if (r.outcome.startsWith('bad')) {
        badHere++;
        await send({ t: 'done', exp: name, i, ...r, input: show(args) });
      } else await send({ t: 'done', exp: name, i, ...r });
    }
  }
  // Let what the export deferred (a timer, an immediate) run now, so that a throw there is
  // blamed on this export: sends that the pipe takes at once never return to the event loop.
  at = `${target.name} (its deferred work)`;
  await new Promise((resolve) => setImmediate(resolve));
  if (process.env.FUZZ_PROFILE)
    console.error(`${target.name} ${Math.round(performance.now() - t0)} ms`);
}
at = '(after the last call)';
// The parent checks that it received an outcome for each of these calls.
await send({ t: 'end', calls });
finished = true;
if (process.connected) process.disconnect();
