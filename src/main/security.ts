/**
 * Security settings shared by the Electron window and web mode (and asserted by test/main/security).
 * Kept free of electron imports so plain-Node tests can read them.
 */

/**
 * The one inline script (src/renderer/index.html's first-paint script: the theme and whether web mode's
 * prerendered first screen applies, before the first paint), allowed by its SHA-256 only.
 */
export const FIRST_PAINT_SCRIPT_HASH = "'sha256-7/bUhrSfr2NH8Pp9hyItLQaXpehSD1uQe64HpNSpe3k='";

/** Strict CSP: only our own bundled code and the hashed first-paint script; no remote content, no eval. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${FIRST_PAINT_SCRIPT_HASH}`,
  // recharts/React set style attributes; no remote stylesheets.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

/** BrowserWindow webPreferences: the Electron security checklist's defaults, made explicit. */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  // Middle-click must not open new windows (Electronegativity AUXCLICK_JS_CHECK).
  disableBlinkFeatures: 'Auxclick',
} as const;

/** Links the app may hand to the system browser: AWS's own documentation and pricing pages. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (u.hostname === 'amazon.com' || u.hostname.endsWith('.amazon.com') || u.hostname.endsWith('.aws'));
  } catch {
    return false;
  }
}

/** The only URLs the app window may show: the bundled renderer (file://) or the dev server. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://') && /\/renderer\/index\.html(?:[?#].*)?$/.test(url);
}
