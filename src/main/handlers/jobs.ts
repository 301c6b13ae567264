import type { jobsChannels } from '../../shared/ipc/channels/jobs';
import type { HandlersFor } from '../ipc/types';

export const jobsHandlers: HandlersFor<keyof typeof jobsChannels> = {
  'app.notices': (_req, ctx) => ctx.notices.list(),
  'jobs.status': (_req, ctx) => ctx.jobs.status(),
};
