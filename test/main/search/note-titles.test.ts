import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

describe('note hits read like the note', () => {
  it('a note exported with a hashed file name is titled by its first heading; image syntax never shows', async () => {
    const md = '# Networking basics\n\n## Subnets\n\nEach subnet lives in one zone. ![subnet diagram](assets/7f3e9a1b2c4d.png) Route tables decide the zebrafishing path.\n';
    const r = await app.call('notes.import', {
      files: [{ name: '9c1f2e3d4b5a69788796a5b4c3d2e1f0.md', contentBase64: Buffer.from(md).toString('base64') }],
    });
    expect(r.ok).toBe(true);
    const s = await app.call('search.query', { q: 'zebrafishing', kinds: ['note'] });
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.hits[0]?.title).toBe('Networking basics › Subnets');
    const img = await app.call('search.query', { q: 'subnet diagram', kinds: ['note'] });
    if (!img.ok) throw new Error(img.error.message);
    expect(img.value.hits[0]?.snippet).not.toMatch(/!\[|\]\(|assets|png/);
  });
});
