import { join } from 'node:path';
import { openUserDb, type Db } from '../../src/main/db/open';
import { tempDir } from './tmp';

/** A migrated user database in a fresh temp folder; `dispose` closes it and removes the folder. */
export function tempUserDb(prefix = 'sd-db-'): { db: Db; dir: string; dispose: () => void } {
  const t = tempDir(prefix);
  const { db } = openUserDb(join(t.dir, 'u.sqlite'));
  return {
    db,
    dir: t.dir,
    dispose: () => {
      db.close();
      t.cleanup();
    },
  };
}
