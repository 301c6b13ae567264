import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app';

let app: ReturnType<typeof testApp> | null = null;
afterEach(() => {
  app?.dispose();
  app = null;
});

describe('saved calculator scenarios', () => {
  it('saves, overwrites by name, lists newest first and deletes', async () => {
    app = testApp();
    const a = await app.call('scenarios.save', { calculator: 'lambda', name: 'baseline', input: { memoryMB: 512 } });
    expect(a.ok).toBe(true);
    await app.call('scenarios.save', { calculator: 'lambda', name: 'arm64', input: { memoryMB: 512, architecture: 'arm64' } });
    const again = await app.call('scenarios.save', { calculator: 'lambda', name: 'baseline', input: { memoryMB: 1024 } });
    expect(again.ok && a.ok && again.value.id).toBe(a.ok && a.value.id);
    const list = await app.call('scenarios.list', { calculator: 'lambda' });
    expect(list.ok && list.value.map((s) => s.name).sort()).toEqual(['arm64', 'baseline']);
    expect(list.ok && list.value.find((s) => s.name === 'baseline')?.input).toEqual({ memoryMB: 1024 });
    expect((await app.call('scenarios.list', { calculator: 'ebs' })).ok).toBe(true);
    if (a.ok) expect(await app.call('scenarios.delete', { id: a.value.id })).toEqual({ ok: true, value: { id: a.value.id } });
    const gone = await app.call('scenarios.delete', { id: 'nope' });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
  });

  it('rejects empty names and unknown calculators with field-specific errors', async () => {
    app = testApp();
    const r = await app.call('scenarios.save', { calculator: 'lambda', name: '  ', input: {} });
    expect(!r.ok && r.error.message).toMatch(/name/);
    const c = await app.call('scenarios.save', { calculator: 'ec2' as never, name: 'x', input: {} });
    expect(!c.ok && c.error.message).toMatch(/calculator/);
  });
});
