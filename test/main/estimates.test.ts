import { afterEach, describe, expect, it } from 'vitest';
import type { EstimateDoc } from '../../src/shared/estimate/model';
import { testApp } from '../helpers/app';

const apps: ReturnType<typeof testApp>[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.dispose()));

const doc: EstimateDoc = {
  version: 1,
  name: 'Orders',
  variants: [{ id: 'v1', name: 'A', lines: [{ id: 'l1', calculator: 'lambda', label: '', note: '', input: { region: 'us-east-1' } }] }],
};

describe('estimates (real SQLite)', () => {
  it('saves, lists, updates, deletes into the bin and restores with Undo', async () => {
    const app = testApp();
    apps.push(app);
    const created = await app.call('estimates.save', { doc });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;
    const renamed = await app.call('estimates.save', { id, doc: { ...doc, name: 'Orders v2' } });
    expect(renamed.ok && renamed.value.doc.name).toBe('Orders v2');
    const list = await app.call('estimates.list', {});
    expect(list.ok && list.value.map((e) => [e.name, e.lines, e.variants])).toEqual([['Orders v2', 1, 1]]);
    expect((await app.call('estimates.delete', { id })).ok).toBe(true);
    expect((await app.call('estimates.list', {})).ok && (await app.call('estimates.list', {}))).toMatchObject({ value: [] });
    expect((await app.call('estimates.get', { id })).ok).toBe(false);
    // Saving over a deleted estimate is refused: autosave after a delete must not resurrect it silently.
    expect((await app.call('estimates.save', { id, doc })).ok).toBe(false);
    const back = await app.call('estimates.restore', { id });
    expect(back.ok && back.value.name).toBe('Orders v2');
    expect((await app.call('estimates.restore', { id })).ok).toBe(false);
  });

  it('refuses an invalid document with the field that is wrong', async () => {
    const app = testApp();
    apps.push(app);
    const r = await app.call('estimates.save', { doc: { ...doc, variants: [{ ...doc.variants[0]!, lines: [{ ...doc.variants[0]!.lines[0]!, calculator: 'rds' as never }] }] } });
    expect(r.ok).toBe(false);
    expect(!r.ok && JSON.stringify(r.error)).toMatch(/calculator/);
    expect((await app.call('estimates.save', { doc: { ...doc, name: '  ' } })).ok).toBe(false);
  });
});
