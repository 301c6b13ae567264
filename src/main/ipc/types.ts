import type { AppInfo } from '../../shared/ipc/channels/app';
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/contract';
import type { DbService } from '../db/service';
import type { JobRunner } from '../jobs/runner';
import type { NoticeBoard } from '../notices';

/** What every handler may use. Built once at start-up by src/main/app.ts. */
export interface HandlerContext {
  db: DbService;
  /** Heavy work (imports, exports, restores, checks) runs here, in worker threads. */
  jobs: JobRunner;
  /** What the user must be told about their data (start-up findings and later ones). */
  notices: NoticeBoard;
  mode: AppInfo['mode'];
  appVersion: string;
  userDb: AppInfo['userDb'];
  kbProblem?: string;
  /** Repo/app root: where data files and the built renderer live. */
  appRoot: string;
}

export type Handler<C extends Channel> = (
  req: ParsedRequestOf<C>,
  ctx: HandlerContext,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** The handlers of one domain file, checked against the contract. */
export type HandlersFor<K extends Channel> = { [C in K]: Handler<C> };
