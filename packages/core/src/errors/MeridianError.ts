import { describeValue } from './describeValue.js';
/** The packages of Meridian, as they appear in an error's `package` field. */
export type MeridianPackage =
  | 'core'
  | 'tickets'
  | 'returns'
  | 'tone'
  | 'coverage'
  | 'payments'
  | 'privacy'
  | 'metrics';

// A registry-wide symbol: the ESM and CJS copies of core (or two versions in one app) share it,
// so `instanceof` answers by brand instead of by prototype identity.
const BRAND: unique symbol = Symbol.for('@meridian-cx/core/error') as never;

/**
 * The one error class every Meridian package throws at its boundaries.
 *
 * `code` is a stable, machine-readable identifier (`core/currency-mismatch`), `package` names the
 * package that threw, `params` carries the values that made it fail. The message says what was
 * wrong and what to do about it.
 *
 * @example
 * try {
 *   add(eur, usd);
 * } catch (e) {
 *   if (e instanceof MeridianError) e.code; // 'core/currency-mismatch'
 * }
 * @since 0.1.0
 */
export class MeridianError<Code extends string = string> extends Error {
  /**
   * The kind a class checks for in `instanceof`; subclasses set their own. Read by the brand
   * check, so `e instanceof MeridianError` holds for an error thrown by another copy of core.
   */
  static readonly kind: string = 'MeridianError';

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class asked about (a subclass checks its own kind)
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const kinds = (value as { [BRAND]?: unknown })[BRAND];
    // biome-ignore lint/complexity/noThisInStatic: as above
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  /** The kinds this error is, by brand: `['MeridianError']` or `['MeridianError', 'ValidationError']`. */
  declare readonly [BRAND]: readonly string[];

  /** The package that threw. */
  readonly package: MeridianPackage;
  /** A stable machine-readable code, `<package>/<kebab-case>`. */
  readonly code: Code;
  /** The values that made it fail, for logs and for rendering. */
  readonly params: Readonly<Record<string, string | number | boolean>>;

  constructor(
    pkg: MeridianPackage,
    code: Code,
    message: string,
    params: Readonly<Record<string, string | number | boolean>> = {},
  ) {
    super(typeof message === 'string' ? message : describeValue(message));
    this.name = 'MeridianError';
    this.package = (typeof pkg === 'string' ? pkg : describeValue(pkg)) as MeridianPackage;
    this.code = (typeof code === 'string' ? code : describeValue(code)) as Code;
    this.params = safeParams(params);
    Object.defineProperty(this, BRAND, { value: ['MeridianError'], configurable: true });
  }

  /** A plain-data view of the error, for logs and HTTP responses. */
  toJSON(): {
    name: string;
    package: MeridianPackage;
    code: Code;
    message: string;
    params: Readonly<Record<string, string | number | boolean>>;
  } {
    return {
      name: this.name,
      package: this.package,
      code: this.code,
      message: this.message,
      params: this.params,
    };
  }
}

/**
 * Whether `value` is a {@link MeridianError}, optionally with the given code.
 *
 * Works across bundles where `instanceof` may not (two copies of core in one app).
 *
 * @param value - Anything caught: an error of any kind, or a thrown non-error.
 * @param code - The code to match exactly (`core/currency-mismatch`); any code when left out.
 * @returns True for a MeridianError or ValidationError (of any copy of core, or its JSON with
 *   `name`, `package` and `code`) whose code matches; narrows `value` to `MeridianError<Code>`.
 * @example
 * if (isMeridianError(e, 'core/currency-mismatch')) showCurrencyHint();
 * @since 0.1.0
 */
export function isMeridianError<Code extends string = string>(
  value: unknown,
  code?: Code,
): value is MeridianError<Code> {
  if (value instanceof MeridianError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; code?: unknown; package?: unknown };
  return (
    v.name !== undefined &&
    (v.name === 'MeridianError' || v.name === 'ValidationError') &&
    typeof v.code === 'string' &&
    typeof v.package === 'string' &&
    (code === undefined || v.code === code)
  );
}

function safeParams(params: unknown): Readonly<Record<string, string | number | boolean>> {
  if (params === undefined || params === null) return {};
  if (typeof params !== 'object' || Array.isArray(params)) return { value: describeValue(params) };
  const out: Record<string, string | number | boolean> = {};
  try {
    for (const k of Object.keys(params)) {
      const v = (params as Record<string, unknown>)[k];
      out[k] =
        typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : describeValue(v);
    }
  } catch {
    return { value: describeValue(params) };
  }
  return out;
}
