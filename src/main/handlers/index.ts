import type { Channel } from '../../shared/ipc/contract';
import type { Handler } from '../ipc/types';
import { appHandlers } from './app';
import { backupHandlers } from './backup';
import { scenarioHandlers } from './scenarios';
import { calcHandlers } from './calc';
import { kbHandlers } from './kb';
import { jobsHandlers } from './jobs';
import { notesHandlers } from './notes';
import { pricesHandlers } from './prices';
import { searchHandlers } from './search';
import { studyHandlers } from './study';
import { estimateHandlers } from './estimates';

/** Every channel's handler. TypeScript fails here until each channel of the contract has one. */
export const handlers: { [C in Channel]: Handler<C> } = {
  ...appHandlers,
  ...searchHandlers,
  ...kbHandlers,
  ...backupHandlers,
  ...scenarioHandlers,
  ...calcHandlers,
  ...studyHandlers,
  ...notesHandlers,
  ...estimateHandlers,
  ...pricesHandlers,
  ...jobsHandlers,
};
