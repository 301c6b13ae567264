import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, FIRST_PAINT_SCRIPT_HASH, isAllowedExternalUrl, isAppUrl, WEB_PREFERENCES } from '../../src/main/security';

const REPO = join(import.meta.dirname, '..', '..');
// What the built shell does with these (window, session, IPC, preload) is run and checked in
// test/main/shell/shell.test.ts against a stand-in for the electron module.

describe('Electron window security (checklist)', () => {
  it('uses context isolation, the sandbox, no Node integration and no webviews', () => {
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(WEB_PREFERENCES.sandbox).toBe(true);
    expect(WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
    expect(WEB_PREFERENCES.webviewTag).toBe(false);
    expect(WEB_PREFERENCES.webSecurity).toBe(true);
    expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
  });

  it('blocks remote content: only file:// (and the dev server) may load', () => {
    expect(isAppUrl('file:///opt/app/out/renderer/index.html')).toBe(true);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html#/search')).toBe(true);
    expect(isAppUrl('https://evil.example/renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });

  it('has a strict CSP: scripts only from the bundle, no eval, no objects, no framing', () => {
    const csp = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [k, ...v] = d.trim().split(/\s+/);
        return [k, v.join(' ')];
      }),
    );
    expect(csp['default-src']).toBe("'self'");
    // The bundle, plus one inline script allowed by its hash (never 'unsafe-inline').
    expect(csp['script-src']).toBe(`'self' ${FIRST_PAINT_SCRIPT_HASH}`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp['object-src']).toBe("'none'");
    expect(csp['frame-ancestors']).toBe("'none'");
    const html = readFileSync(join(REPO, 'src/renderer/index.html'), 'utf8');
    expect(html).toContain(`script-src 'self' ${FIRST_PAINT_SCRIPT_HASH};`);
  });

  it("allows exactly index.html's inline first-paint script, by its SHA-256", () => {
    const html = readFileSync(join(REPO, 'src/renderer/index.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const digest = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
    expect(FIRST_PAINT_SCRIPT_HASH).toBe(`'sha256-${digest}'`);
    // No other script is inline, with or without attributes.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toEqual(['<script>']);
  });

  it('opens only AWS https pages externally', () => {
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com/lambda/')).toBe(true);
    expect(isAllowedExternalUrl('https://aws.amazon.com/s3/pricing/')).toBe(true);
    expect(isAllowedExternalUrl('http://docs.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://amazon.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });

});
