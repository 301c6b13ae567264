import type { searchChannels } from '../../shared/ipc/channels/search';
import type { HandlersFor } from '../ipc/types';
import { search } from '../search/query';

export const searchHandlers: HandlersFor<keyof typeof searchChannels> = {
  'search.query': (req, ctx) => ctx.db.read('search.query', (u) => search(u, req)),
};
