import type { OrdoModule } from '../../platform/module.js';
import { campaignsErrors } from './errors.js';
import { campaignRoutes } from './routes.js';
import { sendCampaignJob } from './service.js';

declare module '../../platform/jobs/kinds.js' {
  interface JobPayloads {
    'campaign.send': { campaignId: string };
  }
}

export const campaignsModule: OrdoModule = {
  name: 'campaigns',
  errors: campaignsErrors,
  routes: [campaignRoutes],
  jobs: () => ({ handlers: [sendCampaignJob] }),
};
