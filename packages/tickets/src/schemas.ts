// Every schema of the package, by concept; each file holds one concept's schemas.
export * from './events/eventSchemas.js';
export * from './identity/identitySchemas.js';
export * from './routing/routingSchemas.js';
export * from './sla/slaSchemas.js';
export {
  AuthorRoleSchema,
  CHANNEL_IDS,
  ChannelSchema,
  ConditionsSchema,
  CustomStatusSchema,
  InstantSchema,
  MatchContextSchema,
  PRIORITIES,
  PrioritySchema,
  STATUS_CATEGORIES,
  StatusCategorySchema,
} from './vocabulary.js';
