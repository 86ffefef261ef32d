import { describeValue } from './describeValue.js';
import { MeridianError, type MeridianPackage } from './MeridianError.js';

/** The values an error carries: flat, JSON-safe, renderable. */
export type FailureParams = Readonly<Record<string, string | number | boolean>>;

/**
 * A package's failure catalog: one message builder per error code. The code is the key, so the
 * set of codes a package can throw is exactly `keyof` its catalog, and a misspelt code does not
 * compile.
 */
export type FailureCatalog<Pkg extends MeridianPackage> = Readonly<
  Record<`${Pkg}/${string}`, (params: never) => string>
>;

/** The params a catalog entry asks for (`{}` when its builder takes none). */
export type FailureParamsOf<F> = F extends (params: infer P) => string
  ? unknown extends P
    ? Record<never, never>
    : P
  : never;

/** What {@link defineFailures} returns: typed builders bound to one package's catalog. */
export type Failures<Pkg extends MeridianPackage, Catalog extends FailureCatalog<Pkg>> = {
  /** Throw the {@link MeridianError} for `code`, with its message built from `params`. */
  readonly fail: <Code extends keyof Catalog & string>(
    code: Code,
    ...params: keyof FailureParamsOf<Catalog[Code]> extends never
      ? [params?: FailureParamsOf<Catalog[Code]>]
      : [params: FailureParamsOf<Catalog[Code]>]
  ) => never;
  /** Build (without throwing) the {@link MeridianError} for `code`. */
  readonly failure: <Code extends keyof Catalog & string>(
    code: Code,
    ...params: keyof FailureParamsOf<Catalog[Code]> extends never
      ? [params?: FailureParamsOf<Catalog[Code]>]
      : [params: FailureParamsOf<Catalog[Code]>]
  ) => MeridianError<Code>;
  /** The message `code` would carry with `params`: for tests and docs that quote messages. */
  readonly message: <Code extends keyof Catalog & string>(
    code: Code,
    ...params: keyof FailureParamsOf<Catalog[Code]> extends never
      ? [params?: FailureParamsOf<Catalog[Code]>]
      : [params: FailureParamsOf<Catalog[Code]>]
  ) => string;
  /** Every code of the catalog, for tests that check each message. */
  readonly codes: readonly (keyof Catalog & string)[];
};

/**
 * Bind a package's failure catalog to typed `fail(code, params)` helpers: the one way a Meridian
 * package throws. The code is checked against the catalog at compile time, the message comes from
 * the catalog (a constant per code, tested), and the params travel on the error for logs and for
 * rendering in the customer's language.
 *
 * @param pkg - The package that throws, as it appears in `MeridianError#package`.
 * @param catalog - One message builder per code; each takes a flat params object.
 * @returns `fail` (throws), `failure` (builds), `message` (renders) and `codes`.
 * @example
 * const { fail } = defineFailures('returns', {
 *   'returns/unknown-line': (p: { lineId: string }) => `Line "${p.lineId}" is not in the order.`,
 * });
 * fail('returns/unknown-line', { lineId: 'L9' }); // throws MeridianError 'returns/unknown-line'
 * @since 0.1.0
 */
export function defineFailures<
  Pkg extends MeridianPackage,
  const Catalog extends FailureCatalog<Pkg>,
>(pkg: Pkg, catalog: Catalog): Failures<Pkg, Catalog> {
  if (typeof pkg !== 'string' || (pkg as string) === '') {
    // Fuzz finding: a package name without a string form made every later message throw.
    throw new MeridianError(
      'core',
      'core/invalid-catalog',
      `defineFailures needs the package's name first, as a non-empty string such as 'returns'; got ${describeValue(pkg)}.`,
      { value: describeValue(pkg) },
    );
  }
  if (typeof catalog !== 'object' || catalog === null) {
    throw new MeridianError(
      'core',
      'core/invalid-catalog',
      `defineFailures needs a catalog object of message builders keyed by code; got ${describeValue(catalog)}.`,
      { value: describeValue(catalog) },
    );
  }
  const render = (code: string, params: FailureParams | undefined): string => {
    const build =
      typeof code === 'string' && Object.hasOwn(catalog, code)
        ? (catalog as unknown as Record<string, (p: FailureParams) => string>)[code]
        : undefined;
    if (typeof build !== 'function') {
      // Unreachable from typed code; a JavaScript caller gets a clear message, not a TypeError.
      return `Unknown ${pkg} error code ${describeValue(code)}.`;
    }
    // A message must never be the thing that fails: values that are not flat (an object with a
    // hostile toString, a symbol) are rendered safely before the builder sees them.
    try {
      return build(flat(params));
    } catch {
      return `${code} (${describeValue(params)})`;
    }
  };
  const failure = (code: string, params?: FailureParams) =>
    new MeridianError(
      pkg,
      String(typeof code === 'string' ? code : describeValue(code)),
      render(code, params),
      flat(params),
    );
  return {
    fail: ((code: string, params?: FailureParams) => {
      throw failure(code, params);
    }) as Failures<Pkg, Catalog>['fail'],
    failure: failure as Failures<Pkg, Catalog>['failure'],
    message: ((code: string, params?: FailureParams) => render(code, params)) as Failures<
      Pkg,
      Catalog
    >['message'],
    codes: Object.keys(catalog) as (keyof Catalog & string)[],
  };
}

/** The params an error carries: flat and JSON-safe, whatever the caller passed. */
function flat(params: unknown): FailureParams {
  const out: Record<string, string | number | boolean> = {};
  if (typeof params !== 'object' || params === null) return out;
  for (const [k, v] of Object.entries(params)) {
    out[k] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? v
        : describeValue(v);
  }
  return out;
}
