// Policy data handed to evaluateReturn is compiled once per content, not per object: a caller who
// mutates `windowDays` on the same object gets the new window, never a stale compiled one.
import { fail } from '../failures.js';
import { type CompiledPolicy, definePolicy, isCompiledPolicy } from '../rules/definePolicy.js';
import type { ReturnPolicy } from '../types.js';

const MAX = 256;
const byContent = new Map<string, CompiledPolicy>();

function contentKey(policy: unknown): string | undefined {
  try {
    return JSON.stringify(policy);
  } catch {
    return undefined; // a cycle or a BigInt: the schema will say what is wrong
  }
}

/**
 * The compiled form of a policy: a {@link CompiledPolicy} from `definePolicy` as it is (it is
 * deeply frozen), policy data compiled and cached by its JSON content (bounded).
 *
 * @throws {ValidationError} `returns/invalid-policy` for invalid policy data.
 * @throws {MeridianError} `returns/invalid-policy` for a look-alike that `definePolicy` did not make.
 */
export function compilePolicy(policy: ReturnPolicy | CompiledPolicy): CompiledPolicy {
  if (isCompiledPolicy(policy)) return policy;
  if (typeof policy === 'object' && policy !== null && 'kind' in policy) {
    if (policy.kind === 'compiled-policy') {
      fail('returns/invalid-policy', {
        detail:
          'this compiled policy was not made by definePolicy() (a copy loses its rules and checks); call definePolicy() again',
      });
    }
  }
  const key = contentKey(policy);
  const hit = key === undefined ? undefined : byContent.get(key);
  if (hit !== undefined) return hit;
  const compiled = definePolicy({ base: policy as ReturnPolicy });
  if (key !== undefined) {
    if (byContent.size >= MAX) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, compiled);
  }
  return compiled;
}
