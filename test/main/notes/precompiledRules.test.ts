/**
 * Issue 19 (import start-up): the app's build ships the fact-checker precompiled (scripts/build-factcheck-index.ts),
 * and notes/rules.ts reads it instead of building the index. It must check exactly as the built one, and be read
 * only when it is this code's (stamp) for this data (version): any other file, a damaged one included, is
 * ignored and the checker is built as from source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factcheckStamp } from '../../../scripts/factcheckStamp';
import { loadFactRulesUncached, readPrecompiled, writePrecompiledRules } from '../../../src/main/notes/rules';
import { Matcher } from '../../../src/shared/notes/claimCheck';
import { checkSection, type FactChecker } from '../../../src/shared/notes/factCheck';
import { tempDir } from '../../helpers/tmp';
import { SEED_FILES, SEEDS_DIR } from '../../unit/notes/seeds';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const STAMP = 'test-stamp-1';

/** Note lines to check: every seed line and the claims of four development sets (right, wrong and outdated). */
function lines(): string[] {
  const out: string[] = [];
  for (const name of Object.values(SEED_FILES))
    out.push(
      ...readFileSync(join(SEEDS_DIR, name), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    );
  for (const n of [25, 26, 27, 28]) {
    const set = JSON.parse(
      readFileSync(join(ROOT, 'test', 'fixtures', 'factcheck-eval', `independent-${n}.json`), 'utf8'),
    ) as {
      text: string;
    }[];
    out.push(...set.map((i) => i.text));
  }
  return out;
}

const flagsOf = (c: FactChecker, ls: readonly string[]): string =>
  JSON.stringify(ls.map((l) => checkSection(l, ['Notes'], c)));

describe('the precompiled fact-checker', () => {
  it('checks every line exactly as the checker built from the knowledge base', () => {
    const t = tempDir('sd-precompiled-');
    try {
      const file = join(t.dir, 'index.bin');
      writePrecompiledRules(ROOT, STAMP, file);
      const pre = loadFactRulesUncached(ROOT, { stamp: STAMP, file });
      const built = loadFactRulesUncached(ROOT, { stamp: null });
      expect(pre.from).toBe('precompiled');
      expect(built.from).toBe('built');
      expect(pre.rules.version).toBe(built.rules.version);
      const ls = lines();
      expect(ls.length).toBeGreaterThan(1000);
      const a = flagsOf(pre.rules, ls);
      expect(a).toBe(flagsOf(built.rules, ls));
      // Not vacuous: the lines raise flags.
      expect((JSON.parse(a) as unknown[][]).filter((f) => f.length).length).toBeGreaterThan(200);
    } finally {
      t.cleanup();
    }
  });

  it('is a plain-data graph but for its matchers, which get their class back', () => {
    const { rules } = loadFactRulesUncached(ROOT, { stamp: null });
    const plain = new Set<unknown>([
      Object.prototype,
      Array.prototype,
      Map.prototype,
      Set.prototype,
      RegExp.prototype,
      null,
    ]);
    const typed = (o: object): boolean => ArrayBuffer.isView(o);
    const seen = new Set<object>();
    const odd: string[] = [];
    const walk = (o: unknown, path: string): void => {
      if (typeof o === 'function') odd.push(`${path}: a function`);
      if (!o || typeof o !== 'object' || seen.has(o)) return;
      seen.add(o);
      const proto = Object.getPrototypeOf(o) as unknown;
      if (proto === Matcher.prototype) return;
      if (!plain.has(proto) && !typed(o)) odd.push(`${path}: ${(o as object).constructor?.name}`);
      if (o instanceof Map)
        for (const [k, v] of o) {
          walk(k, `${path}.key`);
          walk(v, `${path}.value`);
        }
      else if (o instanceof Set) for (const v of o) walk(v, `${path}.item`);
      else if (!typed(o)) for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(rules, 'checker');
    // A class instance here would lose its class when stored: reviveFactChecker must then restore it too.
    expect(odd).toEqual([]);
  });

  it('is ignored, and the checker built, when it is another build’s, for other data, or damaged', () => {
    const t = tempDir('sd-precompiled-');
    try {
      const file = join(t.dir, 'index.bin');
      writePrecompiledRules(ROOT, STAMP, file);
      const good = readFileSync(file);
      const headLen = good.readUInt32LE(6);
      const head = JSON.parse(good.subarray(10, 10 + headLen).toString('utf8')) as {
        inputs: string;
        version: string;
      };
      expect(head.version).toBe(loadFactRulesUncached(ROOT, { stamp: null }).rules.version);
      const inputs = head.inputs;
      expect(readPrecompiled(file, STAMP, inputs)).not.toBeNull();
      // Another build's code, or other data (the texts here hash to something else).
      expect(readPrecompiled(file, 'other-build', inputs)).toBeNull();
      expect(readPrecompiled(file, STAMP, `${inputs}x`)).toBeNull();
      // A header whose version is not the stored checker's own.
      const claimed = JSON.stringify({ ...head, stamp: STAMP, version: '9.zzzzzzzz' });
      const len = Buffer.alloc(4);
      len.writeUInt32LE(Buffer.byteLength(claimed));
      writeFileSync(
        file,
        Buffer.concat([good.subarray(0, 6), len, Buffer.from(claimed), good.subarray(10 + headLen)]),
      );
      expect(readPrecompiled(file, STAMP, inputs)).toBeNull();
      // Damaged: cut short, zeroed, not one at all, missing.
      for (const bad of [
        good.subarray(0, good.length >> 1),
        Buffer.alloc(good.length),
        Buffer.from('not an index'),
      ]) {
        writeFileSync(file, bad);
        expect(readPrecompiled(file, STAMP, inputs)).toBeNull();
      }
      expect(readPrecompiled(join(t.dir, 'missing.bin'), STAMP, inputs)).toBeNull();
      // End to end: with a damaged file the loader builds the checker, and it checks.
      writeFileSync(file, good.subarray(0, good.length - 100));
      const r = loadFactRulesUncached(ROOT, { stamp: STAMP, file });
      expect(r.from).toBe('built');
      expect(checkSection('S3 Standard-IA min storage duration is 60 days', [], r.rules).length).toBe(1);
    } finally {
      t.cleanup();
    }
  });

  it('carries a stamp that changes with the code that builds the checker', () => {
    const s = factcheckStamp(ROOT);
    expect(s).toMatch(/^[0-9a-f]{16}$/);
    expect(factcheckStamp(ROOT)).toBe(s);
  });
});
