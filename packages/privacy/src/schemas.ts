// Every zod/mini schema of the regimes half, re-exported by name. Each lives in its own file under
// schemas/, so a bundle of one function (requestDeadline) carries only the schemas it parses with.
export { ApplicableRegimesInputSchema } from './schemas/applicability.js';
export { BreachDeadlineInputSchema } from './schemas/breachDeadline.js';
export { BreachTriggerSchema, RightKindSchema } from './schemas/common.js';
export { CanSendMarketingInputSchema, HonourOptOutSignalInputSchema } from './schemas/consent.js';
export { RegimeSchema } from './schemas/regime.js';
export { RequestDeadlineInputSchema } from './schemas/requestDeadline.js';
export { PurgePlanInputSchema, RetentionRuleSchema } from './schemas/retention.js';
