/**
 * Runs in the page before its own scripts: resolves `window.__firstData` with the epoch time of the first
 * animation frame after the knowledge-base badge and a browse-list entry are both in the document, and
 * `window.__appReady` with the epoch time React marked the app live (`data-testid="app-ready"`, set after its
 * first commit or hydration: buttons answer from then on). With web mode's server-rendered first screen the
 * data is in the HTML, so the two differ: the first is what the user sees, the second when it responds.
 */
export const FIRST_DATA_PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  window.__firstData = new Promise((resolve) => {
    const ready = () => document.querySelector('[data-testid="kb-badge"]') && document.querySelector('[data-testid="browse"] a');
    const shown = () => requestAnimationFrame(() => resolve(now()));
    if (ready()) return shown();
    const mo = new MutationObserver(() => { if (ready()) { mo.disconnect(); shown(); } });
    mo.observe(document, { subtree: true, childList: true });
  });
  window.__appReady = new Promise((resolve) => {
    const live = () => document.querySelector('[data-testid="app-ready"]');
    if (live()) return resolve(now());
    const mo = new MutationObserver(() => { if (live()) { mo.disconnect(); resolve(now()); } });
    mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-testid'] });
  });
})();`;
