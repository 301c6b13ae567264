/* eslint-disable @typescript-eslint/no-explicit-any -- ad-hoc script: two checkouts' modules, loaded by path */
/**
 * Session 15 (fact-check CPU): the workloads the same-output check (_s15same.ts) and the timing
 * (_s15time.ts) run through a checkout's checkSection. Held-out sets are never included.
 * Each case is a section body and its heading path, as the importer / the eval passes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notes } from './corpus';

export interface Case {
  text: string;
  heading: string[];
}

type Mod = Record<string, any>;

/** A checkout's modules (an absolute root: base or current), loaded through tsx. */
export async function loadCheckout(
  root: string,
): Promise<{
  checker: unknown;
  check: (t: string, h: readonly string[], c: unknown) => unknown[];
  mods: Mod;
}> {
  const rules: Mod = await import(join(root, 'src/main/notes/rules.ts'));
  const fc: Mod = await import(join(root, 'src/shared/notes/factCheck.ts'));
  const tpl: Mod = await import(join(root, 'src/shared/notes/claimTemplates.ts'));
  const parse: Mod = await import(join(root, 'src/shared/notes/parse.ts'));
  const decode: Mod = await import(join(root, 'src/shared/notes/decode.ts'));
  const checker = rules.loadFactRules(root);
  return { checker, check: fc.checkSection, mods: { rules, tpl, parse, decode } };
}

const DEV = [
  'independent.json',
  'independent-2.json',
  'independent-3.json',
  'independent-4.json',
  'independent-7.json',
  'independent-9.json',
  'true-10.json',
];

/** Workload by name: generated | dev | seeds | bench:<N> (bench corpus sections, as bench/_s14prof.ts). */
export function workload(name: string, root: string, mods: Mod, checker: any): Case[] {
  if (name === 'generated') {
    const entries = mods.rules.loadKbEntries(root);
    return [
      ...mods.tpl.generateClaims(checker.index, entries),
      ...mods.tpl.generateAssertClaims(entries),
    ].map((g: any) => ({ text: g.text, heading: g.heading }));
  }
  if (name === 'dev') {
    const dir = join(root, 'test/fixtures/factcheck-eval');
    return DEV.flatMap((f) =>
      (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }[]).map((x) => ({
        text: x.text,
        heading: [],
      })),
    );
  }
  if (name === 'seeds') {
    const dir = join(root, 'test/fixtures/seeds');
    const out: Case[] = [];
    for (const f of readdirSync(dir).sort()) {
      const d = mods.decode.decodeNoteBytes(new Uint8Array(readFileSync(join(dir, f))));
      if (!d.ok) continue;
      for (const s of mods.parse.parseNote(d.text).sections)
        out.push({ text: s.body, heading: [...s.headingPath] });
    }
    return out;
  }
  if (name.startsWith('bench:')) {
    const n = Number(name.slice(6));
    return [...notes(n)].map((x) => ({ text: x.body, heading: [x.title] }));
  }
  throw new Error(`unknown workload ${name}`);
}
