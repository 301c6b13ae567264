/**
 * The IPC contract, written once: channel name (`domain.verb`) → request schema + response type.
 * Main registers handlers from it, the preload and the web client build `window.api` from it.
 * Adding a channel: add it to a domain file in ./channels (or a new one spread in below), then add
 * its handler in src/main/handlers — TypeScript fails until both exist.
 */
import { appChannels } from './channels/app';
import { searchChannels } from './channels/search';
import { kbChannels } from './channels/kb';
import { studyChannels } from './channels/study';
import { backupChannels } from './channels/backup';
import { scenarioChannels } from './channels/scenarios';
import { calcChannels } from './channels/calc';
import { notesChannels } from './channels/notes';
import { estimateChannels } from './channels/estimates';
import { pricesChannels } from './channels/prices';
import { jobsChannels } from './channels/jobs';

export const contract = {
  ...appChannels,
  ...searchChannels,
  ...kbChannels,
  ...backupChannels,
  ...scenarioChannels,
  ...calcChannels,
  ...studyChannels,
  ...notesChannels,
  ...estimateChannels,
  ...pricesChannels,
  ...jobsChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
