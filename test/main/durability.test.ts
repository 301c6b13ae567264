import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_PATH, REPO } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

/** Runs the writer, SIGKILLs it after `afterAcks` acknowledgements, returns the acknowledged pref ids. */
function runAndKill(dataDir: string, afterAcks: number): Promise<{ prefs: number[]; answers: number; scenarios: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'test/main/fixtures/writer.ts'), dataDir, KB_PATH], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefs: number[] = [];
    let answers = 0;
    let scenarios = 0;
    let buf = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) {
        const m = /^ack (\w+) (\d+)$/.exec(l);
        if (!m) continue;
        if (m[1] === 'pref') prefs.push(Number(m[2]));
        if (m[1] === 'answer') answers++;
        if (m[1] === 'scenario') scenarios++;
        if (prefs.length === afterAcks) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited without being killed: ${err}`));
      else resolve({ prefs, answers, scenarios });
    });
  });
}

describe('durability', () => {
  it('keeps every acknowledged write after SIGKILL, and the database passes integrity_check', async () => {
    const t = tempDir('sd-kill-');
    try {
      for (const round of [0, 1]) {
        const acked = await runAndKill(t.dir, 150 + round * 37);
        const db = new Database(join(t.dir, 'study-desk.sqlite'));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const have = new Set(
          (db.prepare("SELECT key FROM prefs WHERE key LIKE 'durability.%'").all() as { key: string }[]).map((r) => Number(r.key.split('.')[1])),
        );
        for (const i of acked.prefs) expect(have.has(i), `acknowledged write ${i} lost`).toBe(true);
        const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
        if (acked.answers > 0 && tables.has('review_log')) {
          const n = (db.prepare('SELECT count(*) AS n FROM review_log').get() as { n: number }).n;
          expect(n).toBeGreaterThanOrEqual(acked.answers);
        }
        db.close();
      }
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
