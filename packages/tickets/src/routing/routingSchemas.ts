import * as z from 'zod/mini';
import { ConditionsSchema, id, nonEmpty, stringList } from '../vocabulary.js';

/**
 * zod schema for a routing rule.
 *
 * @since 0.1.0
 */
export const RoutingRuleSchema = z.object({
  id,
  queue: nonEmpty('A queue'),
  when: z.extend(ConditionsSchema, { skills: stringList('A skill') }),
});
