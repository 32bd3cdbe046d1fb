import { Type } from '@sinclair/typebox';
import { StrictObject } from '../../platform/http/schemas.js';

const Score = Type.Integer({ minimum: 1, maximum: 5 });

/** One answer to the satisfaction survey, through the mailed link or in the portal. */
export const SurveyAnswerBody = StrictObject({
  responseSpeed: Score,
  productQuality: Score,
  deliveryTimeliness: Score,
  serviceAttitude: Score,
  comments: Type.Optional(Type.String({ maxLength: 2000 })),
  suggestions: Type.Optional(Type.String({ maxLength: 2000 })),
});
