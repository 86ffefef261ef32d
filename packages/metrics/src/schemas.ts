// The zod/mini schemas of @meridian-cx/metrics, by concept in schemas/: re-exported here so that
// `import { … } from './schemas.js'` keeps working. Modules import from the concept file, so a
// bundle takes only the schemas it uses.
export {
  DurationAccumulatorStateSchema,
  QuantileSketchStateSchema,
} from './schemas/sketch.js';
export { ScaleSchema, SurveyAccumulatorStateSchema, SurveyKindSchema } from './schemas/survey.js';
export { SurveyResponseSchema, surveyResponseSchemaFor } from './schemas/surveyResponse.js';
export {
  OrdersSchema,
  TicketAccumulatorStateSchema,
  TicketFactSchema,
} from './schemas/tickets.js';
