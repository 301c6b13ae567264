import type { Db } from './open';

export interface SlowQueryLog {
  (name: string, ms: number): void;
}

/**
 * The one door to the databases: every handler goes through `read`/`write`, so calls are timed (slow ones
 * logged) and the whole service could move to a worker thread without touching handlers.
 */
export class DbService {
  readonly slowMs: number;
  private readonly log: SlowQueryLog;

  constructor(
    private userDb: Db,
    readonly kb: Db | null,
    opts: { slowMs?: number; log?: SlowQueryLog } = {},
  ) {
    this.slowMs = opts.slowMs ?? 50;
    this.log = opts.log ?? ((name, ms): void => console.warn(`[db] slow: ${name} took ${ms.toFixed(1)} ms`));
  }

  get user(): Db {
    return this.userDb;
  }

  /** Swaps the user database connection (restore from backup); the old one is closed by the caller. */
  replaceUser(db: Db): Db {
    const old = this.userDb;
    this.userDb = db;
    return old;
  }

  /** Runs `fn` and logs it when slow. */
  read<T>(name: string, fn: (user: Db, kb: Db | null) => T): T {
    const t0 = performance.now();
    try {
      return fn(this.user, this.kb);
    } finally {
      const ms = performance.now() - t0;
      if (ms > this.slowMs) this.log(name, ms);
    }
  }

  /** Runs `fn` in one immediate transaction: all of it is committed, or none of it. */
  write<T>(name: string, fn: (user: Db) => T): T {
    return this.read(name, (user) => user.transaction(() => fn(user)).immediate());
  }

  close(): void {
    this.kb?.close();
    this.user.close();
  }
}
