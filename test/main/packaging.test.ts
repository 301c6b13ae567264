/**
 * Installers cannot be built here (no Electron binary), so their configuration is checked without one:
 * electron-builder's own schema validation, plus the two things the app needs at run time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/app';

const require = createRequire(join(REPO, 'package.json'));
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));

interface BuilderConfig {
  asarUnpack?: string[];
  extraResources?: { from: string; to: string }[];
  files?: (string | { filter?: string[] })[];
  npmRebuild?: boolean;
}

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = builderRequire('./out/util/config/config') as {
    getConfig: (dir: string, path: string | null, fromOptions: null) => Promise<BuilderConfig>;
    validateConfiguration: (c: BuilderConfig, logger: unknown) => Promise<void>;
  };
  const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(REPO, null, null);
  // Throws InvalidConfigurationError with electron-builder's own message on any unknown or mistyped key.
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('installer configuration (electron-builder.yml)', () => {
  it("passes electron-builder's configuration validation", async () => {
    await expect(loadConfig()).resolves.toBeTruthy();
  });

  it('unpacks better-sqlite3 from the asar archive and ships the knowledge base as an extra resource', async () => {
    const config = await loadConfig();
    const { minimatch } = builderRequire('minimatch') as { minimatch: (p: string, g: string, o?: object) => boolean };
    const unpacked = (p: string): boolean => (config.asarUnpack ?? []).some((g) => minimatch(p, g, { dot: true, matchBase: !g.includes('/') }));
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    // The heavy-job worker thread's script and the chunks it imports.
    expect(unpacked('out/main/worker.js')).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.extraResources).toContainEqual({ from: 'resources/kb.sqlite', to: 'kb.sqlite' });
    // The packaged main process reads it from process.resourcesPath/kb.sqlite (src/main/index.ts).
    const files = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(files).toContain('out/**');
    // The import's fact-check reads the KB's sources and its rules under the app root, beside out/main (its
    // precompiled index, out/main/factcheck-index.bin, is checked against them): shipped and unpacked with it.
    for (const f of ['data/kb/s3.json', 'data/factcheck/rules.json', 'data/factcheck/lexicon.json', 'data/datasets/ec2-instances.json', 'data/datasets/fargate-task-sizes.json']) {
      expect(existsSync(join(REPO, f))).toBe(true);
      expect(files.some((g) => minimatch(f, g, { dot: true }))).toBe(true);
      expect(unpacked(f)).toBe(true);
    }
    expect(unpacked('out/main/factcheck-index.bin')).toBe(true);
  });

  it('a broken configuration is caught by the same validation', async () => {
    const { validateConfiguration } = builderRequire('./out/util/config/config') as {
      validateConfiguration: (c: object, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration({ asarUnpackk: ['x'] }, new DebugLogger(false))).rejects.toThrow(/asarUnpackk/);
  });

  it('npm run dist stops at once, in one line, where Electron’s binary is not available', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/dist-preflight.mjs'), '--no-download'], { encoding: 'utf8' });
    const hasBinary = existsSync(join(REPO, 'node_modules', 'electron', 'path.txt'));
    if (hasBinary) expect(r.status).toBe(0);
    else {
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^npm run dist: Electron's binary could not be fetched .*machine with internet/);
    }
  });
});
