// @meridian-cx/returns: public surface, re-exported by name.
export { type RequiredApproverOptions, requiredApprover } from './authority/requiredApprover.js';
export {
  type EvaluateReturnBase,
  type EvaluateReturnInput,
  evaluateReturn,
} from './evaluate/evaluateReturn.js';
export { type ReturnsErrorCode, returnsMessages } from './messages.js';
export { parseOrder } from './parse/parseOrder.js';
export { parseReturnPolicy } from './parse/parseReturnPolicy.js';
export { parseReturnRequest } from './parse/parseReturnRequest.js';
export {
  openRma,
  RMA_TRANSITIONS,
  type Rma,
  type RmaEvent,
  type RmaNotification,
  type RmaStatus,
  type RmaTransition,
  type TransitionRmaOptions,
  transitionRma,
} from './rma/transitionRma.js';
export {
  BUILTIN_RULES,
  categoryWindowRule,
  conditionRule,
  finalSaleRule,
  nonReturnableCategoryRule,
  seasonalWindowRule,
} from './rules/builtinRules.js';
export {
  type CompiledPolicy,
  definePolicy,
  isCompiledPolicy,
  type PolicySpec,
} from './rules/definePolicy.js';
export { defineRule, type RuleSpec } from './rules/defineRule.js';
export type { ReturnRule, RuleContext, RuleEffect } from './rules/types.js';
export {
  AuthorityTableSchema,
  ExceptionKindSchema,
  ItemConditionSchema,
  OrderSchema,
  PublicHolidaysSchema,
  RefundMethodSchema,
  ReturnMethodSchema,
  ReturnPolicySchema,
  ReturnReasonCodeSchema,
  ReturnRequestSchema,
} from './schemas.js';
export { AU_CONSUMER_LAW } from './statutory/au.js';
export { BR_CONSUMER_CODE } from './statutory/br.js';
export { CN_CONSUMER_PROTECTION } from './statutory/cn.js';
export { defineRegime } from './statutory/defineRegime.js';
export { CRD_EXCEPTIONS, EEA_COUNTRIES, EU_CONSUMER_RIGHTS } from './statutory/eu.js';
export { EU_TERRITORIES } from './statutory/euTerritories.js';
export { UK_CONSUMER_CONTRACTS } from './statutory/gb.js';
export { JP_SPECIFIED_TRANSACTIONS_ACT } from './statutory/jp.js';
export { KR_ECOMMERCE_ACT } from './statutory/kr.js';
// Each built-in regime is its own export (and module): a bundle carries only the law it imports.
export { regimeByCode, regimeForCountry, STATUTORY_REGIMES } from './statutory/regimes.js';
export { TR_DISTANCE_CONTRACTS } from './statutory/tr.js';
export type {
  ExceptionKind,
  GuaranteeRemedy,
  LegalGuarantee,
  StatutoryException,
  StatutoryRefund,
  StatutoryRegime,
  StatutoryReturnCost,
  WithdrawalRight,
} from './statutory/types.js';
export { US_CA_CIVIL_CODE_1723 } from './statutory/us.js';
export type {
  AuthorityDecision,
  AuthorityTable,
  Deadline,
  ItemCondition,
  LineDecision,
  LineRefund,
  Order,
  OrderLine,
  ParsedOrder,
  ParsedReturnPolicy,
  ParsedReturnRequest,
  RefundBreakdown,
  RefundDue,
  RefundMethod,
  ReturnBasis,
  ReturnDecision,
  ReturnMethod,
  ReturnPolicy,
  ReturnReasonCode,
  ReturnRequest,
  ReturnRequestLine,
} from './types.js';
