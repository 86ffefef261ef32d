import { describeValue } from './describeValue.js';
import { MeridianError, type MeridianPackage } from './MeridianError.js';

/** One problem found while validating input: where it is and what is wrong. */
export type ValidationIssue = {
  /** The path into the input, as zod reports it: `['lines', 0, 'price', 'amount']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong there and, where it helps, what to do. */
  readonly message: string;
  /** zod's issue code (`invalid_type`, `too_small`, `custom`, …). */
  readonly code: string;
};

/**
 * Thrown when input from outside fails its schema. Carries every issue with its path.
 *
 * @example
 * try {
 *   parseMoney({ amount: 1.5, currency: 'EUR' });
 * } catch (e) {
 *   if (e instanceof ValidationError) e.issues[0].path; // ['amount']
 * }
 * @since 0.1.0
 */
export class ValidationError extends MeridianError<string> {
  static override readonly kind: string = 'ValidationError';

  /** Every problem found, each with its path into the input. */
  readonly issues: readonly ValidationIssue[];

  constructor(pkg: MeridianPackage, what: string, issues: readonly ValidationIssue[]) {
    const w = typeof what === 'string' ? what : describeValue(what);
    const list = safeIssues(issues);
    const p = typeof pkg === 'string' ? pkg : describeValue(pkg);
    super(p as MeridianPackage, `${p}/invalid-${w}`, formatValidationMessage(w, list), {
      what: w,
      issueCount: list.length,
    });
    this.name = 'ValidationError';
    this.issues = list;
    const brand = Symbol.for('@meridian-cx/core/error');
    Object.defineProperty(this, brand, { value: ['MeridianError', 'ValidationError'] });
  }

  override toJSON(): ReturnType<MeridianError['toJSON']> & {
    issues: readonly ValidationIssue[];
  } {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/**
 * Render a zod issue path for people: `lines[0].price.amount`, or `(root)` for the input itself.
 *
 * @param path - The path as zod reports it: keys as strings, array indices as numbers.
 * @returns The path as a reader writes it: keys joined by dots, indices in brackets.
 * @example
 * formatPath(['lines', 0, 'price', 'amount']); // 'lines[0].price.amount'
 * formatPath([]); // '(root)'
 * @since 0.1.0
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) return describeValue(path);
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const s = typeof part === 'string' ? part : describeValue(part);
      out += out === '' ? s : `.${s}`;
    }
  }
  return out;
}

function formatValidationMessage(what: string, issues: readonly ValidationIssue[]): string {
  const shown = issues
    .slice(0, 5)
    .map((i) => `at ${formatPath(i.path)}: ${i.message.replace(/\.$/, '')}`);
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return `Invalid ${what}: ${shown.join('; ')}${more}.`;
}

function safeIssues(issues: unknown): ValidationIssue[] {
  if (!Array.isArray(issues)) return [];
  return issues.map((i) => {
    const o = (typeof i === 'object' && i !== null ? i : {}) as Record<string, unknown>;
    let path: (string | number)[] = [];
    let message: string;
    let code: string;
    try {
      path = Array.isArray(o.path)
        ? o.path.map((x) => (typeof x === 'number' || typeof x === 'string' ? x : describeValue(x)))
        : [];
      message = typeof o.message === 'string' ? o.message : describeValue(o.message ?? i);
      code = typeof o.code === 'string' ? o.code : 'custom';
    } catch {
      message = describeValue(i);
      code = 'custom';
    }
    return { path, message, code };
  });
}
