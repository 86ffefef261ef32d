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

/**
 * The one error class every Meridian package throws at its boundaries.
 *
 * `code` is a stable, machine-readable identifier (`core/currency-mismatch`), `package` names the
 * package that threw, `params` carries the values that made it fail. The message says what was
 * wrong and what to do about it.
 *
 * @example
 * try { add(eur, usd); } catch (e) { if (e instanceof MeridianError) e.code; // 'core/currency-mismatch' }
 * @since 0.1.0
 */
export class MeridianError<Code extends string = string> extends Error {
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
    super(message);
    this.name = 'MeridianError';
    this.package = pkg;
    this.code = code;
    this.params = params;
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
