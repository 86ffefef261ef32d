import { describeValue } from '@meridian-cx/core';
import { redactFail } from './failures.js';
import type { EntityType, Recognizer, RecognizerContext, RecognizerMatch } from './types.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PLACEHOLDER = /^\[[A-Z][A-Z0-9_]*\]$/;

/** What {@link defineRecognizer} takes. */
export type RecognizerDefinition = {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** The entity type of its matches, kebab-case (`'employee-id'`). */
  readonly type: EntityType;
  /** Written in place of a match. Default: the type in upper snake case in brackets (`[EMPLOYEE_ID]`). */
  readonly placeholder?: string;
  /**
   * Every match in the context. Read `context.shadow` (digits of every script in ASCII, same
   * offsets as the text). Must run in linear time: scan, do not backtrack.
   */
  readonly find: (context: RecognizerContext) => Iterable<RecognizerMatch>;
};

/**
 * Make a recognizer for `redact`: the API the built-in ones (email, phone, card, IBAN, national
 * ids…) are written with, so a custom one is found, resolved against overlaps and replaced the
 * same way.
 *
 * @param definition - `id`, `type`, optional `placeholder`, and `find(context)`.
 * @returns A frozen {@link Recognizer} to pass in `redact(text, { recognizers: [...] })`.
 * @throws {MeridianError} `privacy/invalid-recognizer` when the id, type or placeholder is malformed
 *   or `find` is not a function.
 * @example
 * const employeeId = defineRecognizer({
 *   id: 'acme-employee-id',
 *   type: 'employee-id',
 *   *find({ shadow }) {
 *     for (let i = shadow.indexOf('EMP-'); i >= 0; i = shadow.indexOf('EMP-', i + 1)) {
 *       yield { start: i, end: i + 10, confidence: 0.9 };
 *     }
 *   },
 * });
 * @since 0.1.0
 */
export function defineRecognizer(definition: RecognizerDefinition): Recognizer {
  if (definition === null || typeof definition !== 'object') {
    redactFail('privacy/invalid-recognizer', {
      id: describeValue(definition),
      problem: `defineRecognizer takes a definition object; received ${describeValue(definition)}`,
    });
  }
  const id = typeof definition.id === 'string' ? definition.id : describeValue(definition.id);
  if (!KEBAB.test(id))
    redactFail('privacy/invalid-recognizer', { id, problem: 'the id is not kebab-case' });
  const type = definition.type;
  if (typeof type !== 'string' || !KEBAB.test(type)) {
    redactFail('privacy/invalid-recognizer', {
      id,
      problem: `the type ${describeValue(type)} is not kebab-case`,
    });
  }
  const placeholder = definition.placeholder ?? `[${type.toUpperCase().replaceAll('-', '_')}]`;
  if (typeof placeholder !== 'string' || !PLACEHOLDER.test(placeholder)) {
    redactFail('privacy/invalid-recognizer', {
      id,
      problem: `the placeholder ${describeValue(placeholder)} is not upper snake case in brackets`,
    });
  }
  if (typeof definition.find !== 'function') {
    redactFail('privacy/invalid-recognizer', { id, problem: 'find is not a function' });
  }
  return Object.freeze({ id, type, placeholder, find: definition.find });
}
