import type { OrdoModule } from '../../platform/module.js';
import { feedbackErrors } from './errors.js';
import { feedbackRoutes } from './routes.js';
import { sendSurvey, sendSurveyJob } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'feedback.send_survey': { orderId: string };
  }
}

export const feedbackModule: OrdoModule = {
  name: 'feedback',
  errors: feedbackErrors,
  routes: [feedbackRoutes],
  jobs: () => ({ handlers: [{ kind: sendSurveyJob, run: (payload, { db, now }) => sendSurvey(db, now, payload.orderId) }] }),
};
