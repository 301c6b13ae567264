import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../src/shared/ipc/channels/app';
import { FIRST_SCREEN_FILE, linkedStylesheets, startWebServer, withFirstScreen, type WebServer } from '../../src/main/web/server';
import { testApp } from '../helpers/app';

const INDEX =
  '<!doctype html><html><head><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head><body><div id="root"></div></body></html>';

describe('withFirstScreen (web mode: the first screen as markup in index.html)', () => {
  const json = JSON.stringify({ kbVersion: 'v1', html: '<div class="app">KB</div>' });

  it('puts the markup into #root with its KB version, and the stylesheet inline', () => {
    expect(linkedStylesheets(INDEX)).toEqual(['assets/index-abc.css']);
    const page = withFirstScreen(INDEX, json, 'v1', new Map([['assets/index-abc.css', 'body{color:red}']]));
    expect(page).toContain('<div id="root" data-prerendered data-kb-version="v1"><div class="app">KB</div></div>');
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).not.toContain('<link rel="stylesheet"');
  });

  it('answers null (index.html as built) for another KB, no KB, or a broken file', () => {
    expect(withFirstScreen(INDEX, json, 'v2')).toBeNull();
    expect(withFirstScreen(INDEX, json, null)).toBeNull();
    expect(withFirstScreen(INDEX, '{', 'v1')).toBeNull();
    expect(withFirstScreen(INDEX, JSON.stringify({ kbVersion: 'v1' }), 'v1')).toBeNull();
    expect(withFirstScreen('<div id="root">x</div>', json, 'v1')).toBeNull();
  });

  it('keeps a stylesheet linked when it is not given or could not be inlined as is', () => {
    expect(withFirstScreen(INDEX, json, 'v1')).toContain('<link rel="stylesheet" crossorigin href="./assets/index-abc.css">');
    for (const css of ['a{}</style><script>x()</script>', 'a{background:url(x.png)}'])
      expect(withFirstScreen(INDEX, json, 'v1', new Map([['assets/index-abc.css', css]]))).not.toContain('<style>');
  });
});

describe('the web server answers index.html with the first screen while its KB matches', () => {
  let app: ReturnType<typeof testApp>;
  let web: WebServer;
  let rendererDir: string;
  let version: string;
  beforeAll(async () => {
    app = testApp();
    rendererDir = join(app.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), INDEX);
    writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{margin:0}');
    const info = await app.call('app.info', {});
    version = (info.ok ? (info.value as AppInfo).kb?.version : undefined) ?? '';
    expect(version).not.toBe('');
    web = await startWebServer({ ctx: app.ctx, rendererDir });
  });
  afterAll(async () => {
    await web.close();
    app.dispose();
  });

  it('GET and HEAD agree on the length; client routes get the same page; a stale file is ignored', async () => {
    writeFileSync(join(rendererDir, FIRST_SCREEN_FILE), JSON.stringify({ kbVersion: version, html: '<p>first</p>' }));
    const origin = `http://127.0.0.1:${web.port}`;
    const res = await fetch(`${origin}/`);
    const body = await res.text();
    expect(body).toContain(`<div id="root" data-prerendered data-kb-version="${version}"><p>first</p></div>`);
    expect(body).toContain('<style>body{margin:0}</style>');
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    const head = await fetch(`${origin}/`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(res.headers.get('content-length'));
    expect(await (await fetch(`${origin}/notes`)).text()).toBe(body);
    // Made from another KB: index.html as built.
    writeFileSync(join(rendererDir, FIRST_SCREEN_FILE), JSON.stringify({ kbVersion: 'other', html: '<p>first</p>' }));
    await new Promise((r) => setTimeout(r, 20));
    const stale = await (await fetch(`${origin}/`)).text();
    expect(stale).toBe(INDEX);
  });
});
