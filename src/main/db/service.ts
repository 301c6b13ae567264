import { AppError } from '../../shared/result';
import { classifyDbError, DbCorruptError } from './errors';
import type { Db } from './open';

/** How the service learns about the rest of the app without importing it (jobs and notices live above db/). */
export interface DbHealthHooks {
  /** A heavy job holding the write lock, if any: other writes are answered "busy" instead of blocking on SQLite's lock. */
  writer?: () => { kind: string; step: string; done: number; total: number } | null;
  /** SQLite reported damage during a call (SQLITE_CORRUPT / NOTADB): check the file and tell the user. */
  onCorrupt?: (detail: string) => void;
}

function busyMessage(w: NonNullable<ReturnType<NonNullable<DbHealthHooks['writer']>>>): string {
  const progress = w.total ? ` (${w.done} of ${w.total})` : '';
  const what =
    w.kind === 'notes.import' ? `Your notes are being imported${progress}` : w.kind === 'backup.restore' ? 'A backup is being restored' : `A ${w.kind} job is running`;
  return `${what}; changes can be saved again as soon as it finishes. Nothing was changed.`;
}

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
  private hooks: DbHealthHooks = {};
  /** SQLite's words for damage found in the live database, until a restore replaces it. */
  private damage: string | null = null;

  constructor(
    private userDb: Db,
    readonly kb: Db | null,
    opts: { slowMs?: number; log?: SlowQueryLog } = {},
  ) {
    this.slowMs = opts.slowMs ?? 50;
    this.log = opts.log ?? ((name, ms): void => console.warn(`[db] slow: ${name} took ${ms.toFixed(1)} ms`));
  }

  setHooks(hooks: DbHealthHooks): void {
    this.hooks = hooks;
  }

  /** Damage found in the live database (by a read or a check), or null. */
  get damaged(): string | null {
    return this.damage;
  }

  /** Records proven damage: from now on writes are refused so they cannot spread it; reads of intact parts go on. */
  markDamaged(detail: string): void {
    this.damage ??= detail;
  }

  get user(): Db {
    return this.userDb;
  }

  /** Swaps the user database connection (restore from backup); the old one is closed by the caller. */
  replaceUser(db: Db): Db {
    const old = this.userDb;
    this.userDb = db;
    this.damage = null;
    return old;
  }

  /** Runs `fn` and logs it when slow. */
  read<T>(name: string, fn: (user: Db, kb: Db | null) => T): T {
    const t0 = performance.now();
    try {
      return fn(this.user, this.kb);
    } catch (e) {
      if (!(e instanceof AppError) && classifyDbError(e) === 'corrupt') {
        const detail = `${(e as { code?: string }).code ?? 'SQLITE_CORRUPT'}: ${(e as Error).message}`;
        this.markDamaged(detail);
        this.hooks.onCorrupt?.(detail);
        throw new DbCorruptError(detail);
      }
      throw e;
    } finally {
      const ms = performance.now() - t0;
      if (ms > this.slowMs) this.log(name, ms);
    }
  }

  /** Runs `fn` in one immediate transaction: all of it is committed, or none of it. */
  /** Throws the answer a write gets now: damage found, or a heavy job holding the write lock. */
  assertWritable(): void {
    if (this.damage) throw new DbCorruptError(this.damage);
    const w = this.hooks.writer?.();
    if (w) throw new AppError('UNAVAILABLE', busyMessage(w));
  }

  write<T>(name: string, fn: (user: Db) => T): T {
    this.assertWritable();
    return this.read(name, (user) => user.transaction(() => fn(user)).immediate());
  }

  close(): void {
    this.kb?.close();
    this.user.close();
  }
}
